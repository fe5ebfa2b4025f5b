"""50 residents book the same talk at the same moment: one booking, 49 clear refusals.

The threads need to see the slot, and each other's bookings, through their own database
connections, so the slot is committed for real. Not with `django_db(transaction=True)`: that
empties every table afterwards, and with it the demo the session loaded once for all tests.
Instead the test commits its own slot and deletes it (and its bookings) again."""

import datetime
from collections import Counter

import pytest

from django.db import connection
from django.utils import timezone

from bench.booking import PARALLEL, parallel_bookings
from bookings.models import Booking, Slot
from home.models import Location
from tests.bookings.conftest import book_url


@pytest.fixture
def committed_slot(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        desk = Location.objects.filter(locale__language_code="nl").order_by("pk").first()
        slot = Slot.objects.create(
            desk=desk, starts_at=timezone.now() + datetime.timedelta(days=40), minutes=30
        )
        try:
            yield slot
        finally:
            Slot.objects.filter(pk=slot.pk).delete()
            connection.close()


def test_fifty_parallel_bookings_give_one_booking_and_49_refusals(
    committed_slot, django_db_blocker
):
    with django_db_blocker.unblock():
        outcomes, _seconds = parallel_bookings(book_url(committed_slot, "ar"), PARALLEL)
        active = Booking.objects.filter(slot=committed_slot, status__in=Booking.ACTIVE)
        assert outcomes == Counter(booked=1, taken=PARALLEL - 1)
        assert active.count() == 1


def test_the_database_refuses_a_second_active_booking_of_a_slot(slot):
    from django.db import IntegrityError, transaction

    Booking.objects.create(slot=slot, first_name="A", phone="+31612345678", language="nl")
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(slot=slot, first_name="B", phone="+31612345679", language="nl")
    # A cancelled booking does not hold the slot.
    Booking.objects.filter(slot=slot).update(status=Booking.Status.CANCELLED)
    Booking.objects.create(slot=slot, first_name="B", phone="+31612345679", language="nl")
