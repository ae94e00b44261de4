"""Search that understands Latvian and English word forms, on Wagtail's own search API.

Wagtail's database backends (SQLite FTS5, PostgreSQL tsvector) match whole tokens. Here the
text each model declares in `search_fields` is reduced before it is indexed (`text.py`:
lower case, diacritics folded, each word with its stem), and a query is reduced the same way
and widened to the indexed terms it may mean (`query.py`: stems, prefixes of three letters or
more, one typo in words of five letters or more) before it reaches the backend. Both
databases therefore hold and are asked the same terms, and answer with the same pages.
"""
