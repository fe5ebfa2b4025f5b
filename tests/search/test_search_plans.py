"""Every language's search words reach an index: the board's and the site search's vacancies
through the GIN index on the vacancies' search text, pages through the one on Wagtail's index
(search/migrations/0002). The plans are read with sequential scans made expensive, as on a
large board, so a query whose expression no longer matches its index shows at once."""

import pytest

from django.db import connection

from search.query import GUIDES, VACANCIES, SiteSearch
from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

WORDS = [
    ("nl", "schoonmaak"),
    ("nl", "werk met mensen"),
    ("en", "cleaning"),
    ("ar", "تنظيف"),
    ("ar", "التنظيف"),
    ("fa", "نظافت"),
    ("ti", "ጽሬት"),
    ("tr", "temizlik"),
]


@pytest.fixture
def large_board_plans():
    if connection.vendor != "postgresql":
        pytest.skip("the text indexes are PostgreSQL's")
    with connection.cursor() as cursor:
        # For this test's transaction only.
        cursor.execute("SET LOCAL enable_seqscan = off")


@pytest.mark.parametrize(("language", "text"), WORDS)
def test_the_vacancies_of_a_search_come_from_the_text_index(large_board_plans, language, text):
    VacancyFactory(title="Schoonmaker", sector="schoonmaak")
    plan = SiteSearch(text, language).results(VACANCIES).explain()
    assert "vacancy_search_text_dutch" in plan, plan


@pytest.mark.parametrize(("language", "text"), WORDS)
def test_the_pages_of_a_search_come_from_the_text_index(large_board_plans, language, text):
    plan = SiteSearch(text, language).results(GUIDES).get_queryset().explain()
    assert "werkroute_indexentry_text_gin" in plan, plan


def test_a_translation_is_found_through_the_index(large_board_plans):
    vacancy = VacancyFactory(title="Schoonmaker kantoor")
    VacancyTranslationFactory(vacancy=vacancy, language="ti", title="ሰራሕተኛ ጽሬት", description="ጽሬት")
    found = SiteSearch("ሰራሕተኛ", "ti").results(VACANCIES)
    assert [item.pk for item in found] == [vacancy.pk]
