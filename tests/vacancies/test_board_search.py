"""List and search: every filter, every pair of filters, counts, order, pages, junk input."""

import itertools
import re
from urllib.parse import urlencode

import pytest

from tests.conftest import html, rolled_back_at_the_end
from tests.vacancies.factories import VacancyFactory
from tests.vacancies.helpers import make_board, make_places
from vacancies.choices import SUPPORT_FACTS
from vacancies.models import Vacancy

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


@pytest.fixture(scope="module")
def shared_board(django_db_setup, django_db_blocker):
    """The places and the board, built once for this module's 150-odd tests (each test's own
    changes are rolled back to the state they leave), and taken away after its last test."""
    with rolled_back_at_the_end(django_db_blocker):
        Vacancy.objects.all().delete()
        built_places = make_places()
        yield built_places, make_board(built_places)


@pytest.fixture
def places(shared_board, db):
    return shared_board[0]


@pytest.fixture
def board(shared_board, db):
    return shared_board[1]


def api(client, board_url, query="", language="nl"):
    response = client.get(f"{board_url(language)}api/?{query}")
    assert response.status_code == 200
    return response.json()


def titles(data):
    return {item["title"] for item in data["results"]}


# Every filter of the board: the query it sends, and which vacancies it should keep. Places
# come from the `places` fixture, so their filters are built from it.
FILTERS = {
    "q": ({"q": "kok"}, lambda v: any(w.startswith("kok") for w in words(v.search_text))),
    "sector": ({"sector": "horeca"}, lambda v: v.sector == "horeca"),
    "kind": ({"kind": "job"}, lambda v: v.kind == "job"),
    "contract": ({"contract": "temporary"}, lambda v: v.contract == "temporary"),
    "shift": ({"shift": "weekend"}, lambda v: v.shift_weekend),
    "hours": ({"hours": "24"}, lambda v: v.hours_max >= 24),
    "dutch": ({"dutch": "0"}, lambda v: v.dutch_level <= 0),
    "place": (lambda p: {"place": p["village"].pk}, lambda v: v.place.name == "Dorpje"),
    # Dorpje is 8 km from Noordstad, Zuidstad 30 km: only the first two are within 10 km.
    "near": (
        lambda p: {"near": p["north"].pk, "km": 10},
        lambda v: v.place.name in {"Noordstad", "Dorpje"},
    ),
    "english_enough": ({"english_enough": "on"}, lambda v: v.english_enough),
    "training_given": ({"training_given": "on"}, lambda v: v.training_given),
    "no_diploma_needed": ({"no_diploma_needed": "on"}, lambda v: v.no_diploma_needed),
    "workplace_tour": ({"workplace_tour": "on"}, lambda v: v.workplace_tour),
    "employer_applies_twv": ({"employer_applies_twv": "on"}, lambda v: v.employer_applies_twv),
    "jobcoach_or_buddy": ({"jobcoach_or_buddy": "on"}, lambda v: v.jobcoach_or_buddy),
}
# Filters without a count next to them: free text, and the distance (it narrows what is counted).
UNCOUNTED = {"q", "near"}


def words(text):
    return re.findall(r"\w+", text.lower())


def params_of(places, *names):
    params = {}
    for name in names:
        spec = FILTERS[name][0]
        params.update(spec(places) if callable(spec) else spec)
    return params


def expected_titles(board, *names):
    return {vacancy.title for vacancy in board if all(FILTERS[name][1](vacancy) for name in names)}


def shown_count(page_html, name, params):
    """The count the filter form shows next to this filter's value, or None if it has none."""
    if name in UNCOUNTED:
        return None
    if name in SUPPORT_FACTS:
        label = page_html.find("label", attrs={"for": f"filter-{name}"}).get_text()
        return int(label.rsplit("(", 1)[1].rstrip(")"))
    return counts_in(page_html, name)[str(params[name])]


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_each_filter_keeps_exactly_the_matching_vacancies(client, board, board_url, places, name):
    params = params_of(places, name)
    data = api(client, board_url, urlencode(params))
    assert titles(data) == expected_titles(board, name)
    assert data["count"] == len(expected_titles(board, name))
    shown = shown_count(html(client.get(board_url())), name, params)
    assert shown in (None, data["count"]), (name, shown)


@pytest.mark.parametrize("first,second", list(itertools.combinations(sorted(FILTERS), 2)))
def test_every_pair_of_filters_combines_with_and(client, board, board_url, places, first, second):
    both = params_of(places, first, second)
    data = api(client, board_url, urlencode(both))
    # Each result is read back from the database and must satisfy both filters ...
    for item in data["results"]:
        vacancy = Vacancy.objects.select_related("place").get(reference_code=item["reference_code"])
        assert FILTERS[first][1](vacancy) and FILTERS[second][1](vacancy), item["title"]
    # ... and nothing that satisfies both is missing.
    assert titles(data) == expected_titles(board, first, second)
    assert data["count"] == len(data["results"])
    # With one filter chosen, the count shown next to the other is what choosing it gives.
    for chosen, other in ((first, second), (second, first)):
        page = html(client.get(f"{board_url()}?{urlencode(params_of(places, chosen))}"))
        shown = shown_count(page, other, both)
        assert shown in (None, data["count"]), (chosen, other, shown)


def test_place_filter_and_distance_from_an_azc(client, board, board_url, places):
    north, village = places["north"], places["village"]
    assert titles(api(client, board_url, f"place={village.pk}")) == {
        v.title for v in board if v.place == village
    }
    near_north = titles(api(client, board_url, f"near={north.pk}&km=10"))
    assert near_north == {v.title for v in board if v.place in (north, village)}
    # 30 km south is outside 10 km but inside 50 km.
    assert len(titles(api(client, board_url, f"near={north.pk}&km=50"))) == len(board)


def test_a_dutch_query_finds_inflected_forms(client, board, board_url):
    for query in ("schoonmaak", "schoonmaker", "Schoonmakers", "SCHOONMAAKWERK"):
        assert "Schoonmaker kantoren" in titles(api(client, board_url, f"q={query}")), query
    assert titles(api(client, board_url, "q=schoonmaak")) == {"Schoonmaker kantoren"}


def test_an_arabic_query_finds_the_arabic_translation(client, board, board_url):
    data = api(client, board_url, "q=تنظيف", language="ar")
    assert titles(data) == {"عامل تنظيف مكاتب"}
    assert data["results"][0]["text_language"] == "ar"


def test_text_and_filters_combine(client, board, board_url):
    assert titles(api(client, board_url, "q=schoonmaker&sector=horeca")) == set()
    assert titles(api(client, board_url, "q=kok&sector=horeca")) == {"Kok"}


def counts_in(page_html, name):
    """{option label: count} as the filter form shows them."""
    select = page_html.find("select", attrs={"name": name})
    counts = {}
    for option in select.find_all("option"):
        if option.get("value"):
            label, _sep, count = option.get_text().rpartition(" (")
            counts[option["value"]] = int(count.rstrip(")"))
    return counts


@pytest.mark.parametrize("name", ["sector", "kind", "contract", "shift", "hours", "dutch", "place"])
def test_each_option_count_is_what_choosing_it_gives(client, board, board_url, name):
    base = "training_given=on" if name != "kind" else "q=kok"
    page = html(client.get(f"{board_url()}?{base}"))
    counts = counts_in(page, name)
    assert counts, name
    for value, count in counts.items():
        assert api(client, board_url, f"{base}&{name}={value}")["count"] == count, (name, value)


def test_counts_of_a_facet_ignore_its_own_choice(client, board, board_url):
    # With sector=horeca chosen, the other sectors still say what they would give.
    counts = counts_in(html(client.get(f"{board_url()}?sector=horeca")), "sector")
    assert counts["schoonmaak"] == 1
    assert counts["horeca"] == 1
    assert counts["it"] == 0


def test_checkbox_counts(client, board, board_url):
    page = html(client.get(board_url()))
    label = page.find("label", attrs={"for": "filter-training_given"}).get_text()
    assert label.endswith(f"({len(expected_titles(board, 'training_given'))})")


def test_counts_follow_a_new_vacancy_at_once(client, board, board_url):
    before = counts_in(html(client.get(board_url())), "sector")["it"]
    VacancyFactory(sector="it")
    after = counts_in(html(client.get(board_url())), "sector")["it"]
    assert (before, after) == (0, 1)


def test_newest_first_and_closing_soonest_first(client, board, board_url):
    import datetime

    from django.utils import timezone

    from vacancies.models import Vacancy

    for days, vacancy in enumerate(board):
        Vacancy.objects.filter(pk=vacancy.pk).update(
            first_published_at=timezone.now() - datetime.timedelta(days=days),
            closing_date=timezone.localdate() + datetime.timedelta(days=30 - days),
        )
    newest = [item["title"] for item in api(client, board_url, "order=newest")["results"]]
    closing = [item["title"] for item in api(client, board_url, "order=closing")["results"]]
    assert newest == [v.title for v in board]
    assert closing == [v.title for v in reversed(board)]


def test_pagination_bounds(client, empty_board, board_url):
    VacancyFactory.create_batch(45)
    first = html(client.get(board_url()))
    assert len(first.select(".werkroute-vacancy-card")) == 20
    assert first.find("a", rel="next")["href"].endswith("page=2")
    last = html(client.get(f"{board_url()}?page=3"))
    assert len(last.select(".werkroute-vacancy-card")) == 5
    for junk in ("999999", "-1", "0", "abc", "1e9", "%00"):
        response = client.get(f"{board_url()}?page={junk}")
        assert response.status_code == 200, junk
        assert html(response).select(".werkroute-vacancy-card"), junk


@pytest.mark.parametrize(
    "query,rejected",
    [
        ("sector=%3Cscript%3Ealert(1)%3C/script%3E", "Sector"),
        ("hours=-1", "Hours per week"),
        ("dutch=7", "Dutch"),
        ("place=abc", "Place"),
        ("near=999999", "Near the azc"),
        ("km=100000", "Distance"),
        ("order=drop+table", "Order"),
        ("kind=%00", "Kind of work"),
    ],
)
def test_junk_filter_values_are_ignored_and_reported(client, board, board_url, query, rejected):
    response = client.get(f"{board_url('en')}?{query}")
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    page = html(response)
    notice = page.find(string=lambda s: s and "We did not understand" in s)
    assert notice is not None
    assert rejected in notice.parent.get_text()
    # The junk is left out: every vacancy is still listed.
    assert len(page.select(".werkroute-vacancy-card")) == len(board)


def test_a_too_long_query_is_reported_and_kept(client, board, board_url):
    text = "schoonmaak " * 30
    response = client.get(board_url("en"), {"q": text})
    page = html(response)
    box = page.find(id="vacancy-q")
    assert box["value"] == text
    assert box["aria-invalid"] == "true"
    assert "at most 200 characters" in page.find(id="vacancy-q-error").get_text()
    assert len(page.select(".werkroute-vacancy-card")) == len(board)


@pytest.mark.parametrize(
    "query", ["!!!", "' OR 1=1 --", "a & b | !c", "<b>", "schoon:* & (", "\u202e"]
)
def test_punctuation_and_operators_in_a_query_do_no_harm(client, board, board_url, query):
    response = client.get(board_url(), {"q": query})
    assert response.status_code == 200
    assert html(response).find(id="vacancy-q")["value"] == query
    assert "<b>" not in response.content.decode()


def test_empty_result_suggests_removing_filters(client, board, board_url):
    page = html(client.get(f"{board_url('en')}?sector=it&training_given=on"))
    assert not page.select(".werkroute-vacancy-card")
    assert "Try removing a filter" in page.get_text()
    removes = [a["href"] for a in page.select(".werkroute-active-filters a")]
    assert any("sector" not in href and "training_given=on" in href for href in removes)
    assert any("training_given" not in href and "sector=it" in href for href in removes)


def test_filter_state_lives_in_the_url_and_the_form_shows_it(client, board, board_url):
    page = html(client.get(f"{board_url()}?sector=horeca&shift=weekend&workplace_tour=on&q=kok"))
    assert (
        page.find("select", attrs={"name": "sector"}).find("option", selected=True)["value"]
        == "horeca"
    )
    assert page.find("input", attrs={"name": "workplace_tour"}).has_attr("checked")
    assert page.find(id="vacancy-q")["value"] == "kok"
    form = page.find("form", attrs={"role": "search"})
    assert form["method"] == "get"


def test_the_list_speaks_the_visitors_language(client, board, board_url):
    page = html(client.get(board_url("ar")))
    assert page.find("html")["dir"] == "rtl"
    cards = page.select(".werkroute-vacancy-card")
    arabic = [card for card in cards if "عامل تنظيف مكاتب" in card.get_text()]
    assert arabic and not arabic[0].find("a").has_attr("lang")
    dutch = [card for card in cards if "Kok" in card.get_text()][0]
    assert dutch.find("a")["lang"] == "nl" and dutch.find("a")["dir"] == "ltr"


def test_query_count_does_not_grow_with_the_number_of_results(client, empty_board, board_url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    VacancyFactory.create_batch(3)
    client.get(board_url())
    with CaptureQueriesContext(connection) as few:
        client.get(f"{board_url()}?order=closing")
    VacancyFactory.create_batch(15)
    client.get(board_url())
    with CaptureQueriesContext(connection) as many:
        client.get(f"{board_url()}?order=closing")
    assert len(many) == len(few)
