"""Booking, cancelling, moving and marking talks: the rules in one place, for the public views,
the admin, the demo and the benchmark alike."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bookings.models import KEPT_AFTER_TALK, Booking, Slot


class SlotUnavailable(Exception):
    """The slot cannot be booked (any more); the message says why, in the reader's language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


SLOT_TAKEN = _("Someone else has just booked this time. Please choose another time.")
SLOT_PAST = _("This time has already passed. Please choose a time in the future.")


def book(slot_id, *, first_name, phone, reference_code="", language=""):
    """Book the slot for one resident. Raises SlotUnavailable when it is taken or past.

    The slot row is locked first (SELECT ... FOR UPDATE on PostgreSQL), so bookings of one
    slot queue up and the second one sees the first; the unique index on active bookings per
    slot is the last word, also where the database has no row locks (SQLite).
    """
    try:
        with transaction.atomic():
            slot = Slot.objects.select_for_update().select_related("desk").get(pk=slot_id)
            if slot.is_past:
                raise SlotUnavailable(SLOT_PAST)
            if slot.bookings.filter(status__in=Booking.ACTIVE).exists():
                raise SlotUnavailable(SLOT_TAKEN)
            return Booking.objects.create(
                slot=slot,
                first_name=first_name,
                phone=phone,
                reference_code=reference_code,
                language=language,
            )
    except IntegrityError as error:
        raise SlotUnavailable(SLOT_TAKEN) from error
    except Slot.DoesNotExist as error:
        raise SlotUnavailable(SLOT_TAKEN) from error


def cancel(booking):
    """Free the slot. Cancelling twice does no harm."""
    Booking.objects.filter(pk=booking.pk, status=Booking.Status.BOOKED).update(
        status=Booking.Status.CANCELLED
    )
    booking.refresh_from_db()


def mark(booking, status):
    """Staff mark whether the resident came (or undo it: back to booked)."""
    allowed = {Booking.Status.BOOKED, Booking.Status.ATTENDED, Booking.Status.NO_SHOW}
    if status not in allowed or booking.status == Booking.Status.CANCELLED:
        raise ValueError(status)
    booking.status = status
    booking.save(update_fields=["status"])


def move(booking, slot_id):
    """Move a booking to another free slot of the same desk. Raises SlotUnavailable."""
    try:
        with transaction.atomic():
            slot = Slot.objects.select_for_update().get(pk=slot_id, desk_id=booking.slot.desk_id)
            if slot.is_past:
                raise SlotUnavailable(SLOT_PAST)
            if slot.bookings.filter(status__in=Booking.ACTIVE).exists():
                raise SlotUnavailable(SLOT_TAKEN)
            booking.slot = slot
            booking.save(update_fields=["slot"])
    except (IntegrityError, Slot.DoesNotExist) as error:
        raise SlotUnavailable(SLOT_TAKEN) from error
    return booking


def purge(now=None):
    """Delete bookings (and their slots) whose talk started more than seven days ago.

    Returns the number of bookings deleted."""
    cutoff = (now or timezone.now()) - KEPT_AFTER_TALK
    old_slots = Slot.objects.filter(starts_at__lt=cutoff)
    bookings = Booking.objects.filter(slot__in=old_slots)
    count = bookings.count()
    with transaction.atomic():
        bookings.delete()
        old_slots.delete()
    return count
