"""The terms the search index holds, kept in `core.SearchTerm` for query.py to widen into.

`rebuild()` reads them from the index itself after `update_index` (SQLite's `fts5vocab`,
PostgreSQL's `ts_stat`): one statement, whatever the number of records. Between rebuilds a
saved record adds its terms when its transaction commits (`record`).
"""

from django.apps import apps
from django.db import connection, transaction

from ..models import SearchTerm
from .fields import reduced_fields
from .text import LONGEST_WORD, plain


def terms_of(obj):
    terms = set()
    for field in reduced_fields(type(obj)):
        terms.update(plain(field.get_value(obj)).split())
    return terms


def add(terms):
    SearchTerm.objects.bulk_create(
        [SearchTerm(term=term) for term in sorted(terms) if len(term) <= LONGEST_WORD],
        ignore_conflicts=True,
        batch_size=500,
    )


def record(sender, instance, raw=False, **kwargs):
    """A `post_save` receiver: the saved record's terms, added once its transaction commits.

    Read then, not now: a page's StreamField read for its text is normalised in memory, and a
    revision saved after this signal would store the normalised form (Wagtail indexes at
    commit for the same reason).
    """
    if raw or not reduced_fields(sender):
        return
    transaction.on_commit(lambda: add(terms_of(instance)))


SQLITE_TERMS = "CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, {fts}, row)"
POSTGRESQL_TERMS = """
SELECT word FROM ts_stat($$
    SELECT coalesce(title, ''::tsvector) || coalesce(body, ''::tsvector)
        || coalesce(autocomplete, ''::tsvector)
    FROM {entries}
$$)
"""


def indexed_terms():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE IF EXISTS temp.search_vocabulary")
            fts = apps.get_model("wagtailsearch", "SQLiteFTSIndexEntry")._meta.db_table
            cursor.execute(SQLITE_TERMS.format(fts=fts))
            cursor.execute("SELECT term FROM temp.search_vocabulary")
            terms = {row[0] for row in cursor.fetchall()}
            cursor.execute("DROP TABLE temp.search_vocabulary")
        else:
            entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
            cursor.execute(POSTGRESQL_TERMS.format(entries=entries))
            terms = {row[0] for row in cursor.fetchall()}
    return terms


@transaction.atomic
def rebuild():
    """The vocabulary, replaced by the terms the index holds now; returns their number."""
    terms = indexed_terms()
    SearchTerm.objects.all().delete()
    add(terms)
    return len(terms)
