from http import HTTPStatus

import pytest


@pytest.mark.parametrize("url", ["/lv/", "/en/search/?q=x", "/lv/accounts/login/", "/en/learning/"])
def test_public_pages__send_security_headers_and_a_strict_csp(client, site_tree, url):
    response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages__load_nothing_from_other_hosts(client, site_tree):
    html = client.get("/lv/").content.decode()

    for attribute in ('src="http', "src='http", 'href="//', "url(http"):
        assert attribute not in html
    assert '<link rel="stylesheet" href="/static/' in html


def test_admin__is_left_to_wagtails_own_protections(client, site_tree, admin_user):
    client.force_login(admin_user)

    response = client.get("/admin/")

    assert response.status_code == HTTPStatus.OK
    assert "Content-Security-Policy" not in response


def test_static_files__are_served_locally(client, site_tree):
    response = client.get("/static/css/site.css")

    assert response.status_code == HTTPStatus.OK
    assert b"--color-brand" in b"".join(response.streaming_content)


URL_CLASSES = {
    "page": lambda w: "/lv/",
    "page route": lambda w: w.url("municipalities"),
    "private page route": lambda w: w.url("workspace"),
    "form": lambda w: w.url("advice", w.objects["advice_a"].pk),
    "calendar feed": lambda w: "/lv/exchanges/calendar.ics",
    "CSV export": lambda w: "/lv/exchanges/workspace/advice.csv",
    "dashboard export": lambda w: w.url("region-dashboard", "riga") + "?format=xlsx",
    "personal data": lambda w: "/lv/accounts/my-data/",
    "document": lambda w: w.objects["evidence"].url,
    "API": lambda w: "/api/v2/visits/",
    "health check": lambda w: "/healthz",
    "not found": lambda w: "/lv/nav-tadas-lapas/",
    "certificate check": lambda w: "/lv/learning/certificates/NAV-TADA/",
}


@pytest.mark.parametrize("url_class", URL_CLASSES)
def test_every_url_class__sends_security_headers_over_https(client, site_tree, settings, url_class):
    """Production's HSTS setting (dev and test switch it off) on every kind of response."""
    from tests.exchanges.conftest import build_world

    settings.SECURE_HSTS_SECONDS = 31536000
    world = build_world(site_tree)
    client.force_login(world.users["coordinator"])

    response = client.get(URL_CLASSES[url_class](world), secure=True)

    assert response.status_code in (HTTPStatus.OK, HTTPStatus.NOT_FOUND), response.status_code
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    csp = response.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp or "default-src 'none'" in csp
