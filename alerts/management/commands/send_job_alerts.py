"""E-mail the new vacancies of every due alert, then delete expired unconfirmed alerts.

Run once a day (docs/serving.md, "Scheduled commands"): daily alerts are due a day after their
last e-mail, weekly ones a week after. Rerunning is safe: an alert that was sent is not due.
"""

import sys
import time

from django.core.management.base import BaseCommand

from alerts.sending import send_due_alerts
from alerts.subscriptions import purge_unconfirmed


class Command(BaseCommand):
    help = "E-mail residents the new vacancies of their board searches (daily and weekly alerts)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="no progress line")

    def handle(self, *args, quiet, **options):
        purged = purge_unconfirmed()
        show_progress = not quiet and sys.stderr.isatty()
        started = time.perf_counter()

        def progress(done, total):
            rate = done / max(time.perf_counter() - started, 1e-6)
            bar = "#" * int(30 * done / max(total, 1))
            self.stderr.write(
                f"\r  alerts [{bar:<30}] {done:>7,}/{total:,} ({rate:,.0f}/s)", ending=""
            )

        report = send_due_alerts(progress=progress if show_progress else None)
        if show_progress and report.due:
            self.stderr.write("")
        self.stdout.write(
            f"{report.due} alerts due in {report.groups} searches: {report.sent} e-mails sent, "
            f"{report.nothing_new} without new vacancies, {report.invalid_search} with a search "
            f"the board no longer understands, {report.skipped} taken by another run. "
            f"Deleted {purged} unconfirmed alerts older than 48 hours."
        )
        for error in report.errors:
            self.stderr.write(f"Not sent, tried again next run: {error}")
