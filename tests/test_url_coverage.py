"""Every URL of the site has a declared access rule, and a new one cannot slip in unnoticed.

The admin (everything under /admin/) is Wagtail's, behind its own login and permissions, and
checked in tests/home/test_permissions.py. Everything else is listed here with who may use it;
the detailed role × object matrices live beside each app's tests (tests/exchanges/
test_permissions.py covers every exchanges route and fails on a new one).
"""

import re
from http import HTTPStatus

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin

PUBLIC, LOGIN, TOKEN = "anyone", "logged-in user", "holder of a secret address"

URL_POLICY = {
    "healthz": PUBLIC,
    "robots": PUBLIC,
    "sitemap": PUBLIC,
    "wagtaildocs_serve": "collection restrictions; evidence only for readers of its advice",
    "wagtaildocs_authenticate_with_password": PUBLIC,
    "wagtailapi:pages:listing": PUBLIC,
    "wagtailapi:pages:detail": PUBLIC,
    "wagtailapi:pages:find": PUBLIC,
    "wagtailapi:visits:listing": PUBLIC,
    "wagtailapi:visits:detail": PUBLIC,
    "wagtailapi:visits:find": PUBLIC,
    "api-not-found": PUBLIC,
    "home:search": PUBLIC,
    "home:search-suggestions": PUBLIC,
    "home:login": PUBLIC,
    "home:logout": PUBLIC,
    "home:my-data": LOGIN,
    "home:password-change": LOGIN,
    "home:password-change-done": LOGIN,
    "home:password-reset": PUBLIC,
    "home:password-reset-done": PUBLIC,
    "home:password-reset-confirm": TOKEN,
    "home:password-reset-complete": PUBLIC,
    "learning:my-learning": LOGIN,
    "learning:certificate": PUBLIC,
    "learning:certificate-pdf": "the certificate's holder and coordinators",
    "exchanges:calendar": PUBLIC,
    "exchanges:personal-calendar": TOKEN,
    "exchanges:advice-export": LOGIN,
    "exchanges:workspace": LOGIN,
    "exchanges:visit-create": "managers of the pair or group (members: 403)",
    "exchanges:visit-edit": "managers of the visit's pair or group (members: 403)",
    "exchanges:report-edit": "managers of the visit's pair or group (members: 403)",
    "exchanges:advice-create": "managers of the pair or group (members: 403)",
    "exchanges:advice": "readers of the advice; its municipality's people update it",
    "exchanges:advice-edit": "the advice's author and coordinators (readers: 403)",
    "exchanges:calendar-renew": LOGIN,
    "exchanges:measures": LOGIN,
    "exchanges:measure-create": "people of a municipality (others: 403)",
    "exchanges:measure": "readers of the measure; its editors update it, its readers comment",
    "exchanges:measure-edit": "its municipality's people and coordinators (readers: 403)",
    "exchanges:self-assessment": "people of a municipality (others: 403)",
    "exchanges:self-assessment-create": "people of a municipality (others: 403)",
    "exchanges:settings": LOGIN,
    "exchanges:adopt": "people of a municipality",
    "wagtailcore_authenticate_with_password": PUBLIC,
    "wagtailcore_login": PUBLIC,
    "wagtail_serve": "page view restrictions; routes below",
}

# Sub-URLs of routable pages, by page model.
ROUTE_POLICY = {
    "learning.ModulePage": {"index_route": PUBLIC, "module": PUBLIC, "start": LOGIN},
    "learning.LessonPage": {
        "index_route": PUBLIC,
        "lesson": PUBLIC,
        "complete": LOGIN,
        "quiz": PUBLIC,
    },
    "exchanges.ExchangesIndexPage": "tests/exchanges/test_permissions.py (full matrix)",
}

PARAMETERLESS = {
    "healthz": "/healthz",
    "robots": "/robots.txt",
    "sitemap": "/sitemap.xml",
    "home:search": "/lv/search/",
    "home:search-suggestions": "/lv/search/suggestions/",
    "home:login": "/lv/accounts/login/",
    "home:my-data": "/lv/accounts/my-data/",
    "home:password-change": "/lv/accounts/password/change/",
    "home:password-change-done": "/lv/accounts/password/change/done/",
    "home:password-reset": "/lv/accounts/password/reset/",
    "learning:my-learning": "/lv/learning/my/",
    "exchanges:calendar": "/lv/exchanges/calendar.ics",
    "exchanges:advice-export": "/lv/exchanges/workspace/advice.csv",
    "exchanges:workspace": "/lv/exchanges/workspace/",
    "exchanges:calendar-renew": "/lv/exchanges/workspace/calendar/renew/",
    "exchanges:measures": "/lv/exchanges/workspace/measures/",
    "exchanges:settings": "/lv/exchanges/workspace/settings/",
    "wagtailapi:pages:listing": "/api/v2/pages/",
    "wagtailapi:visits:listing": "/api/v2/visits/",
}


def named_urls(patterns=None, prefix="", namespace=None):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            full = ":".join(filter(None, [namespace, inner])) if inner else namespace
            yield from named_urls(pattern.url_patterns, route, full)
        elif not route.startswith("admin/"):
            yield route, ":".join(filter(None, [namespace, pattern.name]))


def test_every_url_has_an_access_rule():
    names = {name for route, name in named_urls() if name}
    if settings.DEBUG:  # pragma: no cover - development media serving
        names.discard("")

    assert names - set(URL_POLICY) == set(), "add the new URL to URL_POLICY and to a matrix"
    assert set(URL_POLICY) - names == set(), "URL_POLICY lists a URL that no longer exists"


def test_every_unnamed_url_is_development_only():
    unnamed = [route for route, name in named_urls() if not name]

    assert all(route.startswith("^media/") for route in unnamed), unnamed


def test_every_routable_page_route_has_an_access_rule():
    for model in apps.get_models():
        if issubclass(model, RoutablePageMixin):
            rules = ROUTE_POLICY.get(model._meta.label)
            assert rules is not None, f"{model._meta.label} needs a ROUTE_POLICY entry"
            if isinstance(rules, dict):
                names = {pattern.name for pattern in model.get_subpage_urls()}
                assert names == set(rules), model._meta.label


@pytest.mark.parametrize("name", PARAMETERLESS)
def test_parameterless_urls__visitors_get_what_the_rule_says(client, site_tree, name):
    response = client.get(PARAMETERLESS[name])

    if URL_POLICY[name] == LOGIN:
        assert response.status_code == HTTPStatus.FOUND
        assert "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == HTTPStatus.OK


# Malformed values for every parameter of every URL: a NUL character (refused by no database
# but PostgreSQL, read as the end of a query by SQLite's search), a NUL inside text, and an id
# wider than any integer column.
HUGE = "9" * 30
MALFORMED = {"nul": "%00", "nul-inside": "a%00b", "huge": HUGE}
PARAMETER = re.compile(r"<[^>]+>|\(\?P<\w+>[^)]*\)")
# Query parameters some page reads; each also gets the malformed values.
QUERY_PARAMETERS = ["q", "page", "next", "visit", "visits", "received", "given", "format", "sort"]


def malformed_paths(route):
    """`route` (a Django route or a routable page's regex) with each parameter made malformed."""
    route = route.removeprefix("^").removesuffix("$")
    if not PARAMETER.search(route):
        return []
    return [PARAMETER.sub(value, route) for value in MALFORMED.values()]


def every_malformed_url(world, course):
    urls = []
    for route, name in named_urls():
        if not name or name.startswith("wagtailapi:") or route.startswith("^"):
            continue  # the API's parameters: tests/home/test_api.py; regex routes: below
        urls += ["/" + path for path in malformed_paths(route)]
    # Wagtail's page serving, and the routes of every routable page.
    urls += [f"/lv/{value}/" for value in MALFORMED.values()]
    pages = [world.page, course.module["lv"], course.lessons["lv"][0]]
    for page in pages:
        for pattern in page.get_subpage_urls():
            urls += [page.url + path for path in malformed_paths(str(pattern.pattern))]
    # Every query parameter on every page that has no parameter of its own.
    plain = [
        world.page.url,
        world.url("workspace"),
        world.url("measures"),
        world.url("self-assessment"),
        world.url("advice-create", kind="pairs", pk=world.objects["pair_a"].pk),
        course.module["lv"].url,
        course.lessons["lv"][0].url + "quiz/",
        *PARAMETERLESS.values(),
    ]
    for url in plain:
        if url.startswith("/api/"):
            continue
        urls += [f"{url}?{key}={value}" for key in QUERY_PARAMETERS for value in ("%00", HUGE)]
        urls.append(f"{url}?%00=1")
    return urls


@pytest.mark.parametrize("role", ["coordinator", "mentee"])
def test_every_url__malformed_parameters_never_fail(client, site_tree, role):
    """Signed in, so every view reaches its lookups; NUL answers 400, nothing answers 5xx."""
    from tests.exchanges.conftest import build_world
    from tests.learning.conftest import build_course

    course = build_course(site_tree)
    world = build_world(site_tree)
    client.force_login(world.users[role])
    client.raise_request_exception = False

    failed = {}
    for url in every_malformed_url(world, course):
        status = client.get(url).status_code
        if status >= HTTPStatus.INTERNAL_SERVER_ERROR or ("%00" in url and status != 400):
            failed[url] = status
    assert failed == {}
