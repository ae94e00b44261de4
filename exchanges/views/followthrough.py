"""Follow-through: measures of a municipality's plan, adopting a practice, self-assessments,
reminder settings. Objects a reader may not see answer 404; those they may not change, 403."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from config.pagination import paginate

from .. import permissions as perms
from ..choices import AssessmentElement
from ..forms import (
    AdoptPracticeForm,
    MeasureCommentForm,
    MeasureForm,
    MeasureUpdateForm,
    ReminderSettingsForm,
    SelfAssessmentForm,
)
from ..models import (
    AssessmentScore,
    Measure,
    SelfAssessment,
)
from ..names import label_municipalities
from .common import label, login_redirect, profile_of, render_form, section_page

PER_PAGE = 20


def _page_url(page, name, *args):
    return page.url + page.reverse_subpage(name, args=args)


def _own_municipality(request):
    """The user's own municipality, as `scope_of` read it with the profile (no query)."""
    if perms.scope_of(request.user).municipality_id is None:
        raise PermissionDenied
    return perms.loaded_profile(request.user).municipality


def measure_list(page, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    scope = perms.scope_of(request.user)
    measures = perms.measures_visible_to(request.user).select_related("municipality")
    order = ("municipality__name", "is_draft", "end_year", "title", "pk")
    measures = paginate(request, measures.order_by(*order), PER_PAGE)
    label(measures.object_list, "municipality")
    return page.render(
        request,
        template="exchanges/measure_list.html",
        context_overrides={"page_obj": measures, "can_add": scope.municipality_id is not None},
    )


def measure_create(page, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    municipality = _own_municipality(request)
    return _measure_form(page, request, Measure(created_by=request.user), municipality)


def measure_edit(page, request, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
    measure = get_object_or_404(Measure.objects.select_related("municipality"), pk=pk)
    if not perms.can_view_measure(request.user, measure):
        raise Http404
    if not perms.can_edit_measure(request.user, measure):
        raise PermissionDenied
    return _measure_form(page, request, measure, measure.municipality)


def _measure_form(page, request, measure, municipality, form_class=MeasureForm, extra=None):
    if request.method == "POST":
        form = form_class(request.POST, instance=measure, municipality=municipality)
        if form.is_valid():
            with transaction.atomic():
                measure = form.save()
                if form.initial_status and form.initial_status != measure.status:
                    measure.updates.create(
                        status=measure.status,
                        note=_("Status changed while editing the measure."),
                        author=request.user,
                    )
            messages.success(request, _("The measure is saved."))
            return HttpResponseRedirect(_page_url(page, "measure", measure.pk))
        status = 400
    else:
        form = form_class(instance=measure, municipality=municipality, initial=extra or {})
        status = 200
    return render_form(
        page,
        request,
        "exchanges/measure_form.html",
        {"form": form, "measure": measure, "municipality": municipality},
        status,
    )


def measure_detail(page, request, pk):
    if not request.user.is_authenticated:
        return login_redirect(request)
    measure = get_object_or_404(
        Measure.objects.select_related("municipality", "sector", "secap_step", "adopted_from"),
        pk=pk,
    )
    if not perms.can_view_measure(request.user, measure):
        raise Http404
    can_edit = perms.can_edit_measure(request.user, measure)
    can_comment = perms.can_comment_measure(request.user, measure)
    update_form = MeasureUpdateForm(initial={"status": measure.status}) if can_edit else None
    comment_form = MeasureCommentForm() if can_comment else None
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "update" and can_edit:
            update_form = MeasureUpdateForm(request.POST)
            if update_form.is_valid():
                with transaction.atomic():
                    update = update_form.save(commit=False)
                    update.measure, update.author = measure, request.user
                    update.save()
                    measure.status = update.status
                    measure.save(update_fields=["status", "updated_at"])
                messages.success(request, _("The measure's status is updated."))
                return HttpResponseRedirect(_page_url(page, "measure", measure.pk))
        elif action == "comment" and can_comment:
            comment_form = MeasureCommentForm(request.POST)
            if comment_form.is_valid():
                comment = comment_form.save(commit=False)
                comment.measure, comment.author = measure, request.user
                comment.save()
                messages.success(request, _("Your comment is added."))
                return HttpResponseRedirect(_page_url(page, "measure", measure.pk))
        else:
            raise PermissionDenied
        status = 400
    advice = list(
        perms.advice_visible_to(request.user)
        .filter(measure=measure)
        .select_related("municipality", "visit")
        .order_by("due_on")
    )
    label([measure], "municipality")
    label(advice, "municipality")
    visits = sorted(
        {item.visit for item in advice if item.visit}, key=lambda v: v.starts_at, reverse=True
    )
    return render_form(
        page,
        request,
        "exchanges/measure_detail.html",
        {
            "measure": measure,
            "updates": list(measure.updates.select_related("author")),
            "comments": list(measure.comments.select_related("author")),
            "advice_list": advice,
            "visits": visits,
            "update_form": update_form,
            "comment_form": comment_form,
            "can_edit": can_edit,
            "sector": measure.sector.localized if measure.sector else None,
            "secap_step": measure.secap_step.localized if measure.secap_step else None,
            "case": measure.adopted_from.localized if measure.adopted_from else None,
        },
        status,
    )


def adopt_practice(request, case_id):
    """A municipality member turns a case study into a draft measure of their own plan."""
    page = section_page()
    if not request.user.is_authenticated:
        return login_redirect(request)
    case = get_object_or_404(CaseStudyPage.objects.live().public().specific(), pk=case_id)
    municipality = _own_municipality(request)
    canonical = case.get_translation_or_none(Locale.get_default()) or case
    already = (
        Measure.objects.filter(municipality=municipality, adopted_from=canonical)
        .order_by("pk")
        .only("pk")
        .first()
    )
    if already is not None:
        # One measure per practice and plan: a second click (or a resent form) leads to the
        # measure made the first time, to be completed there, rather than to a twin draft.
        messages.info(
            request, _("This practice is already in your plan: here is the measure based on it.")
        )
        return HttpResponseRedirect(_page_url(page, "measure", already.pk))
    measure = Measure(
        created_by=request.user, adopted_from=canonical, is_draft=True, municipality=municipality
    )
    sector = canonical.sectors.first() if hasattr(canonical, "sectors") else None
    step = canonical.steps.first() if hasattr(canonical, "steps") else None
    extra = {
        "title": case.title,
        # No quotation marks around the title: case titles often carry their own.
        "description": _("Adopted from the case study: %(title)s") % {"title": case.title},
        "sector": sector.pk if sector else None,
        "secap_step": step.pk if step else None,
    }
    return _adopt_form(page, request, measure, municipality, extra, case)


def _adopt_form(page, request, measure, municipality, extra, case):
    if request.method == "POST":
        form = AdoptPracticeForm(request.POST, instance=measure, municipality=municipality)
        if form.is_valid():
            measure = form.save()
            messages.success(
                request, _("A draft measure is added to your plan. Complete it when ready.")
            )
            return HttpResponseRedirect(_page_url(page, "measure", measure.pk))
        status = 400
    else:
        form = AdoptPracticeForm(instance=measure, municipality=municipality, initial=extra)
        status = 200
    return render_form(
        page,
        request,
        "exchanges/adopt_form.html",
        {"form": form, "case": case, "municipality": municipality.localized},
        status,
    )


# Self-assessment ---------------------------------------------------------------------------


def assessment_chart(assessments):
    """The latest assessment beside the one before it, as rows for the SVG chart and table."""
    if not assessments:
        return None
    latest = assessments[0]
    previous = assessments[1] if len(assessments) > 1 else None
    scores = {s.element: s for s in latest.scores.all()}
    before = {s.element: s for s in previous.scores.all()} if previous else {}
    rows = []
    for number, element in enumerate(AssessmentElement, start=1):
        score = scores.get(element.value)
        earlier = before.get(element.value)
        rows.append(
            {
                "number": number,
                "label": element.label,
                "score": score.score if score else None,
                "note": score.note if score else "",
                "previous": earlier.score if earlier else None,
                "width": (score.score if score else 0) * 60,
                "previous_width": (earlier.score if earlier else 0) * 60,
                "y": (number - 1) * 26,
            }
        )
    total = sum(row["score"] or 0 for row in rows)
    return {
        "latest": latest,
        "previous": previous,
        "rows": rows,
        "height": len(rows) * 26,
        "total": total,
        "maximum": 3 * len(rows),
    }


def assessments_of(municipality_id, *, published_only=False):
    assessments = SelfAssessment.objects.filter(municipality_id=municipality_id)
    if published_only:
        assessments = assessments.filter(is_published=True)
    return list(assessments.prefetch_related("scores").order_by("-assessed_on", "-pk")[:2])


def self_assessment(page, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    municipality = _own_municipality(request)
    label_municipalities([municipality])
    history = paginate(
        request,
        SelfAssessment.objects.filter(municipality=municipality).order_by("-assessed_on", "-pk"),
        PER_PAGE,
    )
    history.object_list = list(history.object_list)
    if history.number == 1:  # the chart's two latest assessments are on this page already
        latest = history.object_list[:2]
        prefetch_related_objects(latest, "scores")
    else:
        latest = assessments_of(municipality.pk)
    return page.render(
        request,
        template="exchanges/self_assessment.html",
        context_overrides={
            "municipality": municipality,
            "chart": assessment_chart(latest),
            "history": history,
        },
    )


def self_assessment_create(page, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    municipality = _own_municipality(request)
    if not perms.can_assess(request.user, municipality.pk):
        raise PermissionDenied
    last = assessments_of(municipality.pk)
    previous = {s.element: (s.score, s.note) for s in last[0].scores.all()} if last else {}
    if request.method == "POST":
        form = SelfAssessmentForm(request.POST, previous=previous)
        if form.is_valid():
            with transaction.atomic():
                assessment = SelfAssessment.objects.create(
                    municipality=municipality,
                    is_published=form.cleaned_data["is_published"],
                    created_by=request.user,
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
            messages.success(request, _("The self-assessment is saved."))
            return HttpResponseRedirect(_page_url(page, "self-assessment"))
        status = 400
    else:
        form = SelfAssessmentForm(previous=previous)
        status = 200
    return render_form(
        page,
        request,
        "exchanges/self_assessment_form.html",
        {"form": form, "municipality": municipality.localized},
        status,
    )


def reminder_settings(page, request):
    if not request.user.is_authenticated:
        return login_redirect(request)
    profile = profile_of(request.user)
    if request.method == "POST":
        form = ReminderSettingsForm(request.POST, instance=profile)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your settings are saved."))
            return HttpResponseRedirect(_page_url(page, "settings"))
        status = 400
    else:
        form = ReminderSettingsForm(instance=profile)
        status = 200
    return render_form(page, request, "exchanges/settings.html", {"form": form}, status)


def visit_assessment(user, visit):
    """What the mentor reads before a visit: the visited municipality's latest self-assessment."""
    municipality_id = visit.pair.mentee_municipality_id if visit.pair_id else visit.host_id
    if not perms.can_view_assessments_of(user, municipality_id):
        return None
    return assessment_chart(assessments_of(municipality_id))
