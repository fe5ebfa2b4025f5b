"""Delete the personal data of talks at the desk seven days after the talk. Run daily (cron)."""

from django.core.management.base import BaseCommand

from bookings.service import purge


class Command(BaseCommand):
    help = "Delete bookings (first name, number, reference code) seven days after their talk."

    def handle(self, *args, **options):
        count = purge()
        self.stdout.write(f"Deleted {count} bookings of talks more than seven days ago.")
