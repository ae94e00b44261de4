"""On PostgreSQL, the join from a search's index entries back to the records they describe.

Wagtail's PostgreSQL backend joins `index_entry.object_id` (text) to `record.id::varchar`, and
no index holds that expression, so every search read all the candidate records to join them:
the 21,000 public visits at European scale (26 ms) to find the four that matched. An index on
the same expression lets PostgreSQL start from the few entries that match and look each
record up (0.15 ms). SQLite joins its own full-text table by row id (see 0005).
"""

from django.db import migrations

# Every table site search asks Wagtail's backend about (home/search.py).
TABLES = (
    "wagtailcore_page",
    "exchanges_municipality",
    "exchanges_planningregion",
    "exchanges_visit",
    "exchanges_advice",
    "exchanges_measure",
    "learning_secapstep",
)


def index_name(table):
    return f"{table}_id_text_idx"


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{index_name(table)}" '
            f'ON "{table}" ((("id")::varchar(50)::text))'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{index_name(table)}"')


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_page_tree_indexes"),
        ("exchanges", "0010_record_language"),
        ("learning", "0006_lesson_sections_are_h2"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
