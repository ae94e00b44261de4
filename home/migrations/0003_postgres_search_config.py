"""On PostgreSQL, a text search configuration that ignores diacritics.

`lv_unaccent` is `simple` with `unaccent` in front, so "Liepaja" and "Liepāja" index and query
alike, and Latvian words are not stemmed by an English dictionary. On other databases this
migration does nothing (SQLite's FTS5 tokenizer already folds diacritics).
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'lv_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION lv_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION lv_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS lv_unaccent;"


def create_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("home", "0002_locales_and_home_pages")]

    operations = [migrations.RunPython(create_config, drop_config)]
