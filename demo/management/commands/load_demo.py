"""Fill a fresh portal with demo content. Safe to run again: it updates what is there.

Each part of the demo is a module of the `demo` package with a `load(command)` function. They run
in the order of `PARTS`, the apps' own dependency order, so a part can use what the parts before
it made (the vacancies need the home page, the editors' roles need every page tree).
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import bookings, editors, employers, home, site, vacancies

PARTS = (site, home, vacancies, employers, editors, bookings)


class Command(BaseCommand):
    help = "Create or update the demo site: locales, pages in six languages, demo users."

    def handle(self, *args, **options):
        with transaction.atomic():
            for part in PARTS:
                part.load(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
