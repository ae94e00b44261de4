"""The site shell's links (home, menu, accessibility statement), cached per site and language.

Every page renders the header and footer, so their few queries would run on every request;
they change only when an editor publishes, unpublishes, moves or deletes a page, and the
signal handlers bump a generation number that retires every cached copy at once.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

from config.generations import Generation

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
            workspace_url = child.get_url(request) + model.get_resolver().reverse("workspace")
        if child.show_in_menus:
            nav.append(_link(child, request))
    return Shell(
        home=_link(home, request),
        nav_pages=tuple(nav),
        accessibility_page=accessibility,
        workspace_url=workspace_url,
    )


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
invalidate = GENERATION.bump
