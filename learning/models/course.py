"""Modules and their lessons, and each reader's progress through them.

Every progress query is per request, never per lesson or per module, so pages cost the same
with 2 lessons or 200. Progress itself (enrolments, completions, attempts, certificates) is kept
in `progress`; quizzes are checked by `learning.quiz`.
"""

import math
import uuid
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Subquery
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager

from core.pages import BasePage, PageQuerySet
from core.search.fields import page_search_fields

from .. import caching
from .. import quiz as quizzes
from ..blocks import LessonBodyBlock
from .progress import Certificate, Enrollment, LessonCompletion, QuizAttempt, canonical

INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def _same_module(user):
    # Progress points at the module in the default language (`canonical`); its translation key
    # is the same in every language, so a module read in any language finds it in the join.
    return {"user": user, "module__translation_key": OuterRef("translation_key")}


class ModulePageQuerySet(PageQuerySet):
    def with_enrolment(self, user):
        """Annotated with the user's enrolment and certificate code, in the same query."""
        if not user.is_authenticated:
            return self
        return self.annotate(
            is_enrolled=Exists(Enrollment.objects.filter(**_same_module(user))),
            certificate_code=Subquery(
                Certificate.objects.filter(**_same_module(user)).values("code")[:1]
            ),
        )


class LessonPageQuerySet(PageQuerySet):
    def with_completion(self, user):
        """Annotated with whether the user completed each lesson, in any language.

        A completion points at the lesson in the default language; the translation key finds it
        from the lesson in every language, in the same query as the lessons.
        """
        if not user.is_authenticated:
            return self
        done = LessonCompletion.objects.filter(
            user=user, lesson__translation_key=OuterRef("translation_key")
        )
        return self.annotate(is_completed=Exists(done))


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
    search_fields = page_search_fields("intro", "outcomes")
    api_fields = [
        APIField("intro"),
        APIField("outcomes"),
        APIField("audience"),
        APIField("minutes"),
    ]

    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.LessonPage"]

    objects = PageManager.from_queryset(ModulePageQuerySet)()

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def outcome_list(self):
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]

    def lessons(self):
        return LessonPage.objects.child_of(self).live().public()

    def enrol(self, user):
        enrollment, _created = Enrollment.objects.get_or_create(user=user, module=canonical(self))
        return enrollment

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["overview"] = course_overview(request.user, [self])[0]
        return context

    @path("")
    def module(self, request):
        return self.render(request)

    @path("start/", name="start")
    def start(self, request):
        """Enrol the reader and send them to the first lesson they have not finished."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        self.enrol(request.user)
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
    search_fields = page_search_fields("summary", "body")
    api_fields = [
        APIField("summary"),
        APIField("minutes"),
        APIField("body"),
        APIField("steps"),
        APIField("sectors"),
    ]

    parent_page_types = ["learning.ModulePage"]
    subpage_types = []

    objects = PageManager.from_queryset(LessonPageQuerySet)()

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
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        module_path = self.path[: -self.steplen]
        # A preview shows the draft's topics, held in memory, which no shared key may keep.
        shared = not (user.is_authenticated or getattr(request, "is_preview", False))
        if shared:
            module, overview = caching.cached("module", module_path, lambda: _outline(module_path))
            steps, sectors = caching.cached("topics", self.pk, self._topics)
        else:
            # The module with the reader's enrolment in one query; `self.module` then reuses it.
            module = ModulePage.objects.filter(path=module_path).with_enrolment(user).get()
            overview = course_overview(user, [module])[0]
            steps, sectors = self._topics()
        self.module = module
        lessons = overview.lessons
        position = next((i for i, item in enumerate(lessons) if item.pk == self.pk), None)
        context.update(
            {
                "module": module,
                "overview": overview,
                "quiz": self.quiz(module),
                "quiz_token": uuid.uuid4() if user.is_authenticated else None,
                "position": None if position is None else position + 1,
                "previous_lesson": lessons[position - 1] if position else None,
                "next_lesson": lessons[position + 1]
                if position is not None and position + 1 < len(lessons)
                else None,
                "completed": self.pk in overview.completed_ids,
                "steps": steps,
                "sectors": sectors,
            }
        )
        return context

    def _topics(self):
        return list(self.steps.all()), list(self.sectors.all())

    def mark_completed(self, user, module):
        """Record the lesson as done; finishing the module's last lesson issues the certificate.

        Returns False when the lesson had already been completed (nothing changes then).
        """
        lesson, module = canonical(self), canonical(module)
        with transaction.atomic():
            enrollment, _created = Enrollment.objects.get_or_create(user=user, module=module)
            _completion, created = LessonCompletion.objects.get_or_create(
                user=user, lesson=lesson, defaults={"module": module}
            )
            enrollment.last_lesson = lesson
            enrollment.save(update_fields=["last_lesson", "last_activity_at"])
            _finish_module_if_complete(user, module, enrollment)
        return created

    def keep_attempt(self, request, module, result):
        """The checked answers kept as the trainee's attempt, once per rendered form.

        A repeated POST of the same form (a double click, a reload) shows the attempt kept the
        first time and changes nothing; passing completes the lesson.
        """
        try:
            token = uuid.UUID(request.POST.get("token", ""))
        except ValueError:
            return quizzes.expired(module.pass_mark)
        target = canonical(self)
        attempt, created = QuizAttempt.objects.get_or_create(
            user=request.user,
            token=token,
            defaults={
                "lesson": target,
                "answers": result.answers,
                "score": result.score,
                "passed": result.passed,
            },
        )
        if not created:
            if attempt.lesson_id != target.pk:
                return quizzes.expired(module.pass_mark)
            return quizzes.replay(self.quiz(module), attempt, module.pass_mark)
        result.stored = True
        if result.passed:
            self.mark_completed(request.user, module)
        return result

    @path("")
    def lesson(self, request):
        return self.render(request)

    @path("complete/", name="complete")
    def complete(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        module = self.module
        if self.quiz(module) is not None:
            messages.error(request, gettext("Pass the quiz to complete this lesson."))
            return redirect(self.url)
        created = self.mark_completed(request.user, module)
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
        if request.method in ("GET", "HEAD") and request.user.is_authenticated:
            return redirect(f"{self.url}#quiz")
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        module = self.module
        posted = request.method == "POST"
        result = quizzes.check(
            self.quiz(module), module.pass_mark, request.POST if posted else request.GET
        )
        # Anonymous readers send their answers by GET: their form needs no CSRF token, so the
        # lesson sets no cookie and stays in the page cache, and a GET changes nothing.
        if result.valid and posted and request.user.is_authenticated:
            result = self.keep_attempt(request, module, result)
        response = self.render(request, context_overrides={"quiz_result": result})
        if not result.valid:
            response.status_code = 400
        patch_cache_control(response, private=True)
        return response


@dataclass
class ModuleOverview:
    module: ModulePage
    lessons: list
    completed_ids: set = field(default_factory=set)
    enrolled: bool = False
    certificate_code: str = ""
    next_lesson: LessonPage | None = None

    @property
    def total(self):
        return len(self.lessons)

    @property
    def done(self):
        return len(self.completed_ids)

    @property
    def percent(self):
        return math.floor(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self):
        return self.total > 0 and self.done == self.total


def _enrolment(user, modules):
    """{module pk: (enrolled, certificate code)}, from annotations or, missing them, one query."""
    known = {
        m.pk: (m.is_enrolled, m.certificate_code or "")
        for m in modules
        if hasattr(m, "is_enrolled")
    }
    missing = [m.pk for m in modules if m.pk not in known]
    if missing:
        rows = ModulePage.objects.filter(pk__in=missing).with_enrolment(user)
        for pk, enrolled, code in rows.values_list("pk", "is_enrolled", "certificate_code"):
            known[pk] = (enrolled, code or "")
    return known


def course_overview(user, modules):
    """Each module with its live lessons and, for a logged-in user, their progress.

    Two queries at most, however many modules and lessons: the lessons with their completion,
    and the enrolment of modules that were not fetched `with_enrolment`. Every query is per
    request, never per lesson or per module, so pages cost the same with 2 lessons or 200.
    """
    if not modules:
        return []
    lessons = (
        LessonPage.objects.live()
        .public()
        .filter(reduce(or_, [LessonPage.objects.child_of_q(module) for module in modules]))
        .defer_streamfields()
        .order_by("path")
        .with_completion(user)
    )
    by_module = {module.path: [] for module in modules}
    for lesson in lessons:
        by_module[lesson.path[: -LessonPage.steplen]].append(lesson)
    overviews = [ModuleOverview(module, by_module[module.path]) for module in modules]
    if not user.is_authenticated:
        return overviews

    enrolment = _enrolment(user, modules)
    for overview in overviews:
        overview.completed_ids = {lesson.pk for lesson in overview.lessons if lesson.is_completed}
        overview.enrolled, overview.certificate_code = enrolment[overview.module.pk]
        overview.next_lesson = next(
            (lesson for lesson in overview.lessons if lesson.pk not in overview.completed_ids),
            None,
        )
    return overviews


def _outline(module_path):
    """The module and its lessons as every anonymous reader sees them."""
    module = ModulePage.objects.get(path=module_path)
    return module, course_overview(AnonymousUser(), [module])[0]


def _finish_module_if_complete(user, module, enrollment):
    total = LessonPage.objects.child_of(module).live().count()
    done = LessonCompletion.objects.filter(user=user, module=module, lesson__live=True).count()
    if not total or done < total:
        return None
    if enrollment.completed_at is None:
        enrollment.completed_at = timezone.now()
        enrollment.save(update_fields=["completed_at"])
    certificate, _created = Certificate.objects.get_or_create(
        user=user,
        module=module,
        defaults={"holder_name": user.get_full_name() or user.get_username()},
    )
    return certificate
