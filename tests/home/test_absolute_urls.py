"""Absolute addresses name the host and port the reader used, or BASE_URL when it is set."""

import csv
import io

import pytest

from casestudies.factories import CaseStudyPageFactory
from exchanges.factories import VisitFactory

HOST = "planosana.example.lv:8080"


@pytest.fixture
def case(site_tree):
    return CaseStudyPageFactory(
        parent=site_tree.pages[("lv", "case-studies")], slug="vaxjo", title="Vekše"
    )


def test_api__detail_and_html_urls_name_the_host_and_port_asked_on(client, case):
    response = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage"}, HTTP_HOST=HOST)

    meta = response.json()["items"][0]["meta"]
    assert meta["detail_url"] == f"http://{HOST}/api/v2/pages/{case.pk}/"
    assert meta["html_url"] == f"http://{HOST}/lv/case-studies/vaxjo/"
    detail = client.get(f"/api/v2/pages/{case.pk}/", HTTP_HOST=HOST).json()
    assert detail["meta"]["parent"]["meta"]["detail_url"].startswith(f"http://{HOST}/api/")
    assert detail["meta"]["parent"]["meta"]["html_url"] == f"http://{HOST}/lv/case-studies/"


def test_visits_api__detail_url_names_the_host_and_port_asked_on(client, site_tree):
    visit = VisitFactory(is_public=True)

    response = client.get("/api/v2/visits/", HTTP_HOST=HOST)

    [item] = response.json()["items"]
    assert item["meta"]["detail_url"] == f"http://{HOST}/api/v2/visits/{visit.pk}/"


def test_case_export__url_column_names_the_host_and_port_asked_on(client, case):
    response = client.get("/lv/case-studies/", {"format": "csv"}, HTTP_HOST=HOST)

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][-1] == f"http://{HOST}/lv/case-studies/vaxjo/"


def test_base_url__when_set_names_every_absolute_address(client, case, settings):
    settings.BASE_URL = "https://energoplanosana.lv"

    api = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage"}, HTTP_HOST=HOST)
    export = client.get("/lv/case-studies/", {"format": "csv"}, HTTP_HOST=HOST)
    robots = client.get("/robots.txt", HTTP_HOST=HOST)

    meta = api.json()["items"][0]["meta"]
    assert meta["html_url"] == "https://energoplanosana.lv/lv/case-studies/vaxjo/"
    assert meta["detail_url"] == f"https://energoplanosana.lv/api/v2/pages/{case.pk}/"
    assert "https://energoplanosana.lv/lv/case-studies/vaxjo/" in export.content.decode()
    assert "Sitemap: https://energoplanosana.lv/sitemap.xml" in robots.content.decode()


def test_pages__links_inside_the_site_stay_relative(client, case):
    html = client.get("/lv/case-studies/", HTTP_HOST=HOST).content.decode()

    assert 'href="/lv/case-studies/vaxjo/"' in html
    assert "http://localhost" not in html
