"""The case library's filtering, sorting, export and the case page's related content."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.text import slugify
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import ReferenceIndex

from config.collation import latvian_order
from config.export import spreadsheet_response
from config.pagination import paginate
from learning.models import LessonPage, SecapStep, Sector

from . import caching
from .choices import Sort
from .forms import CaseFilterForm
from .models import CaseStudyPage, CaseStudyTag

PER_PAGE = 12
EXPORT_FORMATS = {"csv", "xlsx"}


def library_context(request, index):
    locale_id = index.locale_id
    # Filters below are plain lookups or `pk__in` subqueries so that search runs in the same
    # query (search backends accept only those; see `config.pages.public_searchable`), and so
    # that relations never join the list itself: no duplicate rows, no DISTINCT over them all.
    cases = CaseStudyPage.objects.child_of(index).live().public_searchable()
    sectors = list(Sector.objects.filter(locale_id=locale_id))
    steps = list(SecapStep.objects.filter(locale_id=locale_id))
    countries = _countries(index, cases)
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

    found = cases
    if values.get("sector"):
        links = CaseStudyPage.sectors.through.objects.filter(
            sector__slug__in=values["sector"], sector__locale_id=locale_id
        )
        found = found.filter(pk__in=links.values("casestudypage_id"))
    if values.get("step"):
        links = CaseStudyPage.steps.through.objects.filter(secapstep__number=values["step"])
        found = found.filter(pk__in=links.values("casestudypage_id"))
    for name in ("country", "kind", "status"):
        if values.get(name):
            found = found.filter(**{name: values[name]})
    if values.get("tag"):
        tagged = CaseStudyTag.objects.filter(tag__slug=values["tag"])
        found = found.filter(pk__in=tagged.values("content_object_id"))

    sort = values.get("sort") or Sort.NEWEST
    if sort == Sort.TITLE:
        order = [latvian_order("title").asc(), F("pk").asc()]
    elif sort == Sort.CO2:
        order = [F("co2_tonnes_per_year").desc(nulls_last=True), F("pk").asc()]
    else:
        order = [F("first_published_at").desc(nulls_last=True), F("pk").desc()]

    def with_rows(queryset):
        return queryset.order_by(*order).prefetch_related("sectors").defer_streamfields()

    if values.get("q"):
        # In the reader's order, not by relevance; the match runs inside the list's query.
        found = listed = with_rows(found).search(values["q"], order_by_relevance=False)
    else:
        listed = PagedByKey(
            found.order_by(*order),
            lambda kept: with_rows(CaseStudyPage.objects.filter(pk__in=kept)),
        )
        found = with_rows(found)

    export = request.GET.get("format", "").lower()
    if export and export not in EXPORT_FORMATS:
        notices.append(_("Export formats are CSV and XLSX; the list is shown instead."))
        export = ""
    page_obj = paginate(request, listed, PER_PAGE)
    filters = ("q", "sector", "step", "country", "kind", "status", "tag")
    active = any(values.get(name) for name in filters)
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("format", None)
    return {
        "filter_form": form,
        "filter_values": values,
        "filters_active": active,
        "notices": notices,
        "results": page_obj,
        "all_results": found,
        "export_format": export,
        "export_query": query.urlencode(),
        "sectors": sectors,
        # The count is known by now; only an empty filtered list needs to ask.
        "library_has_cases": page_obj.paginator.count > 0 or (active and cases.exists()),
    }


def _countries(index, cases):
    """The countries of the listed cases, for the country filter (cached: `caching`)."""

    def compute():
        codes = cases.order_by().values_list("country", flat=True).distinct()
        return sorted(code for code in codes if code)

    return caching.cached("countries", index.pk, compute)


class PagedByKey:
    """A sorted list that the paginator slices by primary key before loading whole rows.

    Sorting ten thousand full rows to keep twelve was most of the library's time on SQLite;
    here the database sorts only keys, in a subquery, and `rows` loads the ones kept, in the
    same query.
    """

    def __init__(self, queryset, rows):
        self.queryset, self.rows = queryset, rows

    def count(self):
        return self.queryset.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("PagedByKey only supports the paginator's slices.")
        return self.rows(self.queryset.values("pk")[key])


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
    ("url", lambda case: case.full_url),
]


def _rows(cases):
    for case in cases:
        yield [getter(case) for _name, getter in EXPORT_COLUMNS]


def export_response(cases, export, index):
    headers = [name for name, _getter in EXPORT_COLUMNS]
    filename = slugify(index.title) or "case-studies"
    return spreadsheet_response(
        headers, _rows(cases), filename=filename, export=export, sheet_name="cases"
    )


def case_context(case, request):
    # A preview shows the draft's links, held in memory; a served page reads the database.
    preview = getattr(request, "is_preview", False) or case.pk is None
    if preview:
        sectors, steps, tags = (
            list(case.sectors.all()),
            list(case.steps.all()),
            list(case.tags.all()),
        )
    else:
        sectors, steps, tags = _classification(case)
    return {
        "library_url": case.get_parent().url,
        "sectors": sectors,
        "tags": tags,
        "steps": steps,
        "related_cases": _related(case, sectors, tags, preview=preview),
        "referencing_lessons": _referencing_lessons(case),
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


def _related(case, sectors, tags, preview=False):
    """Three live cases in the same language sharing the most sectors and tags with `case`.

    Ranking reads every case that shares something (thousands at European scale), so the
    ranking is kept (`caching`) and only the three cases are read on each request, live and
    public then, whatever the cache holds. A preview ranks its draft's links afresh.
    """
    if preview or case.pk is None:
        ranked_ids = _rank_related(case, sectors, tags)
    else:
        ranked_ids = caching.cached("related", case.pk, lambda: _rank_related(case, sectors, tags))
    found = CaseStudyPage.objects.live().public().filter(pk__in=ranked_ids).defer_streamfields()
    by_id = {related.pk: related for related in found}
    return [by_id[pk] for pk in ranked_ids if pk in by_id]


def _rank_related(case, sectors, tags):
    """Primary keys of the three cases sharing the most sectors and tags, then by title.

    The link tables lead (`pk__in`), so the database reads only cases sharing something.
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
    return list(
        CaseStudyPage.objects.live()
        .public()
        .filter(locale_id=case.locale_id, pk__in=candidates)
        .exclude(pk=case.pk)
        .annotate(
            shared=shared(sector_links, "casestudypage_id") + shared(tag_links, "content_object_id")
        )
        .order_by("-shared", "title")
        .values_list("pk", flat=True)[:3]
    )


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
