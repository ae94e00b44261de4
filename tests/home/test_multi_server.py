"""Several app servers, one database, one shared Redis cache and a separate worker process.

The deployment the README describes, on one machine: two gunicorn servers (two workers each)
with production settings share the database the suite runs on (PostgreSQL in CI's second run,
a SQLite file otherwise) and a private Redis server; an editor publishing through a third
process, and a reader signed in on one server and then reaching the other.
"""

import re
import signal
import subprocess
import sys
import uuid
from http import HTTPStatus
from urllib.parse import urlencode

import psycopg2
import pytest
import redis
from django.conf import settings
from psycopg2 import sql

from tests.servers import (
    BASE_DIR,
    HEADERS,
    HOST,
    get,
    gunicorn,
    manage,
    prepare,
    production_env,
    redis_server,
)

EDITOR_PASSWORD = "multi-server-editor-2026"  # noqa: S105 - a throwaway test account


def postgres_url(name):
    source = settings.DATABASES["default"]
    return (
        f"postgres://{source['USER']}:{source['PASSWORD']}@{source['HOST'] or '127.0.0.1'}:"
        f"{source['PORT'] or 5432}/{name}"
    )


def admin_connection():
    source = settings.DATABASES["default"]
    connection = psycopg2.connect(
        dbname="postgres",
        user=source["USER"],
        password=source["PASSWORD"],
        host=source["HOST"] or "127.0.0.1",
        port=source["PORT"] or 5432,
    )
    connection.autocommit = True
    return connection


@pytest.fixture(scope="module")
def database_url(tmp_path_factory):
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        yield f"sqlite:///{tmp_path_factory.mktemp('shared-db') / 'db.sqlite3'}"
        return
    name = f"energo_multi_{uuid.uuid4().hex[:8]}"
    connection = admin_connection()
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    connection.close()
    try:
        yield postgres_url(name)
    finally:
        connection = admin_connection()
        with connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        connection.close()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory, database_url):
    tmp = tmp_path_factory.mktemp("multi-server")
    with redis_server() as redis_url:
        env = production_env(tmp, DATABASE_URL=database_url, REDIS_URL=redis_url)
        prepare(env)
        manage(
            env,
            "shell",
            "--no-imports",
            "-c",
            "from django.contrib.auth import get_user_model; "
            "get_user_model().objects.create_superuser("
            f"'editor', 'editor@example.lv', '{EDITOR_PASSWORD}')",
        )
        with gunicorn(env) as first, gunicorn(env) as second:
            yield {"env": env, "servers": (first, second), "redis": redis_url}


def test_servers__answer_the_same_page_from_the_shared_cache(deployment):
    first, second = deployment["servers"]
    answers = [get(f"{base}/lv/") for base in (first, second, first, second)]

    assert {status for status, _, _ in answers} == {HTTPStatus.OK}
    assert len({html for _, _, html in answers}) == 1
    stored = redis.Redis.from_url(deployment["redis"]).keys("*page-cache*")
    assert stored  # the generation and the stored page live in Redis, not in one server


def test_publishing_on_one_process__shows_on_every_server_at_once(deployment):
    first, second = deployment["servers"]
    for base in (first, second):
        get(f"{base}/lv/")  # both servers have now read the page through the cache

    manage(
        deployment["env"],
        "shell",
        "--no-imports",
        "-c",
        "from home.models import HomePage; "
        "page = HomePage.objects.get(locale__language_code='lv'); "
        "page.title = 'Publicēts citā serverī'; page.save_revision().publish()",
    )

    for base in (first, second):
        status, _, html = get(f"{base}/lv/")
        assert status == HTTPStatus.OK
        assert "Publicēts citā serverī" in html


def cookies_from(headers):
    jar = {}
    for header in headers.get_all("Set-Cookie") or []:
        name, value = header.split(";", 1)[0].split("=", 1)
        jar[name] = value
    return jar


def cookie_header(jar):
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def test_signing_in_on_one_server__holds_on_the_other(deployment):
    first, second = deployment["servers"]
    _, headers, html = get(f"{first}/lv/accounts/login/")
    jar = cookies_from(headers)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    body = urlencode(
        {"csrfmiddlewaretoken": token, "username": "editor", "password": EDITOR_PASSWORD}
    ).encode()

    status, headers, _ = get(
        f"{first}/lv/accounts/login/",
        headers={
            **HEADERS,
            "Cookie": cookie_header(jar),
            "Origin": f"https://{HOST}",
            "Referer": f"https://{HOST}/lv/accounts/login/",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        data=body,
    )
    assert status == HTTPStatus.FOUND
    jar.update(cookies_from(headers))

    anonymous = get(f"{second}/lv/accounts/my-data/")
    signed_in = get(
        f"{second}/lv/accounts/my-data/", headers={**HEADERS, "Cookie": cookie_header(jar)}
    )

    assert anonymous[0] == HTTPStatus.FOUND  # to the login page
    assert signed_in[0] == HTTPStatus.OK
    assert '"username": "editor"' in signed_in[2]


def test_worker__runs_beside_the_servers_and_stops_cleanly(deployment):
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--interval", "1"],
        cwd=BASE_DIR,
        env=deployment["env"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    runs = [worker.stdout.readline(), worker.stdout.readline()]
    worker.send_signal(signal.SIGTERM)
    _, errors = worker.communicate(timeout=30)

    assert runs == ["Reminders sent: 0\n"] * 2, errors
    assert worker.returncode == 0
