from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.backup import backup


class Command(BaseCommand):
    help = "Back up the database (pg_dump custom format on PostgreSQL; a file copy on SQLite)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write; default backups/<date-time>.dump")

    def handle(self, *args, output=None, **options):
        path = Path(output or f"backups/{timezone.now():%Y%m%d-%H%M%S}.dump")
        path.parent.mkdir(parents=True, exist_ok=True)
        backup(settings.DATABASES["default"], path)
        self.stdout.write(str(path))
