"""Fill a fresh portal with demo content. Safe to run again: it updates what is there.

Each app that has demo content keeps it in its own `demo.py` with a `load(command)` function;
they run in the order of INSTALLED_APPS, so an app's demo can use what the apps before it made.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Create or update the demo site: locales, pages in six languages, demo users."

    def handle(self, *args, **options):
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                try:
                    demo = import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app_config.name}.demo":
                        raise
                    continue
                demo.load(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
