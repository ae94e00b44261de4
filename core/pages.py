"""Page plumbing shared by every app's page types, outside the app chain so all can use it.

Wagtail asks the database which sections are private every time it needs to know: one query
for every `.public()` and two for every page it serves (the page's ancestors, then their view
restrictions). Two of those are answered here without a query of their own, because without
them pages go over their budget of 15 queries (the figures are in `public` and
`BasePage.get_view_restrictions`; tests/core/test_overrides.py asks for them to be measured
again when Wagtail's version changes):

- `.public()` puts the condition inside the listing's own query (`NOT EXISTS` a restriction on
  the page or above it);
- a page served through `home.routing` already knows whether anything above it is private or
  an alias (`routed_unrestricted`), so its own check costs nothing when nothing is.

Search backends filter only on declared fields, so search results use Wagtail's own
`public()` (`public_searchable`).
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet as WagtailPageQuerySet

from .absolute import site_root
from .search.fields import page_search_fields
from .search.query import expand


def in_private_section():
    """A condition on a page queryset: a view restriction sits on the page or an ancestor."""
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Exists(restricted_ancestor)


class PageQuerySet(WagtailPageQuerySet):
    def search(self, query, *args, **kwargs):
        """Wagtail's search, a query string widened to its word forms (core.search.query).

        Nothing matches a query with no word that the index holds.
        """
        if isinstance(query, str):
            query = expand(query, get_language()).query
            if query is None:
                return self.none()
            kwargs.pop("operator", None)  # every word must match; each is an `Or` of forms
        return super().search(query, *args, **kwargs)

    def descendant_of_q(self, other, inclusive=False):
        """Wagtail's condition, plus the same as a range on `path` that an index can answer.

        `path LIKE 'prefix%'` cannot use an index on SQLite, whose LIKE ignores case, so every
        `child_of()` read the whole page table. Paths are digits and capitals only, which all
        sort below "[" (PostgreSQL compares `path` in the "C" collation, as SQLite does).
        Measured with Wagtail 8.0 on SQLite at scale (bench/run.py, 20,000 case pages, best
        median of two runs): the learning index renders in 7.1 ms with this and 14.5 without,
        the case library in 7.3 and 19.1, a municipality page in 15.6 and 24.0.
        """
        q = super().descendant_of_q(other, inclusive)
        return q & Q(path__gte=other.path, path__lt=other.path + "[")

    def public(self):
        """Wagtail's `public()`, decided inside this query instead of by one more.

        Measured with Wagtail 8.0 (tests/home/test_pages.py): the home page in English for a
        mentee makes 15 queries with this and 16 with Wagtail's `public()`, over its budget.
        """
        return self.filter(~in_private_section())

    def public_searchable(self):
        """Wagtail's own `public()`, one query more, in plain lookups a search backend takes.

        Search backends accept only filters on declared fields (`path`, `depth`), which the
        subquery of `public()` here is not.
        """
        return super().public()


def all_pages():
    """Pages of every type, as `Page.objects` gives them, with this module's `.public()`."""
    return PageQuerySet(Page).order_by("path")


class BasePage(Page):
    """The base of every page type in this project."""

    shown_on_public_pages = True

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
        """Wagtail's check, skipped when routing found no restriction or alias on the way.

        Wagtail's check reads the page's ancestors and then their restrictions: two queries on
        every page served. Measured with Wagtail 8.0: the home page in English for a mentee
        makes 15 queries with this and 17 without (tests/home/test_pages.py), and at scale
        (bench/run.py) every page served from the tree pays the two queries.
        """
        if getattr(self, "routed_unrestricted", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class IndexPage(BasePage):
    """A section's front page: its title and a short introduction above what the section lists.

    Every section opens the same way, so editors meet the same field and the API and search
    read it under the same name; each section's page adds only what it lists.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short explanation of what this section offers, shown under the title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = page_search_fields("intro")
    api_fields = [APIField("intro")]

    max_count_per_parent = 1

    class Meta:
        abstract = True
