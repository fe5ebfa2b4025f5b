"""The dashboard's figures, counted from data made by factories (and from no data at all)."""

import datetime

import pytest

from django.utils import timezone

from editors import figures
from editors.figures import Period
from employers import postings
from employers.models import Organisation, Posting
from home.models import RuleStatement
from tests.employers.conftest import VALID_VACANCY
from tests.employers.factories import EmployerUserFactory, OrganisationFactory
from tests.vacancies.factories import PlaceFactory, VacancyFactory
from vacancies.choices import Contract, Sector
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
THIS_WEEK = TODAY - datetime.timedelta(days=TODAY.weekday())


def tally(items):
    return {item.key: item.value for item in items}


@pytest.fixture
def no_data():
    """Nothing the figures count: no vacancies, organisations or stale rules."""
    Posting.objects.all().delete()
    Vacancy.objects.all().delete()
    Organisation.objects.all().delete()
    RuleStatement.objects.update(last_verified=TODAY)


def test_open_vacancies_by_sector_count_only_visible_ones():
    before = tally(figures.open_vacancies_by_sector())
    VacancyFactory(sector=Sector.CARE)
    VacancyFactory(sector=Sector.CARE)
    VacancyFactory(sector=Sector.CARE, published=False)
    expired = VacancyFactory(sector=Sector.CARE)
    Vacancy.objects.filter(pk=expired.pk).update(closing_date=TODAY - datetime.timedelta(days=1))
    after = tally(figures.open_vacancies_by_sector())
    assert after[Sector.CARE] == before.get(Sector.CARE, 0) + 2
    labels = {item.key: item.label for item in figures.open_vacancies_by_sector()}
    assert labels[Sector.CARE] == str(Sector.CARE.label)


def test_open_vacancies_by_place():
    place = PlaceFactory(name="Telstad")
    VacancyFactory(place=place)
    VacancyFactory(place=place)
    by_place = {item.label: item.value for item in figures.open_vacancies_by_place()}
    assert by_place["Telstad"] == 2


def test_vacancy_flow_counts_new_filled_and_expired_per_week(no_data):
    period = Period.last_weeks(weeks=4)
    VacancyFactory()  # published now: new this week
    expired = VacancyFactory()
    Vacancy.objects.filter(pk=expired.pk).update(closing_date=TODAY - datetime.timedelta(days=8))
    filled = VacancyFactory()
    organisation = OrganisationFactory()
    Posting.objects.create(vacancy=filled, organisation=organisation, filled_at=timezone.now())
    # Filled and past its closing date counts once, as filled.
    Vacancy.objects.filter(pk=filled.pk).update(closing_date=TODAY - datetime.timedelta(days=1))

    flow = {week.week: week for week in figures.vacancy_flow(period)}
    assert len(flow) == 4
    assert flow[THIS_WEEK].new == 3
    assert flow[THIS_WEEK].filled == 1
    expired_week = (TODAY - datetime.timedelta(days=8)) - datetime.timedelta(
        days=(TODAY - datetime.timedelta(days=8)).weekday()
    )
    assert flow[expired_week].expired == 1
    assert sum(week.expired for week in flow.values()) == 1


def test_vacancy_flow_of_an_empty_portal_is_all_zeros(no_data):
    flow = figures.vacancy_flow(Period.last_weeks())
    assert len(flow) == figures.DASHBOARD_WEEKS
    assert {(week.new, week.filled, week.expired) for week in flow} == {(0, 0, 0)}


def test_moderation_queue_counts_submitted_vacancies_and_the_oldest(no_data):
    assert figures.moderation_queue().waiting == 0
    assert figures.moderation_queue().oldest_since is None
    organisation = OrganisationFactory()
    user = EmployerUserFactory(organisation=organisation)
    from employers.forms import VacancyForm

    data = {
        **VALID_VACANCY,
        "place": str(organisation.place_id),
        "closing_date": (TODAY + datetime.timedelta(days=20)).isoformat(),
    }
    form = VacancyForm(data)
    assert form.is_valid(), form.errors
    posting = postings.create_posting(form.save(commit=False), organisation, user)
    postings.submit(postings.status_of(posting), user)
    queue = figures.moderation_queue()
    assert queue.waiting == 1
    assert queue.oldest_since is not None
    assert queue.organisations_waiting == 0


def test_employers_registered_and_approved(no_data):
    period = Period.last_weeks()
    OrganisationFactory()  # approved by the factory
    waiting = OrganisationFactory()
    Organisation.objects.filter(pk=waiting.pk).update(approved_at=None)
    counts = figures.employers(period)
    assert (counts.registered, counts.approved) == (2, 1)
    assert (counts.registered_in_period, counts.approved_in_period) == (2, 1)
    assert figures.moderation_queue().organisations_waiting == 1
    earlier = Period(TODAY - datetime.timedelta(days=400), TODAY - datetime.timedelta(days=300))
    assert figures.employers(earlier).registered_in_period == 0


def test_stale_rules_are_counted(no_data):
    assert figures.stale_rules() == 0
    rule = RuleStatement.objects.first()
    RuleStatement.objects.filter(pk=rule.pk).update(
        last_verified=TODAY - datetime.timedelta(days=400)
    )
    assert figures.stale_rules() == 1


def test_placements_per_month_sector_and_contract(no_data):
    organisation = OrganisationFactory()
    for people, sector, contract in [
        (2, Sector.CARE, Contract.PERMANENT),
        (1, Sector.CARE, Contract.PERMANENT),
        (3, Sector.CLEANING, Contract.TEMPORARY),
        (None, Sector.CLEANING, Contract.TEMPORARY),  # filled another way: not counted
    ]:
        vacancy = VacancyFactory(sector=sector, contract=contract)
        Posting.objects.create(
            vacancy=vacancy,
            organisation=organisation,
            filled_at=timezone.now(),
            hired_via_portal=people,
        )
    rows = figures.placements(Period.last_weeks())
    assert sorted((row.sector, row.contract, row.people) for row in rows) == sorted(
        [
            (str(Sector.CARE.label), str(Contract.PERMANENT.label), 3),
            (str(Sector.CLEANING.label), str(Contract.TEMPORARY.label), 3),
        ]
    )
    assert {row.month for row in rows} == {TODAY.replace(day=1)}
    by_sector = {item.label: item.value for item in figures.placements_by(rows, "sector")}
    assert by_sector == {str(Sector.CARE.label): 3, str(Sector.CLEANING.label): 3}


def test_placements_outside_the_period_are_left_out(no_data):
    vacancy = VacancyFactory()
    Posting.objects.create(
        vacancy=vacancy,
        organisation=OrganisationFactory(),
        filled_at=timezone.now() - datetime.timedelta(days=400),
        hired_via_portal=2,
    )
    assert figures.placements(Period.last_weeks()) == []


def test_an_empty_portal_has_no_counts(no_data):
    assert figures.open_vacancies_by_sector() == []
    assert figures.open_vacancies_by_place() == []
    assert figures.placements(Period.last_weeks()) == []
    assert figures.employers(Period.last_weeks()).registered == 0


def test_periods():
    month = Period.previous_month(today=datetime.date(2026, 3, 15))
    assert (month.start, month.end) == (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    weeks = Period.last_weeks(weeks=26, today=datetime.date(2026, 11, 30))
    assert weeks.end == datetime.date(2026, 11, 30)
    assert len(list(weeks.weeks())) == 26
    assert all(monday.weekday() == 0 for monday in weeks.weeks())
    year = Period(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
    assert len(list(year.months())) == 12
