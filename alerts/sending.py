"""Sending the due alerts: each e-mail lists the vacancies of its search that were published
since the alert's last e-mail, once.

The run takes one moment as its cut-off (`until`, PUBLISHING_LAG before it starts): an
alert's e-mail lists the vacancies published after its `since` (its last run, or its
confirmation) up to `until`, and its `last_sent_at` becomes `until`, so the next run starts
where this one stopped - no vacancy is sent twice, none is skipped. The lag is there because a
vacancy's publication time is set before its transaction commits: one published a moment
before the run might not be visible to it yet, and must not fall before the next run's window.

Alerts are grouped by search and language: one query per group for the vacancies (newest
first, at most MAX_LISTED + 1, from the board's own query), then per alert only what is newer
than its `since` - a prefix of that list, so the cap holds per alert.

Each e-mail is sent inside a transaction that first moves `last_sent_at` on with a conditional
UPDATE (only if it still holds the value read): a second run at the same time finds it moved
and leaves the alert alone; a failed send rolls the UPDATE back, so the next run tries again.
Rerunning straight after a run sends nothing: the alerts are no longer due.
"""

import datetime
import itertools
from dataclasses import dataclass, field

from django.core import mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from alerts import links
from alerts.mails import MAX_LISTED, alert_message, entries_of
from alerts.models import Alert
from alerts.searches import BoardSearch
from vacancies.models import Vacancy

# Longer than any publishing transaction takes (see the module's docstring).
PUBLISHING_LAG = datetime.timedelta(minutes=5)


@dataclass
class Report:
    due: int = 0
    sent: int = 0
    nothing_new: int = 0
    # Alerts whose search the board no longer understands (a place that was deleted, say):
    # nothing is sent for them rather than a wider search than they asked for.
    invalid_search: int = 0
    # Alerts another run dealt with at the same moment.
    skipped: int = 0
    groups: int = 0
    errors: list = field(default_factory=list)


def due_alerts(now):
    return list(
        Alert.objects.due(now)
        .only("pk", "email", "search", "language", "frequency", "key", "last_sent_at")
        .order_by("search", "language", "pk")
    )


def claim(alert, until):
    """Move the alert's `last_sent_at` to `until` if no other run did; True when this run may
    send. Call inside the transaction that sends."""
    unchanged = (
        Q(last_sent_at=alert.last_sent_at)
        if alert.last_sent_at is not None
        else Q(last_sent_at__isnull=True)
    )
    return bool(Alert.objects.filter(unchanged, pk=alert.pk).update(last_sent_at=until))


def mark_nothing_new(alerts, until):
    """One UPDATE for the alerts of a group with nothing new: their next window starts there."""
    Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).filter(
        Q(last_sent_at__isnull=True) | Q(last_sent_at__lt=until)
    ).update(last_sent_at=until)


def send_due_alerts(now=None, progress=None):
    """Send every due alert; `progress(done, total)` is called after each alert."""
    now = now or timezone.now()
    until = now - PUBLISHING_LAG
    alerts = due_alerts(now)
    report = Report(due=len(alerts))
    boards = links.board_paths()
    done = 0
    with mail.get_connection() as connection:
        for (search_params, language), group in itertools.groupby(
            alerts, key=lambda alert: (alert.search, alert.language)
        ):
            group = list(group)
            report.groups += 1
            send_group(search_params, language, group, until, boards, connection, report)
            done += len(group)
            if progress:
                progress(done, len(alerts))
    return report


def send_group(search_params, language, alerts, until, boards, connection, report):
    """Send the alerts of one search and language the vacancies published up to `until`."""
    board_path = boards.get(language)
    oldest = min(alert.since for alert in alerts)
    window = Vacancy.objects.visible().filter(
        first_published_at__gt=oldest, first_published_at__lte=until
    )
    with translation.override(language):
        search = BoardSearch.stored(search_params, queryset=window)
        if not search.is_valid or board_path is None:
            report.invalid_search += len(alerts)
            return
        vacancies = list(search.results()[: MAX_LISTED + 1])
        summary = search.summary()
    entries = dict(zip(vacancies, entries_of(vacancies, language, board_path), strict=True))
    board_url = links.site_url(search.board_url(board_path))
    nothing_new = []
    for alert in alerts:
        new = [
            entries[vacancy] for vacancy in vacancies if vacancy.first_published_at > alert.since
        ]
        if not new:
            nothing_new.append(alert)
            continue
        try:
            with transaction.atomic():
                if not claim(alert, until):
                    report.skipped += 1
                    continue
                alert_message(
                    alert,
                    new[:MAX_LISTED],
                    more=len(new) > MAX_LISTED,
                    summary=summary,
                    board_url=board_url,
                    connection=connection,
                ).send()
        except OSError as error:  # SMTP and socket errors: this alert is tried again next run
            report.errors.append(f"alert {alert.pk}: {error}")
            continue
        report.sent += 1
    if nothing_new:
        mark_nothing_new(nothing_new, until)
        report.nothing_new += len(nothing_new)
