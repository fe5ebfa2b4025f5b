"""The page cache after a change (core/page_cache.py): the first request for a page makes it
again, and while it does, other requests for that page get it as it was, instead of making it
too; never a page whose last making gave something else than a 200, and never for a visitor
with a session."""

import time

import pytest

from django.core.cache import cache
from django.test import RequestFactory

from core.made_once import MAKING_SECONDS, remake_slots
from core.page_cache import PageDependencies
from home.models import HomePage
from tests.conftest import html
from tests.home.factories import ContentPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

URL = "/nl/over/"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def page():
    home = HomePage.objects.get(locale__language_code="nl")
    return ContentPageFactory(parent=home, slug="over", title="Zoals het was")


def title(response):
    return html(response).h1.get_text(strip=True)


def another_request_is_making(url):
    """What the first request after a change holds while it makes the page again."""
    key = PageDependencies(RequestFactory().get(url)).making.making_key
    assert cache.add(key, True, MAKING_SECONDS)
    return key


def publish_title(page, new_title):
    page.title = new_title
    page.save_revision().publish()


def test_while_one_request_makes_a_changed_page_the_others_get_it_as_it_was(
    client, page, django_assert_num_queries
):
    assert title(client.get(URL)) == "Zoals het was"
    publish_title(page, "Zoals het is")
    making = another_request_is_making(URL)
    with django_assert_num_queries(0):
        assert title(client.get(URL)) == "Zoals het was"
    cache.delete(making)
    assert title(client.get(URL)) == "Zoals het is"
    # ... and from then on from the cache, made once.
    with django_assert_num_queries(0):
        assert title(client.get(URL)) == "Zoals het is"


def test_the_request_that_makes_the_page_lets_the_next_change_be_made_at_once(client, page):
    client.get(URL)
    publish_title(page, "Tweede versie")
    assert title(client.get(URL)) == "Tweede versie"
    publish_title(page, "Derde versie")
    assert title(client.get(URL)) == "Derde versie"
    assert cache.get(PageDependencies(RequestFactory().get(URL)).making.making_key) is None


def test_a_page_that_is_gone_is_never_shown_as_it_was(client, page):
    client.get(URL)
    page.unpublish()
    assert client.get(URL).status_code == 404
    another_request_is_making(URL)
    assert client.get(URL).status_code == 404


def test_a_page_never_stored_has_nothing_to_show_meanwhile(client, page):
    another_request_is_making(URL)
    assert title(client.get(URL)) == "Zoals het was"


def test_a_visitor_with_a_session_always_gets_the_page_as_it_is(client, page, django_user_model):
    client.get(URL)
    publish_title(page, "Zoals het is")
    another_request_is_making(URL)
    client.force_login(django_user_model.objects.create_user("bezoeker-met-sessie"))
    assert title(client.get(URL)) == "Zoals het is"


def test_a_page_past_its_lifetime_is_made_again_once(client, page, settings):
    """Pages are made again after PAGE_CACHE_SECONDS even when nothing changed; while one
    request does that, the others get the page as it was, not each make it too."""
    settings.PAGE_CACHE_SECONDS = 1
    assert client.get(URL).templates  # made
    assert not client.get(URL).templates  # from the cache
    time.sleep(1.2)
    making = another_request_is_making(URL)
    kept = client.get(URL)
    assert title(kept) == "Zoals het was"
    assert not kept.templates
    cache.delete(making)
    assert client.get(URL).templates  # made again, by the first request free to
    assert not client.get(URL).templates


def all_remake_slots_taken():
    for slot in remake_slots():
        assert cache.add(slot, True, MAKING_SECONDS)


def test_while_all_remake_slots_are_taken_a_changed_page_waits_for_a_later_request(
    client, page, django_assert_num_queries
):
    client.get(URL)
    publish_title(page, "Zoals het is")
    all_remake_slots_taken()
    with django_assert_num_queries(0):
        assert title(client.get(URL)) == "Zoals het was"
    cache.delete_many(remake_slots())
    assert title(client.get(URL)) == "Zoals het is"
    assert cache.get_many(remake_slots()) == {}  # given back once made


def test_a_page_with_nothing_to_show_meanwhile_is_made_even_when_the_slots_are_taken(client, page):
    all_remake_slots_taken()
    assert title(client.get(URL)) == "Zoals het was"
