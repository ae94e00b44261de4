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


BIG = "9" * 30

# Wagtail API v2's own parameters, each with a value that is too large, malformed or absent.
BAD_PAGE_QUERIES = [
    {"offset": BIG},
    {"limit": BIG},
    {"order": "-no_such_field"},
    {"order": "random", "offset": "3"},
    {"fields": "*,("},
    {"fields": "no_such_field"},
    {"type": "a.b.c"},
    {"type": "wagtailcore.Site"},
    {"child_of": BIG},
    {"child_of": "-1"},
    {"descendant_of": BIG},
    {"ancestor_of": BIG},
    {"translation_of": BIG},
    {"translation_of": "x"},
    {"site": BIG},
    {"id": BIG},
    {"type": "learning.LessonPage", "minutes": BIG},
    {"no_such_parameter": "1"},
    {"search": "a", "search_operator": "xor"},
]


@pytest.mark.parametrize("query", BAD_PAGE_QUERIES, ids=lambda query: "&".join(query))
def test_api_pages__bad_parameters_answer_wagtails_json_400(client, site_tree, query):
    response = client.get("/api/v2/pages/", query)

    # Wagtail's own answer: 400 with a message, 404 for a site that is not there, or an empty
    # list where a too-large id simply matches nothing; never a 5xx, always JSON.
    assert response.status_code in (HTTPStatus.BAD_REQUEST, HTTPStatus.NOT_FOUND, HTTPStatus.OK)
    assert response["Content-Type"] == "application/json"
    assert response.json()


@pytest.mark.parametrize(
    "query", [{"offset": BIG}, {"limit": BIG}, {"order": "nope"}, {"fields": "("}]
)
def test_api_visits__bad_parameters_answer_wagtails_json_400(client, site_tree, query):
    response = client.get("/api/v2/visits/", query)

    assert response.status_code == HTTPStatus.BAD_REQUEST, response.content
    assert response.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/999999/",
        f"/api/v2/pages/{BIG}/",
        "/api/v2/pages/?locale=xx",
        "/api/v2/visits/999999/",
        f"/api/v2/visits/{BIG}/",
        "/api/v2/pages/find/",
        f"/api/v2/pages/find/?id={BIG}",
        "/api/v2/pages/find/?html_path=/lv/no-such-page/",
        "/api/v2/visits/find/?id=999999",
        "/api/v2/no-such-endpoint/",
        "/api/v3/",
    ],
)
def test_api__missing_objects_answer_json_404_and_never_a_language_redirect(client, site_tree, url):
    response = client.get(url)

    assert response.status_code == HTTPStatus.NOT_FOUND, (
        response.status_code,
        response.get("Location"),
    )
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


@pytest.mark.parametrize(
    "query",
    [{"search": "\x00"}, {"locale": "\x00"}, {"type": "\x00"}, {"html_path": "/lv/\x00/"}],
    ids=["search", "locale", "type", "html_path"],
)
def test_api__nul_bytes_answer_json_400(client, site_tree, query):
    url = "/api/v2/pages/find/" if "html_path" in query else "/api/v2/pages/"

    response = client.get(url, query)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response.json()["message"]


@pytest.mark.parametrize("language, slug", [("lv", "learning"), ("en", "learning")])
def test_api_find__html_path_with_the_language_prefix_finds_that_languages_page(
    client, site_tree, language, slug
):
    page = site_tree.pages[(language, slug)]

    response = client.get("/api/v2/pages/find/", {"html_path": page.url}, follow=True)

    assert page.url.startswith(f"/{language}/")
    assert response.status_code == HTTPStatus.OK
    assert response.json()["id"] == page.pk


@pytest.mark.parametrize("query", ["Mācības", "mācību", "macibas", "mācīb"])
def test_api__search_finds_any_form_of_a_word(client, site_tree, query):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)

    response = client.get("/api/v2/pages/", {"search": query, "locale": "lv"})

    assert response.status_code == HTTPStatus.OK
    assert "Mācības" in [item["title"] for item in response.json()["items"]]
