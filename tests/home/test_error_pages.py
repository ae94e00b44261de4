"""Every error page is the site's own, in the language of the address, with a way home."""

from http import HTTPStatus

import pytest
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.test import Client

from home.factories import UserFactory
from tests.exchanges.conftest import build_world

HOME_LINK = {"lv": "Uz sākumlapu", "en": "Go to the home page"}
LANGUAGES = ["lv", "en"]


def assert_own_page(response, status, language, heading):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}">' in html
    assert heading in html
    assert HOME_LINK[language] in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [("lv", "Pieprasījumu neizdevās saprast"), ("en", "The request could not be understood")],
)
def test_400__nul_in_the_address(client, site_tree, language, heading):
    response = client.get(f"/{language}/learning/certificates/%00/")

    assert_own_page(response, HTTPStatus.BAD_REQUEST, language, heading)


def test_403__another_regions_dashboard(client, site_tree):
    world = build_world(site_tree)
    client.force_login(world.users["region_here"])

    response = client.get(world.url("region-dashboard", "vidzeme"))

    assert_own_page(response, HTTPStatus.FORBIDDEN, "lv", "Jums nav atļauts atvērt šo lapu")
    assert "403 Forbidden" not in response.content.decode()


@pytest.mark.parametrize(
    ("language", "heading"),
    [("lv", "Jums nav atļauts atvērt šo lapu"), ("en", "You may not open this page")],
)
def test_403__any_refusal(client, site_tree, monkeypatch, language, heading):
    def refused(*args, **kwargs):
        raise PermissionDenied

    monkeypatch.setattr("home.search.SiteSearch.run", refused)

    response = client.get(f"/{language}/search/?q=plans")

    assert_own_page(response, HTTPStatus.FORBIDDEN, language, heading)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("lv", "Veidlapu neizdevās nosūtīt"), ("en", "The form could not be sent")],
)
def test_403__csrf_failure(site_tree, language, heading):
    client = Client(enforce_csrf_checks=True)

    response = client.post(f"/{language}/accounts/login/", {"username": "a", "password": "b"})

    assert_own_page(response, HTTPStatus.FORBIDDEN, language, heading)


@pytest.mark.parametrize(
    ("language", "heading"), [("lv", "Lapa nav atrasta"), ("en", "Page not found")]
)
def test_404__unknown_page(client, site_tree, language, heading):
    response = client.get(f"/{language}/no-such-page/")

    assert_own_page(response, HTTPStatus.NOT_FOUND, language, heading)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("lv", "Šī adrese nepieņem šāda veida pieprasījumu"),
        ("en", "This address does not take that kind of request"),
    ],
)
def test_405__get_on_a_form_only_address(client, site_tree, language, heading):
    response = client.get(f"/{language}/accounts/logout/")

    assert_own_page(response, HTTPStatus.METHOD_NOT_ALLOWED, language, heading)
    assert "POST" in response["Allow"]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("lv", "Pārāk daudz neveiksmīgu mēģinājumu"), ("en", "Too many failed attempts")],
)
def test_429__login_locked_out(client, site_tree, language, heading):
    UserFactory(username="ilze")
    for _ in range(6):
        response = client.post(
            f"/{language}/accounts/login/", {"username": "ilze", "password": "nepareiza"}
        )

    assert_own_page(response, HTTPStatus.TOO_MANY_REQUESTS, language, heading)


@pytest.mark.parametrize(
    ("language", "heading"), [("lv", "Radās kļūda"), ("en", "Something went wrong")]
)
def test_500__an_uncaught_error(site_tree, monkeypatch, language, heading):
    def broken(*args, **kwargs):
        raise RuntimeError("broken")

    monkeypatch.setattr("home.search.SiteSearch.run", broken)
    client = Client(raise_request_exception=False)

    response = client.get(f"/{language}/search/?q=plans")

    assert_own_page(response, HTTPStatus.INTERNAL_SERVER_ERROR, language, heading)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("lv", "Vietne uz brīdi nav pieejama"), ("en", "The site is briefly unavailable")],
)
def test_503__the_database_is_down(site_tree, monkeypatch, language, heading):
    from django.db import connection

    def down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    client = Client(raise_request_exception=False)
    with monkeypatch.context() as patch:
        patch.setattr(connection, "create_cursor", down)
        response = client.get(f"/{language}/no-such-page/")

    assert_own_page(response, HTTPStatus.SERVICE_UNAVAILABLE, language, heading)
    assert response["Retry-After"] == "30"
