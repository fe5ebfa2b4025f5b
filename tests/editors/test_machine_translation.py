"""Machine translation is off by default, configured by the environment, and labelled."""

import pytest

from django.core.exceptions import ImproperlyConfigured

from wagtail_localize.models import (
    String,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
)
from wagtail_localize.strings import StringValue

from core.machine_translation import DEEPL, LIBRETRANSLATE, machine_translator
from editors.signals import mark_machine_translation
from home.models import HomePage, PageTranslationStatus

pytestmark = pytest.mark.skeleton


def test_off_by_default():
    assert machine_translator({}) is None
    from django.conf import settings

    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")


def test_deepl_and_libretranslate_from_the_environment():
    deepl = machine_translator({"MACHINE_TRANSLATOR": "DeepL", "DEEPL_AUTH_KEY": "sleutel"})
    assert deepl == {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": "sleutel"}}
    libre = machine_translator(
        {"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "http://lt.intern:5000"}
    )
    assert libre["CLASS"] == LIBRETRANSLATE
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://lt.intern:5000"


@pytest.mark.parametrize(
    "environ",
    [
        {"MACHINE_TRANSLATOR": "deepl"},
        {"MACHINE_TRANSLATOR": "libretranslate"},
        {"MACHINE_TRANSLATOR": "google"},
    ],
)
def test_an_incomplete_configuration_stops_the_start(environ):
    with pytest.raises(ImproperlyConfigured):
        machine_translator(environ)


@pytest.fixture
def arabic_home(db):
    return HomePage.objects.get(locale__language_code="ar")


def machine_string(page):
    source = HomePage.objects.get(locale__language_code="nl")
    obj, _ = TranslatableObject.objects.get_or_create_from_instance(source)
    string = String.from_value(source.locale, StringValue.from_plaintext("Werk gezocht"))
    context, _ = TranslationContext.objects.get_or_create(object=obj, path="title")
    return StringTranslation.objects.create(
        translation_of=string,
        locale=page.locale,
        context=context,
        data="مطلوب عمل",
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )


def test_a_published_page_with_machine_text_is_marked_machine(arabic_home):
    PageTranslationStatus.objects.filter(page=arabic_home).delete()
    machine_string(arabic_home)
    arabic_home.save_revision().publish()
    assert PageTranslationStatus.objects.get(page=arabic_home).status == "machine"


def test_machine_text_checked_by_a_person_stays_reviewed(arabic_home):
    machine_string(arabic_home)
    PageTranslationStatus.objects.update_or_create(
        page=arabic_home, defaults={"status": "reviewed"}
    )
    mark_machine_translation(HomePage, arabic_home)
    assert PageTranslationStatus.objects.get(page=arabic_home).status == "reviewed"


def test_a_page_without_machine_text_is_left_alone(arabic_home):
    PageTranslationStatus.objects.update_or_create(
        page=arabic_home, defaults={"status": "unreviewed"}
    )
    arabic_home.save_revision().publish()
    assert PageTranslationStatus.objects.get(page=arabic_home).status == "unreviewed"
