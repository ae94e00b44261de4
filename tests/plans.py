"""What each database's planner makes of a query, asked in its own terms.

SQLite and PostgreSQL reach a good plan their own ways (home/migrations/0005 for SQLite's
search, 0006 and 0007 indexes for both), so a test using this runs on both.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection

PG_INDEX = "home_search_title_body_gin"


def plan(sql, params=None, *, postgresql_off=()):
    """The plan's steps; `postgresql_off` names PostgreSQL plan kinds to rule out, since with
    a test's handful of rows it rightly prefers plans that it would not choose at scale."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return [row[3] for row in cursor.fetchall()]
        for setting in postgresql_off:
            cursor.execute(f"SET {setting} = off")
        try:
            cursor.execute(f"EXPLAIN {sql}", params)
            return [row[0] for row in cursor.fetchall()]
        finally:
            for setting in postgresql_off:
                cursor.execute(f"RESET {setting}")


def query_plan(queryset, **kwargs):
    return plan(*queryset.query.sql_with_params(), **kwargs)


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
        # As at scale, where the rows came long before the search: GIN first gathers new
        # entries in a pending list, which the planner rightly counts as slow to read.
        cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [PG_INDEX])
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def reads_full_text_match_first(sql):
    # With a test's handful of short rows PostgreSQL walks the pages one by one, reads every
    # entry, or merges entries read in index order, as statistics left by earlier tests
    # suggest; at scale it joins the pages with the matching entries, found from the index
    # (measured at 20,000 cases: 4.9 ms, against 18.8 ms reading every entry). Ruling those
    # out asks how it finds the matching entries.
    steps = plan(sql, postgresql_off=["enable_nestloop", "enable_seqscan", "enable_indexscan"])
    if connection.vendor == "sqlite":
        # The full-text table is a virtual table; the index entries appear as Wagtail's U1.
        fts = next(i for i, step in enumerate(steps) if "VIRTUAL TABLE" in step)
        entries = next(i for i, step in enumerate(steps) if " U1 " in step)
        return fts < entries
    return any(PG_INDEX in step for step in steps)
