"""The planning-region dashboard: counts and statuses per municipality, never private text.

Each figure is one grouped query over the region's municipalities, so the page makes the same
number of queries for five municipalities or a hundred.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from config.collation import latvian_order
from config.export import spreadsheet_response
from learning.models import Enrollment

from .. import permissions as perms
from ..choices import AdviceStatus, MeasureStatus, VisitStatus
from ..models import (
    Advice,
    AdviceUpdate,
    Measure,
    MeasureUpdate,
    Municipality,
    PlanningRegion,
    Profile,
    Visit,
)
from .common import default_row, login_redirect

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


def _grouped(queryset, key, **aggregates):
    return {row[key]: row for row in queryset.values(key).annotate(**aggregates).order_by()}


def _by_status(queryset, key):
    counts = {}
    for row in queryset.values(key, "status").annotate(n=Count("pk")).order_by():
        counts.setdefault(row[key], {})[row["status"]] = row["n"]
    return counts


def dashboard_rows(municipalities):
    """One row of figures per (default-language) municipality."""
    ids = [m.pk for m in municipalities]
    today = timezone.localdate()
    people = _grouped(
        Profile.objects.filter(municipality_id__in=ids), "municipality_id", n=Count("pk")
    )
    training = _grouped(
        Enrollment.objects.filter(user__exchanges_profile__municipality_id__in=ids),
        "user__exchanges_profile__municipality_id",
        started=Count("pk"),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
    )
    held = Q(status=VisitStatus.HELD)
    hosted = _grouped(Visit.objects.filter(host_id__in=ids).filter(held), "host_id", n=Count("pk"))
    made = _grouped(
        Visit.visiting.through.objects.filter(
            municipality_id__in=ids, visit__status=VisitStatus.HELD
        ),
        "municipality_id",
        n=Count("pk"),
    )
    advice = Advice.objects.filter(municipality_id__in=ids)
    advice_status = _by_status(advice, "municipality_id")
    advice_overdue = _grouped(advice.overdue(today), "municipality_id", n=Count("pk"))
    measures = Measure.objects.filter(municipality_id__in=ids, is_draft=False)
    measure_status = _by_status(measures, "municipality_id")
    measure_overdue = _grouped(measures.overdue(today.year), "municipality_id", n=Count("pk"))
    activity = [
        _grouped(Visit.objects.filter(host_id__in=ids), "host_id", at=Max("updated_at")),
        _grouped(advice, "municipality_id", at=Max("updated_at")),
        _grouped(
            AdviceUpdate.objects.filter(advice__municipality_id__in=ids),
            "advice__municipality_id",
            at=Max("created_at"),
        ),
        _grouped(
            Measure.objects.filter(municipality_id__in=ids), "municipality_id", at=Max("updated_at")
        ),
        _grouped(
            MeasureUpdate.objects.filter(measure__municipality_id__in=ids),
            "measure__municipality_id",
            at=Max("created_at"),
        ),
    ]
    rows = []
    for m in municipalities:
        learning = training.get(m.pk, {"started": 0, "completed": 0})
        statuses = advice_status.get(m.pk, {})
        measure_statuses = measure_status.get(m.pk, {})
        moments = [source[m.pk]["at"] for source in activity if m.pk in source]
        rows.append(
            {
                "municipality": m,
                "people": people.get(m.pk, {}).get("n", 0),
                "training_started": learning["started"],
                "training_completed": learning["completed"],
                "training_percent": round(100 * learning["completed"] / learning["started"])
                if learning["started"]
                else None,
                "visits_held": hosted.get(m.pk, {}).get("n", 0) + made.get(m.pk, {}).get("n", 0),
                "advice": [statuses.get(status, 0) for status in AdviceStatus.values],
                "advice_total": sum(statuses.values()),
                "advice_overdue": advice_overdue.get(m.pk, {}).get("n", 0),
                "measures": [measure_statuses.get(status, 0) for status in MeasureStatus.values],
                "measures_total": sum(measure_statuses.values()),
                "measures_overdue": measure_overdue.get(m.pk, {}).get("n", 0),
                "last_activity": max(moments) if moments else None,
            }
        )
    return rows


def _sorted(rows, sort):
    descending = sort.startswith("-")
    key = SORTS.get(sort.lstrip("-"))
    if key is None:
        return list(reversed(rows)) if descending else rows
    present = [row for row in rows if row[key] is not None]
    missing = [row for row in rows if row[key] is None]
    present.sort(key=lambda row: row[key], reverse=descending)
    return present + missing


def region_dashboard(page, request, slug):
    if not request.user.is_authenticated:
        return login_redirect(request)
    region = get_object_or_404(PlanningRegion.objects.filter(locale_id=page.locale_id), slug=slug)
    canonical = default_row(region)
    if canonical is None or not perms.can_view_region_figures(request.user, canonical):
        raise PermissionDenied
    local = list(region.municipalities.order_by(latvian_order("name"), "pk"))
    by_key = {
        m.translation_key: m
        for m in Municipality.objects.filter(region=canonical, locale_id=canonical.locale_id)
    }
    rows = dashboard_rows([by_key[m.translation_key] for m in local if m.translation_key in by_key])
    names = {m.translation_key: m for m in local}
    for row in rows:
        row["local"] = names[row["municipality"].translation_key]
        row["advice_by_status"] = list(zip(AdviceStatus.labels, row["advice"], strict=True))
        row["measures_by_status"] = list(zip(MeasureStatus.labels, row["measures"], strict=True))
    sort = request.GET.get("sort", "name")
    if sort.lstrip("-") not in SORTS:
        sort = "name"
    rows = _sorted(rows, sort)
    export = request.GET.get("format")
    if export in ("csv", "xlsx"):
        return _export(rows, region, export)
    return page.render(
        request,
        template="exchanges/region_dashboard.html",
        context_overrides={
            "region": region,
            "rows": rows,
            "sort": sort,
            "sort_columns": [
                ("name", _("Municipality")),
                ("people", _("People")),
                ("training", _("Training completed")),
                ("visits", _("Visits held")),
                ("advice", _("Advice")),
                ("overdue", _("Advice overdue")),
                ("measures", _("Measures")),
                ("measures_overdue", _("Measures overdue")),
                ("activity", _("Last activity")),
            ],
        },
    )


def _export(rows, region, export):
    headers = [
        _("Municipality"),
        _("People"),
        _("Modules started"),
        _("Modules completed"),
        _("Visits held"),
        *(f"{_('Advice')}: {label}" for label in AdviceStatus.labels),
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
            timezone.localtime(row["last_activity"]).strftime("%Y-%m-%d %H:%M")
            if row["last_activity"]
            else "",
        ]
        for row in rows
    )
    return spreadsheet_response(
        headers, data, filename=slugify(region.slug) or "region", export=export, sheet_name="region"
    )
