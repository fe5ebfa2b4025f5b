"""Demo data of the portal shell: locales and the demo users."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from core import languages
from core.locales import ensure_locales

# The superuser; the editors' apps add a login per role (editors/demo.py, employers/demo.py).
DEMO_ADMIN = ("admin", "admin@werkroute.example")


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

    username, email = DEMO_ADMIN
    _user, password = demo_user(username, email, is_staff=True, is_superuser=True)
    command.stdout.write("Demo login for the editors' admin at /admin/ (all rights):")
    command.stdout.write(f"  {username} / {password}")
