"""Everything that needs a login tells browsers and shared caches not to keep it."""

from http import HTTPStatus

from django.utils.cache import cc_delim_re

from tests.exchanges.conftest import build_world
from tests.exchanges.test_permissions import CASES
from tests.test_url_coverage import LOGIN, PARAMETERLESS, URL_POLICY


def directives(response):
    return {part.strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}


def test_every_login_required_url__is_private_and_not_stored(client, site_tree):
    world = build_world(site_tree)
    client.force_login(world.users["coordinator"])
    urls = [PARAMETERLESS[name] for name in PARAMETERLESS if URL_POLICY[name] == LOGIN]
    # Every exchanges route: workspace, visits, advice, measures, advice.csv among them.
    urls += [case.url(world) for case in CASES.values() if case.method == "get"]

    failed = {}
    for url in dict.fromkeys(urls):
        response = client.get(url)
        if response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR and not {
            "private",
            "no-store",
        } <= directives(response):
            failed[url] = response.get("Cache-Control", "")
    assert failed == {}


def test_anonymous_public_page__stays_cacheable(client, site_tree):
    response = client.get(site_tree.homes["lv"].url)

    assert "private" not in directives(response)
