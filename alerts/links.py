"""The addresses in the alert e-mails, each in the alert's language.

E-mails are sent without a request (by a command), so absolute addresses start from the
site's base URL, as the employers' e-mails do (WAGTAILADMIN_BASE_URL; https in production).
"""

import uuid

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from vacancies.models import VacancyIndexPage

UNSUBSCRIBE_SALT = "alerts.unsubscribe"


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def unsubscribe_token(alert):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(alert.key))


def key_from_unsubscribe_token(token):
    """The alert key a link names, or None when the link was not made by this site."""
    try:
        return uuid.UUID(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def unsubscribe_path(alert):
    with translation.override(alert.language):
        return reverse("alerts:unsubscribe", args=[unsubscribe_token(alert)])


def confirm_path(token, language):
    with translation.override(language):
        return reverse("alerts:confirm", args=[token])


def board_paths():
    """{language: path of the live board in that language}: one query for all languages."""
    boards = VacancyIndexPage.objects.live().select_related("locale")
    paths = {}
    for board in boards:
        parts = board.get_url_parts()
        if parts is not None:
            paths.setdefault(board.locale.language_code, parts[2])
    return paths
