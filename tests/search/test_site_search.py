"""The site search page: every kind of content, in the visitor's language, safe with any input."""

import pytest

from core import versions
from core.page_cache import CONTENT
from search.models import SearchLogEntry
from search.query import GUIDES, RULES, VACANCIES, SiteSearch, clean_query
from tests.conftest import html
from tests.home.factories import ContentPageFactory
from tests.vacancies.factories import VacancyFactory

pytestmark = pytest.mark.django_db


def search_page(client, language, query, **params):
    return client.get(f"/{language}/zoeken/", {"q": query, **params})


def titles(response):
    return [a.text.strip() for a in html(response).select(".werkroute-search-result__title a")]


# --- language-aware matching -------------------------------------------------------------


@pytest.mark.parametrize("query", ["werkgever", "werkgevers", "aanvraag", "vergunning"])
def test_dutch_queries_match_inflected_forms(dutch_page, query):
    found = [page.title for page in SiteSearch(query, "nl").results(GUIDES)]
    assert dutch_page.title in found


@pytest.mark.parametrize(
    ("language", "query"),
    [("ar", "تنظيف"), ("fa", "نظافتچی"), ("ti", "ጽሬት"), ("tr", "temizlik")],
)
def test_each_language_finds_its_own_text(client, multilingual_vacancy, language, query):
    response = search_page(client, language, query, type=VACANCIES)
    assert response.status_code == 200
    hits = html(response).select(".werkroute-search-result__title a")
    link = next(a for a in hits if multilingual_vacancy.reference_code in a["href"])
    assert link["lang"] == language
    assert query in link.text


def test_a_query_in_another_script_does_not_find_it(multilingual_vacancy):
    found = SiteSearch("ጽሬት", "nl").results(VACANCIES)
    assert multilingual_vacancy.pk in {vacancy.pk for vacancy in found}  # one row, every language
    assert list(SiteSearch("qqqzzz", "ar").results(VACANCIES)) == []


# --- kinds, counts, fallback ---------------------------------------------------------------


def test_results_are_grouped_by_kind_with_counts(client, dutch_page, multilingual_vacancy):
    page = html(search_page(client, "nl", "werkgevers"))
    tabs = {
        a["href"].split("type=")[1]: a.select_one(".werkroute-count").text
        for a in page.select(".werkroute-search-tabs a")
    }
    search = SiteSearch("werkgevers", "nl")
    for kind, count in search.counts.items():
        if count:
            assert tabs[kind] == f"({count})"
    assert page.select_one("[aria-current=page]")


def test_the_matches_are_marked_in_an_escaped_passage(client, dutch_page):
    response = search_page(client, "nl", "werkgevers", type=GUIDES)
    result = next(
        item
        for item in html(response).select(".werkroute-search-result")
        if dutch_page.title in item.text
    )
    assert result.select_one("mark").text.lower().startswith("werkgever")


def test_untranslated_pages_are_found_in_dutch_and_labelled(client, dutch_page, indexed):
    from wagtail.models import Locale

    indexed(
        lambda: dutch_page.copy_for_translation(Locale.objects.get(language_code="ar"), alias=True)
    )
    response = search_page(client, "ar", "werkgevers", type=GUIDES)
    result = next(
        item
        for item in html(response).select(".werkroute-search-result")
        if dutch_page.title in item.text
    )
    assert result.select_one(".werkroute-search-result__title a")["lang"] == "nl"
    assert result.select_one(".werkroute-search-result__language")


def test_rules_in_dutch_show_where_no_translation_exists():
    search = SiteSearch("TWV", "ti")
    rules = search.results(RULES)
    assert rules, "the demo's TWV rules are in Dutch and partly translated"
    assert {rule.locale.language_code for rule in rules} <= {"ti", "nl"}


def test_closed_vacancies_are_not_found(indexed):
    vacancy = indexed(lambda: VacancyFactory(title="Glazenwasser uniekzoekwoord"))
    assert vacancy.pk in {v.pk for v in SiteSearch("uniekzoekwoord", "nl").results(VACANCIES)}
    indexed(lambda: vacancy.unpublish())
    assert list(SiteSearch("uniekzoekwoord", "nl").results(VACANCIES)) == []


# --- promotions ---------------------------------------------------------------------------


def test_promoted_pages_come_first_in_the_visitors_language(client):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    from home.models import GuidePage

    dutch = GuidePage.objects.filter(locale__language_code="nl").first()
    query = Query.get("werk zoeken")
    SearchPromotion.objects.create(query=query, page=dutch, sort_order=0, description="Begin hier")
    page = html(search_page(client, "ar", "Werk   zoeken"))
    promoted = page.select(".werkroute-search-promotions a")
    arabic = dutch.get_translation(dutch.locale.__class__.objects.get(language_code="ar"))
    assert [a["href"] for a in promoted] == [arabic.url]


# --- junk ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 2000,
        "!!! ??? ... ***",
        "werk عمل ሰራሕ kar",
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '<script>alert("x")</script>',
        '&& || ! ( ) : * " ~ ^',
        "\x00\x1f",
    ],
)
def test_junk_queries_never_fail_and_are_escaped(client, query):
    response = search_page(client, "nl", query)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body
    field = html(response).select_one("#search-q-search-page")
    if "\x00" not in query:
        assert field["value"] == clean_query(query)


@pytest.mark.parametrize("page_number", ["999999", "-1", "abc", "0"])
def test_any_page_number_gives_a_page(client, page_number, dutch_page):
    response = search_page(client, "nl", "werkgevers", page=page_number, type="nonsense")
    assert response.status_code == 200


def test_no_results_suggest_what_to_do(client):
    page = html(search_page(client, "en", "qqqzzzxxx"))
    assert page.select_one("#no-results li")
    assert "0 results" in page.select_one("#search-summary").text


# --- the page itself ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/nl/", "/ar/vacatures/", "/tr/zoeken/?q=is"])
def test_every_page_has_a_search_box_in_the_header(client, path):
    page = html(client.get(path, follow=True))
    form = page.select_one("header form[role=search]")
    assert form["action"].endswith("/zoeken/")
    field = form.select_one("input[name=q]")
    assert page.select_one(f"label[for={field['id']}]").text.strip()


def test_anonymous_searchers_get_no_cookie_and_no_shared_cache(client):
    response = search_page(client, "nl", "reba")
    assert not response.cookies
    assert "private" in response["Cache-Control"]
    assert html(response).select_one("meta[name=robots]")["content"] == "noindex"


# --- the search log -----------------------------------------------------------------------


def test_searches_are_counted_per_day_without_who_searched(client):
    before = versions.current(CONTENT)
    search_page(client, "nl", "Reba")
    search_page(client, "nl", "reba ")
    search_page(client, "nl", "qqqzzzxxx")
    rows = {row.query: row for row in SearchLogEntry.objects.filter(language="nl")}
    assert rows["reba"].searches == 2
    assert rows["reba"].without_results == 0
    assert rows["qqqzzzxxx"].without_results == 1
    fields = {field.name for field in SearchLogEntry._meta.get_fields()}
    assert fields == {"id", "day", "language", "query", "searches", "without_results"}
    # Counting a search is not a content change: the page cache stays.
    assert versions.current(CONTENT) == before


def test_empty_searches_are_not_logged(client):
    search_page(client, "nl", "  ")
    search_page(client, "nl", "")
    assert not SearchLogEntry.objects.exists()


def test_counts_are_cached_until_content_changes(dutch_page, indexed):
    first = SiteSearch("vergunning", "nl").counts
    assert first[GUIDES] >= 1
    indexed(
        lambda: ContentPageFactory(
            parent=dutch_page.get_parent(), title="Nog een vergunning", slug="nog-een-vergunning"
        )
    )
    assert SiteSearch("vergunning", "nl").counts[GUIDES] == first[GUIDES] + 1


def test_a_repeated_search_needs_fewer_queries(client, dutch_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as cold:
        search_page(client, "nl", "vergunning")
    with CaptureQueriesContext(connection) as warm:
        search_page(client, "nl", "vergunning")
    assert len(warm) < len(cold)
    assert SearchLogEntry.objects.get(query="vergunning").searches == 2
