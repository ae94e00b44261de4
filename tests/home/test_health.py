import json
import os
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def test_healthz__answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")

    assert response.status_code == HTTPStatus.OK
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    "database_url",
    [
        "postgres://nobody:nothing@127.0.0.1:1/missing",
        "sqlite:////nonexistent-directory/for/sure/db.sqlite3",
    ],
)
def test_healthz__is_503_when_the_database_is_unreachable(database_url):
    """A separate process, so the database really is out of reach, not mocked away."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(json.dumps([r.status_code, r.content.decode()]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    status, body = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == HTTPStatus.SERVICE_UNAVAILABLE
    assert body == "database unavailable"


def _get_while_the_database_is_down(client, monkeypatch, url):
    from django.db import OperationalError, connection

    def down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    with monkeypatch.context() as patch:
        patch.setattr(connection, "create_cursor", down)
        return client.get(url)


@pytest.mark.parametrize("where", ["healthz", "workspace", "search"])
def test_outage__a_signed_in_reader_gets_503_with_retry_after(site_tree, monkeypatch, where):
    """The session loads in a middleware, before any view: that outage is a 503 too."""
    from django.test import Client

    from home.factories import UserFactory

    url = {
        "healthz": "/healthz",
        "workspace": site_tree.pages[("lv", "exchanges")].url + "workspace/",
        "search": "/lv/search/?q=plans",  # never cached
    }[where]
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory())

    response = _get_while_the_database_is_down(client, monkeypatch, url)

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    if url != "/healthz":  # the health check's own answer: see the next test
        assert response["Retry-After"] == "30"
        assert "Vietne uz brīdi nav pieejama" in response.content.decode()


def test_outage__healthz_answers_without_the_session(site_tree, monkeypatch):
    """A session cookie (a browser's, a proxy's) does not make the health check read it."""
    from django.test import Client

    from home.factories import UserFactory

    client = Client(raise_request_exception=False)
    client.force_login(UserFactory())

    response = _get_while_the_database_is_down(client, monkeypatch, "/healthz")

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.content == b"database unavailable"
