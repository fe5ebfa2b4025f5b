from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from editors.roles import sync_roles


class Command(BaseCommand):
    help = "Give the groups Redacteuren, Moderatoren and Vertalers exactly their permissions."

    def handle(self, *args, **options):
        with transaction.atomic():
            groups = sync_roles(apps)
        self.stdout.write("Roles in step: " + ", ".join(groups))
