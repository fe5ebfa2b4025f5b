"""Translating pages in code (home/localization.py): run again with nothing changed, a page's
translation stays as it is; a changed text or a changed source page makes it again."""

import datetime

import pytest

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.localization import IncompleteTranslation, translate_page
from home.models import GuidePage, PageTranslationStatus

pytestmark = pytest.mark.django_db

UNREVIEWED = PageTranslationStatus.Status.UNREVIEWED


@pytest.fixture
def guide(demo_site):
    """A Dutch demo guide with its English translation."""
    return GuidePage.objects.filter(locale__language_code="nl", slug="werken-en-de-reba").get()


def stored_strings(source_page, code):
    """{Dutch text: its stored translation into `code`} for every text of the source page."""
    source = TranslationSource.objects.get_for_instance(source_page)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    rows = StringTranslation.objects.filter(
        locale__language_code=code, translation_of__in=[s.string for s in segments]
    )
    by_string = {row.translation_of_id: row.data for row in rows}
    return {s.string.data: by_string[s.string_id] for s in segments if s.string_id in by_string}


def english(guide):
    return guide.get_translation(Locale.objects.get(language_code="en"))


def test_nothing_changed_keeps_the_translation_as_it_is(guide, django_capture_on_commit_callbacks):
    before = english(guide)
    with django_capture_on_commit_callbacks(execute=True):
        kept = translate_page(guide, "en", stored_strings(guide, "en"), UNREVIEWED)
    assert kept.pk == before.pk
    kept.refresh_from_db()
    assert kept.live_revision_id == before.live_revision_id


def test_a_changed_text_publishes_the_translation_again(guide, django_capture_on_commit_callbacks):
    before = english(guide)
    strings = stored_strings(guide, "en")
    strings[guide.title] = "Work and the Reba, in other words"
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        translate_page(guide, "en", strings, UNREVIEWED)
    after = english(guide)
    assert after.title == "Work and the Reba, in other words"
    assert after.live_revision_id != before.live_revision_id


def test_a_changed_source_page_publishes_the_translation_again(
    guide, django_capture_on_commit_callbacks
):
    before = english(guide)
    guide.last_checked = guide.last_checked - datetime.timedelta(days=3)
    guide.save_revision().publish()
    guide.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(guide, "en", stored_strings(guide, "en"), UNREVIEWED)
    after = english(guide)
    assert after.live_revision_id != before.live_revision_id
    assert after.specific.last_checked == guide.last_checked


def test_a_missing_text_is_refused_and_publishes_nothing(guide):
    before = english(guide)
    strings = stored_strings(guide, "en")
    del strings[guide.title]
    with pytest.raises(IncompleteTranslation, match="No en translation"):
        translate_page(guide, "en", strings, UNREVIEWED)
    assert english(guide).live_revision_id == before.live_revision_id
