"""The board's counts without the cache: one statement for every facet's counts, equal to
counting by hand; the summary behind the unfiltered board stays current; and the number of
queries of a board page does not depend on the number of vacancies."""

import datetime
from functools import partial

import pytest

from django.core.cache import cache
from django.db import connection
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone

from tests.vacancies.factories import VacancyFactory
from vacancies.choices import SUPPORT_FACTS
from vacancies.filters import VacancyFilterSet
from vacancies.models import BoardDataVersion, BoardSummary, Vacancy
from vacancies.query import text_match

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

# Each facet's options as plain field lookups, written out here and not taken from the
# FilterSet, so the hand count does not share the code it checks.
HAND = {
    "sector": lambda value: Q(sector=value),
    "kind": lambda value: Q(kind=value),
    "contract": lambda value: Q(contract=value),
    "shift": lambda value: Q(**{f"shift_{value}": True}),
    "hours": lambda value: Q(hours_max__gte=int(value)),
    "dutch": lambda value: Q(dutch_level__lte=int(value)),
    "place": lambda value: Q(place_id=int(value)),
    **{name: partial(lambda name, value: Q(**{name: True}), name) for name in SUPPORT_FACTS},
}


def query_of(params):
    data = QueryDict(mutable=True)
    for name, value in params.items():
        data[name] = str(value)
    return VacancyFilterSet(data).vacancy_query()


def hand_counts(params, places):
    """Every option's count by separate queries: the open vacancies with the text, the azc
    distance and every other facet's choice, and this option."""
    base = Vacancy.objects.visible()
    if params.get("q"):
        base = text_match(base, params["q"])
    if params.get("near"):
        # Within 10 km of Noordstad: Noordstad and Dorpje (8 km), not Zuidstad (30 km).
        assert (params["near"], params["km"]) == (places["north"].pk, 10)
        base = base.filter(place_id__in=[places["north"].pk, places["village"].pk])
    chosen = {name: HAND[name](value) for name, value in params.items() if name in HAND}

    def others(skipped):
        condition = Q()
        for name, condition_of_name in chosen.items():
            if name != skipped:
                condition &= condition_of_name
        return condition

    counts = {"total": base.filter(others(None)).count()}
    filterset = VacancyFilterSet(QueryDict())
    for name, facet in filterset.facets().items():
        counts[name] = {
            str(value): base.filter(others(name), HAND[name](value)).count()
            for value, _label in facet.options()
        }
    return counts


@pytest.fixture
def closed_too(board, places):
    """The board with vacancies residents do not see: a draft, a withdrawn and an expired one,
    each with facts that would change the counts if they were counted."""
    return [
        VacancyFactory(sector="horeca", place=places["north"], draft=True),
        VacancyFactory(sector="horeca", place=places["south"], withdrawn=True),
        VacancyFactory(sector="it", place=places["village"], expired=True),
    ]


def searches(places):
    return [
        {},
        {"q": "kok"},
        {"sector": "horeca"},
        # Text and three filters, as the bench's search.
        {"q": "schoonmaak", "sector": "schoonmaak", "dutch": 1, "hours": 16},
        {"shift": "weekend", "training_given": "on", "place": places["south"].pk},
        {"q": "تنظيف", "kind": "job", "contract": "temporary", "english_enough": "on"},
        {"near": places["north"].pk, "km": 10, "hours": 8, "jobcoach_or_buddy": "on"},
        # A Dutch stop word that starts a fact's name ("Metaal") narrows nothing.
        {"q": "werk met", "dutch": 0},
    ]


@pytest.mark.parametrize("number", range(8))
def test_facet_counts_equal_counting_by_hand(board, places, closed_too, number):
    params = searches(places)[number]
    counts = query_of(params).facet_counts()
    assert counts == hand_counts(params, places)
    # Each facet ignores its own choice: the chosen option's count is the total.
    for name, value in params.items():
        if name in HAND:
            assert counts[name][str(value) if name not in SUPPORT_FACTS else "1"] == counts["total"]


def test_the_counts_say_what_choosing_an_option_lists(client, board, places, board_url):
    """The count next to an option is the number of vacancies the board lists for it."""
    params = {"q": "schoonmaak", "dutch": 1, "hours": 16}
    counts = query_of(params).facet_counts()
    for value, count in counts["sector"].items():
        listed = client.get(f"{board_url()}api/", {**params, "sector": value}).json()["count"]
        assert listed == count, value


@pytest.mark.parametrize("number", range(8))
def test_all_facet_counts_are_one_query(board, places, django_assert_num_queries, number):
    query = query_of(searches(places)[number])
    query.filterset.values()  # the form is read before counting
    with django_assert_num_queries(1):
        query.facet_counts()


# --- the unfiltered board's summary ---------------------------------------------------------


def unfiltered():
    return query_of({}).counts()


def by_hand(on=None):
    open_now = Vacancy.objects.visible(on=on)
    return {
        "total": open_now.count(),
        "horeca": open_now.filter(sector="horeca").count(),
        "it": open_now.filter(sector="it").count(),
    }


def summed(counts):
    return {
        "total": counts["total"],
        "horeca": counts["sector"]["horeca"],
        "it": counts["sector"]["it"],
    }


def test_the_unfiltered_counts_come_from_the_summary_in_one_query(
    board, closed_too, django_assert_num_queries
):
    first = unfiltered()
    assert BoardSummary.objects.count() == 1
    cache.clear()  # without the cache
    query = query_of({})  # reads the places (from the cache when it is there)
    with django_assert_num_queries(1):
        again = query.counts()
    assert again == first == query_of({}).facet_counts()


def test_the_summary_is_current_after_publish_edit_close_and_closing_day(
    board, places, closed_too, at_moment
):
    assert summed(unfiltered()) == by_hand()

    # Published.
    new = VacancyFactory(sector="it", place=places["north"])
    assert summed(unfiltered()) == by_hand()
    assert summed(unfiltered())["it"] == 1

    # Edited and published again, as the admin does.
    new.sector = "horeca"
    new.save_revision().publish()
    assert summed(unfiltered()) == by_hand()
    assert summed(unfiltered())["it"] == 0

    # An edit waiting for approval changes nothing residents see, nor the summary's version.
    version = BoardDataVersion.objects.get().version
    new.refresh_from_db()
    new.sector = "it"
    new.save_revision()
    assert BoardDataVersion.objects.get().version == version
    assert summed(unfiltered())["it"] == 0

    # Closed (taken offline).
    before = unfiltered()["total"]
    new.unpublish()
    assert summed(unfiltered()) == by_hand()
    assert unfiltered()["total"] == before - 1

    # Its closing day passes: gone from the counts at midnight, with nothing saved.
    kok = next(vacancy for vacancy in board if vacancy.sector == "horeca")
    closing_day = timezone.localdate() + datetime.timedelta(days=5)
    Vacancy.objects.filter(pk=kok.pk).update(closing_date=closing_day)
    at_moment(closing_day.year, closing_day.month, closing_day.day, 23, 59, 59)
    assert summed(unfiltered()) == by_hand(on=closing_day)
    assert summed(unfiltered())["horeca"] == 1
    next_day = closing_day + datetime.timedelta(days=1)
    at_moment(next_day.year, next_day.month, next_day.day, 0, 0, 0)
    assert summed(unfiltered()) == by_hand(on=next_day)
    assert summed(unfiltered())["horeca"] == 0


def test_the_summary_follows_writes_that_send_no_signal(board, closed_too):
    """A queryset update or a bulk insert moves the version too: PostgreSQL does it."""
    if connection.vendor != "postgresql":
        pytest.skip("the summary is kept on PostgreSQL only; elsewhere the board counts")
    unfiltered()
    Vacancy.objects.filter(sector="schoonmaak").update(sector="it")
    assert summed(unfiltered()) == by_hand()
    template = Vacancy.objects.visible().first()
    copy = Vacancy(
        **{
            field.attname: getattr(template, field.attname)
            for field in Vacancy._meta.concrete_fields
            if not field.primary_key and field.attname != "reference_code"
        },
        reference_code="QQQQQQ",
    )
    copy.sector = "it"
    Vacancy.objects.bulk_create([copy])
    assert summed(unfiltered()) == by_hand()


def test_a_draft_moves_no_version(board):
    if connection.vendor != "postgresql":
        pytest.skip("the version is PostgreSQL's")
    version = BoardDataVersion.objects.get().version
    VacancyFactory(sector="it", draft=True)
    assert BoardDataVersion.objects.get().version == version


# --- the number of queries of a board page --------------------------------------------------

# Queries of a board page with an empty cache on the skeleton site: 22 unfiltered (site and
# page, places, the summary read, its version, the count and its store, the list with its
# translations, menus and footer), 13 with the cache warm; 19 and 12 for a search. A budget
# with two to spare: a query per vacancy would break it at once.
PAGE_QUERIES = 24


@pytest.mark.parametrize("query", ["", "q=medewerker&sector=schoonmaak&dutch=2&hours=16"])
def test_a_board_page_makes_as_many_queries_for_5_as_for_50_vacancies(
    client, empty_board, board_url, django_assert_max_num_queries, query
):
    url = f"{board_url()}?{query}"
    client.get(url)  # what a process reads once (site settings, languages) is read here
    made = []
    for size in (5, 50):
        VacancyFactory.create_batch(size - Vacancy.objects.count(), with_translation=True)
        cache.clear()
        with django_assert_max_num_queries(PAGE_QUERIES) as cold:
            assert client.get(url).status_code == 200
        with django_assert_max_num_queries(PAGE_QUERIES) as warm:
            assert client.get(url).status_code == 200
        made.append((len(cold), len(warm)))
    assert made[0] == made[1]
