"""Back up the database and the media files into one directory (docs/backups.md)."""

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, Database, create_backup, default_backup_dir


class Command(BaseCommand):
    help = (
        "Write a backup (database dump, media files, manifest) to a new directory under "
        "BACKUP_DIR (default: backups/ in the project)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            help="Directory to write the backup into (default: $BACKUP_DIR or backups/).",
        )
        parser.add_argument(
            "--database-url",
            help="Back up this database instead of the configured one (postgres://... or sqlite:///...).",
        )

    def handle(self, *args, output_dir, database_url, **options):
        try:
            database = Database.from_url(database_url) if database_url else Database.default()
            path = create_backup(backup_dir=output_dir or default_backup_dir(), database=database)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
