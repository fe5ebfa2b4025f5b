"""Delete alerts (address and all) that were not confirmed within 48 hours. `send_job_alerts`
does this too; run this one when alerts are sent less often than daily."""

from django.core.management.base import BaseCommand

from alerts.subscriptions import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete e-mail alerts that were not confirmed within 48 hours."

    def handle(self, *args, **options):
        count = purge_unconfirmed()
        self.stdout.write(f"Deleted {count} unconfirmed alerts older than 48 hours.")
