"""Site search results come from the cache per query, language, tab and page until something
search finds changes (search/views.py), and every search is still counted in the log."""

import pytest

from home.models import HomePage
from search.models import SearchLogEntry
from tests.home.factories import ContentPageFactory
from tests.vacancies.factories import VacancyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def search(client, query, language="nl", **params):
    return client.get(f"/{language}/zoeken/", {"q": query, **params})


def test_a_repeated_search_comes_from_the_cache_and_is_still_counted(
    client, django_assert_max_num_queries
):
    first = search(client, "reba")
    with django_assert_max_num_queries(3):  # counting it in the log, nothing else
        second = search(client, "Reba ")
    assert second.content == first.content
    assert "private" in second["Cache-Control"]
    assert SearchLogEntry.objects.get(language="nl", query="reba").searches == 2


def test_languages_tabs_and_pages_are_cached_apart(client):
    dutch = search(client, "werk")
    assert search(client, "werk", language="ar").content != dutch.content
    assert search(client, "werk", type="vacancies").content != dutch.content
    assert search(client, "werk", type="vacancies", page="2").content != (
        search(client, "werk", type="vacancies").content
    )


def test_a_published_vacancy_shows_in_cached_results(client, indexed):
    assert "Zoektestberoep" not in search(client, "zoektestberoep").content.decode()
    indexed(lambda: VacancyFactory(title="Zoektestberoep in de haven"))
    assert "Zoektestberoep in de haven" in search(client, "zoektestberoep").content.decode()


def test_a_published_page_shows_in_cached_results(client, indexed):
    assert "Zoektestpagina" not in search(client, "zoektestpagina").content.decode()
    home = HomePage.objects.get(locale__language_code="nl")
    indexed(lambda: ContentPageFactory(parent=home, title="Zoektestpagina", slug="zoektest-p"))
    assert "Zoektestpagina" in search(client, "zoektestpagina").content.decode()
