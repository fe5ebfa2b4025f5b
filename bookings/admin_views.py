"""The desk staff's screens in the Wagtail admin: opening slots (one, or a weekly pattern) and
each day's list per desk, where they mark who came and move or cancel bookings.

Everything that changes data is a POST with Wagtail's CSRF protection; after it the staff member
goes back to the day of the booking, never to an address taken from the request."""

import datetime
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from bookings import service
from bookings.forms import OpenSlotsForm, source_desks
from bookings.models import Booking, Slot

# How far ahead a booking can be moved from the day list.
MOVE_DAYS_AHEAD = 28


def needs(permission):
    """403 instead of a login page for staff without the permission."""
    return permission_required(permission, raise_exception=True)


def day_url(desk_id, day):
    return reverse("bookings_admin:day") + "?" + urlencode({"desk": desk_id, "day": day})


@require_safe
@needs("bookings.view_booking")
def day_list(request):
    desks = list(source_desks())
    desk = next((d for d in desks if str(d.pk) == request.GET.get("desk")), None)
    desk = desk or (desks[0] if desks else None)
    day = parse_date(request.GET.get("day") or "") or timezone.localdate()
    slots = []
    free = []
    if desk is not None:
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
        slots = (
            Slot.objects.filter(
                desk=desk, starts_at__gte=start, starts_at__lt=start + datetime.timedelta(days=1)
            )
            .prefetch_related("bookings")
            .order_by("starts_at")
        )
        free = list(
            Slot.objects.filter(
                desk=desk,
                starts_at__lt=timezone.now() + datetime.timedelta(days=MOVE_DAYS_AHEAD),
            )
            .upcoming()
            .free()
            .order_by("starts_at")
        )
    context = {
        "desks": desks,
        "desk": desk,
        "day": day,
        "previous_day": day - datetime.timedelta(days=1),
        "next_day": day + datetime.timedelta(days=1),
        "rows": [(slot, [b for b in slot.bookings.all() if b.is_active], free) for slot in slots],
        "may_change": request.user.has_perm("bookings.change_booking"),
    }
    return render(request, "bookings/admin/day.html", context)


@require_POST
@needs("bookings.change_booking")
def booking_action(request, pk):
    booking = get_object_or_404(Booking.objects.select_related("slot__desk"), pk=pk)
    back = day_url(booking.slot.desk_id, timezone.localdate(booking.slot.starts_at))
    action = request.POST.get("action")
    if action == "cancel":
        service.cancel(booking)
        messages.success(request, _("The booking is cancelled; the time is free again."))
    elif action in (Booking.Status.ATTENDED, Booking.Status.NO_SHOW, Booking.Status.BOOKED):
        try:
            service.mark(booking, action)
        except ValueError:
            messages.error(request, _("A cancelled booking cannot be marked."))
        else:
            messages.success(request, _("Saved."))
    elif action == "move":
        try:
            service.move(booking, int(request.POST.get("slot") or 0))
        except (ValueError, service.SlotUnavailable) as error:
            messages.error(request, getattr(error, "message", _("Choose a free time.")))
        else:
            messages.success(request, _("The booking is moved."))
            back = day_url(booking.slot.desk_id, timezone.localdate(booking.slot.starts_at))
    else:
        messages.error(request, _("Unknown action."))
    return redirect(back)


@needs("bookings.add_slot")
def open_slots(request):
    form = OpenSlotsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        desk = form.cleaned_data["desk"]
        times = [moment for moment in form.start_times() if moment > timezone.now()]
        minutes = form.cleaned_data["minutes"]
        made = Slot.objects.bulk_create(
            [Slot(desk=desk, starts_at=moment, minutes=minutes) for moment in times],
            ignore_conflicts=True,
        )
        messages.success(
            request,
            _("%(count)s times opened (times that already existed or have passed are skipped).")
            % {"count": len(made)},
        )
        return redirect(day_url(desk.pk, form.cleaned_data["day"]))
    return render(request, "bookings/admin/open_slots.html", {"form": form})
