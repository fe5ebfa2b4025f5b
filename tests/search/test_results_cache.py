"""Site search results come from the cache per query, language, tab and page until something
search finds changes (search/views.py), and every search is still counted in the log. After a
change one request makes the results again while others get them as they were."""

import pytest

from django.core.cache import cache
from django.test import RequestFactory

from core.made_once import MAKING_SECONDS
from home.models import HomePage
from search.models import SearchLogEntry
from search.query import SiteSearch
from search.views import results_making
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


def making_key(query, language="nl"):
    request = RequestFactory().get(f"/{language}/zoeken/", {"q": query})
    return results_making(request, SiteSearch(query, language), language).making_key


def another_request_is_making(query, language="nl"):
    """What the first search after a change holds while it makes the results again."""
    key = making_key(query, language)
    assert cache.add(key, True, MAKING_SECONDS)
    return key


def test_while_one_search_makes_changed_results_the_others_get_them_as_they_were(client, indexed):
    assert "Zoektestberoep" not in search(client, "zoektestberoep").content.decode()
    indexed(lambda: VacancyFactory(title="Zoektestberoep op het dok"))
    making = another_request_is_making("zoektestberoep")
    assert "Zoektestberoep op het dok" not in search(client, "zoektestberoep").content.decode()
    assert SearchLogEntry.objects.get(language="nl", query="zoektestberoep").searches == 2
    cache.delete(making)
    assert "Zoektestberoep op het dok" in search(client, "zoektestberoep").content.decode()


def test_the_search_that_makes_the_results_lets_the_next_change_be_made_at_once(client, indexed):
    search(client, "zoektestberoep")
    indexed(lambda: VacancyFactory(title="Zoektestberoep een"))
    assert "Zoektestberoep een" in search(client, "zoektestberoep").content.decode()
    indexed(lambda: VacancyFactory(title="Zoektestberoep twee"))
    assert "Zoektestberoep twee" in search(client, "zoektestberoep").content.decode()
    assert cache.get(making_key("zoektestberoep")) is None


def test_results_never_made_have_nothing_to_show_meanwhile(client):
    another_request_is_making("reba")
    assert search(client, "reba").status_code == 200
    assert SearchLogEntry.objects.get(language="nl", query="reba").searches == 1


def test_a_searcher_with_a_session_always_gets_the_results_as_they_are(
    client, indexed, django_user_model
):
    search(client, "zoektestberoep")
    indexed(lambda: VacancyFactory(title="Zoektestberoep met sessie"))
    another_request_is_making("zoektestberoep")
    client.force_login(django_user_model.objects.create_user("zoeker-met-sessie"))
    assert "Zoektestberoep met sessie" in search(client, "zoektestberoep").content.decode()


def test_a_search_costs_the_page_cache_no_look_up(client):
    # Its answers are private (every search is counted), so the page cache never keeps one and
    # does not look for one either; a page beside it is looked up as always.
    searched = search(client, "reba").wsgi_request
    assert not hasattr(searched, "page_dependencies")
    assert hasattr(
        client.get("/nl/zoeken/suggesties/", {"q": "reba"}).wsgi_request, "page_dependencies"
    )
