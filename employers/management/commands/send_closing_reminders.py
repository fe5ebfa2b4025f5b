"""Tell employers five days ahead that a vacancy closes. Run daily (README: scheduling)."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import F

from employers import notifications
from employers.models import Posting
from employers.postings import REMINDER_DAYS_BEFORE_CLOSING
from vacancies.models import Vacancy
from vacancies.models.vacancy import today


class Command(BaseCommand):
    help = "E-mail employers whose published vacancies close within five days (once per date)."

    def handle(self, *args, **options):
        on = today()
        due = (
            Posting.objects.filter(
                vacancy__in=Vacancy.objects.visible(on),
                vacancy__closing_date__lte=on
                + datetime.timedelta(days=REMINDER_DAYS_BEFORE_CLOSING),
                filled_at__isnull=True,
            )
            # Once per closing date: a changed closing date gets its own reminder.
            .exclude(closing_reminder_sent_for=F("vacancy__closing_date"))
            .select_related("vacancy", "organisation")
        )
        sent = 0
        for posting in due:
            with transaction.atomic():
                notifications.vacancy_closing_soon(posting.vacancy, posting.organisation)
                posting.closing_reminder_sent_for = posting.vacancy.closing_date
                posting.save(update_fields=["closing_reminder_sent_for"])
            sent += 1
        self.stdout.write(f"Closing reminders sent for {sent} vacancies.")
