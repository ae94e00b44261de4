"""`make serve` in miniature: production settings, collectstatic, migrate, gunicorn, requests."""

import urllib.request
from http import HTTPStatus

import pytest

from tests.servers import HEADERS, HOST, get, gunicorn, prepare, production_env


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    env = production_env(tmp_path_factory.mktemp("production"))
    prepare(env)
    with gunicorn(env) as base:
        yield base


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
    status = get(f"{production_server}/lv/", headers={**HEADERS, "Host": "evil.example"})[0]

    assert status == HTTPStatus.BAD_REQUEST


def test_production__plain_http_is_redirected_to_https(production_server):
    status, headers, _ = get(f"{production_server}/lv/", headers={"Host": HOST})

    assert status == HTTPStatus.MOVED_PERMANENTLY
    assert headers["Location"] == f"https://{HOST}/lv/"


def test_production__errors_show_the_bilingual_page_without_details(production_server):
    status, _, html = get(f"{production_server}/lv/no-such-page/")

    assert status == HTTPStatus.NOT_FOUND
    assert "Traceback" not in html
