"""The case library's listing: its filters, the cached count and pages of cards, and the export.

Nothing here imports the case pages: `models.index` and `models.case` hand it their querysets
and instances, so the pages can use it without the library depending back on them.
"""

from types import SimpleNamespace
from urllib.parse import quote

from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _

from core.export import spreadsheet_response
from learning.models import SecapStep, Sector

from .choices import ChoiceLabels

PER_PAGE = 12
EXPORT_FORMATS = {"csv", "xlsx"}
FILTERS = ("q", "sector", "step", "country", "kind", "status", "tag")


def filter_key(filters):
    """The filters as a cache key: the same choices give the same key in any order."""
    return tuple(
        (name, tuple(sorted(value)) if isinstance(value, list) else value)
        for name, value in sorted(filters.items())
    )


def taxonomy_choices(locale_id):
    """(slug, name) of the sectors and (number, title) of the SECAP steps, in their order."""
    return (
        list(Sector.objects.filter(locale_id=locale_id).values_list("slug", "name")),
        list(SecapStep.objects.filter(locale_id=locale_id).values_list("number", "title")),
    )


def listed_countries(cases):
    """The countries of the listed cases, for the country filter."""
    codes = cases.order_by().values_list("country", flat=True).distinct()
    return sorted(code for code in codes if code)


class PagedByKey:
    """A sorted list that the paginator slices by primary key before loading whole rows.

    Sorting ten thousand full rows to keep twelve was most of the library's time on SQLite;
    here the database sorts only keys, in a subquery, and `rows` loads the ones kept, in the
    same query. Iterating gives every row (the export).
    """

    def __init__(self, queryset, rows, every_row):
        self.queryset, self.rows, self.every_row = queryset, rows, every_row

    def count(self):
        return self.queryset.count()

    def __len__(self):
        return self.count()

    def __iter__(self):
        return iter(self.every_row)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("PagedByKey only supports the paginator's slices.")
        return self.rows(self.queryset.values("pk")[key])


class Listing:
    """What the paginator counts and slices: the count and each page of cards are cached.

    `found()` builds the query (or search) only when the count or the page is not stored yet.
    """

    def __init__(self, snapshot, key, found, library_url):
        self.snapshot, self.key, self.library_url = snapshot, key, library_url
        self._found, self._built = found, None

    def found(self):
        if self._built is None:
            self._built = self._found()
        return self._built

    def count(self):
        return self.snapshot.cached("count", self.key, lambda: self.found().count())

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("Listing only supports the paginator's slices.")
        rows = self.snapshot.cached(
            "cards", (*self.key, key.start, key.stop), lambda: card_rows(self.found()[key])
        )
        return [Card(*row, library_url=self.library_url) for row in rows]


def card_rows(cases):
    """What a card shows of each case, as plain values the cache stores cheaply."""
    return [
        (
            case.pk,
            case.slug,
            case.title,
            case.city,
            case.country,
            case.kind,
            case.status,
            case.summary,
            tuple(sector.name for sector in case.sectors.all()),
        )
        for case in cases
    ]


class Card(ChoiceLabels):
    """One case in the list, drawn without loading the page: its labels are translated when
    shown, in the reader's language, and its URL is the library's plus its slug, as Wagtail
    builds it for a child page (`Page.get_url_parts`)."""

    __slots__ = (
        "pk",
        "slug",
        "title",
        "city",
        "country",
        "kind",
        "status",
        "summary",
        "sector_names",
        "url",
    )

    def __init__(
        self, pk, slug, title, city, country, kind, status, summary, sector_names, *, library_url
    ):
        self.pk, self.slug, self.title, self.city = pk, slug, title, city
        self.country, self.kind, self.status, self.summary = country, kind, status, summary
        self.sector_names = sector_names
        self.url = f"{library_url}{quote(slug)}/"


EXPORT_COLUMNS = [
    ("title", lambda case: case.title),
    ("city", lambda case: case.city),
    ("country", lambda case: case.country),
    ("kind", lambda case: str(case.kind_name)),
    ("status", lambda case: str(case.status_name)),
    ("start_year", lambda case: case.start_year),
    ("sectors", lambda case: "; ".join(sector.name for sector in case.sectors.all())),
    ("co2_tonnes_per_year", lambda case: case.co2_tonnes_per_year),
    ("mwh_saved_per_year", lambda case: case.mwh_saved_per_year),
    ("mwh_renewable_per_year", lambda case: case.mwh_renewable_per_year),
    ("investment_eur", lambda case: case.investment_eur),
    ("funding_sources", lambda case: case.funding_sources),
    ("url", None),  # the case page on the address the reader used
]


def _rows(cases, request):
    for case in cases:
        yield [
            getter(case) if getter else case.get_full_url(request)
            for _name, getter in EXPORT_COLUMNS
        ]


def _heading(model, name):
    """A column's heading in the reader's language: the field's own label, as in the admin."""
    if name == "url":
        return _("URL")
    return capfirst(model._meta.get_field(name).verbose_name)


def export_response(model, cases, export, index, request):
    headers = [_heading(model, name) for name, _getter in EXPORT_COLUMNS]
    filename = slugify(index.title) or "case-studies"
    return spreadsheet_response(
        headers,
        _rows(cases, request),
        filename=filename,
        export=export,
        sheet_name=_("Case studies"),
    )


def records(dicts):
    """Rows the template and tests read by attribute, like the pages and snippets they name."""
    return [SimpleNamespace(**row) for row in dicts]
