from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exchanges.factories import MunicipalityFactory, PlanningRegionFactory


@pytest.fixture
def directory(site_tree):
    kurzeme = PlanningRegionFactory(slug="kurzeme", name="Kurzemes plānošanas reģions")
    riga = PlanningRegionFactory(slug="riga", name="Rīgas plānošanas reģions")
    return {
        "liepaja": MunicipalityFactory(
            slug="liepaja", name="Liepājas valstspilsēta", region=kurzeme, baseline_year=2006
        ),
        "saldus": MunicipalityFactory(slug="saldus", name="Saldus novads", region=kurzeme),
        "cesis": MunicipalityFactory(slug="cesis", name="Cēsu novads", region=riga),
        "cekava": MunicipalityFactory(slug="cekava", name="Ķekavas novads", region=riga),
        "kuldiga": MunicipalityFactory(slug="kuldiga", name="Kuldīgas novads", region=kurzeme),
        "riga": riga,
    }


@pytest.mark.parametrize(
    "url",
    [
        "/lv/exchanges/",
        "/lv/exchanges/municipalities/",
        "/lv/exchanges/municipalities/liepaja/",
        "/lv/exchanges/regions/kurzeme/",
    ],
)
def test_directory__pages_answer_for_visitors(client, directory, url):
    response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    assert '<html lang="lv"' in response.content.decode()


def test_directory__english_pages_list_only_english_records(client, directory):
    response = client.get("/en/exchanges/municipalities/")

    assert response.status_code == HTTPStatus.OK
    assert "Liepājas valstspilsēta" not in response.content.decode()


def test_municipality__shows_its_covenant_facts(client, directory):
    html = client.get("/lv/exchanges/municipalities/liepaja/").content.decode()

    assert "Liepājas valstspilsēta" in html
    assert "2006" in html and "2020" in html
    assert 'href="/lv/exchanges/regions/kurzeme/"' in html


@pytest.mark.parametrize(
    "url", ["/lv/exchanges/municipalities/nav-tadas/", "/lv/exchanges/regions/nav-tada/"]
)
def test_directory__unknown_slug_is_a_404(client, directory, url):
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_municipality_list__is_in_latvian_alphabetical_order_on_postgresql(client, directory):
    names = [m.name for m in client.get("/lv/exchanges/municipalities/").context["municipalities"]]

    if connection.vendor == "postgresql":
        assert names == [
            "Cēsu novads",
            "Kuldīgas novads",
            "Ķekavas novads",
            "Liepājas valstspilsēta",
            "Saldus novads",
        ]
    else:  # code-point order: Ķ sorts after every ASCII letter
        assert names[-1] == "Ķekavas novads"


def test_region__lists_only_its_own_municipalities(client, directory):
    response = client.get("/lv/exchanges/regions/riga/")

    names = [m.name for m in response.context["municipalities"]]
    assert sorted(names) == ["Cēsu novads", "Ķekavas novads"]


def test_directory__escapes_editor_text(client, directory):
    municipality = directory["saldus"]
    municipality.name = '<script>alert("x")</script>'
    municipality.save()

    html = client.get("/lv/exchanges/municipalities/").content.decode()

    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("url", ["/lv/exchanges/municipalities/", "/lv/exchanges/regions/riga/"])
def test_directory__queries_do_not_grow_with_municipalities(
    client, directory, url, django_assert_max_num_queries
):
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    MunicipalityFactory.create_batch(30, region=directory["riga"])
    client.get(url)

    with django_assert_max_num_queries(15) as many:
        client.get(url)

    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize(("role", "allowed"), [("Coordinators", True), ("Mentors", False)])
def test_directory_admin__coordinators_edit_municipalities(client, directory, role, allowed):
    from home.factories import UserFactory

    client.force_login(UserFactory(roles=[role]))
    municipality = directory["liepaja"]

    response = client.get(f"/admin/snippets/exchanges/municipality/edit/{municipality.pk}/")

    if allowed:
        assert response.status_code == HTTPStatus.OK
    else:
        assert response.status_code in {HTTPStatus.FOUND, HTTPStatus.FORBIDDEN}


def test_directory__list_names_the_plan_as_the_profile_does(client, directory):
    """The list's short name is the profile's label shortened, in the reader's language."""
    listing = client.get("/lv/exchanges/municipalities/").content.decode()
    profile = client.get("/lv/exchanges/municipalities/saldus/").content.decode()

    assert "IERP (Ilgtspējīgas enerģijas rīcības plāns)" in profile
    assert '<abbr title="IERP (Ilgtspējīgas enerģijas rīcības plāns)">IERP</abbr>' in listing
    assert ">SEAP<" not in listing
