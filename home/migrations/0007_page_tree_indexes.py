"""Indexes on the page tree for the two lookups every page view makes.

- (depth, path), for "the children of this page": Wagtail asks for a range on `path` and an
  equality on `depth`. With an index on `path` alone, the children of the home page meant
  reading every page below it (45,000 at European scale, 6 ms on SQLite) to keep the dozen one
  level down.
- (slug, depth), for routing (`home.routing` asks for each level's slug at its depth): with
  the index above and Wagtail's on `slug` alone, SQLite, which keeps no statistics here, read
  every page at a depth (20,000 case studies at depth 4): 9 ms against 0.04 ms.
"""

from django.db import migrations

INDEXES = {
    "home_page_depth_path": '"depth", "path"',
    "home_page_slug_depth": '"slug", "depth"',
}


def create_indexes(apps, schema_editor):
    for name, columns in INDEXES.items():
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "wagtailcore_page" ({columns})'
        )


def drop_indexes(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("home", "0006_search_full_text_index")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
