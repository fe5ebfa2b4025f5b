"""Parts of a page kept as HTML (core/fragments.py), as the home page keeps its lists: the
second visitor of a language gets them without a query, and whatever they show - a new story,
a new vacancy, an event that ends - shows at once; a visitor with a session always gets them
made afresh, the page cache learns what a kept part is made from, and FRAGMENT_SECONDS=0
switches keeping off."""

import datetime

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import page_cache, versions
from core.fragments import Fragment, render_kept
from home.models import EventIndexPage, EventPage, HomePage, StoryIndexPage
from home.models.pages import seconds_until_one_ends
from tests.conftest import html
from tests.home.factories import EventPageFactory, StoryPageFactory
from tests.vacancies.factories import VacancyFactory


def home_url(code="nl"):
    return HomePage.objects.get(locale__language_code=code).url


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def lists(response):
    """The text of the home page's lists (what the kept part holds)."""
    return html(response).select_one(".werkroute-home").get_text(" ", strip=True)


@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_second_visitor_gets_the_home_page_s_lists_without_a_query(client, code):
    first, first_queries = queries_of(client, home_url(code))
    again, queries = queries_of(client, home_url(code))
    assert first_queries >= 4  # entry pages, stories, events, vacancies
    assert queries == 0
    assert lists(again) == lists(first)
    assert html(again).select(".werkroute-card")  # events and stories are there


def newest_in(model, code="nl"):
    return model.objects.live().filter(locale__language_code=code).order_by("path").first()


@pytest.mark.usefixtures("demo_site")
def test_a_new_story_is_on_the_home_page_at_once(client):
    client.get(home_url())
    story = StoryPageFactory(parent=newest_in(StoryIndexPage), title="Nieuw succesverhaal")
    assert story.live
    assert "Nieuw succesverhaal" in lists(client.get(home_url()))


@pytest.mark.usefixtures("demo_site")
def test_a_new_vacancy_is_on_the_home_page_at_once(client):
    client.get(home_url())
    VacancyFactory(title="Nieuwste vacature van vandaag")
    assert "Nieuwste vacature van vandaag" in lists(client.get(home_url()))


@pytest.mark.usefixtures("demo_site")
def test_the_lists_are_kept_no_longer_than_the_first_event_shown_lasts(client, monkeypatch):
    now = timezone.now()
    EventPageFactory(
        parent=newest_in(EventIndexPage),
        title="Loopt bijna af",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(seconds=90),
    )
    kept = {}
    original_set = cache.set

    def remembering_set(key, value, timeout=None, **kwargs):
        kept[key] = timeout
        return original_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", remembering_set)
    assert "Loopt bijna af" in lists(client.get(home_url()))
    timeouts = [
        seconds for key, seconds in kept.items() if key.startswith("portal:fragment:home-lists:")
    ]
    assert len(timeouts) == 1
    assert 0 < timeouts[0] <= 90


@pytest.mark.usefixtures("demo_site")
def test_a_visitor_with_a_session_gets_the_lists_made_for_them(client, django_user_model):
    """As with the page cache: an editor sees a change that came without a signal."""
    client.get(home_url())
    event = EventPage.objects.live().filter(end__gte=timezone.now()).order_by("start").first()
    EventPage.objects.filter(pk=event.pk).update(title="Stil hernoemd")
    assert "Stil hernoemd" not in lists(client.get(home_url()))
    client.force_login(django_user_model.objects.create_user("redacteur-met-sessie"))
    assert "Stil hernoemd" in lists(client.get(home_url()))


@pytest.mark.usefixtures("demo_site")
def test_fragment_seconds_0_keeps_nothing(client, settings):
    settings.FRAGMENT_SECONDS = 0
    client.get(home_url())
    _response, queries = queries_of(client, home_url())
    assert queries >= 4


@pytest.mark.django_db
def test_the_page_cache_learns_what_a_kept_part_is_made_from():
    fragment = Fragment("proef", depends_on=(versions.BOARD,))
    made = []

    def render():
        made.append(1)
        return "<p>gemaakt</p>"

    for _ in range(2):
        request = RequestFactory().get("/nl/")
        request.page_dependencies = page_cache.PageDependencies(request)
        assert render_kept(fragment, request, render) == "<p>gemaakt</p>"
        assert {versions.BOARD, versions.SHARED} <= request.page_dependencies.declared
    assert len(made) == 1


@pytest.mark.django_db
def test_a_change_in_what_a_part_is_made_from_makes_it_again():
    fragment = Fragment("proef", depends_on=(versions.BOARD,))
    request = RequestFactory().get("/nl/")
    assert render_kept(fragment, request, lambda: "eerst") == "eerst"
    assert render_kept(fragment, request, lambda: "later") == "eerst"
    versions.changed(versions.BOARD)
    assert render_kept(fragment, request, lambda: "later") == "later"


def test_a_list_without_events_is_kept_the_longest(settings):
    assert seconds_until_one_ends([]) == settings.FRAGMENT_SECONDS
    soon = EventPage(end=timezone.now() + datetime.timedelta(minutes=5))
    later = EventPage(end=timezone.now() + datetime.timedelta(days=2))
    assert 290 <= seconds_until_one_ends([later, soon]) <= 300
