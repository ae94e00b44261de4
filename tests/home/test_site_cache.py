"""The Site answering a request comes from the cache, and an edit to it shows at once."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def site_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return [query["sql"] for query in captured if "wagtailcore_site" in query["sql"]]


def test_site__is_read_once_then_served_from_the_cache(client, site_tree):
    assert site_queries(client, "/lv/")

    assert site_queries(client, "/lv/") == []
    assert site_queries(client, "/lv/learning/") == []


def test_site__kept_apart_for_each_host(client, site_tree):
    other_home = HomePageFactory(
        parent=site_tree.homes["lv"].get_parent(), locale=site_tree.homes["lv"].locale
    )
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    client.get("/lv/")

    response = client.get("/lv/", HTTP_HOST="other.example")

    assert response.status_code == HTTPStatus.OK
    assert response.context["page"].pk == other_home.pk


def test_site__edited_shows_at_once(client, site_tree):
    client.get("/lv/")  # stored
    site_tree.site.is_default_site = False  # now answers "localhost" only, not "testserver"
    site_tree.site.save()

    assert client.get("/lv/").status_code == HTTPStatus.NOT_FOUND


def test_site__deleted_shows_at_once(client, site_tree):
    client.get("/lv/")  # stored
    site_tree.site.delete()

    assert client.get("/lv/").status_code == HTTPStatus.NOT_FOUND
