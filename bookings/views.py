"""The resident's side: a desk's free times, the booking form, the confirmation with its .ics
file, cancelling, and the desk's flyer.

Every page works without JavaScript. Pages with personal data or live free times are never
cached (never_cache); only the pages with a form set the CSRF cookie, as the employers' forms do.
"""

import datetime
import itertools
from dataclasses import dataclass

import segno
from icalendar import Calendar, Event

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from bookings import service
from bookings.desks import shown_desk, source_desk
from bookings.forms import BookingForm
from bookings.models import Booking, Slot
from core import ratelimit

# How far ahead residents see free times.
DAYS_AHEAD = 28


@dataclass(frozen=True)
class FreeTime:
    """A free time as the desk's page links it: the booking form's URL, the time the link shows
    ("09:30") and what a screen reader says of it (the day, then the time)."""

    url: str
    time: str
    spoken: str


@dataclass(frozen=True)
class FreeDay:
    date: datetime.date
    label: str  # "maandag 7 december", in the reader's language
    times: list


def free_times_by_day(desk):
    """[FreeDay, ...] of the desk's free times in the coming weeks. A desk lists a few hundred
    of them: each is written out here once, where the template would format every date and
    time again per link."""
    until = timezone.now() + datetime.timedelta(days=DAYS_AHEAD)
    slots = Slot.objects.filter(desk=desk, starts_at__lt=until).upcoming().free()
    days = []
    for day, day_slots in itertools.groupby(
        slots.order_by("starts_at"), key=lambda slot: timezone.localdate(slot.starts_at)
    ):
        label = date_format(day, "l j F")
        times = []
        for slot in day_slots:
            time = timezone.localtime(slot.starts_at).strftime("%H:%M")
            url = reverse("bookings:book", args=[desk.translation_key, slot.pk])
            times.append(FreeTime(url, time, f"{label} {time}"))
        days.append(FreeDay(day, label, times))
    return days


@never_cache
def desk(request, desk_key):
    desk = source_desk(desk_key)
    context = {"desk": desk, "location": shown_desk(desk), "days": free_times_by_day(desk)}
    return render(request, "bookings/desk.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def book(request, desk_key, slot_id):
    desk = source_desk(desk_key)
    slot = get_object_or_404(Slot, pk=slot_id, desk=desk)
    form = BookingForm(request.POST or None)
    refusal = None
    unavailable = None
    if request.method == "POST":
        refusal = ratelimit.attempt("booking", ratelimit.client_ip(request))
        refusal = ratelimit.attempt("booking_number", typed_number(request)) or refusal
        if refusal:
            refusal.refuse(form)
        elif form.is_valid():
            try:
                booking = service.book(
                    slot.pk,
                    first_name=form.cleaned_data["first_name"],
                    phone=form.cleaned_data["phone"],
                    reference_code=form.cleaned_data["reference_code"],
                    language=get_language(),
                )
            except service.SlotUnavailable as error:
                unavailable = error.message
                form.add_error(None, error.message)
            else:
                return redirect("bookings:confirmation", token=booking.cancel_token)
    elif slot.is_past:
        unavailable = service.SLOT_PAST
    elif slot.bookings.filter(status__in=Booking.ACTIVE).exists():
        unavailable = service.SLOT_TAKEN
    context = {
        "desk": desk,
        "location": shown_desk(desk),
        "slot": slot,
        "form": form,
        "unavailable": unavailable,
        "days": free_times_by_day(desk) if unavailable else [],
    }
    response = render(request, "bookings/book.html", context)
    if unavailable and request.method == "POST":
        response.status_code = 409
    return ratelimit.answer(response, refusal)


def typed_number(request):
    """The number as typed, in its stored form when it is one: the same number typed in
    another way counts as the same number."""
    from bookings.numbers import normalise_phone

    typed = request.POST.get("phone", "")
    return normalise_phone(typed) or typed.strip()


def booking_for(token):
    return get_object_or_404(Booking.objects.select_related("slot__desk"), cancel_token=token)


@never_cache
def confirmation(request, token):
    booking = booking_for(token)
    context = {
        "booking": booking,
        "slot": booking.slot,
        "location": shown_desk(booking.slot.desk),
        "desk_url": reverse("bookings:desk", args=[booking.slot.desk.translation_key]),
    }
    return render(request, "bookings/confirmation.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def cancel(request, token):
    booking = booking_for(token)
    if request.method == "POST":
        service.cancel(booking)
        return redirect("bookings:confirmation", token=token)
    context = {"booking": booking, "slot": booking.slot, "location": shown_desk(booking.slot.desk)}
    return render(request, "bookings/cancel.html", context)


@never_cache
def ics(request, token):
    booking = booking_for(token)
    slot, location = booking.slot, shown_desk(booking.slot.desk)
    calendar = Calendar()
    calendar.add("prodid", "-//Werkroute//Afspraak//NL")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"booking-{booking.pk}@werkroute")
    event.add("dtstamp", booking.created_at.astimezone(datetime.UTC))
    event.add("dtstart", slot.starts_at.astimezone(datetime.UTC))
    event.add("dtend", slot.ends_at.astimezone(datetime.UTC))
    event.add("summary", _("Talk at %(desk)s") % {"desk": location.name})
    event.add("location", address_line(location))
    event.add("url", request.build_absolute_uri(reverse("bookings:confirmation", args=[token])))
    if booking.status == Booking.Status.CANCELLED:
        event.add("status", "CANCELLED")
    calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="afspraak.ics"'
    return response


def address_line(location):
    return ", ".join(
        part for part in (location.street, f"{location.postcode} {location.city}".strip()) if part
    )


def flyer(request, desk_key):
    """A4 flyer of the desk: in the reader's language and in Dutch, with a QR code to its page."""
    desk = source_desk(desk_key)
    desk_url = request.build_absolute_uri(reverse("bookings:desk", args=[desk_key]))
    context = {
        "desk": desk,
        "location": shown_desk(desk),
        "desk_url": desk_url,
        # Medium error correction survives a creased print, as on the vacancy posters.
        "qr": segno.make(desk_url, error="m").svg_inline(scale=5, border=2, omitsize=True),
        "with_dutch": get_language() != "nl",
    }
    return render(request, "bookings/flyer.html", context)
