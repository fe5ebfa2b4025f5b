"""System checks of the portal's own settings, run by `manage.py check --deploy`.

WAGTAILADMIN_BASE_URL is the start of every link in the admin's e-mails (a vacancy to review,
a password reset): a development address there sends moderators to a server that is not there.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

# Names that reach only the machine itself (or Django's test client).
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver"}  # noqa: S104


def admin_base_url_problems(url):
    """What makes `url` unfit to link to from e-mails; an empty list when it is fine."""
    if not url:
        return ["WAGTAILADMIN_BASE_URL is not set and ALLOWED_HOSTS names no single host."]
    parts = urlsplit(url)
    problems = []
    if parts.scheme != "https":
        problems.append(f"WAGTAILADMIN_BASE_URL {url!r} does not start with https://.")
    host = (parts.hostname or "").lower()
    if not host or host in LOCAL_HOSTS or host.startswith("127."):
        problems.append(f"WAGTAILADMIN_BASE_URL {url!r} names no public host.")
    return problems


@register(Tags.security, deploy=True)
def check_admin_base_url(app_configs, **kwargs):
    url = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    return [
        Error(
            problem,
            hint=(
                "Set WAGTAILADMIN_BASE_URL to the portal's public address, for example "
                "https://werkroute.example.nl, or put that host first in ALLOWED_HOSTS."
            ),
            id="portal.E001",
        )
        for problem in admin_base_url_problems(url)
    ]
