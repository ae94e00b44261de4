"""Page plumbing shared by every app's page types, outside the app chain so all can use it.

Wagtail asks the database which sections are private every time it needs to know: one query
for every `.public()` and two for every page it serves (the page's ancestors, then their view
restrictions). Here:

- `.public()` puts the condition inside the listing's own query (`NOT EXISTS` a restriction on
  the page or above it), so it costs no query of its own;
- a page served through `home.routing` already knows whether anything above it is private or
  an alias (`routed_unrestricted`), so its own check costs nothing when nothing is;
- anything else reads the list of private sections once per request (`private_sections`).
"""

import re

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet as WagtailPageQuerySet
from wagtail.signals import post_page_move

from . import request_cache
from .absolute import site_root


@request_cache.per_request
def private_sections():
    """(path, depth) of every page with a view restriction, read once per request."""
    # No DISTINCT: it makes SQLite walk the whole page table instead of the few restrictions.
    return tuple(set(PageViewRestriction.objects.values_list("page__path", "page__depth")))


# A restriction added, removed or moved with its page mid-request must not be missed.
post_save.connect(request_cache.clear, sender=PageViewRestriction, dispatch_uid="rc-pvr-save")
post_delete.connect(request_cache.clear, sender=PageViewRestriction, dispatch_uid="rc-pvr-delete")
post_page_move.connect(request_cache.clear, dispatch_uid="rc-page-move")


def in_private_section():
    """A condition on a page queryset: a view restriction sits on the page or an ancestor."""
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Exists(restricted_ancestor)


WORD = re.compile(r"\w+")


def search_terms(query):
    """The words of a query, without the punctuation search backends parse as syntax.

    A stray quote, parenthesis, colon or caret is a typo to the reader, but SQLite's FTS5
    reads it as query syntax (Wagtail's SQLite backend quotes each term but does not double a
    quote inside one) and answers with an OperationalError, which would read as an outage.
    """
    return " ".join(WORD.findall(query))


class PageQuerySet(WagtailPageQuerySet):
    def search(self, query, *args, **kwargs):
        """Wagtail's search over the words of `query` only; nothing matches when it has none."""
        if isinstance(query, str):
            query = search_terms(query)
            if not query:
                return self.none()
        return super().search(query, *args, **kwargs)

    def descendant_of_q(self, other, inclusive=False):
        """Wagtail's condition, plus the same as a range on `path` that an index can answer.

        `path LIKE 'prefix%'` cannot use an index on SQLite, whose LIKE ignores case, so every
        `child_of()` read the whole page table. Paths are digits and capitals only, which all
        sort below "[" (PostgreSQL compares `path` in the "C" collation, as SQLite does).
        """
        q = super().descendant_of_q(other, inclusive)
        return q & Q(path__gte=other.path, path__lt=other.path + "[")

    def public(self):
        """Wagtail's `public()`, decided inside this query instead of by one more."""
        return self.filter(~in_private_section())

    def public_searchable(self):
        """The same pages as `public()`, by plain lookups on `path` and `depth`.

        Search backends accept only filters on declared fields (`index.FilterField`), which
        `public()`'s subquery is not; this costs the request's one read of `private_sections`.
        """
        return self.exclude(self.private_q())

    def private_q(self):
        """Wagtail's condition for pages in a private section, from the request's list."""
        q = Q()
        for path, depth in private_sections():
            q |= Q(path__startswith=path, depth__gte=depth)
        # Matches no page when nothing is private, as Wagtail's does.
        return q if q else Q(pk__in=[])


def all_pages():
    """Pages of every type, as `Page.objects` gives them, with this module's `.public()`."""
    return PageQuerySet(Page).order_by("path")


class BasePage(Page):
    """The base of every page type in this project."""

    objects = PageManager.from_queryset(PageQuerySet)()

    class Meta:
        abstract = True

    def get_url_parts(self, request=None):
        """Wagtail's parts with the root the reader used (or BASE_URL), not the Site record's."""
        parts = super().get_url_parts(request)
        if parts is None or (request is None and not settings.BASE_URL):
            return parts
        site_id, root_url, page_path = parts
        if root_url is None:
            return parts
        return site_id, site_root(request), page_path

    # The fields whose opening words describe a page when its editor wrote no description.
    description_fields = ("intro", "summary")

    @property
    def meta_description(self):
        """The page's search description, or the opening of its introduction or summary.

        Search engines show it under the title; one short plain-text sentence or two.
        """
        from django.utils.html import strip_tags
        from django.utils.text import Truncator

        if self.search_description:
            return self.search_description
        for name in self.description_fields:
            value = getattr(self, name, "")
            text = " ".join(strip_tags(str(value or "")).split())
            if text:
                return Truncator(text).chars(160)
        return ""

    @classmethod
    def routed_queryset(cls):
        """What `home.routing` loads a page of this type from; a type adds what it shows."""
        return cls._default_manager.all()

    def get_view_restrictions(self):
        """Wagtail's check, skipped when it is known that no restriction can apply."""
        unrestricted = getattr(self, "routed_unrestricted", None)
        if unrestricted is None:
            unrestricted = not private_sections()
        if unrestricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
