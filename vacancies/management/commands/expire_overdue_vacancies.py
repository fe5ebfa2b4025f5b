"""Unpublish vacancies whose closing date has passed.

Visibility does not wait for this command (Vacancy.objects.visible() already leaves them out);
it tidies the admin and the audit log: each vacancy is unpublished and marked expired, as if an
editor had done it. Schedule it once a night (README: "Scheduled jobs").
"""

from django.core.management.base import BaseCommand

from vacancies.models import Vacancy


class Command(BaseCommand):
    help = "Unpublish vacancies past their closing date and mark them expired."

    def handle(self, *args, **options):
        count = 0
        for vacancy in Vacancy.objects.overdue().order_by("pk").iterator():
            vacancy.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
            count += 1
        self.stdout.write(f"Unpublished {count} overdue vacancies.")
