import pytest

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.synctree import create_aliases_for_new_page

from core import languages
from tests.home.factories import ContentPageFactory, HomePageFactory

pytestmark = pytest.mark.skeleton

PORTAL_LANGUAGES = ["nl", "en", "ar", "fa", "ti", "tr"]


def test_the_portal_has_its_six_languages_with_dutch_first():
    assert [code for code, _name in settings.LANGUAGES] == PORTAL_LANGUAGES
    assert settings.LANGUAGE_CODE == "nl"


def test_tigrinya_is_known_to_django_with_its_own_name():
    info = translation.get_language_info("ti")
    assert info["name"] == "Tigrinya"
    assert info["name_local"] == "ትግርኛ"
    assert info["bidi"] is False
    assert translation.check_for_language("ti")


@pytest.mark.parametrize("code", PORTAL_LANGUAGES)
def test_right_to_left_exactly_for_arabic_and_persian(code):
    with translation.override(code):
        assert translation.get_language_bidi() == (code in {"ar", "fa"})


@pytest.mark.django_db
def test_data_migration_creates_a_locale_per_language_synced_from_dutch():
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(
        PORTAL_LANGUAGES
    )
    syncs = {
        sync.locale.language_code: sync.sync_from.language_code
        for sync in LocaleSynchronization.objects.select_related("locale", "sync_from")
    }
    assert syncs == {code: "nl" for code in PORTAL_LANGUAGES if code != "nl"}


@pytest.mark.django_db
def test_a_new_dutch_page_appears_in_every_other_language_as_an_alias():
    home = HomePageFactory(parent=Page.get_first_root_node())
    for locale in Locale.objects.exclude(language_code="nl"):
        home.copy_for_translation(locale, alias=True)
    page = ContentPageFactory(parent=home)

    create_aliases_for_new_page(page)

    aliases = Page.objects.filter(alias_of=page)
    assert sorted(aliases.values_list("locale__language_code", flat=True)) == sorted(
        set(PORTAL_LANGUAGES) - {"nl"}
    )


@pytest.mark.django_db
def test_a_new_translation_starts_as_a_draft(django_user_model):
    home = HomePageFactory(parent=Page.get_first_root_node())
    user = django_user_model.objects.create_superuser("translator", "t@example.org", "pw")
    arabic = Locale.objects.get(language_code="ar")

    TranslationCreator(user, [arabic]).create_translations(home)

    translated = home.get_translation(arabic)
    assert translated.alias_of_id is None
    assert translated.live is False


def test_extra_language_registration_does_not_replace_a_known_language():
    from django.conf.locale import LANG_INFO

    languages.register_extra_languages()
    assert LANG_INFO["ar"]["name_local"] != languages.EXTRA_LANG_INFO["ti"]["name_local"]
    assert LANG_INFO["ti"] == languages.EXTRA_LANG_INFO["ti"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar,en;q=0.8", "/ar/"),
        ("fa-IR,fa;q=0.9", "/fa/"),
        ("ti-ER", "/ti/"),
        ("tr-TR,tr;q=0.9,en;q=0.5", "/tr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/nl/"),
        ("", "/nl/"),
        ("%%%;q=foo,,,", "/nl/"),
        ("x" * 600, "/nl/"),
    ],
)
def test_root_redirects_to_the_visitors_best_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert not response.cookies
