"""Pages found in one query (core/routing.py) answer as Wagtail's own routing does: breadcrumbs
and the language switcher from what came with the page, private sections private (through an
alias too), a missing page a 404, a routable page first for its own paths, and a second site
changes no link. A page found once is found again from the cache, without a query, until a page
is published, unpublished or moved, or a view restriction changes; then the next request asks
the database again."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import EventIndexPage, HomePage
from tests.conftest import html
from tests.home.factories import ContentPageFactory, EventPageFactory, HomePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


def home(code="nl"):
    return HomePage.objects.get(locale__language_code=code)


def links(response):
    return [link["href"] for link in html(response).select("a[href], link[href]")]


def test_a_page_comes_with_its_breadcrumbs_and_translations(client):
    section = ContentPageFactory(parent=home(), slug="over")
    page = ContentPageFactory(parent=section, slug="meer")
    response = client.get("/nl/over/meer/")
    assert response.status_code == 200
    crumbs = html(response).select("nav.werkroute-breadcrumbs a")
    assert [crumb["href"] for crumb in crumbs] == [home().url, section.url, page.url]
    arabic = page.copy_for_translation(
        Locale.objects.get(language_code="ar"), copy_parents=True, alias=True
    )
    switcher = html(client.get("/nl/over/meer/")).select("nav.utrecht-alternate-lang-nav a")
    assert {link["hreflang"]: link["href"] for link in switcher}["ar"] == arabic.url


def test_a_missing_page_is_not_found(client):
    assert client.get("/nl/bestaat-niet/").status_code == 404
    assert client.get("/nl/vacatures/geen/vacature/").status_code == 404


def test_a_private_section_stays_private(client):
    section = ContentPageFactory(parent=home(), slug="intern")
    ContentPageFactory(parent=section, slug="notities")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    for url in ("/nl/intern/", "/nl/intern/notities/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "login" in response["Location"]


def test_an_alias_is_as_private_as_its_source(client):
    source = ContentPageFactory(parent=home(), slug="intern")
    alias = source.copy_for_translation(Locale.objects.get(language_code="ar"), alias=True)
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(page=source, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(alias.url).status_code == 302


def test_a_routable_page_answers_its_own_paths_before_its_children(client):
    agenda = home().add_child(instance=EventIndexPage(title="Agenda", slug="tweede-agenda"))
    EventPageFactory(parent=agenda, slug="archief", title="Een bijeenkomst die archief heet")
    # The second time from the cache, under the path of the routable page.
    for _ in range(2):
        page = html(client.get("/nl/tweede-agenda/archief/"))
        with translation.override("nl"):
            assert page.h1.get_text(strip=True) == translation.gettext("Past events")


def test_a_second_site_changes_no_link(client):
    before = {code: links(client.get(f"/{code}/vacatures/")) for code in ("nl", "ar")}
    elsewhere = HomePageFactory(parent=Page.get_first_root_node(), slug="elders")
    Site.objects.create(hostname="elders.example", port=80, root_page=elsewhere)
    cache.clear()
    after = {code: links(client.get(f"/{code}/vacatures/")) for code in ("nl", "ar")}
    assert after == before


def route_queries(client, url):
    """The response to `url` and how many of its queries looked up the site or the pages on
    the path (core/routing.py's route query asks whether a page is in a private section)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    looked_up = [
        query["sql"]
        for query in queries.captured_queries
        if '"wagtailcore_site"' in query["sql"].split(" FROM ", 1)[-1][:40]
        or "wagtailcore_pageviewrestriction" in query["sql"]
    ]
    return response, len(looked_up)


def test_a_page_found_once_is_found_again_without_a_query(client):
    section = ContentPageFactory(parent=home(), slug="over")
    ContentPageFactory(parent=section, slug="meer", title="Meer over werk")
    first, first_lookups = route_queries(client, "/nl/over/meer/")
    again, lookups = route_queries(client, "/nl/over/meer/")
    assert first_lookups >= 2  # the site and the pages on the path
    assert lookups == 0
    assert again.status_code == 200
    crumbs = html(again).select("nav.werkroute-breadcrumbs a")
    assert [crumb["href"] for crumb in crumbs] == [
        crumb["href"] for crumb in html(first).select("nav.werkroute-breadcrumbs a")
    ]
    assert html(again).h1.get_text(strip=True) == "Meer over werk"


def test_a_path_past_a_routable_page_is_found_under_it(client):
    assert client.get("/nl/vacatures/").status_code == 200
    response, lookups = route_queries(client, "/nl/vacatures/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert lookups == 0


def test_a_child_the_routable_page_does_not_answer_is_still_found(client):
    agenda = home().add_child(instance=EventIndexPage(title="Agenda", slug="tweede-agenda"))
    EventPageFactory(parent=agenda, slug="markt", title="Banenmarkt in de bibliotheek")
    assert client.get("/nl/tweede-agenda/").status_code == 200
    page = html(client.get("/nl/tweede-agenda/markt/"))
    assert page.h1.get_text(strip=True) == "Banenmarkt in de bibliotheek"


def test_a_mistyped_path_leaves_nothing_in_the_cache(client):
    """Only the paths of pages that exist are kept: a scan of made-up URLs adds no entries."""
    client.get("/nl/")
    kept = set(cache._cache)
    for path in ("bestaat-niet/", "bestaat-niet/nog-minder/", "a/b/c/d/e/f/g/h/i/j/"):
        assert client.get("/nl/" + path).status_code == 404
    assert not [key for key in set(cache._cache) - kept if "routing" in key]


def test_a_published_change_is_seen_at_once(client):
    page = ContentPageFactory(parent=home(), slug="over", title="Oude titel")
    assert html(client.get("/nl/over/")).h1.get_text(strip=True) == "Oude titel"
    page.title = "Nieuwe titel"
    page.save_revision().publish()
    assert html(client.get("/nl/over/")).h1.get_text(strip=True) == "Nieuwe titel"


def test_a_draft_changes_nothing_a_visitor_sees(client):
    page = ContentPageFactory(parent=home(), slug="over", title="Gepubliceerd")
    client.get("/nl/over/")
    page.title = "Concept"
    page.save_revision()
    assert html(client.get("/nl/over/")).h1.get_text(strip=True) == "Gepubliceerd"


def test_an_unpublished_page_is_gone_at_once(client):
    page = ContentPageFactory(parent=home(), slug="over")
    assert client.get("/nl/over/").status_code == 200
    page.unpublish()
    assert client.get("/nl/over/").status_code == 404


def test_a_changed_slug_moves_the_page_at_once(client):
    page = ContentPageFactory(parent=home(), slug="over")
    assert client.get("/nl/over/").status_code == 200
    page.slug = "info"
    page.save_revision().publish()
    assert client.get("/nl/over/").status_code == 404
    assert client.get("/nl/info/").status_code == 200


def test_a_page_made_private_is_private_at_once(client):
    section = ContentPageFactory(parent=home(), slug="intern")
    ContentPageFactory(parent=section, slug="notities")
    assert client.get("/nl/intern/notities/").status_code == 200
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/nl/intern/notities/").status_code == 302


def test_a_request_with_a_session_never_gets_the_kept_pages(client, django_user_model):
    """As with the page cache: an editor's request sees a change that came without a signal."""
    ContentPageFactory(parent=home(), slug="over", title="Zoals het was")
    client.get("/nl/over/")
    ContentPageFactory._meta.model.objects.filter(slug="over").update(title="Stil veranderd")
    assert html(client.get("/nl/over/")).h1.get_text(strip=True) == "Zoals het was"
    client.force_login(django_user_model.objects.create_user("bezoeker-met-sessie"))
    assert html(client.get("/nl/over/")).h1.get_text(strip=True) == "Stil veranderd"


def test_a_view_that_is_no_page_finds_the_site_without_a_query(client):
    """The forms, the booking desk and site search ask for the site too (the chrome, the
    structured data); after the first request it comes from the cache."""
    with translation.override("nl"):
        url = reverse("alerts:subscribe")
    first, first_lookups = route_queries(client, url)
    again, lookups = route_queries(client, url)
    assert first.status_code == again.status_code == 200
    assert first_lookups >= 1
    assert lookups == 0


def test_a_saved_site_is_read_again(client):
    with translation.override("nl"):
        url = reverse("alerts:subscribe")
    client.get(url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Werkroute Drenthe"
    site.save()
    response, lookups = route_queries(client, url)
    assert lookups >= 1
    assert response.status_code == 200
