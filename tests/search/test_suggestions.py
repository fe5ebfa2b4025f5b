"""Autocomplete: a small JSON answer, cached until the content changes."""

import pytest

from django.contrib.contenttypes.models import ContentType

from wagtail.search.models import IndexEntry

from search.views import SUGGESTIONS
from tests.vacancies.factories import VacancyFactory
from vacancies.models import Vacancy

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


def suggest(client, language, text):
    return client.get(f"/{language}/zoeken/suggesties/", {"q": text})


def test_titles_that_start_with_what_was_typed(client, dutch_page):
    data = suggest(client, "nl", "vergun").json()
    assert {"title": dutch_page.title, "url": dutch_page.url} in data["suggestions"]
    assert len(data["suggestions"]) <= SUGGESTIONS
    assert data["query"] == "vergun"


def test_open_vacancies_are_suggested_in_the_board_of_that_language(client, multilingual_vacancy):
    data = suggest(client, "ar", "Schoonmaker zoek").json()
    urls = [item["url"] for item in data["suggestions"]]
    assert f"/ar/vacatures/{multilingual_vacancy.reference_code}/" in urls


@pytest.mark.parametrize("text", ["", "a", "  ", "!!", "<"])
def test_too_little_to_go_on_gives_nothing(client, text):
    response = suggest(client, "nl", text)
    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_answers_are_cached_until_content_changes(
    client, dutch_page, indexed, django_assert_num_queries
):
    suggest(client, "nl", "vergun")
    with django_assert_num_queries(0):
        suggest(client, "nl", "vergun")
    dutch_page.title = "Vergunning voor werk, nieuwe titel"
    indexed(lambda: dutch_page.save_revision().publish())
    titles = [item["title"] for item in suggest(client, "nl", "vergun").json()["suggestions"]]
    assert "Vergunning voor werk, nieuwe titel" in titles


def test_junk_is_answered_as_json(client):
    for text in ["x" * 500, "' OR 1=1 --", "<script>", "ሰራሕ عمل"]:
        response = suggest(client, "ti", text)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"


def suggested_titles(client, text):
    return [item["title"] for item in suggest(client, "nl", text).json()["suggestions"]]


def test_a_vacancy_is_suggested_from_its_publication_until_its_withdrawal(client):
    """The index is written on publish and unpublish (vacancies/search_index.py): a draft, and a
    draft of a live vacancy, never show; the live title does until the vacancy is withdrawn."""
    vacancy = VacancyFactory(title="Glazenwasser ramen", published=False)
    assert suggested_titles(client, "Glazenwas") == []
    vacancy.save_revision().publish()
    vacancy.refresh_from_db()
    assert suggested_titles(client, "Glazenwas") == ["Glazenwasser ramen"]
    vacancy.title = "Glazenwasser concepttitel"
    vacancy.save_revision()
    assert suggested_titles(client, "Glazenwas") == ["Glazenwasser ramen"]
    vacancy.unpublish()
    assert suggested_titles(client, "Glazenwas") == []


def test_a_deleted_vacancy_leaves_the_index(client):
    vacancy = VacancyFactory(title="Glazenwasser ramen")
    entries = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Vacancy), object_id=str(vacancy.pk)
    )
    assert entries.exists()
    vacancy.delete()
    assert not entries.exists()
