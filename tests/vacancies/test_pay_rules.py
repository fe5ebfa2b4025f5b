"""The pay rule (vacancies/pay.py): paid work at least the minimum wage in force, unpaid places
that say what they are, and the flags a moderator sees.

The amounts are test data (tests/home/factories.py): the portal's sources give no minimum wage.
The boundaries are worked out by hand here, not read from the code under test.
"""

import datetime
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone, translation

from home.models import MinimumWage
from tests.conftest import html
from tests.home.factories import MinimumWageFactory
from tests.vacancies.factories import VacancyFactory, unsaved_vacancy
from vacancies import pay

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

TODAY = timezone.localdate()
SOURCE = "https://www.rijksoverheid.example/minimumloon-test"


@pytest.fixture
def wage(db):
    """EUR 14.00 an hour, in force since 2020."""
    return MinimumWageFactory(
        amount_per_hour=Decimal("14.00"), valid_from=datetime.date(2020, 1, 1), source_url=SOURCE
    )


def errors_of(item):
    errors = pay.pay_errors(item)
    assert errors, "expected the pay rule to refuse this"
    return errors


def assert_valid(item):
    assert pay.pay_errors(item) == {}
    item.full_clean()  # and the model's other rules agree


def hourly(amount, **fields):
    return unsaved_vacancy(salary_min=Decimal(amount), salary_period="hour", **fields)


def monthly(amount, **fields):
    return unsaved_vacancy(salary_min=Decimal(amount), salary_period="month", **fields)


# --- paid work: at least the minimum wage ----------------------------------------------------


def test_exactly_the_minimum_an_hour_passes_and_one_cent_less_is_refused(wage):
    assert_valid(hourly("14.00"))
    errors = errors_of(hourly("13.99"))
    assert list(errors) == ["salary_min"]
    message = errors["salary_min"]
    assert "14,00" in message and "13,99" in message  # Dutch number format, both amounts


def test_a_month_is_converted_with_the_fewest_hours(wage):
    # 14.00 x 16 hours x 52 weeks / 12 months = 970.666..., so 970.67 a month.
    assert_valid(monthly("970.67", hours_min=16, hours_max=24))
    errors = errors_of(monthly("970.66", hours_min=16, hours_max=24))
    message = errors["salary_min"]
    assert "970,67" in message and "16" in message


def test_a_monthly_amount_fair_for_the_fewest_hours_is_not_refused_for_the_most(wage):
    # At 24 hours 1000.00 a month would be 9.62 an hour; at 16 hours it is 14.42: accepted.
    assert_valid(monthly("1000.00", hours_min=16, hours_max=24))
    # With fixed hours of 24 the same amount is below: 14.00 x 24 x 52 / 12 = 1456.00.
    assert "salary_min" in errors_of(monthly("1000.00", hours_min=24, hours_max=24))
    assert_valid(monthly("1456.00", hours_min=24, hours_max=24))
    assert "salary_min" in errors_of(monthly("1455.99", hours_min=24, hours_max=24))


def test_the_lowest_amount_given_is_checked(wage):
    low_from = unsaved_vacancy(
        salary_min=Decimal("12.00"), salary_max=Decimal("16.00"), salary_period="hour"
    )
    assert "salary_min" in errors_of(low_from)
    # Only "to" given: it is the single amount, shown at "to".
    only_to = unsaved_vacancy(salary_max=Decimal("9.50"), salary_period="hour")
    assert list(errors_of(only_to)) == ["salary_max"]
    assert_valid(unsaved_vacancy(salary_max=Decimal("14.00"), salary_period="hour"))


def test_no_salary_given_is_not_refused(wage):
    assert_valid(unsaved_vacancy())


def test_a_vacancy_below_a_new_minimum_can_still_be_withdrawn(wage):
    """The rule is the forms', not the model's: Wagtail cleans on every revision."""
    item = VacancyFactory(salary_min=Decimal("14.00"), salary_period="hour")
    MinimumWageFactory(amount_per_hour=Decimal("14.50"), valid_from=TODAY)
    item.save_revision()
    item.unpublish()
    item.refresh_from_db()
    assert not item.live


def test_the_amount_in_force_on_the_start_date_applies_not_a_future_one(wage):
    start_of_new = TODAY + datetime.timedelta(days=30)
    MinimumWageFactory(amount_per_hour=Decimal("15.00"), valid_from=start_of_new)
    assert pay.minimum_wage_on(TODAY).amount_per_hour == Decimal("14.00")
    assert pay.minimum_wage_on(start_of_new).amount_per_hour == Decimal("15.00")
    # Starting now or before the new amount: the current one.
    assert_valid(hourly("14.50"))
    assert_valid(hourly("14.50", start_date=start_of_new - datetime.timedelta(days=1)))
    # Starting on or after the new amount's first day: the new one.
    errors = errors_of(hourly("14.50", start_date=start_of_new))
    assert "15,00" in errors["salary_min"]
    assert_valid(hourly("15.00", start_date=start_of_new + datetime.timedelta(days=5)))


def test_a_start_date_in_the_past_is_checked_against_today(wage):
    MinimumWageFactory(
        amount_per_hour=Decimal("15.00"), valid_from=TODAY - datetime.timedelta(days=10)
    )
    started = TODAY - datetime.timedelta(days=20)  # before the new amount began
    assert "salary_min" in errors_of(hourly("14.50", start_date=started))


def test_without_a_minimum_wage_pay_is_not_refused_but_flagged(db):
    assert not MinimumWage.objects.exists()
    low = hourly("1.00")
    assert_valid(low)
    codes = [flag.code for flag in pay.moderation_flags(low)]
    assert codes == [pay.MINIMUM_WAGE_NOT_SET]


def test_one_minimum_wage_per_start_date(wage):
    with pytest.raises(IntegrityError):
        MinimumWageFactory(valid_from=wage.valid_from)


def test_a_minimum_wage_checked_in_the_future_is_refused(db):
    row = MinimumWage(
        amount_per_hour=Decimal("14.00"),
        valid_from=TODAY,
        source_url=SOURCE,
        last_verified=TODAY + datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError) as caught:
        row.full_clean()
    assert list(caught.value.message_dict) == ["last_verified"]


@pytest.mark.parametrize("amount", ["0.00", "-1.00"])
def test_a_minimum_wage_must_be_more_than_nothing(db, amount):
    row = MinimumWage(amount_per_hour=Decimal(amount), valid_from=TODAY, source_url=SOURCE)
    with pytest.raises(ValidationError) as caught:
        row.full_clean()
    assert "amount_per_hour" in caught.value.message_dict


# --- unpaid places -----------------------------------------------------------------------------

PURPOSE = "U leert drie maanden het werk in de kas, met een vaste begeleider."


@pytest.mark.parametrize("kind", ["traineeship", "volunteer"])
def test_an_unpaid_place_that_says_what_it_is_passes(wage, kind):
    assert_valid(unsaved_vacancy(kind=kind, employer_applies_twv=False, unpaid_purpose=PURPOSE))


@pytest.mark.parametrize("kind", ["traineeship", "volunteer"])
def test_an_unpaid_place_cannot_carry_the_twv(wage, kind):
    errors = errors_of(
        unsaved_vacancy(kind=kind, employer_applies_twv=True, unpaid_purpose=PURPOSE)
    )
    assert list(errors) == ["employer_applies_twv"]


@pytest.mark.parametrize(
    "salary", [{"salary_min": Decimal("14.00")}, {"salary_max": Decimal("3.00")}]
)
def test_an_unpaid_place_carries_no_salary(wage, salary):
    item = unsaved_vacancy(
        kind="traineeship",
        employer_applies_twv=False,
        unpaid_purpose=PURPOSE,
        salary_period="hour",
        **salary,
    )
    assert list(errors_of(item)) == list(salary)


@pytest.mark.parametrize("purpose", ["", "   \n "])
def test_an_unpaid_place_must_say_what_it_is(wage, purpose):
    item = unsaved_vacancy(kind="volunteer", employer_applies_twv=False, unpaid_purpose=purpose)
    assert list(errors_of(item)) == ["unpaid_purpose"]


def test_a_paid_job_has_no_unpaid_purpose(wage):
    assert list(errors_of(hourly("14.00", unpaid_purpose=PURPOSE))) == ["unpaid_purpose"]


def test_an_unpaid_place_is_not_held_to_the_minimum_wage_without_a_salary(wage):
    item = unsaved_vacancy(kind="traineeship", employer_applies_twv=False, unpaid_purpose=PURPOSE)
    assert pay.shortfall_of(item) is None


# --- flags for the moderator -------------------------------------------------------------------


def saved(**fields):
    """A vacancy saved without the form's checks, as one from before the rule."""
    return VacancyFactory(**fields)


def codes(item, **kwargs):
    return [flag.code for flag in pay.moderation_flags(item, **kwargs)]


def test_a_vacancy_at_the_minimum_has_no_flags(wage):
    assert pay.moderation_flags(saved(salary_min=Decimal("14.00"), salary_period="hour")) == []


def test_pay_below_the_minimum_saved_before_the_rule_is_flagged_with_its_source(wage):
    item = saved(salary_min=Decimal("9.50"), salary_period="hour", employer_applies_twv=True)
    (flag,) = pay.moderation_flags(item)
    assert flag.code == pay.BELOW_MINIMUM_WAGE
    assert flag.source_url == SOURCE
    assert "9,50" in flag.message and "14,00" in flag.message


def test_pay_that_fell_below_a_new_amount_is_flagged(wage):
    item = saved(salary_min=Decimal("14.20"), salary_period="hour")
    assert codes(item) == []
    MinimumWageFactory(amount_per_hour=Decimal("14.40"), valid_from=TODAY)
    assert codes(item) == [pay.BELOW_MINIMUM_WAGE]


def test_a_monthly_amount_below_is_flagged_with_the_hours(wage):
    item = saved(salary_min=Decimal("900.00"), salary_period="month", hours_min=16, hours_max=24)
    (flag,) = pay.moderation_flags(item)
    assert flag.code == pay.BELOW_MINIMUM_WAGE
    assert "970,67" in flag.message and "900,00" in flag.message


def test_no_pay_given_is_flagged(wage):
    assert codes(saved()) == [pay.PAY_NOT_GIVEN]


def test_no_pay_and_no_minimum_wage_are_both_flagged(db):
    assert codes(saved()) == [pay.MINIMUM_WAGE_NOT_SET, pay.PAY_NOT_GIVEN]


def test_an_unpaid_place_is_flagged_as_such(wage):
    item = saved(kind="traineeship", employer_applies_twv=False, unpaid_purpose=PURPOSE)
    with translation.override("en"):
        (flag,) = pay.moderation_flags(item)
    assert flag.code == pay.UNPAID_PLACE
    assert "exploitation" in flag.message and "Traineeship" in flag.message


def test_flags_speak_the_active_language(wage):
    item = saved(salary_min=Decimal("9.50"), salary_period="hour")
    with translation.override("en"):
        english = pay.moderation_flags(item)[0].message
    with translation.override("nl"):
        dutch = pay.moderation_flags(item)[0].message
    assert english != dutch
    assert "minimum wage" in english and "minimumloon" in dutch


def test_flags_for_many_vacancies_need_no_query_each(wage, django_assert_num_queries):
    items = [
        saved(salary_min=Decimal("9.50"), salary_period="hour"),
        saved(salary_min=Decimal("15.00"), salary_period="hour"),
        saved(),
    ]
    with django_assert_num_queries(1):
        wages = pay.minimum_wages()
        found = [codes(item, wages=wages) for item in items]
    assert found == [[pay.BELOW_MINIMUM_WAGE], [], [pay.PAY_NOT_GIVEN]]
    assert found == [codes(item) for item in items]


def test_the_flags_follow_the_day_asked_for(wage):
    item = saved(salary_min=Decimal("14.20"), salary_period="hour")
    later = TODAY + datetime.timedelta(days=60)
    MinimumWageFactory(amount_per_hour=Decimal("14.40"), valid_from=later)
    assert codes(item) == []
    assert codes(item, on=later) == [pay.BELOW_MINIMUM_WAGE]


# --- what residents read -------------------------------------------------------------------------


def test_an_unpaid_place_reads_as_unpaid_in_the_residents_language(
    client, empty_board, board_url, wage
):
    item = saved(
        kind="volunteer",
        employer_applies_twv=False,
        unpaid_purpose=PURPOSE,
        open=True,
    )
    page = html(client.get(f"{board_url('en')}{item.reference_code}/"))
    facts = page.select_one(".werkroute-vacancy-facts").get_text(" ", strip=True)
    assert "Volunteer work" in facts and "Unpaid" in facts
    purpose = page.find("h2", string="What this unpaid place is for").find_next_sibling("div")
    assert purpose.get_text(strip=True) == PURPOSE and purpose["lang"] == "nl"
    assert "exploitation" in page.get_text()
    card = html(client.get(board_url("en"))).select_one(".werkroute-vacancy-card")
    assert "Volunteer work" in card.get_text()


def test_a_paid_job_has_no_unpaid_notice(client, empty_board, board_url, wage):
    item = saved(salary_min=Decimal("14.00"), salary_period="hour", open=True)
    page = html(client.get(f"{board_url('en')}{item.reference_code}/"))
    assert page.find("h2", string="What this unpaid place is for") is None
    assert "Unpaid" not in page.select_one(".werkroute-vacancy-facts").get_text()
    card = html(client.get(board_url("en"))).select_one(".werkroute-vacancy-card")
    assert "Paid job" not in card.get_text()
