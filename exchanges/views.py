"""The exchanges pages. The ExchangesIndexPage routes each URL here (see models.pages).

Objects a reader may not see answer 404, not 403, so their existence does not leak; objects a
reader may see but not change answer 403.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case, Count, Prefetch, Q, When
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from config.collation import latvian_order
from config.export import spreadsheet_response
from config.pagination import paginate

from . import permissions as perms
from .calendar import calendar_response
from .choices import AdviceStatus, VisitStatus
from .evidence import store_evidence
from .forms import (
    AdviceForm,
    AdviceUpdateForm,
    ObservedMeasureFormSet,
    VisitForm,
    VisitReportForm,
    parse_id,
)
from .models import (
    Advice,
    ExchangesIndexPage,
    MentoringPair,
    Municipality,
    PeerGroup,
    PlanningRegion,
    Profile,
    Visit,
    VisitReport,
)
from .models.people import new_calendar_token
from .names import localized_names

PER_PAGE = 10
PUBLIC_LIMIT = 6


# Helpers ---------------------------------------------------------------------------------


def _default_row(obj):
    """The default-language row of a translatable record, which exchanges records point at."""
    return (
        type(obj)
        .objects.filter(translation_key=obj.translation_key, locale__language_code="lv")
        .first()
    )


def _label(records, *attributes):
    """Give every municipality on these records a `label` in the reader's language."""
    municipalities = []
    for record in records:
        for attribute in attributes:
            value = getattr(record, attribute)
            if hasattr(value, "all"):
                municipalities.extend(value.all())
            elif value is not None:
                municipalities.append(value)
    names = localized_names(municipalities)
    for municipality in municipalities:
        municipality.label = names[municipality.pk]
    return records


def _visits(queryset):
    return queryset.select_related(
        "host", "pair__mentor_municipality", "pair__mentee_municipality", "group"
    ).prefetch_related("visiting")


def _advice_order(queryset):
    """Advice still waiting for action first, soonest (or most overdue) due date first."""
    waiting = Case(When(status__in=AdviceStatus.active(), then=0), default=1)
    return queryset.annotate(done=waiting).order_by("done", "due_on", "pk")


def _pairs(queryset):
    return queryset.select_related("mentor_municipality", "mentee_municipality")


def _groups(queryset):
    return queryset.prefetch_related(Prefetch("members", queryset=Municipality.objects.all()))


def _programme(kind, pk):
    querysets = {
        "pairs": lambda: _pairs(MentoringPair.objects.all()),
        "groups": lambda: _groups(PeerGroup.objects.all()),
    }
    if kind not in querysets:
        raise Http404
    return get_object_or_404(querysets[kind](), pk=pk)


def _login(request):
    return redirect_to_login(request.get_full_path())


def _label_programme(programme):
    if isinstance(programme, MentoringPair):
        _label([programme], "mentor_municipality", "mentee_municipality")
    else:
        _label([programme], "members")


def _label_programmes(pairs, groups):
    _label(pairs, "mentor_municipality", "mentee_municipality")
    _label(groups, "members")


# Public pages ----------------------------------------------------------------------------


def overview(page, request):
    pairs = list(_pairs(MentoringPair.objects.all()))
    groups = list(_groups(PeerGroup.objects.all()))
    _label_programmes(pairs, groups)
    upcoming = list(_visits(perms.public_visits().upcoming())[:PUBLIC_LIMIT])
    summaries = list(_visits(perms.public_visits().with_summary()).order_by("-starts_at")[:6])
    _label(upcoming + summaries, "host", "visiting")
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
    canonical = _default_row(municipality)
    pairs = list(
        _pairs(
            MentoringPair.objects.filter(
                Q(mentor_municipality=canonical) | Q(mentee_municipality=canonical)
            )
        )
    )
    groups = list(_groups(canonical.peer_groups.all()))
    _label_programmes(pairs, groups)
    summaries = list(
        _visits(
            perms.public_visits()
            .with_summary()
            .filter(Q(host=canonical) | Q(visiting=canonical))
            .distinct()
            .order_by("-starts_at")[:PER_PAGE]
        )
    )
    _label(summaries, "host", "visiting")
    return page.render(
        request,
        template="exchanges/municipality_detail.html",
        context_overrides={
            "municipality": municipality,
            "pairs": pairs,
            "groups": groups,
            "summaries": summaries,
        },
    )


def region_figures(municipalities):
    """Per municipality: visits by status and advice by status, with overdue. No text."""
    ids = [m.pk for m in municipalities]
    figures = {pk: {"visits": {}, "advice": {}, "overdue": 0} for pk in ids}
    hosted = (
        Visit.objects.filter(host_id__in=ids).values("host_id", "status").annotate(n=Count("pk"))
    )
    for row in hosted:
        visits = figures[row["host_id"]]["visits"]
        visits[row["status"]] = visits.get(row["status"], 0) + row["n"]
    made = (
        Visit.visiting.through.objects.filter(municipality_id__in=ids)
        .values("municipality_id", "visit__status")
        .annotate(n=Count("pk"))
    )
    for row in made:
        visits = figures[row["municipality_id"]]["visits"]
        visits[row["visit__status"]] = visits.get(row["visit__status"], 0) + row["n"]
    today = timezone.localdate()
    advice = (
        Advice.objects.filter(municipality_id__in=ids)
        .values("municipality_id", "status")
        .annotate(
            n=Count("pk"),
            overdue=Count("pk", filter=Q(due_on__lt=today, status__in=AdviceStatus.active())),
        )
    )
    for row in advice:
        entry = figures[row["municipality_id"]]
        entry["advice"][row["status"]] = row["n"]
        entry["overdue"] += row["overdue"]
    rows = []
    for municipality in municipalities:
        entry = figures[municipality.pk]
        rows.append(
            {
                "municipality": municipality,
                "visits": [entry["visits"].get(status, 0) for status in VisitStatus.values],
                "advice": [entry["advice"].get(status, 0) for status in AdviceStatus.values],
                "overdue": entry["overdue"],
            }
        )
    return rows


def region_detail(page, request, slug):
    region = get_object_or_404(PlanningRegion.objects.filter(locale_id=page.locale_id), slug=slug)
    municipalities = list(region.municipalities.order_by(latvian_order("name"), "pk"))
    figures = None
    canonical = _default_row(region) if request.user.is_authenticated else None
    if canonical and perms.can_view_region_figures(request.user, canonical):
        lv_rows = {
            m.translation_key: m
            for m in Municipality.objects.filter(region=canonical, locale_id=canonical.locale_id)
        }
        ordered = [
            lv_rows[m.translation_key] for m in municipalities if m.translation_key in lv_rows
        ]
        figures = region_figures(ordered)
        names = {m.translation_key: m.name for m in municipalities}
        for row in figures:
            row["name"] = names[row["municipality"].translation_key]
    return page.render(
        request,
        template="exchanges/region_detail.html",
        context_overrides={
            "region": region,
            "municipalities": municipalities,
            "figures": figures,
            "visit_statuses": VisitStatus.labels,
            "advice_statuses": AdviceStatus.labels,
        },
    )


def programme_detail(page, request, kind, pk):
    programme = _programme(kind, pk)
    is_member = perms.is_member(request.user, programme)
    _label_programme(programme)
    visits = Visit.objects.filter(**{"pair" if kind == "pairs" else "group": programme})
    if not is_member:
        visits = visits.public()
    visits = paginate(request, _visits(visits).order_by("-starts_at", "-pk"), PER_PAGE)
    _label(visits.object_list, "host", "visiting")
    advice = None
    if is_member:
        advice = list(_advice_order(programme.advice.select_related("municipality")))
        _label(advice, "municipality")
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
    visit = get_object_or_404(_visits(Visit.objects.all()), pk=pk)
    private = perms.can_view_visit(request.user, visit)
    if not private and not perms.can_view_visit_publicly(request.user, visit):
        raise Http404
    _label([visit], "host", "visiting")
    context = {"visit": visit, "private": private}
    if private:
        report = VisitReport.objects.filter(visit=visit).prefetch_related("measures").first()
        advice = list(visit.advice.select_related("municipality").order_by("due_on", "pk"))
        _label(advice, "municipality")
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
        )
    return page.render(request, template="exchanges/visit_detail.html", context_overrides=context)


def section_page():
    """The live exchanges section in the active language, for the URLs outside the page."""
    page = (
        ExchangesIndexPage.objects.live()
        .filter(locale__language_code=get_language())
        .order_by("path")
        .first()
    )
    if page is None:
        raise Http404
    return page


def public_calendar(request):
    page = section_page()
    visits = _visits(perms.public_visits()).order_by("starts_at")
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
    visits = _visits(perms.visits_visible_to(user)).exclude(status=VisitStatus.CANCELLED)
    name = _("My exchange visits")
    return calendar_response(request, page, visits.order_by("starts_at"), name=name, private=True)


# Workspace -------------------------------------------------------------------------------


def profile_of(user):
    profile = Profile.objects.select_related("municipality").filter(user=user).first()
    return profile or Profile.objects.create(user=user)


def workspace(page, request):
    if not request.user.is_authenticated:
        return _login(request)
    user = request.user
    scope = perms.scope_of(user)
    pairs = list(_pairs(MentoringPair.objects.filter(pk__in=scope.member_pairs)))
    groups = list(_groups(PeerGroup.objects.filter(pk__in=scope.member_groups)))
    _label_programmes(pairs, groups)
    upcoming = paginate(
        request,
        _visits(perms.visits_visible_to(user).upcoming()),
        PER_PAGE,
        param="visits",
    )
    _label(upcoming.object_list, "host", "visiting")
    visible_advice = perms.advice_visible_to(user).select_related("municipality")
    received = paginate(
        request,
        _advice_order(visible_advice.filter(municipality_id=scope.municipality_id or -1)),
        PER_PAGE,
        param="received",
    )
    given = paginate(
        request,
        _advice_order(visible_advice.filter(given_by=user)),
        PER_PAGE,
        param="given",
    )
    _label(list(received.object_list) + list(given.object_list), "municipality")
    region = None
    if scope.region_id:
        region = PlanningRegion.objects.filter(pk=scope.region_id).first()
        region = region.localized if region else None
    profile = profile_of(user)
    _label([profile], "municipality")
    return page.render(
        request,
        template="exchanges/workspace.html",
        context_overrides={
            "scope": scope,
            "pairs": pairs,
            "groups": groups,
            "managed_pairs": scope.managed_pairs,
            "managed_groups": scope.managed_groups,
            "upcoming": upcoming,
            "received": received,
            "given": given,
            "region": region,
            "profile": profile,
            "calendar_url": request.build_absolute_uri(
                reverse("exchanges:personal-calendar", args=[profile.calendar_token])
            ),
        },
    )


def _render_form(page, request, template, context, status=200):
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def visit_create(page, request, kind, pk):
    if not request.user.is_authenticated:
        return _login(request)
    programme = _programme(kind, pk)
    if not perms.is_member(request.user, programme):
        raise Http404
    if not perms.can_manage(request.user, programme):
        raise PermissionDenied
    return _visit_form(page, request, programme, Visit(created_by=request.user))


def visit_edit(page, request, pk):
    if not request.user.is_authenticated:
        return _login(request)
    visit = get_object_or_404(Visit.objects.select_related("pair", "group"), pk=pk)
    if not perms.can_view_visit(request.user, visit):
        raise Http404
    if not perms.can_edit_visit(request.user, visit):
        raise PermissionDenied
    return _visit_form(page, request, visit.programme, visit)


def _visit_form(page, request, programme, visit):
    if request.method == "POST":
        form = VisitForm(request.POST, instance=visit, programme=programme)
        if form.is_valid():
            is_new = visit.pk is None
            visit = form.save()
            messages.success(
                request, _("The visit is scheduled.") if is_new else _("The visit is saved.")
            )
            return HttpResponseRedirect(page.url + page.reverse_subpage("visit", args=[visit.pk]))
        status = 400
    else:
        form = VisitForm(instance=visit, programme=programme)
        status = 200
    _label_programme(programme)
    return _render_form(
        page,
        request,
        "exchanges/visit_form.html",
        {"form": form, "visit": visit, "programme": programme},
        status,
    )


def report_edit(page, request, pk):
    if not request.user.is_authenticated:
        return _login(request)
    visit = get_object_or_404(_visits(Visit.objects.all()), pk=pk)
    if not perms.can_view_visit(request.user, visit):
        raise Http404
    if not perms.can_write_report(request.user, visit):
        raise PermissionDenied
    report = VisitReport.objects.filter(visit=visit).first() or VisitReport(
        visit=visit, author=request.user
    )
    shadowing = visit.kind == "shadowing"
    if request.method == "POST":
        form = VisitReportForm(request.POST, instance=report)
        formset = ObservedMeasureFormSet(request.POST, instance=report, prefix="measures")
        if form.is_valid() and (not shadowing or formset.is_valid()):
            with transaction.atomic():
                report = form.save()
                if shadowing:
                    formset.instance = report
                    measures = formset.save(commit=False)
                    for order, measure in enumerate(measures):
                        measure.sort_order = order
                        measure.save()
                    for measure in formset.deleted_objects:
                        measure.delete()
            messages.success(request, _("The report is saved."))
            return HttpResponseRedirect(page.url + page.reverse_subpage("visit", args=[visit.pk]))
        status = 400
    else:
        form = VisitReportForm(instance=report)
        formset = ObservedMeasureFormSet(instance=report, prefix="measures")
        status = 200
    _label([visit], "host", "visiting")
    return _render_form(
        page,
        request,
        "exchanges/report_form.html",
        {"form": form, "formset": formset if shadowing else None, "visit": visit},
        status,
    )


def advice_create(page, request, kind, pk):
    if not request.user.is_authenticated:
        return _login(request)
    programme = _programme(kind, pk)
    if not perms.is_member(request.user, programme):
        raise Http404
    if not perms.can_manage(request.user, programme):
        raise PermissionDenied
    advice = Advice(given_by=request.user)
    initial = {}
    visit_id = parse_id(request.GET.get("visit", ""))
    if visit_id and programme.visits.filter(pk=visit_id).exists():
        initial["visit"] = visit_id
    return _advice_form(page, request, programme, advice, initial)


def advice_edit(page, request, pk):
    if not request.user.is_authenticated:
        return _login(request)
    advice = get_object_or_404(Advice.objects.select_related("pair", "group"), pk=pk)
    if not perms.can_view_advice(request.user, advice):
        raise Http404
    if not perms.can_edit_advice(request.user, advice):
        raise PermissionDenied
    return _advice_form(page, request, advice.pair or advice.group, advice, {})


def _advice_form(page, request, programme, advice, initial):
    if request.method == "POST":
        form = AdviceForm(request.POST, instance=advice, programme=programme)
        if form.is_valid():
            advice = form.save()
            messages.success(request, _("The advice is saved."))
            return HttpResponseRedirect(page.url + page.reverse_subpage("advice", args=[advice.pk]))
        status = 400
    else:
        form = AdviceForm(instance=advice, initial=initial, programme=programme)
        status = 200
    return _render_form(
        page,
        request,
        "exchanges/advice_form.html",
        {"form": form, "advice": advice, "programme": programme},
        status,
    )


def advice_detail(page, request, pk):
    if not request.user.is_authenticated:
        return _login(request)
    advice = get_object_or_404(
        Advice.objects.select_related(
            "municipality",
            "given_by",
            "pair__mentor_municipality",
            "pair__mentee_municipality",
            "group",
            "visit",
            "sector",
            "secap_step",
        ),
        pk=pk,
    )
    if not perms.can_view_advice(request.user, advice):
        raise Http404
    can_update = perms.can_update_advice_status(request.user, advice)
    status = 200
    if request.method == "POST":
        if not can_update:
            raise PermissionDenied
        form = AdviceUpdateForm(request.POST, request.FILES)
        if form.is_valid():
            _record_update(request, advice, form)
            messages.success(request, _("Thank you. The advice status is updated."))
            return HttpResponseRedirect(page.url + page.reverse_subpage("advice", args=[advice.pk]))
        status = 400
    else:
        form = AdviceUpdateForm(initial={"status": _next_status(advice)})
    updates = list(advice.updates.select_related("author", "evidence"))
    _label([advice], "municipality")
    return _render_form(
        page,
        request,
        "exchanges/advice_detail.html",
        {
            "advice": advice,
            "updates": updates,
            "form": form if can_update else None,
            "can_edit": perms.can_edit_advice(request.user, advice),
            "sector": advice.sector.localized if advice.sector else None,
            "secap_step": advice.secap_step.localized if advice.secap_step else None,
        },
        status,
    )


def _next_status(advice):
    if advice.status == AdviceStatus.OPEN:
        return AdviceStatus.IN_PROGRESS
    return advice.status


def _record_update(request, advice, form):
    with transaction.atomic():
        update = form.save(commit=False)
        update.advice = advice
        update.author = request.user
        upload = form.cleaned_data.get("evidence_file")
        if upload:
            update.evidence = store_evidence(
                upload, title=f"{advice.title} – {upload.name}", user=request.user
            )
        update.save()
        advice.status = update.status
        advice.save(update_fields=["status", "updated_at"])


def advice_export(request):
    if not request.user.is_authenticated:
        return _login(request)
    advice = list(
        perms.advice_visible_to(request.user)
        .select_related("municipality", "given_by", "pair", "group")
        .order_by("due_on", "pk")
    )
    _label(advice, "municipality")
    headers = [
        _("Title"),
        _("Municipality"),
        _("Given by"),
        _("Priority"),
        _("Due date"),
        _("Status"),
        _("Overdue"),
        _("Advice"),
    ]
    rows = (
        [
            item.title,
            item.municipality.label,
            item.given_by.get_full_name() if item.given_by else "",
            item.get_priority_display(),
            item.due_on.isoformat(),
            item.get_status_display(),
            _("yes") if item.is_overdue else _("no"),
            item.text,
        ]
        for item in advice
    )
    return spreadsheet_response(headers, rows, filename=slugify(_("advice")) or "advice")


def calendar_reset(page, request):
    if not request.user.is_authenticated:
        return _login(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    profile = profile_of(request.user)
    profile.calendar_token = new_calendar_token()
    profile.save(update_fields=["calendar_token"])
    messages.success(request, _("Your calendar address is renewed. The old one no longer works."))
    return HttpResponseRedirect(page.url + page.reverse_subpage("workspace"))
