"""Demo talks: free times on weekdays of the next two weeks at every demo desk, and a login
for the desk staff's role. Safe to run again: times that exist are kept (with their bookings).
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.utils import timezone

from bookings.models import Slot
from bookings.roles import DESK_STAFF, sync_desk_staff_role
from demo.site import demo_user
from home.models import Location

DAYS_AHEAD = 14
# Two morning hours of half-hour talks, and one afternoon hour.
TALK_TIMES = [(10, 0), (10, 30), (11, 0), (11, 30), (14, 0), (14, 30)]
TALK_MINUTES = 30
DESK_STAFF_LOGIN = ("balie", "balie@werkroute.example")


def demo_slot_times(today):
    """Start times on the weekdays (Monday to Friday) after `today`, up to two weeks on."""
    times = []
    for offset in range(1, DAYS_AHEAD + 1):
        day = today + datetime.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        times += [
            timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
            for hour, minute in TALK_TIMES
        ]
    return times


def load(command):
    desks = Location.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    times = demo_slot_times(timezone.localdate())
    Slot.objects.bulk_create(
        [
            Slot(desk=desk, starts_at=moment, minutes=TALK_MINUTES)
            for desk in desks
            for moment in times
        ],
        ignore_conflicts=True,
    )
    group = sync_desk_staff_role(apps)
    username, email = DESK_STAFF_LOGIN
    user, password = demo_user(username, email, is_staff=True)
    user.groups.set([group])
    command.stdout.write(
        f"Talks at the desk: {len(times)} times at each of {desks.count()} desks. "
        f"Desk staff login ({DESK_STAFF}): {username} / {password}"
    )
