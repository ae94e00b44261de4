"""`make serve` in miniature: production settings, collectstatic, migrate, gunicorn, requests."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from http import HTTPStatus
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


HEADERS = {"Host": "energoplanosana.example", "X-Forwarded-Proto": "https"}


def get(url, headers=HEADERS):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("production")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="smoke-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP",
        ALLOWED_HOSTS="energoplanosana.example",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        BEHIND_TLS_PROXY="1",
    )
    for command in (["collectstatic", "--noinput"], ["migrate", "--noinput"]):
        subprocess.run(
            [sys.executable, "manage.py", *command, "--verbosity", "0"],
            cwd=BASE_DIR,
            env=env,
            check=True,
            timeout=300,
        )
    port = free_port()
    server = subprocess.Popen(
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if get(f"{base}/healthz")[0] == HTTPStatus.OK:
                    break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_production__health_check_answers(production_server):
    status, _, body = get(f"{production_server}/healthz")

    assert (status, body) == (HTTPStatus.OK, "ok")


def test_production__home_page_renders_with_fingerprinted_static_files(production_server):
    status, headers, html = get(f"{production_server}/lv/")

    assert status == HTTPStatus.OK
    assert '<html lang="lv">' in html
    assert "/static/css/site." in html
    assert "/static/css/site.css" not in html  # the manifest names carry a content hash
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Strict-Transport-Security"].startswith("max-age=")


def test_production__static_files_are_served_compressed_and_cacheable(production_server):
    html = get(f"{production_server}/lv/")[2]
    css = html.split('href="/static/css/site.', 1)[1].split('"', 1)[0]
    request = urllib.request.Request(
        f"{production_server}/static/css/site.{css}",
        headers={**HEADERS, "Accept-Encoding": "gzip"},
    )

    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == HTTPStatus.OK
        assert response.headers["Content-Encoding"] == "gzip"
        assert "immutable" in response.headers["Cache-Control"]


def test_production__unknown_host_is_refused(production_server):
    request = urllib.request.Request(
        f"{production_server}/lv/", headers={**HEADERS, "Host": "evil.example"}
    )

    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)

    assert error.value.code == HTTPStatus.BAD_REQUEST


def test_production__plain_http_is_redirected_to_https(production_server):
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(
        f"{production_server}/lv/", headers={"Host": "energoplanosana.example"}
    )

    with pytest.raises(urllib.error.HTTPError) as error:
        opener.open(request, timeout=10)

    assert error.value.code == HTTPStatus.MOVED_PERMANENTLY
    assert error.value.headers["Location"] == "https://energoplanosana.example/lv/"


def test_production__errors_show_the_bilingual_page_without_details(production_server):
    status, _, html = get(f"{production_server}/lv/no-such-page/")

    assert status == HTTPStatus.NOT_FOUND
    assert "Traceback" not in html
