"""A time slot at a desk and the one booking it can hold.

A slot has room for one talk. That rule lives in the database: at most one booking per slot
that is not cancelled (a partial unique index), so two residents pressing "book" at the same
moment cannot both get it, whatever the code above it does.

A booking holds the only personal data a resident gives the portal: a first name, a number and
optionally a vacancy's reference code. `purge_bookings` deletes it seven days after the talk.
"""

import datetime
import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long the personal data of a booking is kept after its talk.
KEPT_AFTER_TALK = datetime.timedelta(days=7)


def new_cancel_token():
    """The key to a booking's confirmation and cancel pages: unguessable, fits in a URL."""
    return secrets.token_urlsafe(24)


class SlotQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(starts_at__gt=timezone.now())

    def free(self):
        return self.exclude(bookings__status__in=Booking.ACTIVE)

    def for_desk(self, desk_key):
        """Slots of the desk with this translation key (any translation of the desk)."""
        return self.filter(desk__translation_key=desk_key)


class Slot(models.Model):
    """A time at a desk when a staff member has room for one talk with a resident."""

    # The desk in the portal's source language (Dutch): the same slot for every translation.
    desk = models.ForeignKey(
        "home.Location",
        verbose_name=_("desk"),
        on_delete=models.CASCADE,
        related_name="booking_slots",
        help_text=_("The desk where the talk takes place. Choose the Dutch version of the desk."),
    )
    starts_at = models.DateTimeField(
        verbose_name=_("starts at"),
        help_text=_("Date and time the talk begins. Residents can book only times in the future."),
    )
    minutes = models.PositiveSmallIntegerField(
        verbose_name=_("minutes"),
        default=30,
        help_text=_("How long the talk lasts. One resident can book each time."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SlotQuerySet.as_manager()

    class Meta:
        verbose_name = _("time slot")
        verbose_name_plural = _("time slots")
        ordering = ["starts_at", "desk_id"]
        constraints = [
            # Also the index the desk pages and day lists read slots by.
            models.UniqueConstraint(fields=["desk", "starts_at"], name="one_slot_per_desk_time"),
        ]

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{self.desk.name} {start:%Y-%m-%d %H:%M}"

    @property
    def ends_at(self):
        return self.starts_at + datetime.timedelta(minutes=self.minutes)

    @property
    def is_past(self):
        return self.starts_at <= timezone.now()


class Booking(models.Model):
    """A resident's booking of a slot: a first name and a number, nothing more."""

    class Status(models.TextChoices):
        BOOKED = "booked", _("booked")
        ATTENDED = "attended", _("attended")
        NO_SHOW = "no_show", _("did not come")
        CANCELLED = "cancelled", _("cancelled")

    # The statuses that hold the slot; a cancelled booking frees it.
    ACTIVE = [Status.BOOKED, Status.ATTENDED, Status.NO_SHOW]

    slot = models.ForeignKey(
        Slot, verbose_name=_("time slot"), on_delete=models.CASCADE, related_name="bookings"
    )
    first_name = models.CharField(verbose_name=_("first name"), max_length=40)
    phone = models.CharField(verbose_name=_("phone or WhatsApp number"), max_length=16)
    reference_code = models.CharField(
        verbose_name=_("vacancy reference code"), max_length=6, blank=True
    )
    # The language the resident booked in, so staff know which language to expect.
    language = models.CharField(verbose_name=_("language"), max_length=7)
    status = models.CharField(
        verbose_name=_("status"), max_length=10, choices=Status.choices, default=Status.BOOKED
    )
    cancel_token = models.CharField(max_length=64, unique=True, default=new_cancel_token)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["slot__starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["slot"],
                condition=Q(status__in=["booked", "attended", "no_show"]),
                name="one_active_booking_per_slot",
            ),
        ]

    def __str__(self):
        return f"{self.first_name} ({self.slot})"

    @property
    def is_active(self):
        return self.status in self.ACTIVE
