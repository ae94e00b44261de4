"""Whether the database answers a search's full-text condition before walking index entries.

Each database gets there its own way (home/migrations/0005 for SQLite, 0006 for PostgreSQL),
so each is asked in its own terms; a test using this runs on both.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection

PG_INDEX = "home_search_title_body_gin"


def plan(sql):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            return [row[3] for row in cursor.fetchall()]
        # With a test's handful of pages PostgreSQL rightly walks the pages one by one and
        # looks each entry up; at scale it joins the pages with the matching entries instead
        # (measured at 20,000 cases: 4.9 ms with this index, 18.8 ms reading every entry).
        # Ruling out the walk asks how it would find the matching entries in that plan.
        cursor.execute("SET enable_nestloop = off")
        try:
            cursor.execute(f"EXPLAIN {sql}")
            return [row[0] for row in cursor.fetchall()]
        finally:
            cursor.execute("RESET enable_nestloop")


def fill_index_entries(model, count):
    """`count` unrelated index entries of `model`'s type, so that PostgreSQL's planner sees a
    library of realistic size instead of the handful of pages a test builds."""
    content_type = ContentType.objects.get_for_model(model)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry"
            " (content_type_id, object_id, title_norm, autocomplete, title, body,"
            " title_text, body_text)"
            " SELECT %s, 'filler-' || n, 1, ''::tsvector,"
            " to_tsvector('simple', 'piemērs ' || n), to_tsvector('simple', 'teksts ' || n),"
            " 'piemērs ' || n, 'teksts ' || n"
            " FROM generate_series(1, %s) AS n",
            [content_type.pk, count],
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def reads_full_text_match_first(sql):
    steps = plan(sql)
    if connection.vendor == "sqlite":
        # The full-text table is a virtual table; the index entries appear as Wagtail's U1.
        fts = next(i for i, step in enumerate(steps) if "VIRTUAL TABLE" in step)
        entries = next(i for i, step in enumerate(steps) if " U1 " in step)
        return fts < entries
    return any(PG_INDEX in step for step in steps)
