"""Demo data of the portal shell: locales and the demo users."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from portal import languages
from portal.locales import ensure_locales

DEMO_USERS = [
    # username, e-mail, superuser, Wagtail group
    ("admin", "admin@werkroute.example", True, None),
    ("redacteur", "redacteur@werkroute.example", False, "Editors"),
]


def demo_password():
    """DEMO_PASSWORD when set (handy for scripted demos), otherwise a fresh random one."""
    return os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(12)


def demo_user(username, email, *, is_staff, is_superuser=False):
    """Create or update a demo login with a fresh password; returns the user and password."""
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email}
    )
    user.email = email
    user.is_staff = is_staff
    user.is_superuser = is_superuser
    password = demo_password()
    user.set_password(password)
    user.save()
    return user, password


def load(command):
    ensure_locales(
        Locale, LocaleSynchronization, languages.language_codes(), settings.LANGUAGE_CODE
    )

    logins = []
    for username, email, is_superuser, group_name in DEMO_USERS:
        user, password = demo_user(username, email, is_staff=True, is_superuser=is_superuser)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        logins.append((username, password))

    command.stdout.write("Demo logins for the editors' admin at /admin/:")
    for username, password in logins:
        command.stdout.write(f"  {username} / {password}")
