import datetime

import pytest

from django.core.cache import cache

from tests.vacancies.helpers import make_board, make_places
from vacancies.models import BoardSummary, Vacancy, VacancyIndexPage


@pytest.fixture
def empty_board(db):
    """The board without its vacancies and without stored counts (vacancies/summary.py), so each
    test knows exactly what is on it. Stored counts can be there already: the fault tests' server
    (tests/core/test_faults.py) opens the board, and commits the counts it stores."""
    Vacancy.objects.all().delete()
    BoardSummary.objects.all().delete()
    cache.clear()


@pytest.fixture
def board_url():
    def url(language="nl"):
        return VacancyIndexPage.objects.get(locale__language_code=language).url

    return url


@pytest.fixture
def places(db):
    return make_places()


@pytest.fixture
def board(empty_board, places):
    return make_board(places)


@pytest.fixture
def at_moment(monkeypatch):
    """Pin the clock to a moment in Dutch time (for expiry at the boundary second)."""
    from django.utils import timezone

    def freeze(year, month, day, hour=12, minute=0, second=0):
        moment = timezone.make_aware(
            datetime.datetime(year, month, day, hour, minute, second),
            timezone.get_default_timezone(),
        )
        monkeypatch.setattr(timezone, "now", lambda: moment)
        cache.clear()
        return moment

    return freeze
