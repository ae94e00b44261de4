"""What search engines read: a description and a title of its own on every public page type,
a sitemap of both languages' public live pages, and a robots.txt that names it."""

import re
from http import HTTPStatus
from xml.etree import ElementTree

import pytest
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from tests.learning.conftest import build_course

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SITE_NAME = {"lv": "Energoplānošana pašvaldībās", "en": "Municipal Energy Planning"}


def head_of(response):
    html = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    descriptions = re.findall(r'<meta name="description" content="([^"]*)"', html)
    return title, descriptions


@pytest.fixture
def public_pages(site_tree):
    course = build_course(site_tree)
    case = CaseStudyPageFactory(
        parent=site_tree.pages[("lv", "case-studies")], summary="Tartu siltina skolas."
    )
    paths = {"/lv/", "/en/", "/lv/search/", "/en/search/?q=energ", "/lv/accounts/login/"}
    paths |= {page.url for page in site_tree.pages.values()}
    paths |= {course.module["lv"].url, course.module["en"].url, course.lessons["lv"][0].url}
    paths |= {course.roadmap["lv"].url, case.url}
    return sorted(paths)


def test_every_public_page_type__has_a_description_and_a_title_of_its_own(client, public_pages):
    titles = {}
    for path in public_pages:
        response = client.get(path)
        assert response.status_code == HTTPStatus.OK, path
        title, descriptions = head_of(response)

        assert len(descriptions) == 1 and len(descriptions[0]) > 10, (path, descriptions)
        assert title.count(SITE_NAME["lv"]) <= 1 and title.count(SITE_NAME["en"]) <= 1, title
        titles.setdefault(title, []).append(path)

    assert {title: paths for title, paths in titles.items() if len(paths) > 1} == {}


def test_home_title__is_the_site_name_once(client, site_tree):
    for code in ("lv", "en"):
        title, _ = head_of(client.get(f"/{code}/"))
        assert title == SITE_NAME[code]


def test_description__falls_back_to_the_intro_and_prefers_the_editors(client, site_tree):
    course = build_course(site_tree)
    module = course.module["lv"]

    assert head_of(client.get(module.url))[1] == ["Par SECAP izstrādi."]

    module.search_description = "Kā izstrādāt SECAP soli pa solim."
    module.save_revision().publish()
    assert head_of(client.get(module.url))[1] == ["Kā izstrādāt SECAP soli pa solim."]


def test_sitemap__lists_public_live_pages_of_both_languages_only(client, site_tree):
    course = build_course(site_tree)
    draft = CaseStudyPageFactory(parent=site_tree.pages[("lv", "case-studies")], live=False)
    private = CaseStudyPageFactory(parent=site_tree.pages[("lv", "case-studies")])
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    response = client.get("/sitemap.xml")

    assert response.status_code == HTTPStatus.OK
    root = ElementTree.fromstring(response.content)  # noqa: S314 - the site's own sitemap
    locations = {loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)}
    base = "http://testserver"  # the host the sitemap was asked on
    assert {base + "/lv/", base + "/en/"} <= locations
    assert base + course.module["en"].url in locations
    assert base + course.lessons["lv"][0].url in locations
    assert base + draft.url not in locations
    assert base + private.url not in locations
    assert not any("/workspace/" in location for location in locations)


def test_robots_txt__names_the_sitemap_on_the_request_host_and_keeps_out_private_parts(
    client, site_tree
):
    response = client.get("/robots.txt", HTTP_HOST="planosana.example.lv:8443")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://planosana.example.lv:8443/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /lv/exchanges/workspace/" in lines
    assert "Disallow: /en/exchanges/workspace/" in lines
