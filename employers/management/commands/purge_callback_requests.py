"""Delete employers' callback requests CALLBACK_RETENTION_DAYS after they came in. Run daily
(cron), as the privacy statement promises."""

from django.conf import settings
from django.core.management.base import BaseCommand

from employers.contact_point import purge_callback_requests


class Command(BaseCommand):
    help = (
        "Delete callback requests (organisation, name, phone, question) older than "
        "CALLBACK_RETENTION_DAYS (default 90)."
    )

    def handle(self, *args, **options):
        count = purge_callback_requests()
        days = settings.CALLBACK_RETENTION_DAYS
        self.stdout.write(f"Deleted {count} callback requests older than {days} days.")
