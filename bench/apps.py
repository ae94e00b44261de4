from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Benchmarks and the synthetic data they run on: installed by dev, test and bench settings
    only, so production has no command that writes thousands of fake records."""

    name = "bench"
