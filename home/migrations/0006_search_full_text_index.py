"""On PostgreSQL, an index for the full-text condition Wagtail's search actually writes.

Wagtail's PostgreSQL backend matches `(title || body) @@ query`, while its own GIN indexes are
on `title` and on `body` apart, which that condition cannot use: every search read the
vectors of every index entry of the searched page types (20,000 for the case library at
European scale). A GIN index on the same expression lets PostgreSQL find the matches first.
SQLite searches its own full-text table instead (see 0005).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
INDEX = "home_search_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "{TABLE}" USING gin (("title" || "body"))'
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [("home", "0005_search_planner_statistics")]

    operations = [migrations.RunPython(create_index, drop_index)]
