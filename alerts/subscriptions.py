"""Signing up, confirming and stopping an alert: the rules in one place, for views and commands.

Double opt-in: a sign-up stores an unconfirmed alert and e-mails a link; only the owner of the
address can start the alert. Signing up again with an address that already follows the same
search gives the same page and the same kind of e-mail as a first sign-up, so the form tells
nobody which addresses have alerts; confirming then replaces the old alert by the new one.
"""

from django.db import transaction
from django.utils import timezone

from alerts import mails
from alerts.models import Alert, new_token, token_hash


@transaction.atomic
def sign_up(*, email, search, language, frequency, base_url):
    """Store an unconfirmed alert and send its confirmation e-mail; returns the alert. When the
    e-mail cannot be sent (OSError: SMTP or network), nothing is kept.

    `base_url` is the site address the link starts with (the request's)."""
    token = new_token()
    alert = Alert.objects.create(
        email=email,
        search=search,
        language=language,
        frequency=frequency,
        token_hash=token_hash(token),
    )
    mails.send_confirmation(alert, token, base_url)
    return alert


def alert_for_token(token):
    """The alert of a confirmation link, or None (unknown, or deleted meanwhile)."""
    return Alert.objects.filter(token_hash=token_hash(token)).first()


@transaction.atomic
def confirm(alert, now=None):
    """Start the alert. An older alert of the same address for the same search goes: one
    e-mail per search, with the language and frequency chosen last."""
    if alert.is_confirmed:
        return alert
    alert.confirmed_at = now or timezone.now()
    alert.save(update_fields=["confirmed_at"])
    Alert.objects.confirmed().filter(email=alert.email, search=alert.search).exclude(
        pk=alert.pk
    ).delete()
    return alert


def unsubscribe(key):
    """Delete the alert with this key, address and all; True when there was one."""
    deleted, _by_model = Alert.objects.filter(key=key).delete()
    return bool(deleted)


def purge_unconfirmed(now=None):
    """Delete unconfirmed alerts whose link has expired; returns how many."""
    deleted, _by_model = Alert.objects.unconfirmed_expired(now).delete()
    return deleted
