from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backup import restore, settings_for


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_db into the database (or into --database-url). "
        "On PostgreSQL this replaces the objects the backup contains."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--database-url", help="Restore here instead of DATABASE_URL")

    def handle(self, *args, path, database_url=None, **options):
        target = settings_for(database_url) if database_url else settings.DATABASES["default"]
        try:
            restore(path, target)
        except Exception as error:
            raise CommandError(f"Restore failed: {error}") from error
        self.stdout.write(f"Restored {path}")
