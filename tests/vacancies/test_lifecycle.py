"""The vacancy lifecycle: one vacancy's state and the queryset of each state say the same."""

import datetime

import pytest

from django.utils import timezone

from editors.dashboard import dashboard_context
from editors.figures import Period
from tests.conftest import html
from tests.vacancies.factories import PlaceFactory, VacancyFactory
from vacancies import lifecycle
from vacancies.lifecycle import CLOSING_SOON_DAYS, Lifecycle
from vacancies.models import Vacancy
from vacancies.templatetags.vacancy_tags import closing_soon

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

TODAY = lifecycle.today()

# name: (live, published before, days until the closing date, the state today)
CASES = {
    "draft": (False, False, 30, Lifecycle.DRAFT),
    "draft past its closing date": (False, False, -3, Lifecycle.DRAFT),
    "open": (True, True, 30, Lifecycle.OPEN),
    "open, exactly a week left": (True, True, CLOSING_SOON_DAYS, Lifecycle.OPEN),
    "closing soon, six days left": (True, True, CLOSING_SOON_DAYS - 1, Lifecycle.CLOSING_SOON),
    "closing today": (True, True, 0, Lifecycle.CLOSING_SOON),
    "overdue: live, closed yesterday": (True, True, -1, Lifecycle.EXPIRED),
    "expired and unpublished": (False, True, -1, Lifecycle.EXPIRED),
    "taken offline before closing": (False, True, 10, Lifecycle.WITHDRAWN),
    "taken offline on its closing date": (False, True, 0, Lifecycle.WITHDRAWN),
    "live without a first publication": (True, False, 10, Lifecycle.OPEN),
    "live without a first publication, overdue": (True, False, -1, Lifecycle.EXPIRED),
}

QUERYSET_OF = {
    Lifecycle.DRAFT: "draft",
    Lifecycle.OPEN: "open",
    Lifecycle.CLOSING_SOON: "closing_soon",
    Lifecycle.WITHDRAWN: "withdrawn",
    Lifecycle.EXPIRED: "expired",
}


def make(live, published, days, place=None):
    vacancy = VacancyFactory(**({"place": place} if place else {}))
    Vacancy.objects.filter(pk=vacancy.pk).update(
        live=live,
        first_published_at=timezone.now() - datetime.timedelta(days=40) if published else None,
        closing_date=TODAY + datetime.timedelta(days=days),
    )
    vacancy.refresh_from_db()
    return vacancy


@pytest.fixture
def vacancies(db):
    return {name: make(*case[:3]) for name, case in CASES.items()}


def test_every_case_has_the_state_written_down(vacancies):
    assert {name: lifecycle.state_of(v) for name, v in vacancies.items()} == {
        name: case[3] for name, case in CASES.items()
    }
    assert {case[3] for case in CASES.values()} == set(Lifecycle)


@pytest.mark.parametrize("state", list(Lifecycle))
@pytest.mark.parametrize("days_later", [0, 1, CLOSING_SOON_DAYS, 40])
def test_each_queryset_method_agrees_with_state_of(vacancies, state, days_later):
    on = TODAY + datetime.timedelta(days=days_later)
    ours = Vacancy.objects.filter(pk__in=[v.pk for v in vacancies.values()])
    method = getattr(ours, QUERYSET_OF[state])
    in_queryset = set(method(on=on).values_list("pk", flat=True))
    by_state_of = {v.pk for v in vacancies.values() if lifecycle.state_of(v, on) == state}
    assert in_queryset == by_state_of
    assert set(ours.in_states(state, on=on).values_list("pk", flat=True)) == by_state_of


def test_the_states_split_every_vacancy_exactly_once(vacancies):
    ours = Vacancy.objects.filter(pk__in=[v.pk for v in vacancies.values()])
    seen = [pk for state in Lifecycle for pk in ours.in_states(state).values_list("pk", flat=True)]
    assert sorted(seen) == sorted(v.pk for v in vacancies.values())


def test_visible_is_open_and_closing_soon_and_overdue_is_live_and_expired(vacancies):
    ours = Vacancy.objects.filter(pk__in=[v.pk for v in vacancies.values()])
    visible = set(ours.visible().values_list("pk", flat=True))
    assert visible == set(ours.in_states(*lifecycle.VISIBLE).values_list("pk", flat=True))
    assert visible == {v.pk for v in vacancies.values() if v.is_open()}
    assert set(ours.overdue().values_list("pk", flat=True)) == {
        v.pk for v in vacancies.values() if v.live and lifecycle.state_of(v) == Lifecycle.EXPIRED
    }


def test_the_cards_closing_soon_mark_is_the_closing_soon_state(vacancies):
    for vacancy in vacancies.values():
        if vacancy.is_open():
            assert closing_soon(vacancy) == (
                lifecycle.state_of(vacancy) == Lifecycle.CLOSING_SOON
            ), vacancy


def listed_codes(client, url):
    response = client.get(url)
    assert response.status_code == 200
    page = html(response)
    return {
        code
        for code in (Vacancy.objects.values_list("reference_code", flat=True))
        if code in page.get_text()
    }


def test_the_dashboards_open_count_and_its_link_agree_for_an_overdue_vacancy(admin_client):
    place = PlaceFactory(name="Telstad")
    still_open = make(True, True, 20, place=place)
    closing = make(True, True, 2, place=place)
    overdue = make(True, True, -1, place=place)  # the expiry command has not run yet
    context = dashboard_context(Period.last_weeks())

    bar = next(bar for bar in context["place_chart"].bars if bar.label == "Telstad")
    listed = listed_codes(admin_client, bar.url)
    assert bar.value == 2
    assert listed == {still_open.reference_code, closing.reference_code}

    sector_bar = next(
        bar for bar in context["sector_chart"].bars if bar.url.endswith(f"={still_open.sector}")
    )
    sector_listed = listed_codes(admin_client, sector_bar.url)
    assert overdue.reference_code not in sector_listed
    assert still_open.reference_code in sector_listed
    assert sector_bar.value == Vacancy.objects.visible().filter(sector=still_open.sector).count()
