"""An e-mail alert: new vacancies of one board search, sent to an address without an account.

Only what the e-mails need is kept: the address, the search, the language, how often, and
when. An alert is unconfirmed until its owner opens the link in the confirmation e-mail; an
unconfirmed one is deleted after UNCONFIRMED_KEPT (`purge_alerts`). Unsubscribing deletes it.

The confirmation link carries a random token of which only a hash is stored: someone who reads
the database cannot confirm an alert. The unsubscribe link in every e-mail is the alert's
random `key` signed with the site's secret key (alerts/links.py), so it needs no stored secret.
"""

import datetime
import hashlib
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# An unconfirmed alert (and its address) is deleted this long after the sign-up.
UNCONFIRMED_KEPT = datetime.timedelta(hours=48)
KEPT_HOURS = int(UNCONFIRMED_KEPT.total_seconds() // 3600)
# An alert is due a little before a whole period has passed, so a daily run that starts a few
# minutes earlier than yesterday's still sends.
DUE_MARGIN = datetime.timedelta(hours=1)


class Frequency(models.TextChoices):
    DAILY = "daily", _("Once a day")
    WEEKLY = "weekly", _("Once a week")


PERIODS = {
    Frequency.DAILY: datetime.timedelta(days=1),
    Frequency.WEEKLY: datetime.timedelta(days=7),
}


def new_token():
    """The secret of a confirmation link: unguessable, fits in a URL."""
    return secrets.token_urlsafe(32)


def token_hash(token):
    return hashlib.sha256(str(token).encode()).hexdigest()


class AlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_expired(self, now=None):
        """Unconfirmed alerts whose confirmation link no longer works: to be deleted."""
        now = now or timezone.now()
        return self.filter(confirmed_at__isnull=True, created_at__lte=now - UNCONFIRMED_KEPT)

    def with_since(self):
        """`since`: vacancies published after this moment are new to the alert."""
        return self.annotate(since=Coalesce("last_sent_at", "confirmed_at"))

    def due(self, now=None):
        """Confirmed alerts whose period has passed since their last e-mail (or confirmation)."""
        now = now or timezone.now()
        condition = Q()
        for frequency, period in PERIODS.items():
            condition |= Q(frequency=frequency, since__lte=now - period + DUE_MARGIN)
        return self.confirmed().with_since().filter(condition)


class Alert(models.Model):
    email = models.EmailField(
        verbose_name=_("e-mail address"),
        max_length=254,
        help_text=_("Where the new vacancies are sent. Deleted when the alert is stopped."),
    )
    search = models.TextField(
        verbose_name=_("search"),
        blank=True,
        help_text=_(
            "The board's filters as query parameters in a fixed order (for example "
            "'q=kok&sector=horeca'); empty for all open vacancies."
        ),
    )
    language = models.CharField(
        verbose_name=_("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("The language of the e-mails and of the links in them."),
    )
    frequency = models.CharField(
        verbose_name=_("frequency"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.DAILY,
        help_text=_("How often the new vacancies are sent; only when there are new ones."),
    )
    token_hash = models.CharField(
        max_length=64,
        unique=True,
        editable=False,
        help_text=_(
            "SHA-256 of the secret in the confirmation link; the secret itself is not kept."
        ),
    )
    key = models.UUIDField(
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Names the alert in its unsubscribe link, which is signed."),
    )
    created_at = models.DateTimeField(
        verbose_name=_("signed up at"),
        auto_now_add=True,
        help_text=_("When the alert was asked for. Unconfirmed alerts are deleted 48 hours later."),
    )
    confirmed_at = models.DateTimeField(
        verbose_name=_("confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the link in the confirmation e-mail was used; empty until then."),
    )
    last_sent_at = models.DateTimeField(
        verbose_name=_("vacancies sent up to"),
        null=True,
        blank=True,
        help_text=_(
            "Vacancies published up to this moment have been dealt with: e-mailed, or there "
            "were none. Moves on with every run of send_job_alerts that finds the alert due."
        ),
    )

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        indexes = [
            models.Index(fields=["confirmed_at", "frequency"], name="alert_due"),
            models.Index(fields=["email"], name="alert_email"),
        ]

    def __str__(self):
        return f"{self.get_frequency_display()} ({self.language})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def confirmation_expired(self, now=None):
        return not self.is_confirmed and self.created_at <= (
            (now or timezone.now()) - UNCONFIRMED_KEPT
        )
