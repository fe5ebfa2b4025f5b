import io
import re
from dataclasses import dataclass

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from core.models import FooterSettings
from demo.site import demo_password
from home.models import ContentPage, HomePage, PageTranslationStatus, StoryPage
from tests.conftest import rolled_back_at_the_end

CHOSEN_PASSWORD = "een-gekozen-wachtwoord"


@dataclass(frozen=True)
class SecondRun:
    pages_before: int
    output: str


@pytest.fixture(scope="module")
def second_run(django_db_setup, django_db_blocker):
    """load_demo run a second time over the session's demo, with DEMO_PASSWORD chosen: once for
    this module (a run takes about a minute), inside a transaction that is rolled back after
    the module's last test, so the session's demo stays as it was for every other module."""
    with rolled_back_at_the_end(django_db_blocker), pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEMO_PASSWORD", CHOSEN_PASSWORD)
        pages_before = Page.objects.count()
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        yield SecondRun(pages_before, out.getvalue())


def test_load_demo_builds_the_home_page_in_six_languages_and_can_run_again(demo_site, second_run):
    assert Page.objects.count() == second_run.pages_before
    homes = HomePage.objects.live()
    assert sorted(homes.values_list("locale__language_code", flat=True)) == sorted(
        ["nl", "en", "ar", "fa", "ti", "tr"]
    )
    assert homes.filter(alias_of__isnull=False).count() == 0
    assert Page.objects.filter(depth=2).exclude(pk__in=homes).count() == 0


def test_demo_translations_are_marked_as_not_checked_by_a_person(demo_site):
    translated = HomePage.objects.exclude(locale__language_code="nl")
    statuses = PageTranslationStatus.objects.filter(page__in=translated)
    assert statuses.count() == 5
    assert set(statuses.values_list("status", flat=True)) == {"unreviewed"}


def test_demo_logins_are_printed_and_work(demo_site, second_run, client):
    logins = dict(re.findall(r"^\s+(\S+) / (\S+)$", second_run.output, flags=re.MULTILINE))
    assert set(logins) == {
        "admin",
        "redacteur",
        "vertaler",
        "moderator",
        "werkgever@werkroute.example",
    }
    user_model = get_user_model()
    assert user_model.objects.get(username="admin").is_superuser
    editor = user_model.objects.get(username="redacteur")
    assert not editor.is_superuser
    assert editor.groups.filter(name="Redacteuren").exists()
    assert user_model.objects.get(username="vertaler").groups.filter(name="Vertalers").exists()
    assert user_model.objects.get(username="moderator").groups.filter(name="Moderatoren").exists()
    employer = logins.pop("werkgever@werkroute.example")
    for username, password in logins.items():
        assert client.login(username=username, password=password)
        assert client.get("/admin/").status_code == 200
        client.logout()
    assert client.login(username="werkgever@werkroute.example", password=employer)
    assert client.get("/nl/werkgevers/mijn-vacatures/").status_code == 200
    assert client.get("/admin/").status_code != 200


def test_demo_password_can_be_chosen(demo_site, second_run, client):
    assert f"redacteur / {CHOSEN_PASSWORD}" in second_run.output
    assert client.login(username="redacteur", password=CHOSEN_PASSWORD)


def test_load_demo_twice_keeps_one_of_each_statement(demo_site, second_run):
    footer = FooterSettings.objects.get()
    for statement in (footer.privacy_page, footer.accessibility_page):
        copies = Page.objects.filter(translation_key=statement.translation_key)
        assert copies.count() == Locale.objects.count()
        assert ContentPage.objects.filter(locale=statement.locale, slug=statement.slug).count() == 1
    assert FooterSettings.objects.count() == 1


@pytest.mark.skeleton
def test_without_a_chosen_password_each_login_gets_a_fresh_random_one(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    first, second = demo_password(), demo_password()
    assert first != second
    assert len(first) >= 16


def test_the_demo_pages_find_their_renditions_made(demo_site, client):
    """load_demo makes the renditions its pages show (demo/renditions.py): a first visit cuts
    and encodes no image."""
    renditions = get_image_model().get_rendition_model().objects
    before = renditions.count()
    story = StoryPage.objects.live().filter(locale__language_code="nl", image__isnull=False)[0]
    for url in ("/nl/", "/ar/", story.url, story.get_parent().url):
        assert client.get(url).status_code == 200, url
    assert renditions.count() == before
