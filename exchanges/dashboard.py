"""The planning-region dashboard's figures: counts and statuses per municipality, no private text.

Every figure is a correlated subquery on the one query that lists the region's municipalities,
so the page makes the same number of queries for five municipalities or five hundred, and
each figure is an index lookup per municipality. The section page serves the dashboard
(`ExchangesIndexPage.region_dashboard`); this module imports the model modules it reads, never
the models package, which imports the page.
"""

import functools
from types import MappingProxyType

from django.db.models import Count, F, IntegerField, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.collation import latvian_order
from core.export import spreadsheet_response
from learning.models import Enrollment

from .choices import AdviceStatus, MeasureStatus, VisitStatus
from .models.advice import Advice, AdviceUpdate, advice_overdue
from .models.directory import Municipality
from .models.followthrough import Measure, MeasureUpdate, measure_overdue
from .models.people import Profile
from .models.visits import Visit

PER_PAGE = 50
SORTS = {
    "name": None,
    "people": "people",
    "training": "training_percent",
    "visits": "visits_held",
    "advice": "advice_total",
    "overdue": "advice_overdue",
    "measures": "measures_total",
    "measures_overdue": "measures_overdue",
    "activity": "last_activity",
}
# Where each record last changed; the latest of these is the municipality's last activity.
MOMENTS = ("visit_at", "advice_at", "advice_update_at", "measure_at", "measure_update_at")


def _per_municipality(rows, municipality, aggregate):
    """`aggregate` over the `rows` of each municipality of the outer query.

    Conditions go in the aggregate's `filter`, not in `rows`: then the only condition the
    database sees is the municipality, and it takes the municipality's index every time.
    """
    grouped = rows.filter(**{municipality: OuterRef("pk")}).order_by().values(municipality)
    return Subquery(grouped.annotate(value=aggregate).values("value"))


def _count(rows, municipality, condition=None):
    counted = _per_municipality(rows, municipality, Count("pk", filter=condition))
    return Coalesce(counted, 0, output_field=IntegerField())


@functools.lru_cache(maxsize=2)
def _figures(today):
    """{name: expression}, built once a day: building twenty subqueries costs more than
    running them. Read-only, since every request shares it; annotating copies each expression."""
    advice, measures = Advice.objects.all(), Measure.objects.all()
    in_plan = Q(is_draft=False)
    profile = "user__exchanges_profile__municipality"
    figures = {
        "people_count": _count(Profile.objects.all(), "municipality"),
        "training_started": _count(Enrollment.objects.all(), profile),
        "training_completed": _count(
            Enrollment.objects.all(), profile, Q(completed_at__isnull=False)
        ),
        "hosted_held": _count(Visit.objects.all(), "host", Q(status=VisitStatus.HELD)),
        "made_held": _count(
            Visit.visiting.through.objects.all(), "municipality", Q(visit__status=VisitStatus.HELD)
        ),
        "advice_overdue": _count(advice, "municipality", advice_overdue(today)),
        "measures_overdue": _count(measures, "municipality", in_plan & measure_overdue(today.year)),
        "visit_at": _per_municipality(Visit.objects.all(), "host", Max("updated_at")),
        "advice_at": _per_municipality(advice, "municipality", Max("updated_at")),
        "advice_update_at": _per_municipality(
            AdviceUpdate.objects.all(), "advice__municipality", Max("created_at")
        ),
        "measure_at": _per_municipality(measures, "municipality", Max("updated_at")),
        "measure_update_at": _per_municipality(
            MeasureUpdate.objects.all(), "measure__municipality", Max("created_at")
        ),
    }
    for status in AdviceStatus.values:
        figures[f"advice_{status}"] = _count(advice, "municipality", Q(status=status))
    for status in MeasureStatus.values:
        figures[f"measures_{status}"] = _count(measures, "municipality", in_plan & Q(status=status))
    return MappingProxyType(figures)


def with_figures(municipalities):
    """The (default-language) municipalities with their dashboard figures, in one query."""
    return municipalities.annotate(**_figures(timezone.localdate()))


def dashboard_row(m):
    """The figures of one municipality read `with_figures`, as the table and exports use them."""
    advice = [getattr(m, f"advice_{status}") for status in AdviceStatus.values]
    measures = [getattr(m, f"measures_{status}") for status in MeasureStatus.values]
    moments = [getattr(m, name) for name in MOMENTS if getattr(m, name) is not None]
    return {
        "municipality": m,
        "people": m.people_count,
        "training_started": m.training_started,
        "training_completed": m.training_completed,
        "training_percent": round(100 * m.training_completed / m.training_started)
        if m.training_started
        else None,
        "visits_held": m.hosted_held + m.made_held,
        "advice": advice,
        "advice_total": sum(advice),
        "advice_overdue": m.advice_overdue,
        "measures": measures,
        "measures_total": sum(measures),
        "measures_overdue": m.measures_overdue,
        "last_activity": max(moments) if moments else None,
    }


def _sorted(rows, sort):
    descending = sort.startswith("-")
    key = SORTS.get(sort.lstrip("-"))
    if key is None:
        return list(reversed(rows)) if descending else rows
    present = [row for row in rows if row[key] is not None]
    missing = [row for row in rows if row[key] is None]
    present.sort(key=lambda row: row[key], reverse=descending)
    return present + missing


def sort_of(request):
    """The column the table is sorted by, `-` first when descending; by name when unknown."""
    sort = request.GET.get("sort", "name")
    return sort if sort.lstrip("-") in SORTS else "name"


def sort_columns():
    return [
        ("name", _("Municipality")),
        ("people", _("People")),
        ("training", _("Training completed")),
        ("visits", _("Visits held")),
        ("advice", pgettext("heading over several advice items", "Advice")),
        ("overdue", _("Advice overdue")),
        ("measures", _("Measures")),
        ("measures_overdue", _("Measures overdue")),
        ("activity", _("Last activity")),
    ]


def region_rows(region, sort):
    """One row of figures for each of the region's municipalities, sorted by `sort`."""
    rows = [dashboard_row(municipality) for municipality in _municipalities(region)]
    for row in rows:
        row["local"] = row["municipality"].local
    return _sorted(rows, sort)


def label_rows(rows, municipality_url):
    """What the table shows beside the figures: the link and the status names, each status
    name translated once rather than once a row (a page has fifty rows of eight statuses)."""
    advice_labels = [str(label) for label in AdviceStatus.labels]
    measure_labels = [str(label) for label in MeasureStatus.labels]
    for row in rows:
        row["url"] = municipality_url(row["local"].slug)
        row["advice_by_status"] = list(zip(advice_labels, row["advice"], strict=True))
        row["measures_by_status"] = list(zip(measure_labels, row["measures"], strict=True))


def _municipalities(region):
    """The region's default-language municipalities with their figures, in the alphabetical
    order of the page's language, each with `local`: its row in that language."""
    default_rows = with_figures(
        Municipality.objects.filter(region_id=region.default_pk, locale_id=F("region__locale_id"))
    )
    if region.pk == region.default_pk:  # the page is in the default language
        municipalities = list(default_rows.order_by(latvian_order("name"), "pk"))
        for municipality in municipalities:
            municipality.local = municipality
        return municipalities
    by_key = {m.translation_key: m for m in default_rows.order_by()}
    municipalities = []
    for local in region.municipalities.order_by(latvian_order("name"), "pk"):
        if local.translation_key in by_key:
            municipality = by_key[local.translation_key]
            municipality.local = local
            municipalities.append(municipality)
    return municipalities


def export(rows, region, export):
    headers = [
        _("Municipality"),
        _("People"),
        _("Modules started"),
        _("Modules completed"),
        _("Visits held"),
        *(
            f"{pgettext('heading over several advice items', 'Advice')}: {label}"
            for label in AdviceStatus.labels
        ),
        _("Advice overdue"),
        *(f"{_('Measures')}: {label}" for label in MeasureStatus.labels),
        _("Measures overdue"),
        _("Last activity"),
    ]
    data = (
        [
            row["local"].name,
            row["people"],
            row["training_started"],
            row["training_completed"],
            row["visits_held"],
            *row["advice"],
            row["advice_overdue"],
            *row["measures"],
            row["measures_overdue"],
            row["last_activity"],  # a date and time, in the reader's time zone
        ]
        for row in rows
    )
    return spreadsheet_response(
        headers,
        data,
        filename=slugify(region.slug) or "region",
        export=export,
        sheet_name=region.name,
    )
