"""The course catalogue and the SECAP roadmap: the section's front page and its map."""

from django.apps import apps
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.pages import BasePage, IndexPage
from core.search.fields import page_search_fields

from .. import caching
from .course import INTRO_FEATURES, LessonPage, ModulePage, course_overview
from .taxonomy import SecapPhase


class LearningIndexPage(IndexPage):
    """The course catalogue: modules in order, with the reader's progress when logged in."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["learning.ModulePage", "learning.SecapRoadmapPage"]
    template = "learning/learning_index_page.html"

    class Meta:
        verbose_name = _("learning index page")
        verbose_name_plural = _("learning index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"], context["roadmap"] = self.catalogue(request.user)
        return context

    def catalogue(self, user):
        """The live, public modules with their lessons (and the reader's progress), and the
        SECAP roadmap; an anonymous reader's from the cache."""
        if not user.is_authenticated:
            return caching.cached("catalogue", self.pk, lambda: self._catalogue(user))
        return self._catalogue(user)

    def _catalogue(self, user):
        modules = ModulePage.objects.child_of(self).live().public().with_enrolment(user)
        roadmap = SecapRoadmapPage.objects.child_of(self).live().public().first()
        return course_overview(user, list(modules)), roadmap


class SecapRoadmapPage(BasePage):
    """The 4 phases and 10 steps of the SECAP process, with who does what and where to learn it."""

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("The publication the steps follow, cited under the roadmap."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("source")]
    search_fields = page_search_fields("intro")
    api_fields = [APIField("intro"), APIField("source")]

    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("SECAP roadmap")
        verbose_name_plural = _("SECAP roadmaps")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        phases = list(SecapPhase.objects.filter(locale_id=self.locale_id).prefetch_related("steps"))
        step_ids = [step.pk for phase in phases for step in phase.steps.all()]
        # A string reference: case studies build on learning, not the other way round.
        case_studies = apps.get_model("casestudies", "CaseStudyPage").objects.order_by("title")
        cases = pages_by_step(case_studies, step_ids, self.locale_id)
        lessons = pages_by_step(LessonPage.objects.order_by("path"), step_ids, self.locale_id)
        context["phases"] = [
            (
                phase,
                [
                    (step, cases.get(step.pk, []), lessons.get(step.pk, []))
                    for step in phase.steps.all()
                ],
            )
            for phase in phases
        ]
        return context


def pages_by_step(pages, step_ids, locale_id):
    """{SECAP step pk: [live, public pages linked to it]}, in one query.

    The link table leads (`pk__in`, answered from its index), so the database reads the few
    linked pages instead of every page in the language; each row then carries one `step_id`.
    """
    field = pages.model._meta.get_field("steps")
    links = field.remote_field.through.objects.filter(secapstep_id__in=step_ids)
    linked = (
        pages.live()
        .public()
        .filter(locale_id=locale_id, pk__in=links.values(field.m2m_column_name()))
        .annotate(step_id=F("steps"))
        .defer_streamfields()
    )
    by_step = {}
    for page in linked:
        by_step.setdefault(page.step_id, []).append(page)
    return by_step
