"""The case library's filtering, sorting, export and the case page's related content."""

from types import SimpleNamespace
from urllib.parse import quote

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import ReferenceIndex, Site

from config.collation import latvian_order
from config.export import spreadsheet_response
from config.pagination import paginate
from learning.models import LessonPage, SecapStep, Sector

from . import caching
from .choices import Sort
from .forms import CaseFilterForm
from .models import CaseStudyPage, CaseStudyTag, ChoiceLabels

PER_PAGE = 12
EXPORT_FORMATS = {"csv", "xlsx"}


def library_context(request, index):
    """The filter form, one page of cards and the counts, most of them from the cache.

    Counting, sorting and paging thousands of cases, and the filter choices, are the same for
    every reader until the library changes (`caching`); only the reader's own page of cards
    is drawn on each request, its labels in the reader's language.
    """
    snapshot = caching.Snapshot()
    locale_id = index.locale_id
    sectors, steps = snapshot.cached("taxonomy", locale_id, lambda: _taxonomy(locale_id))

    # Built only when something is not in the cache: `public_searchable()` reads the private
    # sections when it is called.
    def cases():
        return CaseStudyPage.objects.child_of(index).live().public_searchable()

    countries = snapshot.cached("countries", index.pk, lambda: _countries(cases()))
    form = CaseFilterForm(request.GET, sectors=sectors, steps=steps, countries=countries)
    values, invalid = form.valid_values()
    notices = []
    if invalid:
        labels = ", ".join(str(form.fields[name].label) for name in invalid)
        notices.append(
            _("These filters had values we could not use and were ignored: %(names)s.")
            % {"names": labels}
        )
    unknown = form.unknown_parameters()
    if unknown:
        notices.append(
            _("Unknown parameters were ignored: %(names)s.") % {"names": ", ".join(unknown)}
        )

    filters = {name: values.get(name) for name in FILTERS if values.get(name)}
    sort = values.get("sort") or Sort.NEWEST
    export = request.GET.get("format", "").lower()
    if export and export not in EXPORT_FORMATS:
        notices.append(_("Export formats are CSV and XLSX; the list is shown instead."))
        export = ""
    if export:
        # Every row, read afresh: a download is rare and must match the database.
        return {"export_format": export, "all_results": _found(cases(), filters, sort, index)}

    library_url = index.get_url(request)
    listing = Listing(
        snapshot,
        (index.pk, _filter_key(filters), sort),
        lambda: _found(cases(), filters, sort, index),
        library_url,
    )
    page_obj = paginate(request, listing, PER_PAGE)
    active = bool(filters)
    if active and not page_obj.paginator.count:
        unfiltered = Listing(snapshot, (index.pk, _filter_key({}), Sort.NEWEST), cases, library_url)
        library_has_cases = unfiltered.count() > 0
    else:
        library_has_cases = page_obj.paginator.count > 0
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("format", None)
    return {
        "filter_form": form,
        "filter_selects": form.selects(values),
        "filter_values": values,
        "filters_active": active,
        # Each sector ticked counts, as each one narrows the list.
        "filters_count": sum(
            len(v) if isinstance(v, list | tuple) else 1 for v in filters.values()
        ),
        "notices": notices,
        "results": page_obj,
        "export_format": "",
        "export_query": query.urlencode(),
        "library_url": library_url,
        "library_has_cases": library_has_cases,
    }


FILTERS = ("q", "sector", "step", "country", "kind", "status", "tag")


def _filter_key(filters):
    """The filters as a cache key: the same choices give the same key in any order."""
    return tuple(
        (name, tuple(sorted(value)) if isinstance(value, list) else value)
        for name, value in sorted(filters.items())
    )


def _taxonomy(locale_id):
    """(slug, name) of the sectors and (number, title) of the SECAP steps, in their order."""
    return (
        list(Sector.objects.filter(locale_id=locale_id).values_list("slug", "name")),
        list(SecapStep.objects.filter(locale_id=locale_id).values_list("number", "title")),
    )


def _countries(cases):
    """The countries of the listed cases, for the country filter."""
    codes = cases.order_by().values_list("country", flat=True).distinct()
    return sorted(code for code in codes if code)


def _found(cases, filters, sort, index):
    """The listed cases that pass `filters`, in the `sort` order: a queryset, or search results.

    Filters are plain lookups or `pk__in` subqueries so that search runs in the same query
    (search backends accept only those; see `config.pages.public_searchable`), and so that
    relations never join the list itself: no duplicate rows, no DISTINCT over them all.
    """
    locale_id = index.locale_id
    found = cases
    if filters.get("sector"):
        links = CaseStudyPage.sectors.through.objects.filter(
            sector__slug__in=filters["sector"], sector__locale_id=locale_id
        )
        found = found.filter(pk__in=links.values("casestudypage_id"))
    if filters.get("step"):
        links = CaseStudyPage.steps.through.objects.filter(secapstep__number=filters["step"])
        found = found.filter(pk__in=links.values("casestudypage_id"))
    for name in ("country", "kind", "status"):
        if filters.get(name):
            found = found.filter(**{name: filters[name]})
    if filters.get("tag"):
        tagged = CaseStudyTag.objects.filter(tag__slug=filters["tag"])
        found = found.filter(pk__in=tagged.values("content_object_id"))

    if sort == Sort.TITLE:
        order = [latvian_order("title").asc(), F("pk").asc()]
    elif sort == Sort.CO2:
        order = [F("co2_tonnes_per_year").desc(nulls_last=True), F("pk").asc()]
    else:
        order = [F("first_published_at").desc(nulls_last=True), F("pk").desc()]

    def with_rows(queryset):
        return queryset.order_by(*order).prefetch_related("sectors").defer_streamfields()

    if filters.get("q"):
        # In the reader's order, not by relevance; the match runs inside the list's query.
        return with_rows(found).search(filters["q"], order_by_relevance=False)
    return PagedByKey(
        found.order_by(*order),
        lambda kept: with_rows(CaseStudyPage.objects.filter(pk__in=kept)),
        every_row=with_rows(found),
    )


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
            "cards", (*self.key, key.start, key.stop), lambda: _card_rows(self.found()[key])
        )
        return [Card(*row, library_url=self.library_url) for row in rows]


def _card_rows(cases):
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


def _heading(name):
    """A column's heading in the reader's language: the field's own label, as in the admin."""
    if name == "url":
        return _("URL")
    return capfirst(CaseStudyPage._meta.get_field(name).verbose_name)


def export_response(cases, export, index, request):
    headers = [_heading(name) for name, _getter in EXPORT_COLUMNS]
    filename = slugify(index.title) or "case-studies"
    return spreadsheet_response(
        headers,
        _rows(cases, request),
        filename=filename,
        export=export,
        sheet_name=_("Case studies"),
    )


def case_context(case, request):
    """What the case page shows besides its own fields.

    What comes from the library (its classification, related cases, the lessons that use it,
    its sources) changes only when the library does: a served page keeps it in the cache
    (`caching`), as plain values, per site (its links are the site's). Visits, adoptions and
    the gallery are read on each request. A preview shows the draft's links, held in memory,
    and ranks them afresh, outside the cache.
    """
    preview = getattr(request, "is_preview", False) or case.pk is None
    if preview:
        library = _library_part(
            case,
            request,
            list(case.sectors.all()),
            list(case.steps.all()),
            list(case.tags.all()),
            list(case.sources.all()),
        )
    else:
        site = Site.find_for_request(request)
        library = caching.cached(
            "case",
            (case.pk, site.pk if site else None),
            lambda: _library_part(case, request, *_classification(case), _sources(case)),
        )
    return {
        "library_url": library["library_url"],
        "sectors": _records(library["sectors"]),
        "steps": _records(library["steps"]),
        "tags": _records(library["tags"]),
        "sources": _records(library["sources"]),
        "related_cases": _records(library["related"]),
        "referencing_lessons": _records(library["lessons"]),
        # Served pages know whether they have any (`CaseStudyPage.routed_queryset`).
        "gallery": list(
            case.gallery_images.select_related("image").prefetch_related("image__renditions")
        )
        if getattr(case, "has_gallery", True)
        else [],
        # Public visits only; exchanges owns the rule (`VisitQuerySet.public`).
        "visits": case.exchange_visits.model.objects.public()
        .filter(case_studies__translation_key=case.translation_key)
        .order_by("-starts_at")[:5]
        .with_public_urls(),
        "adopted_by": _adopted_by(case),
    }


def _library_part(case, request, sectors, steps, tags, sources):
    """The library's part of the case page as plain values, which the cache stores cheaply."""
    related = _related(case, sectors, tags)
    return {
        "library_url": case.get_parent().get_url(request),
        "sectors": [{"pk": s.pk, "name": s.name, "slug": s.slug} for s in sectors],
        "steps": [{"pk": s.pk, "number": s.number, "title": s.title} for s in steps],
        "tags": [{"pk": t.pk, "name": t.name, "slug": t.slug} for t in tags],
        "sources": [{"title": s.title, "url": s.url} for s in sources],
        "related": [
            {
                "pk": r.pk,
                "slug": r.slug,
                "title": r.title,
                "city": r.city,
                "url": r.get_url(request),
            }
            for r in related
        ],
        "lessons": [
            {"pk": lesson.pk, "title": lesson.title, "url": lesson.get_url(request)}
            for lesson in _referencing_lessons(case)
        ],
    }


def _records(dicts):
    """Rows the template and tests read by attribute, like the pages and snippets they name."""
    return [SimpleNamespace(**row) for row in dicts]


def _sources(case):
    return list(case.sources.all())


SECTOR, STEP, TAG = 0, 1, 2


def _classification(case):
    """The case's sectors, SECAP steps and tags, read in one query: a UNION of link tables.

    Each becomes an unsaved instance holding what the page shows (names, slugs, numbers), in
    the order of the separate queries: sectors by their order then name, steps by number, tags
    as they were added.
    """
    sectors = CaseStudyPage.sectors.through.objects.filter(casestudypage_id=case.pk).values(
        kind=Value(SECTOR),
        key=F("sector_id"),
        name=F("sector__name"),
        slug=F("sector__slug"),
        rank=F("sector__sort_order"),
    )
    steps = CaseStudyPage.steps.through.objects.filter(casestudypage_id=case.pk).values(
        kind=Value(STEP),
        key=F("secapstep_id"),
        name=F("secapstep__title"),
        slug=F("secapstep__title"),
        rank=F("secapstep__number"),
    )
    tags = CaseStudyTag.objects.filter(content_object_id=case.pk).values(
        kind=Value(TAG), key=F("tag_id"), name=F("tag__name"), slug=F("tag__slug"), rank=F("pk")
    )
    found = {SECTOR: [], STEP: [], TAG: []}
    for row in sectors.union(steps, tags, all=True).order_by("kind", "rank", "name"):
        pk, name, slug, rank = row["key"], row["name"], row["slug"], row["rank"]
        if row["kind"] == SECTOR:
            found[SECTOR].append(Sector(pk=pk, name=name, slug=slug, sort_order=rank))
        elif row["kind"] == STEP:
            found[STEP].append(SecapStep(pk=pk, title=name, number=rank))
        else:
            found[TAG].append(Tag(pk=pk, name=name, slug=slug))
    return found[SECTOR], found[STEP], found[TAG]


def _related(case, sectors, tags):
    """Three live, public cases in the same language sharing the most sectors and tags with
    `case`, then by title.

    Ranking reads every case that shares something (thousands at European scale); a served
    page keeps the result with the rest of its library part (`case_context`). The link tables
    lead (`pk__in`), so the database reads only cases sharing something.
    """
    sector_links = CaseStudyPage.sectors.through.objects.filter(
        sector_id__in=[sector.pk for sector in sectors]
    )
    tag_links = CaseStudyTag.objects.filter(tag_id__in=[tag.pk for tag in tags])

    def shared(links, column):
        per_case = links.filter(**{column: OuterRef("pk")}).order_by().values(column)
        return Coalesce(Subquery(per_case.annotate(n=Count("*")).values("n")), 0)

    candidates = sector_links.values("casestudypage_id").union(
        tag_links.values("content_object_id")
    )
    ranked = (
        CaseStudyPage.objects.live()
        .public()
        .filter(locale_id=case.locale_id, pk__in=candidates)
        .annotate(
            shared=shared(sector_links, "casestudypage_id") + shared(tag_links, "content_object_id")
        )
        .order_by("-shared", "title")
        .defer_streamfields()
    )
    if case.pk is not None:
        ranked = ranked.exclude(pk=case.pk)
    return list(ranked[:3])


def _referencing_lessons(case):
    """Live lessons whose body links to the case, found in Wagtail's reference index."""
    references = (
        ReferenceIndex.get_references_to(case)
        .filter(content_type=ContentType.objects.get_for_model(LessonPage))
        .values(page_id=Cast("object_id", IntegerField()))
    )
    return list(LessonPage.objects.live().public().filter(pk__in=references).defer_streamfields())


def _adopted_by(case):
    """Municipalities that took the practice into their plan (exchanges.Measure)."""
    if hasattr(case, "adopted_by"):  # served pages bring it (`CaseStudyPage.routed_queryset`)
        return case.adopted_by
    return (
        case.adoptions.model.objects.filter(adopted_from__translation_key=case.translation_key)
        .values("municipality")
        .distinct()
        .count()
    )
