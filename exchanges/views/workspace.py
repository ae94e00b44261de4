"""The signed-in workspace: scheduling visits, reports, advice and its updates.

Objects a reader may not see answer 404; objects they see but may not change answer 403.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from config.absolute import absolute_url
from config.export import spreadsheet_response
from config.pagination import paginate

from .. import permissions as perms
from ..choices import AdviceStatus
from ..evidence import store_evidence
from ..forms import (
    AdviceForm,
    AdviceUpdateForm,
    ObservedMeasureFormSet,
    VisitForm,
    VisitReportForm,
    parse_id,
)
from ..models import (
    Advice,
    MentoringPair,
    PeerGroup,
    PlanningRegion,
    Visit,
    VisitReport,
)
from ..models.people import new_calendar_token
from .common import (
    PER_PAGE,
    advice_order,
    count_each,
    fill_pages,
    get_programme,
    label,
    label_programme,
    label_programmes,
    login_redirect,
    profile_of,
    render_form,
    with_group_members,
    with_list_relations,
    with_pair_relations,
    with_visit_relations,
)


def workspace(page, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    user = request.user
    scope = perms.scope_of(user)
    profile = profile_of(user)
    pairs = list(with_pair_relations(MentoringPair.objects.filter(pk__in=scope.member_pairs)))
    groups = list(with_group_members(PeerGroup.objects.filter(pk__in=scope.member_groups)))
    label_programmes(pairs, groups)
    visible_advice = perms.advice_visible_to(user).select_related("municipality")
    lists = {
        "visits": perms.visits_visible_to(user).upcoming(),
        "received": visible_advice.filter(municipality_id=scope.municipality_id or -1),
        "given": visible_advice.filter(given_by=user),
    }
    totals = count_each(**lists)
    upcoming = paginate(
        request,
        with_list_relations(lists["visits"]),
        PER_PAGE,
        param="visits",
        count=totals["visits"],
    )
    label(upcoming.object_list, "host")
    received, given = (
        paginate(request, advice_order(lists[param]), PER_PAGE, param=param, count=totals[param])
        for param in ("received", "given")
    )
    fill_pages(advice_order(visible_advice), received=received, given=given)
    label(list(received.object_list) + list(given.object_list), "municipality")
    region = None
    if scope.region_id:
        region = PlanningRegion.objects.filter(pk=scope.region_id).first()
        region = region.localized if region else None
    label([profile], "municipality")
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
            "calendar_url": absolute_url(
                request, reverse("exchanges:personal-calendar", args=[profile.calendar_token])
            ),
        },
    )


def visit_create(page, request, kind, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
    programme = get_programme(kind, pk)
    if not perms.is_member(request.user, programme):
        raise Http404
    if not perms.can_manage(request.user, programme):
        raise PermissionDenied
    return _visit_form(page, request, programme, Visit(created_by=request.user))


def visit_edit(page, request, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
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
    label_programme(programme)
    return render_form(
        page,
        request,
        "exchanges/visit_form.html",
        {"form": form, "visit": visit, "programme": programme},
        status,
    )


def report_edit(page, request, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
    visit = get_object_or_404(with_visit_relations(Visit.objects.all()), pk=pk)
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
    label([visit], "host", "visiting")
    return render_form(
        page,
        request,
        "exchanges/report_form.html",
        {"form": form, "formset": formset if shadowing else None, "visit": visit},
        status,
    )


def advice_create(page, request, kind, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
    programme = get_programme(kind, pk)
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
        return login_redirect(request)
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
    return render_form(
        page,
        request,
        "exchanges/advice_form.html",
        {"form": form, "advice": advice, "programme": programme},
        status,
    )


def advice_detail(page, request, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
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
            "measure",
        ),
        pk=pk,
    )
    if not perms.can_view_advice(request.user, advice):
        raise Http404
    # Advice may be read by a peer group's members who may not read the advised plan.
    measure = advice.measure
    if measure is not None and not perms.can_view_measure(request.user, measure):
        measure = None
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
    label([advice], "municipality")
    return render_form(
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
            "measure": measure,
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
        return login_redirect(request)
    advice = list(
        perms.advice_visible_to(request.user)
        .select_related("municipality", "given_by", "pair", "group")
        .order_by("due_on", "pk")
    )
    label(advice, "municipality")
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
            item.due_on,
            item.get_status_display(),
            _("yes") if item.is_overdue else _("no"),
            item.text,
        ]
        for item in advice
    )
    return spreadsheet_response(
        headers,
        rows,
        filename=slugify(_("advice")) or "advice",
        sheet_name=pgettext("heading over several advice items", "Advice"),
    )


def calendar_reset(page, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    profile = profile_of(request.user)
    profile.calendar_token = new_calendar_token()
    profile.save(update_fields=["calendar_token"])
    messages.success(request, _("Your calendar address is renewed. The old one no longer works."))
    return HttpResponseRedirect(page.url + page.reverse_subpage("workspace"))
