from django.apps import apps
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.db.models import F
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from config.pages import BasePage

from ..blocks import LessonBodyBlock
from .taxonomy import SecapPhase

INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class LearningIndexPage(BasePage):
    """The course catalogue: modules in order, with the reader's progress when logged in."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("A short explanation of what this section offers, shown under the title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["learning.ModulePage", "learning.SecapRoadmapPage"]
    max_count_per_parent = 1
    template = "learning/learning_index_page.html"

    class Meta:
        verbose_name = _("learning index page")
        verbose_name_plural = _("learning index pages")

    def get_context(self, request, *args, **kwargs):
        from ..services import catalogue

        context = super().get_context(request, *args, **kwargs)
        context["modules"], context["roadmap"] = catalogue(self, request.user)
        return context


class ModulePage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        _("introduction"), features=INTRO_FEATURES, help_text=_("What the module is about.")
    )
    outcomes = models.TextField(
        _("learning outcomes"),
        help_text=_("What a trainee can do after the module; one outcome per line."),
    )
    audience = models.CharField(
        _("audience"), max_length=250, help_text=_("Who the module is for.")
    )
    minutes = models.PositiveSmallIntegerField(
        _("estimated duration (minutes)"), help_text=_("Time to read every lesson and quiz.")
    )
    quizzes_enabled = models.BooleanField(
        _("quizzes on"),
        default=True,
        help_text=_("Off: lessons show no quiz and are completed with a button."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        help_text=_("The quiz score a lesson needs to count as completed."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("outcomes"),
        FieldPanel("audience"),
        FieldPanel("minutes"),
        MultiFieldPanel([FieldPanel("quizzes_enabled"), FieldPanel("pass_mark")], _("Quizzes")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("outcomes"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("outcomes"),
        APIField("audience"),
        APIField("minutes"),
    ]

    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def outcome_list(self):
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]

    def lessons(self):
        return LessonPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        from ..services import course_overview

        context = super().get_context(request, *args, **kwargs)
        context["overview"] = course_overview(request.user, [self])[0]
        return context

    @path("")
    def module(self, request):
        return self.render(request)

    @path("start/", name="start")
    def start(self, request):
        """Enrol the reader and send them to the first lesson they have not finished."""
        from ..services import course_overview, enrol

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        enrol(request.user, self)
        overview = course_overview(request.user, [self])[0]
        return redirect((overview.next_lesson or self).url)


class LessonPage(RoutablePageMixin, BasePage):
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences shown in lists and search results.")
    )
    minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), help_text=_("Time to read the lesson and answer its quiz.")
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    steps = ParentalManyToManyField(
        "learning.SecapStep",
        verbose_name=_("SECAP steps"),
        blank=True,
        related_name="lessons",
        help_text=_("The steps of the SECAP process this lesson teaches."),
    )
    sectors = ParentalManyToManyField(
        "learning.Sector",
        verbose_name=_("sectors"),
        blank=True,
        related_name="lessons",
        help_text=_("The sectors the lesson covers."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("minutes"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("steps"), FieldPanel("sectors")], _("Topics")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("minutes"),
        APIField("body"),
        APIField("steps"),
        APIField("sectors"),
    ]

    parent_page_types = ["learning.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def module(self):
        """The parent module, in one query (get_parent().specific takes two)."""
        return ModulePage.objects.get(path=self.path[: -self.steplen])

    def quiz(self, module=None):
        """The lesson's quiz block, or None when it has none or its module turns quizzes off."""
        module = module or self.module
        if not module.quizzes_enabled:
            return None
        return next((block for block in self.body if block.block_type == "quiz"), None)

    def body_with_heading_levels(self):
        """(block, level of the block's own heading) for each body block.

        The page title is the h1 and section headings in the text are h2, so a box (key points,
        callout, checklist, method) is an h3 inside a section but an h2 before the first one:
        no heading level is ever skipped.
        """
        in_section = False
        for block in self.body:
            yield block, 3 if in_section else 2
            if block.block_type == "text" and "<h2" in str(block.value.source):
                in_section = True

    def get_context(self, request, *args, **kwargs):
        from ..services import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(request, self))
        return context

    @path("")
    def lesson(self, request):
        return self.render(request)

    @path("complete/", name="complete")
    def complete(self, request):
        from ..services import complete_lesson

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        module = self.module
        if self.quiz(module) is not None:
            messages.error(request, gettext("Pass the quiz to complete this lesson."))
            return redirect(self.url)
        created = complete_lesson(request.user, self, module)
        if created:
            messages.success(request, gettext("Lesson completed."))
        else:
            messages.info(request, gettext("You had already completed this lesson."))
        following = self.get_next_siblings().live().public().type(LessonPage).first()
        return redirect((following or module).url)

    @path("quiz/", name="quiz")
    def answer_quiz(self, request):
        """The lesson with the quiz checked: posted by trainees, sent by GET by anyone else.

        Anonymous readers get a GET form (no CSRF cookie, so the lesson itself is cached); a
        signed-in reader arriving by GET (say, back from logging in) is sent to the lesson and its
        form, which saves. The answers shown are one reader's, so no shared cache keeps them.
        """
        from ..services import submit_quiz

        if request.method in ("GET", "HEAD") and request.user.is_authenticated:
            return redirect(f"{self.url}#quiz")
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        result = submit_quiz(request, self)
        response = self.render(request, context_overrides={"quiz_result": result})
        if not result.valid:
            response.status_code = 400
        patch_cache_control(response, private=True)
        return response


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
    search_fields = [*Page.search_fields, index.SearchField("intro")]
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
