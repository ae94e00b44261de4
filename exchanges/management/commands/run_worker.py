import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from exchanges.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "The background worker: sends due reminders, then waits and repeats. Run one beside "
        "the app servers (or run send_reminders from cron instead); stops cleanly on SIGTERM."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=900, help="seconds between runs")
        parser.add_argument("--once", action="store_true", help="run once and exit")

    def handle(self, *args, interval, once, **options):
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
        while not stopping:
            sent = send_due_reminders()
            self.stdout.write(f"Reminders sent: {sent}")
            if once:
                break
            deadline = time.monotonic() + interval
            while not stopping and time.monotonic() < deadline:
                time.sleep(1)
            # Between runs, like between requests: drop a connection the database has closed.
            close_old_connections()
