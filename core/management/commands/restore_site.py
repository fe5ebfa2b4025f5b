"""Restore the database and the media files from a backup made by backup_site."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, Database, check_backup, restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database and everything under MEDIA_ROOT with a backup made by "
        "backup_site, after checking its manifest and checksums; then empty the cache."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup directory (the one holding manifest.json).")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )
        parser.add_argument(
            "--database-url",
            help="Restore into this database instead of the configured one.",
        )

    def handle(self, *args, backup, interactive, database_url, **options):
        try:
            database = Database.from_url(database_url) if database_url else Database.default()
            checked = check_backup(backup, database=database)
        except BackupError as error:
            raise CommandError(str(error)) from None

        manifest = checked.manifest
        self.stdout.write(
            f"Backup {checked.path}: made {manifest['created']} with Django "
            f"{manifest['django']}, Wagtail {manifest['wagtail']}; checksums are correct."
        )
        notes = checked.migration_notes()
        if notes:
            self.stdout.write(
                self.style.WARNING(
                    "Its migrations differ from this code's; run `manage.py migrate` after the "
                    "restore if the code is newer, or deploy the code the backup was made with:\n  "
                    + "\n  ".join(notes)
                )
            )
        if interactive:
            answer = input(
                f"This replaces the {database.describe()} and everything under "
                f"{settings.MEDIA_ROOT} with the backup.\nType 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing was changed.")

        try:
            restore_backup(checked, database=database)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {checked.path} into the {database.describe()} and "
                f"{settings.MEDIA_ROOT}; the cache is empty."
            )
        )
