"""The portal's figures for the editors' dashboard and the monthly report.

Every figure is a count of vacancies, organisations, pages or placements: no figure holds a
person's data (residents have none here; placements are numbers the employer typed).
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Min, Q, Sum
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils import timezone

from wagtail.models import WorkflowState

from employers.models import Organisation, Posting
from home.models import MinimumWage, RuleStatement
from search.models import SearchLogEntry
from vacancies import lifecycle
from vacancies.choices import Contract, Sector
from vacancies.models import Vacancy

# How far back the dashboard looks, and the longest period an export may cover.
DASHBOARD_WEEKS = 26
MAX_PERIOD_DAYS = 3 * 366


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def last_weeks(cls, weeks=DASHBOARD_WEEKS, today=None):
        today = today or lifecycle.today()
        monday = today - datetime.timedelta(days=today.weekday())
        return cls(monday - datetime.timedelta(weeks=weeks - 1), today)

    @classmethod
    def previous_month(cls, today=None):
        first_of_this_month = (today or lifecycle.today()).replace(day=1)
        end = first_of_this_month - datetime.timedelta(days=1)
        return cls(end.replace(day=1), end)

    def weeks(self):
        """The Monday of every week that overlaps the period."""
        monday = self.start - datetime.timedelta(days=self.start.weekday())
        while monday <= self.end:
            yield monday
            monday += datetime.timedelta(weeks=1)

    def months(self):
        month = self.start.replace(day=1)
        while month <= self.end:
            yield month
            month = (month + datetime.timedelta(days=32)).replace(day=1)

    def moments(self, field):
        """A filter on a date-time field for this period, in the portal's time zone."""
        zone = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.start, datetime.time.min, tzinfo=zone)
        after = datetime.datetime.combine(
            self.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return Q(**{f"{field}__gte": start, f"{field}__lt": after})


@dataclass(frozen=True)
class Tally:
    key: str
    label: str
    value: int


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


# --- vacancies ------------------------------------------------------------------------------


def open_vacancies_by_sector(on=None):
    rows = (
        Vacancy.objects.visible(on)
        .values("sector")
        .annotate(n=Count("pk"))
        .order_by("-n", "sector")
    )
    labels = dict(Sector.choices)
    return [
        Tally(row["sector"], str(labels.get(row["sector"], row["sector"])), row["n"])
        for row in rows
    ]


def open_vacancies_by_place(on=None):
    rows = (
        Vacancy.objects.visible(on)
        .values("place_id", "place__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "place__name")
    )
    return [Tally(str(row["place_id"]), row["place__name"], row["n"]) for row in rows]


@dataclass(frozen=True)
class WeekFlow:
    week: datetime.date
    new: int
    filled: int
    expired: int


def vacancy_flow(period, today=None):
    """Per week: vacancies published for the first time, closed as filled, and expired.

    A vacancy that was closed as filled does not count as expired as well.
    """
    today = today or lifecycle.today()
    new = _per_week(
        Vacancy.objects.filter(period.moments("first_published_at")), "first_published_at"
    )
    filled = _per_week(Posting.objects.filter(period.moments("filled_at")), "filled_at")
    expired = _per_week(
        Vacancy.objects.expired(today)
        .filter(closing_date__range=(period.start, period.end))
        .exclude(posting__filled_at__isnull=False),
        "closing_date",
    )
    return [
        WeekFlow(week, new.get(week, 0), filled.get(week, 0), expired.get(week, 0))
        for week in period.weeks()
    ]


def _per_week(queryset, field):
    rows = queryset.annotate(week=TruncWeek(field)).values("week").annotate(n=Count("pk"))
    return {_as_date(row["week"]): row["n"] for row in rows}


def open_vacancies(on=None):
    return (
        Vacancy.objects.visible(on)
        .select_related("place", "posting__organisation")
        .order_by("closing_date", "reference_code")
    )


# --- moderation and employers -----------------------------------------------------------------


@dataclass(frozen=True)
class Queue:
    waiting: int
    oldest_since: datetime.datetime | None
    organisations_waiting: int


def moderation_queue():
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Vacancy),
    ).aggregate(n=Count("pk"), oldest=Min("created_at"))
    return Queue(states["n"], states["oldest"], Organisation.objects.awaiting_approval().count())


@dataclass(frozen=True)
class Employers:
    registered: int
    approved: int
    registered_in_period: int
    approved_in_period: int


def employers(period):
    totals = Organisation.objects.aggregate(
        registered=Count("pk"),
        approved=Count("pk", filter=Q(approved_at__isnull=False)),
        registered_in_period=Count("pk", filter=period.moments("created_at")),
        approved_in_period=Count("pk", filter=period.moments("approved_at")),
    )
    return Employers(**totals)


# --- content ----------------------------------------------------------------------------------


def stale_rules():
    return RuleStatement.objects.stale().count()


@dataclass(frozen=True)
class MinimumWageStatus:
    """The minimum wage the vacancy board checks pay against, as editors must keep it."""

    in_force: MinimumWage | None  # None: not entered, so pay is not checked
    upcoming: MinimumWage | None  # an amount entered ahead of its start date
    stale: bool  # the amount in force was not checked against its source for six months


def minimum_wage_status(today=None):
    today = today or lifecycle.today()
    in_force = MinimumWage.objects.in_force(today)
    upcoming = MinimumWage.objects.filter(valid_from__gt=today).order_by("valid_from").first()
    return MinimumWageStatus(in_force, upcoming, bool(in_force and in_force.is_stale(today)))


# --- site search -----------------------------------------------------------------------------

TOP_SEARCHES = 10


def searches_without_results(period, limit=TOP_SEARCHES):
    """The queries that found nothing most often in the period (text and language only)."""
    rows = SearchLogEntry.objects.without_results(period.start).filter(day__lte=period.end)
    return list(rows[:limit]) if limit else list(rows)


# --- placements -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    month: datetime.date
    sector: str
    contract: str
    people: int


def placements(period):
    """People hired through the portal, as the employers reported them, per month, sector and
    contract type."""
    rows = (
        Posting.objects.filter(period.moments("filled_at"), hired_via_portal__isnull=False)
        .annotate(month=TruncMonth("filled_at"))
        .values("month", "vacancy__sector", "vacancy__contract")
        .annotate(people=Sum("hired_via_portal"))
        .order_by("month", "vacancy__sector", "vacancy__contract")
    )
    sectors, contracts = dict(Sector.choices), dict(Contract.choices)
    return [
        Placement(
            _as_date(row["month"]),
            str(sectors.get(row["vacancy__sector"], row["vacancy__sector"])),
            str(contracts.get(row["vacancy__contract"], row["vacancy__contract"])),
            row["people"],
        )
        for row in rows
    ]


def placements_by(placement_rows, attribute):
    totals = {}
    for row in placement_rows:
        key = getattr(row, attribute)
        totals[key] = totals.get(key, 0) + row.people
    return [
        Tally(key, key, value)
        for key, value in sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    ]
