"""The signed-in workspace: scheduling visits, reports, advice and its updates.

Objects a reader may not see answer 404; objects they see but may not change answer 403
(core.views.RecordAccessMixin, with the checks of exchanges.permissions).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.generic import FormView, TemplateView, View

from core.absolute import absolute_url
from core.export import spreadsheet_response
from core.pagination import paginate
from core.views import RecordAccessMixin

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
    SectionPageMixin,
    count_each,
    fill_pages,
    get_programme,
    label_programme,
    label_programmes,
    profile_of,
    set_municipality_labels,
)


class WorkspaceView(SectionPageMixin, RecordAccessMixin, TemplateView):
    """The reader's pairs and groups, upcoming visits, and the advice received and given."""

    template_name = "exchanges/workspace.html"

    def get_context_data(self, **kwargs):
        request, user = self.request, self.request.user
        scope = perms.scope_of(user)
        profile = profile_of(user)
        pairs = list(MentoringPair.objects.filter(pk__in=scope.member_pairs).with_municipalities())
        groups = list(PeerGroup.objects.filter(pk__in=scope.member_groups).with_members())
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
            lists["visits"].with_list_relations(),
            PER_PAGE,
            param="visits",
            count=totals["visits"],
        )
        set_municipality_labels(upcoming.object_list, "host")
        received, given = (
            paginate(
                request, lists[param].waiting_first(), PER_PAGE, param=param, count=totals[param]
            )
            for param in ("received", "given")
        )
        fill_pages(visible_advice.waiting_first(), received=received, given=given)
        set_municipality_labels(
            list(received.object_list) + list(given.object_list), "municipality"
        )
        region = None
        if scope.region_id:
            region = PlanningRegion.objects.filter(pk=scope.region_id).first()
            region = region.localized if region else None
        set_municipality_labels([profile], "municipality")
        calendar_path = reverse("exchanges:personal-calendar", args=[profile.calendar_token])
        return super().get_context_data(
            scope=scope,
            pairs=pairs,
            groups=groups,
            managed_pairs=scope.managed_pairs,
            managed_groups=scope.managed_groups,
            upcoming=upcoming,
            received=received,
            given=given,
            region=region,
            profile=profile,
            calendar_url=absolute_url(request, calendar_path),
            **kwargs,
        )


class ProgrammeRecordMixin:
    """A new record of a pair or a group: its members see the form, its managers may use it."""

    def get_object(self):
        return get_programme(self.kwargs["kind"], self.kwargs["pk"])

    def can_view(self, user, programme):
        return perms.is_member(user, programme)

    def can_change(self, user, programme):
        return perms.can_manage(user, programme)


class VisitFormView(SectionPageMixin, RecordAccessMixin, FormView):
    form_class = VisitForm
    template_name = "exchanges/visit_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.visit, "programme": self.programme}

    def form_valid(self, form):
        is_new = self.visit.pk is None
        visit = form.save()
        messages.success(
            self.request, _("The visit is scheduled.") if is_new else _("The visit is saved.")
        )
        return HttpResponseRedirect(
            self.page.url + self.page.reverse_subpage("visit", args=[visit.pk])
        )

    def get_context_data(self, **kwargs):
        label_programme(self.programme)
        return super().get_context_data(visit=self.visit, programme=self.programme, **kwargs)


class VisitCreateView(ProgrammeRecordMixin, VisitFormView):
    @property
    def programme(self):
        return self.object

    @cached_property
    def visit(self):
        return Visit(created_by=self.request.user)


class VisitEditView(VisitFormView):
    def get_object(self):
        return get_object_or_404(Visit.objects.with_programme(), pk=self.kwargs["pk"])

    def can_view(self, user, visit):
        return perms.can_view_visit(user, visit)

    def can_change(self, user, visit):
        return perms.can_edit_visit(user, visit)

    @property
    def visit(self):
        return self.object

    @property
    def programme(self):
        return self.object.programme


class ReportEditView(SectionPageMixin, RecordAccessMixin, FormView):
    """The visit's report; a shadowing visit's report lists the measures seen as well."""

    form_class = VisitReportForm
    template_name = "exchanges/report_form.html"

    def get_object(self):
        return get_object_or_404(Visit.objects.with_detail_relations(), pk=self.kwargs["pk"])

    def can_view(self, user, visit):
        return perms.can_view_visit(user, visit)

    def can_change(self, user, visit):
        return perms.can_write_report(user, visit)

    @cached_property
    def report(self):
        visit = self.object
        report = VisitReport.objects.filter(visit=visit).first()
        return report or VisitReport(visit=visit, author=self.request.user)

    @property
    def shadowing(self):
        return self.object.kind == "shadowing"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.report}

    def get_formset(self):
        data = self.request.POST if self.request.method == "POST" else None
        return ObservedMeasureFormSet(data, instance=self.report, prefix="measures")

    def post(self, request, *args, **kwargs):
        form, formset = self.get_form(), self.get_formset()
        if form.is_valid() and (not self.shadowing or formset.is_valid()):
            return self.form_valid(form, formset)
        return self.form_invalid(form, formset=formset)

    def form_valid(self, form, formset):
        with transaction.atomic():
            report = form.save()
            if self.shadowing:
                formset.instance = report
                measures = formset.save(commit=False)
                for order, measure in enumerate(measures):
                    measure.sort_order = order
                    measure.save()
                for measure in formset.deleted_objects:
                    measure.delete()
        messages.success(self.request, _("The report is saved."))
        visit_url = self.page.url + self.page.reverse_subpage("visit", args=[self.object.pk])
        return HttpResponseRedirect(visit_url)

    def get_context_data(self, **kwargs):
        formset = kwargs.pop("formset", None)
        if formset is None and self.shadowing:
            formset = self.get_formset()
        set_municipality_labels([self.object], "host", "visiting")
        return super().get_context_data(
            formset=formset if self.shadowing else None, visit=self.object, **kwargs
        )


class AdviceFormView(SectionPageMixin, RecordAccessMixin, FormView):
    form_class = AdviceForm
    template_name = "exchanges/advice_form.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        return {**kwargs, "instance": self.advice, "programme": self.programme}

    def form_valid(self, form):
        advice = form.save()
        messages.success(self.request, _("The advice is saved."))
        return HttpResponseRedirect(reverse("exchanges:advice", args=[advice.pk]))

    def get_context_data(self, **kwargs):
        return super().get_context_data(advice=self.advice, programme=self.programme, **kwargs)


class AdviceCreateView(ProgrammeRecordMixin, AdviceFormView):
    """New advice; `?visit=` (a visit of this pair or group) fills in the visit it came from."""

    @property
    def programme(self):
        return self.object

    @cached_property
    def advice(self):
        return Advice(given_by=self.request.user)

    def get_initial(self):
        initial = super().get_initial()
        visit_id = parse_id(self.request.GET.get("visit", ""))
        if visit_id and self.programme.visits.filter(pk=visit_id).exists():
            initial["visit"] = visit_id
        return initial


class AdviceEditView(AdviceFormView):
    def get_object(self):
        queryset = Advice.objects.with_programme()
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def can_view(self, user, advice):
        return perms.can_view_advice(user, advice)

    def can_change(self, user, advice):
        return perms.can_edit_advice(user, advice)

    @property
    def advice(self):
        return self.object

    @property
    def programme(self):
        return self.object.pair or self.object.group


class AdviceDetailView(SectionPageMixin, RecordAccessMixin, FormView):
    """The advice and what happened since; its municipality's people post status updates."""

    form_class = AdviceUpdateForm
    template_name = "exchanges/advice_detail.html"

    def get_object(self):
        queryset = Advice.objects.select_related(
            "municipality",
            "given_by",
            "pair__mentor_municipality",
            "pair__mentee_municipality",
            "group",
            "visit",
            "sector",
            "secap_step",
            "measure",
        )
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def can_view(self, user, advice):
        return perms.can_view_advice(user, advice)

    def requires_change(self):
        return self.request.method == "POST"

    def can_change(self, user, advice):
        return self.can_update

    @cached_property
    def can_update(self):
        return perms.can_update_advice_status(self.request.user, self.object)

    def get_initial(self):
        return {"status": _next_status(self.object)}

    def form_valid(self, form):
        _record_update(self.request, self.object, form)
        messages.success(self.request, _("Thank you. The advice status is updated."))
        return HttpResponseRedirect(reverse("exchanges:advice", args=[self.object.pk]))

    def get_context_data(self, **kwargs):
        advice, user = self.object, self.request.user
        form = kwargs.pop("form", None)
        if form is None and self.can_update:
            form = self.get_form()
        # Advice may be read by a peer group's members who may not read the advised plan.
        measure = advice.measure
        if measure is not None and not perms.can_view_measure(user, measure):
            measure = None
        updates = list(advice.updates.select_related("author", "evidence"))
        set_municipality_labels([advice], "municipality")
        return super().get_context_data(
            advice=advice,
            updates=updates,
            form=form if self.can_update else None,
            can_edit=perms.can_edit_advice(user, advice),
            sector=advice.sector.localized if advice.sector else None,
            secap_step=advice.secap_step.localized if advice.secap_step else None,
            measure=measure,
            **kwargs,
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


@login_required
def advice_export(request):
    advice = list(
        perms.advice_visible_to(request.user)
        .select_related("municipality", "given_by", "pair", "group")
        .order_by("due_on", "pk")
    )
    set_municipality_labels(advice, "municipality")
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


class CalendarRenewView(SectionPageMixin, RecordAccessMixin, View):
    """A new secret address for the reader's calendar feed; the old one stops working."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        profile = profile_of(request.user)
        profile.calendar_token = new_calendar_token()
        profile.save(update_fields=["calendar_token"])
        messages.success(
            request, _("Your calendar address is renewed. The old one no longer works.")
        )
        return HttpResponseRedirect(reverse("exchanges:workspace"))
