from django.core.management.base import BaseCommand

from exchanges.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "E-mail reminders for upcoming visits, advice due or overdue, and follow-ups after "
        "visits. Safe to run every hour: no message is sent twice."
    )

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"Reminders sent: {sent}")
