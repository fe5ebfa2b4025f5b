"""The BreadcrumbList on every page that shows breadcrumbs: the same steps, titles and links as
the visible trail, with absolute URLs, and safe against titles that try to end the script."""

import json
from urllib.parse import urljoin

import pytest

from wagtail.models import Locale, Page, Site

from core.structured_data import as_json, json_ld_script
from tests.conftest import html
from tests.home.factories import ContentPageFactory
from tests.vacancies.factories import VacancyFactory
from vacancies.models import VacancyIndexPage

pytestmark = pytest.mark.django_db


def ld_of_type(page, kind):
    found = [
        json.loads(script.string)
        for script in page.find_all("script", type="application/ld+json")
        if json.loads(script.string).get("@type") == kind
    ]
    assert len(found) <= 1, f"more than one {kind}"
    return found[0] if found else None


def visible_trail(page, base):
    """(title, absolute URL) of each link in the breadcrumb navigation, as a reader sees them."""
    links = page.select("nav.werkroute-breadcrumbs a")
    return [(link.get_text(), urljoin(base, link["href"])) for link in links]


def structured_trail(data):
    items = data["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert all(item["@type"] == "ListItem" for item in items)
    return [(item["name"], item["item"]) for item in items]


def assert_trail_matches(response):
    page = html(response)
    base = response.wsgi_request.build_absolute_uri()
    visible = visible_trail(page, base)
    data = ld_of_type(page, "BreadcrumbList")
    if not visible:
        assert data is None, "a BreadcrumbList without visible breadcrumbs"
        return
    assert data is not None, "breadcrumbs without a BreadcrumbList"
    assert data["@context"] == "https://schema.org"
    trail = structured_trail(data)
    assert trail == visible
    assert all(url.startswith("http://testserver/") for _name, url in trail)


def site_home(code="nl"):
    home = Site.objects.get(is_default_site=True).root_page
    return home.get_translation(Locale.objects.get(language_code=code)).specific


# --- on the skeleton site -------------------------------------------------------------------


@pytest.mark.skeleton
@pytest.mark.parametrize("code", ["nl", "ar"])
def test_a_section_page_lists_home_and_itself(client, code):
    board = VacancyIndexPage.objects.get(locale__language_code=code)
    response = client.get(board.url)
    assert_trail_matches(response)
    trail = structured_trail(ld_of_type(html(response), "BreadcrumbList"))
    assert trail == [
        (site_home(code).title, "http://testserver" + site_home(code).url),
        (board.title, "http://testserver" + board.url),
    ]


@pytest.mark.skeleton
def test_a_deeper_page_lists_every_step(client):
    parent = ContentPageFactory(parent=site_home(), title="Werken in Nederland")
    child = ContentPageFactory(parent=parent, title="Uw eerste werkdag")
    response = client.get(child.url)
    assert_trail_matches(response)
    names = [name for name, _url in structured_trail(ld_of_type(html(response), "BreadcrumbList"))]
    assert names == [site_home().title, parent.title, child.title]


@pytest.mark.skeleton
def test_a_vacancy_page_ends_with_the_vacancy_in_the_readers_language(client):
    vacancy = VacancyFactory(title="Kok in de keuken")
    board = VacancyIndexPage.objects.get(locale__language_code="en")
    response = client.get(f"{board.url}{vacancy.reference_code}/")
    assert_trail_matches(response)
    last = structured_trail(ld_of_type(html(response), "BreadcrumbList"))[-1]
    assert last == (vacancy.title, f"http://testserver{board.url}{vacancy.reference_code}/")


@pytest.mark.skeleton
def test_the_home_page_has_no_breadcrumbs_and_no_breadcrumb_list(client):
    page = html(client.get(site_home().url))
    assert not page.select("nav.werkroute-breadcrumbs")
    assert ld_of_type(page, "BreadcrumbList") is None


@pytest.mark.skeleton
def test_a_title_cannot_end_the_script(client):
    title = '</script><script>alert("x")</script><!--'
    page = ContentPageFactory(parent=site_home(), title=title)
    child = ContentPageFactory(parent=page, title="Gewoon")
    response = client.get(child.url)
    assert b'<script>alert("x")' not in response.content
    assert b"<!--" not in response.content.split(b"application/ld+json", 1)[1]
    assert_trail_matches(response)
    names = [name for name, _url in structured_trail(ld_of_type(html(response), "BreadcrumbList"))]
    assert title in names


def test_json_ld_escapes_what_could_end_the_script_and_keeps_the_data():
    data = {"name": "</script><!-- & <b>", "nested": ["</SCRIPT >"]}
    text = str(as_json(data))
    assert not set("<>&") & set(text)
    assert json.loads(text) == data
    script = str(json_ld_script(data))
    assert script.startswith('<script type="application/ld+json">')
    assert script.count("</script>") == 1 and script.endswith("</script>")
    assert json_ld_script(None) == ""


# --- every page of the demo -----------------------------------------------------------------


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_every_demo_page_type_with_breadcrumbs_has_the_same_breadcrumb_list(client, code):
    """The first and the deepest page of each page type: the trail is built by one template for
    every page, so rendering all demo pages would only repeat these."""
    pages = Page.objects.live().public().filter(locale__language_code=code, depth__gte=2)
    chosen = {}
    for page in pages.order_by("path"):
        first, deepest = chosen.get(page.content_type_id, (page, page))
        chosen[page.content_type_id] = (first, page if page.depth > deepest.depth else deepest)
    checked = 0
    for page in {page.pk: page for pair in chosen.values() for page in pair}.values():
        response = client.get(page.specific.url)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        assert_trail_matches(response)
        checked += 1
    assert checked >= 8
