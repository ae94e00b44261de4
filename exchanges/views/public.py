"""Public exchanges pages, with members-only parts: overview, directory, pairs, groups, visits,
calendar feeds. Objects a reader may not see answer 404, so their existence does not leak."""

import datetime

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from config.collation import latvian_order
from config.pagination import paginate

from .. import permissions as perms
from ..calendar import calendar_response
from ..choices import VisitStatus
from ..models import (
    MentoringPair,
    PeerGroup,
    PlanningRegion,
    Profile,
    Visit,
    VisitReport,
)
from .common import (
    PER_PAGE,
    PUBLIC_LIMIT,
    advice_order,
    default_row,
    get_programme,
    label,
    label_programme,
    label_programmes,
    section_page,
    with_group_members,
    with_pair_relations,
    with_visit_relations,
)
from .followthrough import assessment_chart, assessments_of, visit_assessment

CALENDAR_HISTORY = datetime.timedelta(days=90)
CALENDAR_LIMIT = 500


def overview(page, request):
    pairs = list(with_pair_relations(MentoringPair.objects.all()))
    groups = list(with_group_members(PeerGroup.objects.all()))
    label_programmes(pairs, groups)
    upcoming = list(with_visit_relations(perms.public_visits().upcoming())[:PUBLIC_LIMIT])
    summaries = list(
        with_visit_relations(perms.public_visits().with_summary()).order_by("-starts_at")[:6]
    )
    label(upcoming + summaries, "host", "visiting")
    return page.render(
        request,
        context_overrides={
            "regions": list(PlanningRegion.objects.filter(locale_id=page.locale_id)),
            "pairs": pairs,
            "groups": groups,
            "upcoming": upcoming,
            "summaries": summaries,
        },
    )


def municipality_list(page, request):
    municipalities = page.municipalities().order_by(latvian_order("name"), "pk")
    return page.render(
        request,
        template="exchanges/municipality_list.html",
        context_overrides={
            "municipalities": municipalities,
            "regions": list(PlanningRegion.objects.filter(locale_id=page.locale_id)),
        },
    )


def municipality_detail(page, request, slug):
    municipality = get_object_or_404(page.municipalities(), slug=slug)
    canonical = default_row(municipality)
    pairs = list(
        with_pair_relations(
            MentoringPair.objects.filter(
                Q(mentor_municipality=canonical) | Q(mentee_municipality=canonical)
            )
        )
    )
    groups = list(with_group_members(canonical.peer_groups.all()))
    label_programmes(pairs, groups)
    summaries = list(
        with_visit_relations(
            perms.public_visits()
            .with_summary()
            .filter(Q(host=canonical) | Q(visiting=canonical))
            .distinct()
            .order_by("-starts_at")[:PER_PAGE]
        )
    )
    label(summaries, "host", "visiting")
    return page.render(
        request,
        template="exchanges/municipality_detail.html",
        context_overrides={
            "municipality": municipality,
            "pairs": pairs,
            "groups": groups,
            "summaries": summaries,
            "chart": assessment_chart(assessments_of(canonical.pk, published_only=True)),
        },
    )


def region_detail(page, request, slug):
    region = get_object_or_404(PlanningRegion.objects.filter(locale_id=page.locale_id), slug=slug)
    municipalities = list(region.municipalities.order_by(latvian_order("name"), "pk"))
    canonical = default_row(region) if request.user.is_authenticated else None
    return page.render(
        request,
        template="exchanges/region_detail.html",
        context_overrides={
            "region": region,
            "municipalities": municipalities,
            "can_view_dashboard": bool(
                canonical and perms.can_view_region_figures(request.user, canonical)
            ),
        },
    )


def programme_detail(page, request, kind, pk):
    programme = get_programme(kind, pk)
    is_member = perms.is_member(request.user, programme)
    label_programme(programme)
    visits = Visit.objects.filter(**{"pair" if kind == "pairs" else "group": programme})
    if not is_member:
        visits = visits.public()
    visits = paginate(request, with_visit_relations(visits).order_by("-starts_at", "-pk"), PER_PAGE)
    label(visits.object_list, "host", "visiting")
    advice = None
    if is_member:
        advice = list(advice_order(programme.advice.select_related("municipality")))
        label(advice, "municipality")
    return page.render(
        request,
        template="exchanges/programme_detail.html",
        context_overrides={
            "programme": programme,
            "is_pair": kind == "pairs",
            "kind": kind,
            "is_member": is_member,
            "can_manage": perms.can_manage(request.user, programme),
            "people": _people(programme) if is_member else None,
            "page_obj": visits,
            "advice_list": advice,
        },
    )


def _people(programme):
    if isinstance(programme, MentoringPair):
        return {
            "mentors": list(programme.mentors.select_related("exchanges_profile")),
            "experts": list(programme.experts.select_related("exchanges_profile")),
        }
    return {"facilitators": list(programme.facilitators.select_related("exchanges_profile"))}


def visit_detail(page, request, pk):
    visit = get_object_or_404(with_visit_relations(Visit.objects.all()), pk=pk)
    private = perms.can_view_visit(request.user, visit)
    if not private and not perms.can_view_visit_publicly(request.user, visit):
        raise Http404
    label([visit], "host", "visiting")
    context = {"visit": visit, "private": private}
    if private:
        report = VisitReport.objects.filter(visit=visit).prefetch_related("measures").first()
        advice = list(visit.advice.select_related("municipality").order_by("due_on", "pk"))
        label(advice, "municipality")
        context.update(
            report=report,
            advice_list=advice,
            participants=list(visit.participants.order_by("last_name", "first_name")),
            case_studies=[p.localized for p in visit.case_studies.live().specific()],
            lessons=[p.localized for p in visit.lessons.live().specific()],
            can_edit=perms.can_edit_visit(request.user, visit),
            programme_kind="pairs" if visit.pair_id else "groups",
            programme_pk=visit.pair_id or visit.group_id,
            can_report=perms.can_write_report(request.user, visit),
            chart=visit_assessment(request.user, visit),
        )
    return page.render(request, template="exchanges/visit_detail.html", context_overrides=context)


def calendar_window(visits):
    """What a calendar feed carries: the last 90 days and what is planned, at most 500 visits.

    Calendar programs fetch feeds every few hours; the whole history would make every fetch
    slower as the programme grows, and old visits stay on the site.
    """
    since = timezone.now() - CALENDAR_HISTORY
    return with_visit_relations(visits.filter(ends_at__gte=since)).order_by("starts_at")[
        :CALENDAR_LIMIT
    ]


def public_calendar(request):
    page = section_page()
    visits = calendar_window(perms.public_visits())
    return calendar_response(request, page, visits, name=_("Public exchange visits"), private=False)


def personal_calendar(request, token):
    page = section_page()
    profile = (
        Profile.objects.select_related("user").filter(calendar_token=token).first()
        if len(token) >= 20
        else None
    )
    if profile is None or not profile.user.is_active:
        raise Http404
    user = profile.user
    visits = calendar_window(perms.visits_visible_to(user).exclude(status=VisitStatus.CANCELLED))
    name = _("My exchange visits")
    return calendar_response(request, page, visits, name=name, private=True)
