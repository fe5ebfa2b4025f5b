"""The one translation-fallback rule (core.localization): each object in the reader's
language, else its source, with one status from one vocabulary - for pages, snippets, the
page notice and vacancy texts alike."""

import pytest

from django.conf import settings

from wagtail.models import Locale, Page

from core.localization import (
    MACHINE,
    REVIEWED,
    SOURCE,
    STATUSES,
    UNREVIEWED,
    UNTRANSLATED,
    forget_locales,
    localize,
    localize_many,
)
from home.models import Location, PageTranslationStatus
from home.translation_status import translation_notice
from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory
from vacancies.presentation import reader_text

pytestmark = pytest.mark.django_db


def dutch_pages():
    return list(
        Page.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=2)
    )


def expected_for(source, language):
    """The rule, worked out row by row from the tables, independently of the code."""
    translated = Page.objects.filter(
        translation_key=source.translation_key, locale__language_code=language, live=True
    ).first()
    if translated is None:
        return source.pk, UNTRANSLATED, settings.LANGUAGE_CODE
    if translated.alias_of_id is not None:
        return translated.pk, UNTRANSLATED, settings.LANGUAGE_CODE
    row = PageTranslationStatus.objects.filter(page=translated).first()
    return translated.pk, row.status if row else UNREVIEWED, language


@pytest.mark.parametrize("language", ["ar", "ti", "en"])
def test_pages_follow_the_rule(language):
    sources = dutch_pages()
    shown = localize_many(sources, language)
    assert [(item.obj.pk, item.status, item.language) for item in shown] == [
        expected_for(source, language) for source in sources
    ]
    assert {item.status for item in shown} <= set(STATUSES)
    assert any(item.in_reader_language for item in shown), "the demo translates some pages"


def test_a_batch_is_one_query(django_assert_max_num_queries):
    sources = dutch_pages() + [None]
    forget_locales()
    localize(sources[0], "ar")  # the locale table is read once per process
    with django_assert_max_num_queries(1):
        shown = localize_many(sources, "ar")
    with django_assert_max_num_queries(0):
        [item.status for item in shown if item is not None]
    assert shown[-1] is None


def test_dutch_readers_read_the_source_without_a_query(django_assert_num_queries):
    sources = dutch_pages()
    localize(sources[0], "nl")
    with django_assert_num_queries(0):
        shown = localize_many(sources, "nl")
    assert {item.status for item in shown} == {SOURCE}
    assert [item.obj for item in shown] == sources


def own_translation(language):
    """A Dutch page with its own (not alias) live translation in `language`."""
    for source in dutch_pages():
        translated = source.get_translation_or_none(Locale.objects.get(language_code=language))
        if translated is not None and translated.live and translated.alias_of_id is None:
            return source, translated
    pytest.fail(f"the demo has no page translated into {language}")


@pytest.mark.parametrize(("stored", "status"), [("reviewed", REVIEWED), ("machine", MACHINE)])
def test_the_stored_review_status_is_the_status_and_the_notice(stored, status):
    source, translated = own_translation("ar")
    PageTranslationStatus.objects.update_or_create(page=translated, defaults={"status": stored})
    assert localize(source, "ar").status == status
    assert translation_notice(translated.specific).kind == status


def test_an_unpublished_translation_falls_back_to_the_source():
    source, translated = own_translation("ar")
    translated.unpublish()
    shown = localize(source, "ar")
    assert (shown.obj.pk, shown.status, shown.language) == (source.pk, UNTRANSLATED, "nl")


def test_an_alias_is_shown_in_the_readers_language_with_the_dutch_text():
    alias = Page.objects.filter(alias_of__isnull=False, live=True).first()
    assert alias is not None, "the demo keeps untranslated pages as aliases"
    shown = localize(alias.alias_of, alias.locale.language_code)
    assert (shown.obj.pk, shown.status, shown.language) == (alias.pk, UNTRANSLATED, "nl")


def test_the_notice_says_untranslated_for_an_alias_and_nothing_for_dutch():
    alias = Page.objects.filter(alias_of__isnull=False, live=True).first()
    assert alias is not None, "the demo keeps untranslated pages as aliases"
    assert translation_notice(alias.specific).kind == UNTRANSLATED
    assert translation_notice(alias.alias_of.specific) is None


@pytest.mark.parametrize("language", ["ar", "fa", "ti", "tr", "en"])
def test_snippets_follow_the_rule(language):
    sources = list(Location.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    assert sources
    for source, item in zip(sources, localize_many(sources, language), strict=True):
        translated = Location.objects.filter(
            translation_key=source.translation_key, locale__language_code=language
        ).first()
        if translated is None:
            assert (item.obj, item.status, item.language) == (source, UNTRANSLATED, "nl")
        else:
            assert (item.obj, item.status, item.language) == (translated, UNREVIEWED, language)


def test_vacancy_texts_use_the_same_vocabulary():
    vacancy = VacancyFactory(language="nl")
    VacancyTranslationFactory(vacancy=vacancy, language="ar", quality="reviewed")
    VacancyTranslationFactory(vacancy=vacancy, language="fa", quality="machine")
    assert reader_text(vacancy, "nl").status == SOURCE
    assert reader_text(vacancy, "ar").status == REVIEWED
    assert reader_text(vacancy, "fa").status == MACHINE
    untranslated = reader_text(vacancy, "ti")
    assert (untranslated.status, untranslated.language) == (UNTRANSLATED, "nl")
    assert not untranslated.in_reader_language
