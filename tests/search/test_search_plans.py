"""Every language's search words reach the GIN index on the vacancies' search text, and the
site search lists the vacancies the board's own text search finds (search/query.py), so both
read that index. Plans are read with sequential scans made expensive, as on a large board: a
query whose expression no longer matches the index's shows at once."""

import pytest

from django.db import connection

from search.query import VACANCIES, SiteSearch
from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory
from vacancies.models import Vacancy
from vacancies.query import text_match

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
def vacancies(db):
    cleaning = VacancyFactory(title="Schoonmaker kantoor", sector="schoonmaak")
    VacancyTranslationFactory(
        vacancy=cleaning, language="ti", title="ሰራሕተኛ ጽሬት", description="ጽሬት ቤት ጽሕፈት"
    )
    VacancyTranslationFactory(
        vacancy=cleaning, language="ar", title="عامل تنظيف", description="تنظيف المكاتب"
    )
    VacancyFactory(title="Kok", sector="horeca")
    VacancyFactory(title="Medewerker zorg", sector="zorg", description="Werk met mensen.")
    VacancyFactory(title="Schoonmaker oud", sector="schoonmaak", expired=True)
    return cleaning


@pytest.mark.parametrize(("language", "text"), WORDS)
def test_each_languages_words_reach_the_text_index(vacancies, language, text):
    if connection.vendor != "postgresql":
        pytest.skip("the text index is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # this test's transaction only
    plan = text_match(Vacancy.objects.all(), text).explain()
    assert "vacancy_search_text_dutch" in plan, plan


@pytest.mark.parametrize(("language", "text"), WORDS)
def test_the_site_search_lists_what_the_board_finds(vacancies, language, text):
    board = text_match(Vacancy.objects.visible(), text)
    found = SiteSearch(text, language).results(VACANCIES)
    assert [vacancy.pk for vacancy in found] == list(
        board.order_by("-first_published_at", "-pk").values_list("pk", flat=True)
    )
    assert found.count() >= 1


def test_a_translation_is_found_in_its_own_script(vacancies):
    found = list(SiteSearch("ሰራሕተኛ", "ti").results(VACANCIES))
    assert vacancies.pk in [vacancy.pk for vacancy in found]
    # On the demo site, its own Tigrinya vacancies with the word are found too; nothing else.
    assert all("ሰራሕተኛ" in vacancy.search_text for vacancy in found)


def test_the_stored_text_vector_follows_a_write_that_bypasses_save(vacancies):
    # The vector the index covers is a generated column (migrations/0006): a queryset update,
    # which sends no signal and calls no save(), still changes what the board's search finds.
    Vacancy.objects.filter(pk=vacancies.pk).update(search_text="glazenwasser ladder")
    changed = Vacancy.objects.filter(pk=vacancies.pk)
    assert list(text_match(changed, "glazenwasser")) == [vacancies]
    assert not text_match(changed, "schoonmaker").exists()


def test_listing_the_newest_with_a_rare_word_reads_the_stored_vector(vacancies):
    if connection.vendor != "postgresql":
        pytest.skip("the stored vector is PostgreSQL's")
    found = text_match(Vacancy.objects.visible(), "ሰራሕተኛ").order_by("-first_published_at")[:10]
    plan = found.explain()
    assert "search_vector" in plan, plan
    assert "to_tsvector" not in plan, plan
