"""The vacancy board's "Done when" items that the other test files leave open: junk input on
every endpoint, expiry at the boundary second everywhere at once, text direction on the detail
page, the feed's content and filters, what the JSON list shows, printing a search, and the
reference code's uniqueness in the database."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

import pytest
import segno
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from tests.conftest import html
from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory
from vacancies.choices import Contract, Sector
from vacancies.models import Vacancy

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]
ATOM = "{http://www.w3.org/2005/Atom}"
ENDPOINTS = ["", "feed/", "api/", "posters/"]


def feed_entries(response):
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed, not untrusted input
    return feed.findall(f"{ATOM}entry")


def code_of(url):
    return url.rstrip("/").rsplit("/", 1)[1]


def api_codes(client, url):
    return [item["reference_code"] for item in client.get(url).json()["results"]]


# --- invalid filter values never 500 --------------------------------------------------------

JUNK = [
    "page=999999",
    "page=-1",
    "page=1e9",
    "hours=-1",
    "hours=99999999999999999999",
    "sector=%3Cscript%3Ealert(1)%3C/script%3E",
    "sector=horeca&sector=%3Cscript%3E",
    "q=%00",
    "q=" + "x" * 5000,
    "place=99999999999999999999",
    "near=abc&km=10",
    "near=-1&km=-1",
    "km=10",
    "dutch=1.5",
    "order%5B%5D=closing",
    "training_given=%00",
    "sector=%E2%80%AE%D8%B9",
    "%FF=%FF",
]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("query", JUNK)
def test_junk_parameters_never_break_any_endpoint(client, board_url, endpoint, query):
    response = client.get(f"{board_url()}{endpoint}?{query}")
    assert response.status_code == 200, (endpoint, query)
    assert b"<script>" not in response.content


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    params=st.dictionaries(
        st.sampled_from(
            ["q", "sector", "kind", "contract", "shift", "hours", "dutch", "place", "near", "km"]
            + ["order", "page", "training_given", "english_enough"]
        ),
        st.text(max_size=30),
        max_size=5,
    ),
    endpoint=st.sampled_from(["", "api/"]),
)
def test_any_filter_values_give_a_page_not_an_error(client, board_url, params, endpoint):
    response = client.get(f"{board_url()}{endpoint}", params)
    assert response.status_code == 200, params


def test_pages_beyond_the_ends_show_the_nearest_page(client, empty_board, board_url):
    VacancyFactory.create_batch(45)

    def cards(query):
        page = html(client.get(f"{board_url()}?{query}"))
        return [a["href"] for a in page.select(".werkroute-vacancy-card a")]

    assert len(cards("page=3")) == 5
    assert cards("page=999999") == cards("page=3")
    assert cards("page=abc") == cards("page=1")
    data = client.get(f"{board_url()}api/?page=999999").json()
    assert (data["page"], data["pages"], data["next"]) == (1, 1, None)
    assert len(data["results"]) == 45


# --- expiry at the boundary second, everywhere at once --------------------------------------


def test_a_vacancy_leaves_every_list_at_the_first_second_after_its_closing_day(
    client, empty_board, board_url, at_moment, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        vacancy = VacancyFactory(title="Glazenwasser grensseconde")
    closing_day = timezone.localdate() + datetime.timedelta(days=5)
    Vacancy.objects.filter(pk=vacancy.pk).update(closing_date=closing_day)
    code = vacancy.reference_code
    lists = [
        board_url(),
        f"{board_url()}?q=glazenwasser",
        f"{board_url()}feed/",
        f"{board_url()}api/",
        f"{board_url()}posters/",
        "/sitemap-vacancies.xml",
        "/nl/zoeken/?q=grensseconde&type=vacancies",
    ]
    detail = f"{board_url('en')}{code}/"

    last_second = at_moment(closing_day.year, closing_day.month, closing_day.day, 23, 59, 59)
    for url in lists:
        assert code in client.get(url).content.decode(), url
    page = html(client.get(detail))
    posting = json.loads(page.find("script", string=re.compile('"JobPosting"')).string)
    # validThrough names this very second as the last one.
    assert datetime.datetime.fromisoformat(posting["validThrough"]) == last_second
    assert page.select_one(".werkroute-vacancy__respond") is not None

    next_day = closing_day + datetime.timedelta(days=1)
    at_moment(next_day.year, next_day.month, next_day.day, 0, 0, 0)
    for url in lists:
        assert code not in client.get(url).content.decode(), url
    response = client.get(detail)
    assert response.status_code == 200
    page = html(response)
    assert page.select_one(".werkroute-notice--closed") is not None
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.select_one(".werkroute-vacancy__respond") is None
    assert page.find("script", string=re.compile('"JobPosting"')) is None
    assert client.get(f"{detail}poster/").status_code == 404


# --- the detail page: facts in the visitor's language, the text marked with its own ---------


def test_an_arabic_reader_gets_arabic_facts_and_dutch_text_marked_ltr(client, board, board_url):
    kok = board[1]  # written in Dutch, no Arabic translation
    page = html(client.get(f"{board_url('ar')}{kok.reference_code}/"))
    with translation.override("ar"):
        sector, contract = str(Sector("horeca").label), str(Contract("permanent").label)
    with translation.override("en"):
        assert sector != str(Sector("horeca").label), "the Arabic catalogue names this sector"
    facts = page.select_one(".werkroute-vacancy-facts").get_text(" ", strip=True)
    assert sector in facts and contract in facts
    assert page.find("h1")["lang"] == "nl" and page.find("h1")["dir"] == "ltr"
    text = page.select_one(".werkroute-vacancy__text")
    assert (text["lang"], text["dir"]) == ("nl", "ltr")
    assert kok.description in text.get_text()
    assert page.select_one(".werkroute-notice") is not None


def test_an_arabic_text_read_in_dutch_is_marked_rtl(client, empty_board, board_url):
    vacancy = VacancyFactory(language="ar", title="عامل مستودع", description="العمل في المستودع.")
    page = html(client.get(f"{board_url('nl')}{vacancy.reference_code}/"))
    assert page.find("html")["dir"] == "ltr"
    assert (page.find("h1")["lang"], page.find("h1")["dir"]) == ("ar", "rtl")
    text = page.select_one(".werkroute-vacancy__text")
    assert (text["lang"], text["dir"]) == ("ar", "rtl")
    assert page.select_one(".werkroute-notice") is not None
    # Read in its own language, nothing is marked and no notice is shown.
    page = html(client.get(f"{board_url('ar')}{vacancy.reference_code}/"))
    assert not page.find("h1").has_attr("lang")
    assert not page.select_one(".werkroute-vacancy__text").has_attr("lang")
    assert page.select_one(".werkroute-notice") is None


# --- the Atom feed: the board's filters and the text in the visitor's language ---------------


@pytest.mark.parametrize(
    "names",
    [
        ("sector",),
        ("shift",),
        ("training_given",),
        ("near",),
        ("q",),
        ("kind", "english_enough"),
        ("place", "dutch"),
    ],
)
def test_the_feed_shows_exactly_what_the_board_shows(client, board, board_url, places, names):
    from tests.vacancies.test_board_search import params_of

    query = urlencode(params_of(places, *names))
    listed = [
        code_of(a["href"])
        for a in html(client.get(f"{board_url()}?{query}")).select(".werkroute-vacancy-card a")
    ]
    entries = feed_entries(client.get(f"{board_url()}feed/?{query}"))
    in_feed = [code_of(entry.find(f"{ATOM}link").get("href")) for entry in entries]
    assert listed and sorted(in_feed) == sorted(listed)
    assert len(in_feed) < len(board), "the filter narrows the board"


def test_the_feed_carries_the_text_in_the_visitors_language(client, board, board_url):
    cleaner = board[0]  # has a reviewed Arabic translation
    response = client.get(f"{board_url('ar')}feed/?sector=schoonmaak")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    (entry,) = feed.findall(f"{ATOM}entry")
    translated = cleaner.translations.get(language="ar")
    assert entry.find(f"{ATOM}title").text.startswith(translated.title)
    assert cleaner.employer_name in entry.find(f"{ATOM}title").text
    assert entry.find(f"{ATOM}summary").text == translated.description
    link = entry.find(f"{ATOM}link").get("href")
    assert link == f"http://testserver{board_url('ar')}{cleaner.reference_code}/"
    assert entry.find(f"{ATOM}published") is not None


# --- the JSON list: visible vacancies only --------------------------------------------------


def test_the_json_list_shows_only_visible_vacancies(client, empty_board, board_url):
    open_one = VacancyFactory()
    draft = VacancyFactory(published=False)
    withdrawn = VacancyFactory()
    withdrawn.unpublish()
    expired = VacancyFactory()
    Vacancy.objects.filter(pk=expired.pk).update(
        closing_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    response = client.get(f"{board_url()}api/")
    data = response.json()
    assert [item["reference_code"] for item in data["results"]] == [open_one.reference_code]
    assert data["count"] == 1
    for hidden in (draft, withdrawn, expired):
        assert hidden.reference_code not in response.content.decode()


def test_an_unapproved_edit_of_a_live_vacancy_stays_out_of_sight(client, empty_board, board_url):
    vacancy = VacancyFactory(title="Schoonmaker")
    VacancyTranslationFactory(vacancy=vacancy, language="ar", title="عامل تنظيف")
    vacancy = Vacancy.objects.get(pk=vacancy.pk)
    vacancy.title = "Nog niet goedgekeurd"
    translations = list(vacancy.translations.all())
    translations[0].title = "مسودة"
    vacancy.translations = translations
    vacancy.save_revision()
    data = client.get(f"{board_url()}api/").json()
    assert [item["title"] for item in data["results"]] == ["Schoonmaker"]
    assert client.get(f"{board_url()}api/?q=goedgekeurd").json()["count"] == 0
    assert client.get(f"{board_url('ar')}api/?q=مسودة").json()["count"] == 0
    assert client.get(f"{board_url()}api/?q=schoonmaker").json()["count"] == 1


# --- "print all open vacancies of this search" ---------------------------------------------


def test_the_print_link_prints_exactly_the_search_on_the_board(client, board, board_url):
    page = html(client.get(f"{board_url()}?training_given=on&dutch=0&page=1"))
    listed = {code_of(a["href"]) for a in page.select(".werkroute-vacancy-card a")}
    link = next(
        a["href"] for a in page.select(".werkroute-vacancy-tools a") if "/posters/" in a["href"]
    )
    assert "training_given=on" in link and "dutch=0" in link and "page=" not in link
    posters = html(client.get(link))
    printed = {p.get_text() for p in posters.select(".werkroute-poster__code")}
    assert printed == listed and 0 < len(printed) < len(board)
    # Each poster's QR code leads to its own vacancy on the board.
    for section in posters.select(".werkroute-poster__qr"):
        poster = section.find_parent("section")
        code = poster.select_one(".werkroute-poster__code").get_text()
        target = f"http://testserver{board_url()}{code}/"
        expected = segno.make(target, error="m").svg_inline(scale=5, border=2, omitsize=True)
        assert html(expected).find("path")["d"] == section.find("path")["d"], code


# --- reference codes -----------------------------------------------------------------------


def test_the_database_refuses_a_second_vacancy_with_the_same_code(empty_board):
    first, second = VacancyFactory(), VacancyFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Vacancy.objects.filter(pk=second.pk).update(reference_code=first.reference_code)
    assert Vacancy.objects.filter(reference_code=first.reference_code).count() == 1
