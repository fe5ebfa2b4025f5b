"""The list of pages that need a translator follows the pages' real state."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from editors.translation_backlog import (
    MACHINE,
    OUTDATED,
    UNREVIEWED,
    UNTRANSLATED,
    backlog_per_language,
    page_needs,
)
from home.models import HomePage, PageTranslationStatus
from tests.conftest import html

pytestmark = pytest.mark.django_db


def need_of(page, language):
    return next((need.state for need in page_needs(language) if need.source.pk == page.pk), None)


@pytest.fixture
def dutch_home():
    return HomePage.objects.get(locale__language_code="nl")


@pytest.fixture
def arabic_home():
    return HomePage.objects.get(locale__language_code="ar")


def test_an_unchecked_translation_is_unreviewed(dutch_home, arabic_home):
    assert arabic_home.alias_of_id is None
    PageTranslationStatus.objects.update_or_create(
        page=arabic_home, defaults={"status": "unreviewed"}
    )
    assert need_of(dutch_home, "ar") == UNREVIEWED


def test_a_checked_translation_needs_nothing_and_a_machine_one_is_flagged(dutch_home, arabic_home):
    PageTranslationStatus.objects.update_or_create(
        page=arabic_home, defaults={"status": "reviewed"}
    )
    assert need_of(dutch_home, "ar") is None
    PageTranslationStatus.objects.filter(page=arabic_home).update(status="machine")
    assert need_of(dutch_home, "ar") == MACHINE


def test_a_source_change_makes_the_translation_outdated(dutch_home, arabic_home):
    PageTranslationStatus.objects.update_or_create(
        page=arabic_home, defaults={"status": "reviewed"}
    )
    assert need_of(dutch_home, "ar") is None
    revision = dutch_home.save_revision()
    revision.publish()
    assert need_of(dutch_home, "ar") == OUTDATED
    counts = backlog_per_language()
    assert counts["ar"][OUTDATED] >= 1


def test_an_alias_counts_as_untranslated():
    aliases = [
        need
        for need in page_needs("ar")
        if need.translation is not None and need.translation.alias_of_id is not None
    ]
    assert aliases, "the demo keeps untranslated pages as aliases"
    assert {need.state for need in aliases} == {UNTRANSLATED}


def test_the_counts_add_up_to_the_list():
    counts = backlog_per_language()
    for language, states in counts.items():
        assert sum(states.values()) == len(page_needs(language))


def test_the_list_view_filters_by_language_and_state(client, translator, dutch_home, arabic_home):
    HomePage.objects.filter(pk=dutch_home.pk).update(
        last_published_at=timezone.now() + datetime.timedelta(minutes=1)
    )
    client.force_login(translator)
    page = html(client.get(reverse("editors:translations"), {"language": "ar", "state": OUTDATED}))
    rows = page.select("table tbody tr")
    assert len(rows) == 1
    assert dutch_home.title in rows[0].text
    assert rows[0].select_one("a[lang=ar]")


def test_junk_filters_are_ignored(client, translator):
    client.force_login(translator)
    response = client.get(
        reverse("editors:translations"), {"language": "<script>", "state": "'; drop"}
    )
    assert response.status_code == 200
    page = html(response)
    assert page.select_one("#language-choice option[selected]")["value"] == "ar"
    assert page.select_one("#state-choice option[selected]") is None
