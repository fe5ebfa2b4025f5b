"""Desk staff: their role, opening slots singly or weekly, the day list, marking, moving and
cancelling bookings (POST only); the daily purge; the demo's slots; the import direction."""

import ast
import datetime
from pathlib import Path

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from bookings import service
from bookings.models import Booking, Slot
from bookings.roles import DESK_STAFF, DESK_STAFF_PERMISSIONS
from demo.bookings import demo_slot_times
from demo.site import demo_user
from home.models import Location
from tests.bookings.conftest import make_slot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def staff_client(client, db):
    user, _password = demo_user("balie-test", "balie-test@example.org", is_staff=True)
    user.groups.set([Group.objects.get(name=DESK_STAFF)])
    client.force_login(user)
    return client


def test_the_desk_staff_role_has_only_its_permissions(db):
    group = Group.objects.get(name=DESK_STAFF)
    held = {
        f"{p.content_type.app_label}.{p.content_type.model}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }
    assert held == set(DESK_STAFF_PERMISSIONS)


def open_form(desk, day, **fields):
    return {"desk": desk.pk, "day": day.isoformat(), "minutes": 30, "weeks": 1, **fields}


def test_staff_open_a_weekly_pattern(staff_client, desk):
    day = timezone.localdate() + datetime.timedelta(days=2)
    form = open_form(desk, day, first_time="15:10", last_time="16:10", weeks=3)
    assert staff_client.post(reverse("bookings_admin:open"), form).status_code == 302
    expected = [
        timezone.make_aware(
            datetime.datetime.combine(day + datetime.timedelta(weeks=week), datetime.time(*at))
        )
        for week in range(3)
        for at in ((15, 10), (15, 40), (16, 10))
    ]
    assert Slot.objects.filter(desk=desk, starts_at__in=expected).count() == 9
    # Opening the same again makes nothing twice.
    staff_client.post(reverse("bookings_admin:open"), form)
    assert Slot.objects.filter(desk=desk, starts_at__in=expected).count() == 9


def test_staff_open_a_single_slot_and_past_days_are_refused(staff_client, desk):
    day = timezone.localdate() + datetime.timedelta(days=9)
    staff_client.post(reverse("bookings_admin:open"), open_form(desk, day, first_time="09:05"))
    assert Slot.objects.filter(desk=desk, starts_at__date=day, starts_at__minute=5).count() == 1
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = staff_client.post(
        reverse("bookings_admin:open"), open_form(desk, yesterday, first_time="09:05")
    )
    assert response.status_code == 200 and b"error-message" in response.content


def test_the_day_list_shows_the_bookings_and_staff_mark_move_and_cancel(staff_client, desk):
    slot, other = make_slot(desk, hour=10), make_slot(desk, days=5)
    booking = service.book(slot.pk, first_name="Selam", phone="+31612345678", language="ti")
    day = timezone.localdate(slot.starts_at)
    listing = staff_client.get(reverse("bookings_admin:day"), {"desk": desk.pk, "day": day})
    assert b"Selam" in listing.content and b"+31612345678" in listing.content

    action = reverse("bookings_admin:booking_action", args=[booking.pk])
    assert staff_client.get(action, {"action": "cancel"}).status_code == 405
    staff_client.post(action, {"action": "attended"})
    booking.refresh_from_db()
    assert booking.status == Booking.Status.ATTENDED
    staff_client.post(action, {"action": "no_show"})
    booking.refresh_from_db()
    assert booking.status == Booking.Status.NO_SHOW

    staff_client.post(action, {"action": "booked"})
    response = staff_client.post(action, {"action": "move", "slot": other.pk})
    booking.refresh_from_db()
    assert booking.slot == other
    assert response["Location"].startswith(reverse("bookings_admin:day"))

    staff_client.post(action, {"action": "cancel"})
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED


def test_a_booking_cannot_be_moved_to_a_taken_slot(desk):
    first, second = make_slot(desk, hour=10), make_slot(desk, days=5)
    booking = service.book(first.pk, first_name="A", phone="+31612345678", language="nl")
    service.book(second.pk, first_name="B", phone="+31612345679", language="nl")
    with pytest.raises(service.SlotUnavailable):
        service.move(booking, second.pk)


def test_editors_without_the_desk_role_cannot_reach_the_desk_screens(client, desk):
    user, _password = demo_user("redacteur-zonder-balie", "r@example.org", is_staff=True)
    user.groups.set([Group.objects.get(name="Redacteuren")])
    client.force_login(user)
    booking = service.book(make_slot(desk).pk, first_name="A", phone="+31612345678", language="nl")
    action = reverse("bookings_admin:booking_action", args=[booking.pk])
    # Wagtail answers a refused admin view with a way back to the dashboard.
    for response in (
        client.get(reverse("bookings_admin:day")),
        client.get(reverse("bookings_admin:open")),
        client.post(action, {"action": "cancel"}),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    booking.refresh_from_db()
    assert booking.status == Booking.Status.BOOKED


def test_purge_deletes_personal_data_seven_days_after_the_talk(desk):
    old = make_slot(desk, days=-8)
    recent = make_slot(desk, days=-6)
    for slot in (old, recent):
        Booking.objects.create(slot=slot, first_name="X", phone="+31612345678", language="nl")
    call_command("purge_bookings", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Booking.objects.filter(slot_id=old.pk).exists()
    assert not Slot.objects.filter(pk=old.pk).exists()
    assert Booking.objects.filter(slot=recent).exists()


def test_the_demo_opens_weekday_times_for_two_weeks_at_every_desk(db):
    times = demo_slot_times(timezone.localdate())
    assert all(timezone.localtime(moment).weekday() < 5 for moment in times)
    assert len({timezone.localdate(moment) for moment in times}) == 10
    for desk in Location.objects.filter(locale__language_code="nl"):
        assert Slot.objects.filter(desk=desk, starts_at__in=times).count() == len(times)


def imported_modules(folder):
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                yield path, [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                yield path, [node.module]


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("bookings", {"vacancies", "employers", "editors", "search", "demo"}),
        ("home", {"bookings"}),
        ("portal", {"bookings"}),
    ],
)
def test_dependencies_point_one_way(folder, forbidden):
    wrong = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path, names in imported_modules(folder)
        for name in names
        if name.split(".")[0] in forbidden
    ]
    if folder == "portal":  # the project's settings and root URLs sit above every app
        wrong = [w for w in wrong if "settings" not in w and "urls.py" not in w]
    assert wrong == []
