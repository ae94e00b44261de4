"""A backup restores into an empty database with the same rows in every table."""

import sqlite3
import uuid

import psycopg2
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from tests.conftest import build_site_tree
from tests.exchanges.conftest import build_world


def row_counts_here():
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - table names from the schema
            counts[table] = cursor.fetchone()[0]
        return counts


def row_counts(cursor, tables):
    counts = {}
    for table in tables:
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - table names from the schema
        counts[table] = cursor.fetchone()[0]
    return counts


@pytest.mark.django_db(transaction=True)
def test_backup__restores_into_an_empty_database_with_the_same_rows(tmp_path):
    build_world(build_site_tree())
    source = settings.DATABASES["default"]
    expected = row_counts_here()
    dump = tmp_path / "backup.dump"

    call_command("backup_db", output=str(dump))

    assert dump.stat().st_size > 0
    if connection.vendor == "postgresql":
        name = f"restore_{uuid.uuid4().hex[:8]}"
        admin = psycopg2.connect(
            dbname="postgres",
            user=source["USER"],
            password=source["PASSWORD"],
            host=source["HOST"],
            port=source["PORT"] or 5432,
        )
        admin.autocommit = True
        admin.cursor().execute(f'CREATE DATABASE "{name}"')
        try:
            url = (
                f"postgres://{source['USER']}:{source['PASSWORD']}@{source['HOST']}:"
                f"{source['PORT'] or 5432}/{name}"
            )
            call_command("restore_db", str(dump), database_url=url)
            restored = psycopg2.connect(
                dbname=name,
                user=source["USER"],
                password=source["PASSWORD"],
                host=source["HOST"],
                port=source["PORT"] or 5432,
            )
            with restored, restored.cursor() as cursor:
                actual = row_counts(cursor, expected)
            restored.close()
        finally:
            admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.close()
    else:
        target = tmp_path / "restored.sqlite3"
        call_command("restore_db", str(dump), database_url=f"sqlite:///{target}")
        restored = sqlite3.connect(target)
        actual = row_counts(restored.cursor(), expected)
        restored.close()

    assert actual == expected
    assert expected["exchanges_visit"] > 0 and expected["wagtailcore_page"] > 0
