"""Follow-through: measures of a municipality's plan, adopting a practice, self-assessments,
reminder settings. Objects a reader may not see answer 404; those they may not change, 403."""

from django.contrib import messages
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from core.pagination import paginate
from core.views import RecordAccessMixin

from .. import permissions as perms
from ..charts import assessment_chart
from ..choices import AssessmentElement
from ..forms import (
    AdoptPracticeForm,
    MeasureCommentForm,
    MeasureForm,
    MeasureUpdateForm,
    ReminderSettingsForm,
    SelfAssessmentForm,
)
from ..models import AssessmentScore, Measure, SelfAssessment
from .common import SectionPageMixin, profile_of, set_municipality_labels

PER_PAGE = 20


def _measure_url(measure):
    return reverse("exchanges:measure", args=[measure.pk])


class OwnMunicipalityMixin:
    """Pages about the reader's own municipality: without one, there is nothing to keep (403).

    `scope_of` has read the profile with its municipality, so finding it costs no query.
    """

    def can_change(self, user, obj):
        return perms.scope_of(user).municipality_id is not None

    @property
    def municipality(self):
        return perms.loaded_profile(self.request.user).municipality


class MeasureListView(SectionPageMixin, RecordAccessMixin, TemplateView):
    """The measures the reader may see: their municipality's and those of whom they guide."""

    template_name = "exchanges/measure_list.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        measures = perms.measures_visible_to(user).select_related("municipality")
        order = ("municipality__name", "is_draft", "end_year", "title", "pk")
        page_obj = paginate(self.request, measures.order_by(*order), PER_PAGE)
        set_municipality_labels(page_obj.object_list, "municipality")
        kwargs.update(page_obj=page_obj, can_add=perms.scope_of(user).municipality_id is not None)
        return super().get_context_data(**kwargs)


class MeasureFormView(SectionPageMixin, RecordAccessMixin, FormView):
    """Add or edit a measure; a change of status while editing is kept in its history."""

    template_name = "exchanges/measure_form.html"
    form_class = MeasureForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(instance=self.get_measure(), municipality=self.get_municipality())
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(measure=context["form"].instance, municipality=self.get_municipality())
        return context

    def form_valid(self, form):
        with transaction.atomic():
            measure = form.save()
            if form.initial_status and form.initial_status != measure.status:
                measure.updates.create(
                    status=measure.status,
                    note=_("Status changed while editing the measure."),
                    author=self.request.user,
                )
        messages.success(self.request, _("The measure is saved."))
        return HttpResponseRedirect(_measure_url(measure))


class MeasureCreateView(OwnMunicipalityMixin, MeasureFormView):
    """A new measure in the reader's own municipality's plan."""

    def get_measure(self):
        return Measure(created_by=self.request.user)

    def get_municipality(self):
        return self.municipality


class MeasureEditView(MeasureFormView):
    def get_object(self):
        queryset = Measure.objects.select_related("municipality")
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def can_view(self, user, obj):
        return perms.can_view_measure(user, obj)

    def can_change(self, user, obj):
        return perms.can_edit_measure(user, obj)

    def get_measure(self):
        return self.object

    def get_municipality(self):
        return self.object.municipality


class MeasureDetailView(SectionPageMixin, RecordAccessMixin, TemplateView):
    """A measure with its history and comments; its editors post status updates here, and
    anyone who may comment posts comments (`action` says which form was sent)."""

    template_name = "exchanges/measure_detail.html"
    forms = {
        "update": (MeasureUpdateForm, "update_form"),
        "comment": (MeasureCommentForm, "comment_form"),
    }

    def get_object(self):
        queryset = Measure.objects.select_related(
            "municipality", "sector", "secap_step", "adopted_from"
        )
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def can_view(self, user, obj):
        return perms.can_view_measure(user, obj)

    def requires_change(self):
        return self.request.method == "POST"

    def can_change(self, user, obj):
        action = self.request.POST.get("action")
        if action == "update":
            return perms.can_edit_measure(user, obj)
        return action == "comment" and perms.can_comment_measure(user, obj)

    def post(self, request, *args, **kwargs):
        measure, action = self.object, request.POST["action"]
        form_class, name = self.forms[action]
        form = form_class(request.POST)
        if not form.is_valid():
            return self.form_invalid(form, **{name: form})
        with transaction.atomic():
            record = form.save(commit=False)
            record.measure, record.author = measure, request.user
            record.save()
            if action == "update":
                measure.status = record.status
                measure.save(update_fields=["status", "updated_at"])
        if action == "update":
            messages.success(request, _("The measure's status is updated."))
        else:
            messages.success(request, _("Your comment is added."))
        return HttpResponseRedirect(_measure_url(measure))

    def get_context_data(self, **kwargs):
        user, measure = self.request.user, self.object
        can_edit = perms.can_edit_measure(user, measure)
        if can_edit:
            kwargs.setdefault("update_form", MeasureUpdateForm(initial={"status": measure.status}))
        if perms.can_comment_measure(user, measure):
            kwargs.setdefault("comment_form", MeasureCommentForm())
        advice = list(
            perms.advice_visible_to(user)
            .filter(measure=measure)
            .select_related("municipality", "visit")
            .order_by("due_on")
        )
        set_municipality_labels([measure], "municipality")
        set_municipality_labels(advice, "municipality")
        visits = sorted(
            {item.visit for item in advice if item.visit}, key=lambda v: v.starts_at, reverse=True
        )
        kwargs.update(
            measure=measure,
            updates=list(measure.updates.select_related("author")),
            comments=list(measure.comments.select_related("author")),
            advice_list=advice,
            visits=visits,
            can_edit=can_edit,
            sector=measure.sector.localized if measure.sector else None,
            secap_step=measure.secap_step.localized if measure.secap_step else None,
            case=measure.adopted_from.localized if measure.adopted_from else None,
        )
        kwargs.setdefault("update_form", None)
        kwargs.setdefault("comment_form", None)
        return super().get_context_data(**kwargs)


class AdoptPracticeView(SectionPageMixin, OwnMunicipalityMixin, RecordAccessMixin, FormView):
    """A municipality member turns a case study into a draft measure of their own plan.

    Linked from case study pages, which cannot know the exchanges page (imports point one way).
    """

    template_name = "exchanges/adopt_form.html"
    form_class = AdoptPracticeForm

    def get_object(self):
        cases = CaseStudyPage.objects.live().public().specific()
        return get_object_or_404(cases, pk=self.kwargs["case_id"])

    def get(self, request, *args, **kwargs):
        return self._already_adopted() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self._already_adopted() or super().post(request, *args, **kwargs)

    @cached_property
    def canonical_case(self):
        """The case in the default language, which measures point at whatever the reader's."""
        return self.object.get_translation_or_none(Locale.get_default()) or self.object

    def _already_adopted(self):
        """One measure per practice and plan: a second click (or a resent form) leads to the
        measure made the first time, to be completed there, rather than to a twin draft."""
        already = (
            Measure.objects.filter(municipality=self.municipality, adopted_from=self.canonical_case)
            .order_by("pk")
            .only("pk")
            .first()
        )
        if already is None:
            return None
        messages.info(
            self.request,
            _("This practice is already in your plan: here is the measure based on it."),
        )
        return HttpResponseRedirect(_measure_url(already))

    def get_initial(self):
        if self.request.method == "POST":
            return {}  # a sent form is read as sent
        case, canonical = self.object, self.canonical_case
        sector = canonical.sectors.first() if hasattr(canonical, "sectors") else None
        step = canonical.steps.first() if hasattr(canonical, "steps") else None
        return {
            "title": case.title,
            # No quotation marks around the title: case titles often carry their own.
            "description": _("Adopted from the case study: %(title)s") % {"title": case.title},
            "sector": sector.pk if sector else None,
            "secap_step": step.pk if step else None,
        }

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        measure = Measure(
            created_by=self.request.user,
            adopted_from=self.canonical_case,
            is_draft=True,
            municipality=self.municipality,
        )
        kwargs.update(instance=measure, municipality=self.municipality)
        return kwargs

    def get_context_data(self, **kwargs):
        kwargs.update(case=self.object, municipality=self.municipality.localized)
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        measure = form.save()
        messages.success(
            self.request, _("A draft measure is added to your plan. Complete it when ready.")
        )
        return HttpResponseRedirect(_measure_url(measure))


class SelfAssessmentView(SectionPageMixin, OwnMunicipalityMixin, RecordAccessMixin, TemplateView):
    """The reader's municipality's latest self-assessment beside the one before, and history."""

    template_name = "exchanges/self_assessment.html"

    def get_context_data(self, **kwargs):
        municipality = self.municipality
        set_municipality_labels([municipality])
        assessments = SelfAssessment.objects.filter(municipality=municipality)
        history = paginate(self.request, assessments.order_by("-assessed_on", "-pk"), PER_PAGE)
        history.object_list = list(history.object_list)
        if history.number == 1:  # the chart's two latest assessments are on this page already
            latest = history.object_list[:2]
            prefetch_related_objects(latest, "scores")
        else:
            latest = assessments.latest_two()
        kwargs.update(municipality=municipality, chart=assessment_chart(latest), history=history)
        return super().get_context_data(**kwargs)


class SelfAssessmentCreateView(SectionPageMixin, OwnMunicipalityMixin, RecordAccessMixin, FormView):
    """A new self-assessment, each element starting from the score and note given last time."""

    template_name = "exchanges/self_assessment_form.html"
    form_class = SelfAssessmentForm

    def can_change(self, user, obj):
        return super().can_change(user, obj) and perms.can_assess(user, self.municipality.pk)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        last = SelfAssessment.objects.filter(municipality=self.municipality).latest_two()
        kwargs["previous"] = (
            {s.element: (s.score, s.note) for s in last[0].scores.all()} if last else {}
        )
        return kwargs

    def get_context_data(self, **kwargs):
        kwargs["municipality"] = self.municipality.localized
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        with transaction.atomic():
            assessment = SelfAssessment.objects.create(
                municipality=self.municipality,
                is_published=form.cleaned_data["is_published"],
                created_by=self.request.user,
            )
            AssessmentScore.objects.bulk_create(
                AssessmentScore(
                    assessment=assessment,
                    element=element.value,
                    score=form.cleaned_data[f"score_{element.value}"],
                    note=form.cleaned_data[f"note_{element.value}"],
                )
                for element in AssessmentElement
            )
        messages.success(self.request, _("The self-assessment is saved."))
        return HttpResponseRedirect(reverse("exchanges:self-assessment"))


class ReminderSettingsView(SectionPageMixin, RecordAccessMixin, FormView):
    """Whether the reader gets reminder e-mails; everyone signed in has their own settings."""

    template_name = "exchanges/settings.html"
    form_class = ReminderSettingsForm

    def get_object(self):
        return profile_of(self.request.user)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.object
        return kwargs

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Your settings are saved."))
        return HttpResponseRedirect(reverse("exchanges:settings"))
