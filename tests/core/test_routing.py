"""Pages found in one query (core/routing.py) answer as Wagtail's own routing does: breadcrumbs
and the language switcher from what came with the page, private sections private (through an
alias too), a missing page a 404, a routable page first for its own paths, and a second site
changes no link."""

import pytest

from django.core.cache import cache
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
    agenda = home().add_child(instance=EventIndexPage(title="Agenda", slug="agenda"))
    EventPageFactory(parent=agenda, slug="archief", title="Een bijeenkomst die archief heet")
    page = html(client.get("/nl/agenda/archief/"))
    with translation.override("nl"):
        assert page.h1.get_text(strip=True) == translation.gettext("Past events")


def test_a_second_site_changes_no_link(client):
    before = {code: links(client.get(f"/{code}/vacatures/")) for code in ("nl", "ar")}
    elsewhere = HomePageFactory(parent=Page.get_first_root_node(), slug="elders")
    Site.objects.create(hostname="elders.example", port=80, root_page=elsewhere)
    cache.clear()
    after = {code: links(client.get(f"/{code}/vacatures/")) for code in ("nl", "ar")}
    assert after == before
