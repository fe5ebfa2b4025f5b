"""Demo roles: the groups in step with the demo's page trees, a login per editor role, and a
few placements reported by employers so the dashboard has figures. Safe to run again."""

import datetime

from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import timezone

from demo.site import demo_user
from editors.roles import EDITORS, TRANSLATORS, sync_roles
from employers.models import Posting
from vacancies.models import Vacancy

# The moderator's login comes with the employers' demo.
DEMO_LOGINS = [
    ("redacteur", "redacteur@werkroute.example", EDITORS),
    ("vertaler", "vertaler@werkroute.example", TRANSLATORS),
]
# (people hired, days before the closing date the employer closed it as filled)
DEMO_PLACEMENTS = [(1, 3), (2, 10), (1, 5)]


def load(command):
    # The demo made the page trees of every language; translators get theirs now.
    sync_roles(apps)
    logins = []
    for username, email, group_name in DEMO_LOGINS:
        user, password = demo_user(username, email, is_staff=True)
        user.groups.set([Group.objects.get(name=group_name)])
        logins.append((username, password, group_name))
    _placements()
    roles = ", ".join(f"{username}: {group_name}" for username, _p, group_name in logins)
    command.stdout.write(f"Demo logins per role at /admin/ ({roles}):")
    for username, password, _group_name in logins:
        command.stdout.write(f"  {username} / {password}")


def _placements():
    """Some expired demo vacancies were filled through the portal."""
    closed = Vacancy.objects.expired().filter(posting__isnull=False).order_by("reference_code")
    for vacancy, (people, days_before) in zip(closed, DEMO_PLACEMENTS, strict=False):
        moment = datetime.datetime.combine(
            vacancy.closing_date - datetime.timedelta(days=days_before),
            datetime.time(12),
            tzinfo=timezone.get_current_timezone(),
        )
        Posting.objects.filter(vacancy=vacancy).update(filled_at=moment, hired_via_portal=people)
