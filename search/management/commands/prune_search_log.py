from django.conf import settings
from django.core.management.base import BaseCommand

from search.models import SearchLogEntry


class Command(BaseCommand):
    help = "Delete search log days older than SEARCH_LOG_DAYS (default 90). Run it daily."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.SEARCH_LOG_DAYS)

    def handle(self, *args, days, **options):
        removed = SearchLogEntry.objects.prune(keep_days=days)
        self.stdout.write(f"Removed {removed} search log rows older than {days} days.")
