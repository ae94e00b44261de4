"""The site shell: the Site answering a request, and its links (home, menu, accessibility
statement), cached per host, site and language.

Every page needs the Site and renders the header and footer, so their queries would run on
every request (Wagtail's Site lookup alone is a query and 3 ms of Python on each); they change
only when an editor publishes, unpublishes, moves or deletes a page or edits a Site, and the
signal handlers advance a generation number that retires every cached copy at once.
"""

from contextlib import suppress
from dataclasses import dataclass

from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Site

from core.generations import Generation

GENERATION = Generation("site-shell")
TIMEOUT = 60 * 60


@dataclass(frozen=True)
class Link:
    pk: int
    path: str
    title: str
    url: str


@dataclass(frozen=True)
class Shell:
    home: Link | None
    nav_pages: tuple[Link, ...]
    accessibility_page: Link | None
    workspace_url: str = ""


EMPTY = Shell(home=None, nav_pages=(), accessibility_page=None)


def _link(page, request):
    return Link(pk=page.pk, path=page.path, title=page.title, url=page.get_url(request))


def _build(site, request):
    from exchanges.models import ExchangesIndexPage

    from .models import AccessibilityStatementPage

    home = site.root_page.localized
    children = home.get_children().live().public().select_related("content_type")
    accessibility = None
    workspace_url = ""
    nav = []
    for child in children:
        model = child.content_type.model_class()
        if model is AccessibilityStatementPage:
            accessibility = _link(child, request)
            continue
        if model is ExchangesIndexPage:
            workspace_url = reverse("exchanges:workspace")
        if child.show_in_menus:
            nav.append(_link(child, request))
    return Shell(
        home=_link(home, request),
        nav_pages=tuple(nav),
        accessibility_page=accessibility,
        workspace_url=workspace_url,
    )


def find_site(request):
    """Wagtail's `Site.find_for_request`, answered from the cache.

    Wagtail keeps the Site on the request as `_wagtail_site` and asks the database once per
    request; storing it there first makes every later lookup in the request use this one.
    Measured with Wagtail 8.0: without it every page makes one query more (bench/run.py at
    scale: a lesson 5 instead of 4, a case page 7 instead of 6), which would take the home
    page in English for a mentee (15, tests/home/test_pages.py) over its budget.
    """
    if not hasattr(request, "_wagtail_site"):
        # The raw host, as Wagtail matches it: a host outside ALLOWED_HOSTS is refused later.
        hostname = split_domain_port(request._get_raw_host())[0]
        key = GENERATION.key("site", hostname, request.get_port())
        stored = cache.get(key)
        if stored is None:
            stored = (Site._find_for_request(request),)  # a tuple, so that "no site" is kept too
            cache.set(key, stored, TIMEOUT)
        request._wagtail_site = stored[0]
    return request._wagtail_site


class SiteMiddleware:
    """Finds the request's Site from the cache before Wagtail or the shell ask for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # With the database down, whatever needs the Site asks again inside the view, where
        # the outage middleware answers 503 (and a health check needs no Site).
        with suppress(OperationalError, InterfaceError):
            find_site(request)
        return self.get_response(request)


def get_shell(request):
    site = Site.find_for_request(request)
    if site is None:
        return EMPTY
    key = GENERATION.key(site.pk, get_language())
    shell = cache.get(key)
    if shell is None:
        shell = _build(site, request)
        cache.set(key, shell, TIMEOUT)
    return shell


# Retire every cached shell; called whenever the page tree visibly changes.
retire = GENERATION.retire
