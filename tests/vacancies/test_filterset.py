"""The board's filters follow from one declaration, VacancyFilterSet: each test here runs over
its declared filters, so a filter added there is tested here without an edit."""

import datetime
from urllib.parse import parse_qs, urlencode, urlparse

import pytest

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import override

from tests.conftest import html
from vacancies.filters import CountedFilter, VacancyFilterSet
from vacancies.models import Vacancy

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

FILTERS = VacancyFilterSet.base_filters


def is_choice(name):
    return issubclass(FILTERS[name].field_class, forms.ChoiceField)


def is_tick_box(name):
    return issubclass(FILTERS[name].field_class, forms.BooleanField)


def narrows(name):
    """Filters that keep fewer vacancies; not the order, nor a distance, which qualifies an azc."""
    filter_ = FILTERS[name]
    return getattr(filter_, "narrows", True) and not getattr(filter_, "qualifies", None)


def options_of(name, board):
    """The values a visitor can send for this filter (a word of a title for the text)."""
    if is_tick_box(name):
        return ["on"]
    if is_choice(name):
        field = VacancyFilterSet(QueryDict()).form.fields[name]
        return [str(value) for value, _label in field.choices if value not in ("", None)]
    return [board[0].title.split()[0].lower()]


def baselines_of(name, board):
    """What the filter is tried against: nothing, or each choice of the filter it qualifies."""
    qualified = getattr(FILTERS[name], "qualifies", None)
    if not qualified:
        return [{}]
    return [{qualified: value} for value in options_of(qualified, board)]


def listed(client, board_url, params):
    response = client.get(f"{board_url('en')}api/?{urlencode(params)}")
    assert response.status_code == 200
    return [item["reference_code"] for item in response.json()["results"]]


@pytest.fixture
def ordered_board(board):
    """The board, published in turn and closing in the opposite order, so order matters."""
    for number, vacancy in enumerate(board):
        Vacancy.objects.filter(pk=vacancy.pk).update(
            first_published_at=timezone.now() - datetime.timedelta(days=number),
            closing_date=timezone.localdate() + datetime.timedelta(days=30 - number),
        )
    return board


@pytest.mark.parametrize("name", list(FILTERS))
def test_each_declared_filter_changes_what_the_board_lists(client, ordered_board, board_url, name):
    changed = False
    for baseline in baselines_of(name, ordered_board):
        before = listed(client, board_url, baseline)
        after = {
            value: listed(client, board_url, {**baseline, name: value})
            for value in options_of(name, ordered_board)
        }
        changed = changed or any(codes != before for codes in after.values())
    assert changed, f"{name} changes nothing"
    if narrows(name):
        for value, codes in after.items():
            assert set(codes) <= set(before), (name, value)
        assert any(len(codes) < len(before) for codes in after.values()), name
    if isinstance(FILTERS[name], CountedFilter):
        # The count next to each option is what choosing it lists.
        counts = VacancyFilterSet(QueryDict()).vacancy_query().counts()[name]
        for value, codes in after.items():
            shown = "1" if is_tick_box(name) else value
            assert counts[shown] == len(codes), (name, value)


def test_the_form_and_the_counts_show_exactly_the_declared_filters(client, board, board_url):
    form = html(client.get(board_url())).select_one("form.werkroute-vacancy-search")
    controls = {tag["name"] for tag in form.find_all(["input", "select"]) if tag.get("name")}
    assert controls == set(FILTERS)
    counts = VacancyFilterSet(QueryDict()).vacancy_query().counts()
    counted = {name for name, filter_ in FILTERS.items() if isinstance(filter_, CountedFilter)}
    assert set(counts) - {"total"} == counted
    # Every select lists the options its filter declares.
    for name in FILTERS:
        if is_choice(name):
            select = form.find("select", attrs={"name": name})
            values = [option["value"] for option in select.find_all("option") if option["value"]]
            assert values == options_of(name, board), name


def chips(page):
    return {
        link.get_text(): parse_qs(urlparse(link["href"]).query)
        for link in page.select(".werkroute-active-filters a")
    }


@pytest.mark.parametrize(
    "name", [name for name in FILTERS if getattr(FILTERS[name], "narrows", True)]
)
def test_each_chosen_filter_has_a_chip_that_drops_it(client, board, board_url, name):
    value = options_of(name, board)[-1]
    params = {**baselines_of(name, board)[0], name: value, "order": "closing", "page": "1"}
    page = html(client.get(board_url("en"), params))
    with override("en"):
        field = VacancyFilterSet(QueryDict()).form.fields[name]
        label = str(field.label)
        option_labels = {str(key): str(text) for key, text in getattr(field, "choices", [])}
    (text, remaining), *_ = [(text, query) for text, query in chips(page).items() if label in text]
    assert text.endswith(option_labels.get(value, label if is_tick_box(name) else value))
    dropped = {name, "page", *getattr(FILTERS[name], "companions", ())}
    assert set(remaining) == set(params) - dropped
    assert remaining["order"] == ["closing"]


def test_the_order_has_no_chip(client, board, board_url):
    page = html(client.get(board_url("en"), {"order": "closing"}))
    assert chips(page) == {}


@pytest.mark.parametrize(
    "name",
    [name for name in FILTERS if not is_tick_box(name)],  # a tick box is yes or no
)
def test_a_value_a_filter_does_not_know_is_reported_and_left_out(client, board, board_url, name):
    junk = "no-such-option" if is_choice(name) else "x" * (FILTERS[name].extra["max_length"] + 1)
    response = client.get(board_url("en"), {name: junk})
    assert response.status_code == 200
    page = html(response)
    notice = page.find(string=lambda s: s and "We did not understand" in s).parent.get_text()
    with override("en"):
        assert str(FILTERS[name].label) in notice
    assert len(page.select(".werkroute-vacancy-card")) == len(board)
    data = client.get(f"{board_url('en')}api/", {name: junk}).json()
    assert (data["ignored_filters"], data["count"]) == ([name], len(board))


def test_the_feed_lists_newest_first_whatever_order_is_asked(client, ordered_board, board_url):
    response = client.get(f"{board_url()}feed/", {"order": "closing"})
    first_entry = response.content.decode().split("<entry>")[1]
    assert ordered_board[0].reference_code in first_entry
