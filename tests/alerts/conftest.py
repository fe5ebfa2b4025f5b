import datetime

import pytest

from django.core.cache import cache
from django.utils import timezone

from vacancies.models import Vacancy


@pytest.fixture
def empty_board(db):
    """No vacancies but the test's own, so each test knows what is new."""
    Vacancy.objects.all().delete()
    cache.clear()


def published_ago(vacancy, **delta):
    """Set when the vacancy was first published: `delta` ago (hours=3, days=2 ...)."""
    moment = timezone.now() - datetime.timedelta(**delta)
    Vacancy.objects.filter(pk=vacancy.pk).update(
        first_published_at=moment, last_published_at=moment
    )
    vacancy.refresh_from_db()
    return vacancy
