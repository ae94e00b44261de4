import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

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
        self.stdout.write(f"Done in {time.monotonic() - started:.0f} s.")
