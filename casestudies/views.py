"""The case library's filtering, sorting, export and the case page's related content."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import ReferenceIndex

from config.collation import latvian_order
from config.export import spreadsheet_response
from config.pagination import paginate
from learning.models import LessonPage, SecapStep, Sector

from .choices import Sort
from .forms import CaseFilterForm
from .models import CaseStudyPage

PER_PAGE = 12
EXPORT_FORMATS = {"csv", "xlsx"}


def library_context(request, index):
    cases = CaseStudyPage.objects.child_of(index).live().public()
    locale_id = index.locale_id
    sectors = list(Sector.objects.filter(locale_id=locale_id))
    steps = list(SecapStep.objects.filter(locale_id=locale_id))
    countries = sorted(
        code for code in cases.order_by().values_list("country", flat=True).distinct() if code
    )
    library_has_cases = cases.exists()
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

    if values.get("sector"):
        cases = cases.filter(sectors__slug__in=values["sector"], sectors__locale_id=locale_id)
    if values.get("step"):
        cases = cases.filter(steps__number=values["step"])
    for name in ("country", "kind", "status"):
        if values.get(name):
            cases = cases.filter(**{name: values[name]})
    if values.get("tag"):
        cases = cases.filter(tags__slug=values["tag"])
    if values.get("q"):
        matches = CaseStudyPage.objects.live().filter(locale_id=locale_id).search(values["q"])
        cases = cases.filter(pk__in=[match.pk for match in matches])
    cases = cases.distinct()

    sort = values.get("sort") or Sort.NEWEST
    if sort == Sort.TITLE:
        cases = cases.order_by(latvian_order("title"), "pk")
    elif sort == Sort.CO2:
        cases = cases.order_by(F("co2_tonnes_per_year").desc(nulls_last=True), "pk")
    else:
        cases = cases.order_by(F("first_published_at").desc(nulls_last=True), "-pk")

    export = request.GET.get("format", "").lower()
    if export and export not in EXPORT_FORMATS:
        notices.append(_("Export formats are CSV and XLSX; the list is shown instead."))
        export = ""
    page_obj = paginate(request, cases.prefetch_related("sectors").defer_streamfields(), PER_PAGE)
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
        "all_results": cases,
        "export_format": export,
        "export_query": query.urlencode(),
        "sectors": sectors,
        "library_has_cases": library_has_cases,
    }


EXPORT_COLUMNS = [
    ("title", lambda case: case.title),
    ("city", lambda case: case.city),
    ("country", lambda case: case.country),
    ("kind", lambda case: case.get_kind_display()),
    ("status", lambda case: case.get_status_display()),
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
    for case in cases.prefetch_related("sectors").defer_streamfields():
        yield [getter(case) for _name, getter in EXPORT_COLUMNS]


def export_response(cases, export, index):
    headers = [name for name, _getter in EXPORT_COLUMNS]
    filename = slugify(index.title) or "case-studies"
    return spreadsheet_response(
        headers, _rows(cases), filename=filename, export=export, sheet_name="cases"
    )


def case_context(case):
    sectors, tags = list(case.sectors.all()), list(case.tags.all())
    sector_ids = [sector.pk for sector in sectors]
    tag_ids = [tag.pk for tag in tags]
    related = (
        CaseStudyPage.objects.live()
        .public()
        .filter(locale_id=case.locale_id)
        .exclude(pk=case.pk)
        .filter(Q(sectors__in=sector_ids) | Q(tags__in=tag_ids))
        .annotate(shared=Count("pk"))
        .order_by("-shared", "title")
        .defer_streamfields()[:3]
    )
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    lesson_ids = [
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(case)
        .filter(content_type=lesson_type)
        .values_list("object_id", flat=True)
    ]
    lessons = LessonPage.objects.live().public().filter(pk__in=lesson_ids).defer_streamfields()
    return {
        "library_url": case.get_parent().url,
        "sectors": sectors,
        "tags": tags,
        "steps": list(case.steps.all()),
        "related_cases": list(related),
        "referencing_lessons": list(lessons),
        # Public visits only; exchanges owns the rule (`VisitQuerySet.public`).
        "visits": case.exchange_visits.model.objects.public()
        .filter(case_studies__translation_key=case.translation_key)
        .order_by("-starts_at")[:5]
        .with_public_urls(),
        # Municipalities that took the practice into their plan (exchanges.Measure).
        "adopted_by": case.adoptions.model.objects.filter(
            adopted_from__translation_key=case.translation_key
        )
        .values("municipality")
        .distinct()
        .count(),
    }
