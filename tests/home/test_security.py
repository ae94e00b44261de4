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
