from http import HTTPStatus

import pytest


def test_api__lists_live_pages(client, site_tree):
    response = client.get("/api/v2/pages/")

    assert response.status_code == HTTPStatus.OK
    titles = {item["title"] for item in response.json()["items"]}
    assert {"Mācības", "Learning", "Case studies", "Pieredzes apmaiņa"} <= titles


def test_api__filters_by_locale_and_type_with_fields(client, site_tree):
    response = client.get(
        "/api/v2/pages/",
        {"type": "learning.LearningIndexPage", "locale": "en", "fields": "intro"},
    )

    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Learning"]
    assert items[0]["intro"].startswith("<p>")
    assert items[0]["meta"]["locale"] == "en"


def test_api__hides_unpublished_pages(client, site_tree):
    site_tree.pages[("en", "exchanges")].unpublish()

    response = client.get("/api/v2/pages/", {"locale": "en"})

    assert "Exchanges" not in {item["title"] for item in response.json()["items"]}


@pytest.mark.parametrize("query", [{"limit": "abc"}, {"offset": "-1"}, {"type": "no.Such"}])
def test_api__bad_parameters_are_a_400_not_a_500(client, site_tree, query):
    response = client.get("/api/v2/pages/", query)

    assert response.status_code == HTTPStatus.BAD_REQUEST
