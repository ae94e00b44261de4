"""Wagtail's `update_index`, followed by the search vocabulary (core.search.vocabulary).

Every way the index is rebuilt (`make run`, deployments, tests) goes through this command,
so the terms queries widen into are the index's own afterwards.
"""

from wagtail.search.management.commands.update_index import Command as WagtailCommand

from core.search import vocabulary


class Command(WagtailCommand):
    def handle(self, **options):
        super().handle(**options)
        count = vocabulary.rebuild()
        if options["verbosity"] >= 1:
            self.stdout.write(f"Search vocabulary: {count} terms")
