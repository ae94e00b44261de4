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
    get_programme,
    label,
    label_programme,
    label_programmes,
    section_page,
    with_default_pk,
    with_group_members,
    with_list_relations,
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
    municipality = get_object_or_404(with_default_pk(page.municipalities()), slug=slug)
    canonical_id = municipality.default_pk  # what pairs, groups and visits point at
    pairs = list(
        with_pair_relations(
            MentoringPair.objects.filter(
                Q(mentor_municipality_id=canonical_id) | Q(mentee_municipality_id=canonical_id)
            )
        )
    )
    groups = list(with_group_members(PeerGroup.objects.filter(members=canonical_id)))
    label_programmes(pairs, groups)
    summaries = public_summaries(request, canonical_id)
    label(summaries.object_list, "host")
    return page.render(
        request,
        template="exchanges/municipality_detail.html",
        context_overrides={
            "municipality": municipality,
            "pairs": pairs,
            "groups": groups,
            "summaries": summaries,
            "chart": assessment_chart(assessments_of(canonical_id, published_only=True)),
        },
    )


def public_summaries(request, municipality_id):
    """One page of the public summaries of visits the municipality hosted or visited.

    Two short queries whatever the size of the programme: the public visits it took part in
    (dates and the fields `Visit.shows_summary` reads), then the page's visits with their hosts.
    Asking the database for "held" as well made SQLite walk every held visit by its status
    index; one municipality's visits are few enough to sort in Python.
    """
    candidates = (
        perms.public_visits()
        .only("starts_at", "is_public", "status", "public_summary")
        .involving(municipality_id)
    )
    shown = sorted(
        (visit for visit in candidates if visit.shows_summary),
        key=lambda visit: (visit.starts_at, visit.pk),
        reverse=True,
    )
    summaries = paginate(request, shown, PER_PAGE, param="summaries")
    on_page = with_list_relations(Visit.objects.filter(pk__in=[v.pk for v in summaries]))
    summaries.object_list = list(on_page.order_by("-starts_at", "-pk"))
    return summaries


def region_detail(page, request, slug):
    regions = with_default_pk(PlanningRegion.objects.filter(locale_id=page.locale_id))
    region = get_object_or_404(regions, slug=slug)
    municipalities = list(region.municipalities.order_by(latvian_order("name"), "pk"))
    # A region nobody takes part from yet points to the regions that do.
    other_regions = (
        []
        if municipalities
        else list(
            regions.exclude(pk=region.pk)
            .filter(municipalities__isnull=False)
            .distinct()
            .order_by(latvian_order("name"), "pk")
        )
    )
    return page.render(
        request,
        template="exchanges/region_detail.html",
        context_overrides={
            "region": region,
            "municipalities": municipalities,
            "other_regions": other_regions,
            "can_view_dashboard": region.default_pk is not None
            and perms.can_view_region_figures(request.user, region.default_pk),
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
    slower as the programme grows, and old visits stay on the site. When more than 500 fall in
    the window, the ones nearest to now win: the coming visits first, then the latest past ones.
    """
    visits = with_list_relations(visits)

    def nearest():  # read only when the feed is not already stored (exchanges.calendar)
        now = timezone.now()
        upcoming = list(visits.filter(starts_at__gte=now).order_by("starts_at")[:CALENDAR_LIMIT])
        room = CALENDAR_LIMIT - len(upcoming)
        if room:
            recent = visits.filter(starts_at__lt=now, ends_at__gte=now - CALENDAR_HISTORY)
            yield from reversed(list(recent.order_by("-starts_at")[:room]))
        yield from upcoming

    return nearest()


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
    reader = (user.pk, token, perms.scope_of(user).cache_key())
    return calendar_response(request, page, visits, name=name, private=True, reader=reader)
