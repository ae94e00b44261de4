import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench.scale import FULL, generate


class Command(BaseCommand):
    help = (
        "Add synthetic data at European scale for benchmarks: "
        + ", ".join(f"{count:,} {name}" for name, count in FULL.items())
        + ". Run load_demo first. Refuses production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Fraction of the full size, e.g. 0.01."
        )
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, scale, seed, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("Scale data is for development and benchmarks only.")
        if not 0 < scale <= 1:
            raise CommandError("--scale must be above 0 and at most 1.")
        started = time.monotonic()
        generate(scale=scale, seed=seed, log=self.stdout.write)
        # Bulk inserts send no signals, so nothing was indexed: index everything, as a site
        # whose records were saved one by one would be, and rebuild the search vocabulary.
        call_command("update_index", verbosity=0)
        # The planner's statistics still describe the tables before the bulk inserts (a page
        # search planned for 4 pages met 10,000: 2.5 s instead of 12 ms), and reindexing left
        # a million dead index rows; autovacuum would catch up in its own time.
        # VACUUM cannot run inside a transaction (a test's): there, statistics only.
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
        self.stdout.write(
            f"Search index and vocabulary rebuilt at {time.monotonic() - started:.0f} s."
        )
        self.stdout.write(f"Done in {time.monotonic() - started:.0f} s.")
