"""The pay rule of the vacancy board, in one place.

A TWV needs market-conform terms and "ten minste het minimumloon" (FACTS.md, seeds 002 and 003),
and unpaid trial work is a warning sign of exploitation (003). So:

- paid work below the statutory minimum wage in force is refused (`pay_errors`, which the
  employer's form and the editors' admin form apply: vacancies/forms.py);
- an unpaid place (a traineeship or volunteer work) carries no salary and no TWV, and says what
  it is for;
- a moderator sees what the portal could not settle, or what changed after a vacancy was saved
  (`moderation_flags`): pay below the minimum, an unpaid place, no pay given, no minimum wage
  entered by the editors.

The minimum wage itself is data editors keep (home.models.MinimumWage), dated: the amount in
force on a day is the row with the latest `valid_from` on or before it. The portal's sources give
no amount, so until an editor enters one, pay is not checked and every paid vacancy is flagged.

Monthly pay is compared as an hourly rate: hourly = monthly / (hours a week * 52 / 12). Of the
vacancy's hours the *fewest* (`hours_min`) are used, because they give the highest hourly rate:
a monthly amount is refused only when even the conversion most favourable to the employer is
below the minimum. Amounts are in whole cents, so the monthly minimum is rounded to the nearest
cent; the amount it names passes and one cent less does not.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats
from django.utils.translation import gettext, ngettext

from home.models import MinimumWage
from vacancies.choices import Kind, SalaryPeriod
from vacancies.lifecycle import today

# The fields of a vacancy the pay rule reads (a form passes them as typed).
RULE_FIELDS = (
    "kind",
    "salary_min",
    "salary_max",
    "salary_period",
    "hours_min",
    "hours_max",
    "start_date",
    "employer_applies_twv",
    "unpaid_purpose",
)

WEEKS_PER_YEAR = Decimal(52)
MONTHS_PER_YEAR = Decimal(12)
CENT = Decimal("0.01")

# Kinds of work that pay no wage. A TWV is for paid work, so these cannot carry one.
UNPAID_KINDS = frozenset({Kind.TRAINEESHIP, Kind.VOLUNTEER})


@dataclass(frozen=True)
class Flag:
    """Something a moderator should look at before approving a vacancy."""

    code: str
    message: str  # in the active language
    source_url: str = ""


# The codes of the flags (stable: other screens may count or filter on them).
BELOW_MINIMUM_WAGE = "below_minimum_wage"
UNPAID_PLACE = "unpaid_place"
PAY_NOT_GIVEN = "pay_not_given"
MINIMUM_WAGE_NOT_SET = "minimum_wage_not_set"


def is_unpaid(kind):
    return kind in UNPAID_KINDS


def check_day(start_date, on=None):
    """The day whose minimum wage applies: the start date, or today when it starts sooner.

    A start date in the past (allowed up to a year back) is today's work, paid today's minimum.
    """
    day = on or today()
    return max(start_date, day) if start_date else day


def minimum_wages():
    """Every minimum wage row, newest start first: pass it as `wages` to check many vacancies
    with one query."""
    return list(MinimumWage.objects.order_by("-valid_from"))


def minimum_wage_on(day=None, wages=None):
    """The editors' minimum wage row in force on a day, or None when none is entered.

    `wages`: the rows from `minimum_wages()`, to look up without a query."""
    day = day or today()
    if wages is None:
        return MinimumWage.objects.in_force(day)
    return next((wage for wage in wages if wage.valid_from <= day), None)


def money(amount):
    """As vacancies.presentation shows amounts (importing it here would be circular)."""
    return formats.number_format(amount, 2, use_l10n=True)


def monthly_minimum(hourly_minimum, hours_per_week):
    """The least monthly pay for these hours a week, to the nearest cent."""
    exact = hourly_minimum * hours_per_week * WEEKS_PER_YEAR / MONTHS_PER_YEAR
    return exact.quantize(CENT, ROUND_HALF_UP)


def lowest_amount(salary_min, salary_max):
    """The least the vacancy says it pays: 'from' when given, else the single 'to' amount."""
    given = [amount for amount in (salary_min, salary_max) if amount is not None]
    return min(given) if given else None


@dataclass(frozen=True)
class Shortfall:
    """Pay below the minimum wage: the amount offered and the least allowed, same period."""

    offered: Decimal
    least: Decimal
    period: str  # SalaryPeriod value
    hours: int | None  # the hours a week the monthly minimum is worked out for
    wage: MinimumWage

    def message(self):
        wage_text = gettext(
            "Paid work must pay at least the statutory minimum wage for adults: € %(amount)s "
            "gross an hour from %(date)s."
        ) % {
            "amount": money(self.wage.amount_per_hour),
            "date": formats.date_format(self.wage.valid_from, "DATE_FORMAT"),
        }
        if self.period == SalaryPeriod.MONTH:
            detail = ngettext(
                "For %(hours)s hour a week that is at least € %(least)s gross a month; you "
                "give € %(offered)s.",
                "For %(hours)s hours a week that is at least € %(least)s gross a month; you "
                "give € %(offered)s.",
                self.hours,
            ) % {"hours": self.hours, "least": money(self.least), "offered": money(self.offered)}
        else:
            detail = gettext("You give € %(offered)s an hour.") % {"offered": money(self.offered)}
        advice = gettext(
            "A work permit (TWV) is only given for at least the minimum wage. If the place is "
            "unpaid, choose a traineeship or volunteer work as the kind of work."
        )
        return f"{wage_text} {detail} {advice}"

    def moderator_message(self):
        """The same facts for the editor who approves: the vacancy's pay, not 'you give'."""
        values = {
            "offered": money(self.offered),
            "least": money(self.least),
            "hours": self.hours,
            "amount": money(self.wage.amount_per_hour),
            "date": formats.date_format(self.wage.valid_from, "DATE_FORMAT"),
        }
        if self.period == SalaryPeriod.MONTH:
            return (
                ngettext(
                    "Pay below the minimum wage: € %(offered)s gross a month for %(hours)s "
                    "hour a week, where at least € %(least)s is needed (€ %(amount)s an hour "
                    "from %(date)s).",
                    "Pay below the minimum wage: € %(offered)s gross a month for %(hours)s "
                    "hours a week, where at least € %(least)s is needed (€ %(amount)s an hour "
                    "from %(date)s).",
                    self.hours,
                )
                % values
            )
        return (
            gettext(
                "Pay below the minimum wage: € %(offered)s gross an hour, where at least "
                "€ %(amount)s is needed from %(date)s."
            )
            % values
        )


def shortfall_against(vacancy, wage):
    """How a paid vacancy's pay falls short of this minimum wage row, or None when it does not
    (or cannot be checked: no pay given, no row, or no hours to convert a monthly amount)."""
    if wage is None or is_unpaid(vacancy.kind):
        return None
    offered = lowest_amount(vacancy.salary_min, vacancy.salary_max)
    if offered is None or vacancy.salary_period not in SalaryPeriod.values:
        return None
    if vacancy.salary_period == SalaryPeriod.HOUR:
        least, hours = wage.amount_per_hour, None
    else:
        # The fewest hours give the highest hourly rate: the employer's most favourable reading.
        hours = vacancy.hours_min or vacancy.hours_max
        if not hours:
            return None
        least = monthly_minimum(wage.amount_per_hour, hours)
    if offered >= least:
        return None
    return Shortfall(offered, least, vacancy.salary_period, hours, wage)


def shortfall_of(vacancy, on=None, wages=None):
    """The shortfall against the minimum wage in force on the vacancy's check day."""
    return shortfall_against(vacancy, minimum_wage_on(check_day(vacancy.start_date, on), wages))


def salary_field(vacancy):
    """Where a form shows a pay error: at 'from', or at 'to' when only that is given."""
    return "salary_min" if vacancy.salary_min is not None else "salary_max"


def pay_errors(vacancy, on=None):
    """The pay rule's errors for a vacancy being saved, as {field: message}.

    `vacancy`: anything with the RULE_FIELDS as attributes (a form passes what was typed)."""
    errors = {}
    if is_unpaid(vacancy.kind):
        if vacancy.employer_applies_twv:
            errors["employer_applies_twv"] = gettext(
                "A work permit (TWV) is for paid work at the minimum wage or more. An unpaid "
                "traineeship or volunteer work cannot have one: untick this box, or choose a "
                "paid job."
            )
        if vacancy.salary_min is not None or vacancy.salary_max is not None:
            errors[salary_field(vacancy)] = gettext(
                "A traineeship or volunteer work is unpaid: leave the salary empty, or choose a "
                "paid job as the kind of work."
            )
        if not (vacancy.unpaid_purpose or "").strip():
            errors["unpaid_purpose"] = gettext(
                "Say what this unpaid place is for: what the person learns or does, for how "
                "long, and who guides them."
            )
        return errors
    if (vacancy.unpaid_purpose or "").strip():
        errors["unpaid_purpose"] = gettext(
            "This is only for a traineeship or volunteer work. Empty it for a paid job, or "
            "choose the unpaid kind of work."
        )
    short = shortfall_of(vacancy, on)
    if short:
        errors[salary_field(vacancy)] = short.message()
    return errors


def moderation_flags(vacancy, on=None, wages=None):
    """What a moderator should look at in this vacancy, as a list of Flag (empty: nothing).

    `on`: the day to check for (default today); `wages`: `minimum_wages()`, when a list checks
    many vacancies (saves two queries each).

    The form refuses pay below the minimum, but a vacancy saved before the editors entered the
    amount, or before a higher amount started, can still be below it: the flag says so."""
    flags = []
    if is_unpaid(vacancy.kind):
        flags.append(
            Flag(
                UNPAID_PLACE,
                gettext(
                    "Unpaid place (%(kind)s). Check that it is really a traineeship or volunteer "
                    "work and not unpaid trial work: unpaid trial work is a warning sign of "
                    "exploitation."
                )
                % {"kind": vacancy.get_kind_display()},
            )
        )
        return flags
    wage = minimum_wage_on(check_day(vacancy.start_date, on), wages)
    if wage is None:
        flags.append(
            Flag(
                MINIMUM_WAGE_NOT_SET,
                gettext(
                    "The pay could not be checked: no minimum wage is entered for this date. "
                    "An editor enters it under Snippets > Minimum wages."
                ),
            )
        )
    if lowest_amount(vacancy.salary_min, vacancy.salary_max) is None:
        flags.append(
            Flag(
                PAY_NOT_GIVEN,
                gettext(
                    "No pay is given. A TWV needs at least the minimum wage: ask the employer "
                    "what the job pays."
                ),
                wage.source_url if wage else "",
            )
        )
    short = shortfall_against(vacancy, wage)
    if short:
        flags.append(
            Flag(
                BELOW_MINIMUM_WAGE,
                short.moderator_message(),
                wage.source_url,
            )
        )
    return flags
