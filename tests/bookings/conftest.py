import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from bookings.models import Slot
from home.models import Location


@pytest.fixture
def desk(db):
    """A demo desk in Dutch (the source the slots hang on)."""
    return Location.objects.filter(locale__language_code="nl").order_by("pk").first()


def make_slot(desk, days=3, hour=10, minutes=30):
    day = timezone.localdate() + datetime.timedelta(days=days)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 17)))
    return Slot.objects.create(desk=desk, starts_at=moment, minutes=minutes)


@pytest.fixture
def slot(desk):
    return make_slot(desk)


def book_url(slot, language="nl"):
    from django.utils.translation import override

    with override(language):
        return reverse("bookings:book", args=[slot.desk.translation_key, slot.pk])
