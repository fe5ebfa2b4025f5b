"""Autocomplete: a small JSON answer, cached until the content changes."""

import pytest

from search.views import SUGGESTIONS

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
