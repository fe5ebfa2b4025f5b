"""Arabic counts: 3 to 10 take the plural (ساعات), 1, 2 and 11 and up the singular (ساعة)."""

import pytest

from django.utils import translation

from tests.vacancies.factories import VacancyFactory
from vacancies.filters import hours_options
from vacancies.presentation import hours_text

PLURAL = "ساعات"
SINGULAR = "ساعة"


@pytest.mark.parametrize(
    ("hours", "word"), [(1, SINGULAR), (2, SINGULAR), (8, PLURAL), (11, SINGULAR), (40, SINGULAR)]
)
def test_hours_a_week_in_arabic(hours, word):
    vacancy = VacancyFactory.build(hours_min=hours, hours_max=hours)
    with translation.override("ar"):
        shown = hours_text(vacancy)
    assert shown.startswith(f"{hours} ")
    assert word in shown.split()


@pytest.mark.parametrize(("low", "high", "word"), [(3, 8, PLURAL), (8, 16, SINGULAR)])
def test_a_range_of_hours_agrees_with_its_upper_number(low, high, word):
    vacancy = VacancyFactory.build(hours_min=low, hours_max=high)
    with translation.override("ar"):
        assert word in hours_text(vacancy).split()


def test_the_hours_filter_says_ساعات_for_eight():
    with translation.override("ar"):
        labels = dict(hours_options())
    assert PLURAL in labels[8].split()
    assert SINGULAR in labels[16].split()
