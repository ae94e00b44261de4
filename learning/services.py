"""Progress rules: enrolling, completing lessons, scoring quizzes and issuing certificates.

Views and page methods call these; nothing here renders. Every query is per request, never
per lesson or per module, so pages cost the same with 2 lessons or 200.
"""

import math
import uuid
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from config.locales import localized

from . import caching
from .models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
    SecapRoadmapPage,
)
from .models.progress import canonical


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


def _same_module(user):
    # Progress points at the module in the default language (`canonical`); its translation key
    # is the same in every language, so a module read in any language finds it in the join.
    return {"user": user, "module__translation_key": OuterRef("translation_key")}


def with_enrolment(modules, user):
    """Modules annotated with the user's enrolment and certificate code, in the same query."""
    if not user.is_authenticated:
        return modules
    return modules.annotate(
        is_enrolled=Exists(Enrollment.objects.filter(**_same_module(user))),
        certificate_code=Subquery(
            Certificate.objects.filter(**_same_module(user)).values("code")[:1]
        ),
    )


def with_completion(lessons, user):
    """Lessons annotated with whether the user completed them, in any language.

    A completion points at the lesson in the default language; the translation key finds it
    from the lesson in every language, in the same query as the lessons.
    """
    if not user.is_authenticated:
        return lessons
    done = LessonCompletion.objects.filter(
        user=user, lesson__translation_key=OuterRef("translation_key")
    )
    return lessons.annotate(is_completed=Exists(done))


def _enrolment(user, modules):
    """{module pk: (enrolled, certificate code)}, from annotations or, missing them, one query."""
    known = {
        m.pk: (m.is_enrolled, m.certificate_code or "")
        for m in modules
        if hasattr(m, "is_enrolled")
    }
    missing = [m.pk for m in modules if m.pk not in known]
    if missing:
        rows = with_enrolment(ModulePage.objects.filter(pk__in=missing), user)
        for pk, enrolled, code in rows.values_list("pk", "is_enrolled", "certificate_code"):
            known[pk] = (enrolled, code or "")
    return known


def course_overview(user, modules):
    """Each module with its live lessons and, for a logged-in user, their progress.

    Two queries at most, however many modules and lessons: the lessons with their completion,
    and the enrolment of modules that were not fetched `with_enrolment`.
    """
    if not modules:
        return []
    lessons = with_completion(
        LessonPage.objects.live()
        .public()
        .filter(reduce(or_, [LessonPage.objects.child_of_q(module) for module in modules]))
        .defer_streamfields()
        .order_by("path"),
        user,
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


def enrol(user, module):
    enrollment, _created = Enrollment.objects.get_or_create(user=user, module=canonical(module))
    return enrollment


def complete_lesson(user, lesson, module):
    """Record the lesson as done; finishing the module's last lesson issues the certificate.

    Returns False when the lesson had already been completed (nothing changes then).
    """
    lesson, module = canonical(lesson), canonical(module)
    with transaction.atomic():
        enrollment, _created = Enrollment.objects.get_or_create(user=user, module=module)
        _completion, created = LessonCompletion.objects.get_or_create(
            user=user, lesson=lesson, defaults={"module": module}
        )
        enrollment.last_lesson = lesson
        enrollment.save(update_fields=["last_lesson", "last_activity_at"])
        _finish_module_if_complete(user, module, enrollment)
    return created


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


@dataclass
class QuizResult:
    valid: bool
    error: str = ""
    questions: list = field(default_factory=list)
    score: int = 0
    passed: bool = False
    stored: bool = False
    repeated: bool = False
    pass_mark: int = 70

    @property
    def correct_count(self):
        return sum(1 for question in self.questions if question["is_correct"])


def _questions(quiz):
    return {child.id: child.value for child in quiz.value["questions"].bound_blocks}


def _parse_answers(post, questions):
    """The chosen option indexes per question id, or an error message for a tampered form."""
    answers = {}
    for key in post:
        if not key.startswith("q-"):
            continue
        question_id = key[2:]
        question = questions.get(question_id)
        if question is None:
            return None, _(
                "These answers do not belong to this lesson's quiz. Reload the page and try again."
            )
        try:
            chosen = {int(value) for value in post.getlist(key)}
        except ValueError:
            return None, _("An answer is not one of the options. Reload the page and try again.")
        if any(index < 0 or index >= len(question["options"]) for index in chosen):
            return None, _("An answer is not one of the options. Reload the page and try again.")
        if len(chosen) > 1 and not question["multiple"]:
            return None, _("Choose only one answer to a single-choice question.")
        answers[question_id] = sorted(chosen)
    if not answers:
        return None, _("Choose an answer to at least one question.")
    return answers, ""


def _feedback(questions, answers):
    """Each question's verdict; its key (the right options, the explanation) only if answered.

    A question left blank says so and nothing more: otherwise answering one question would
    hand out the key to all the others.
    """
    feedback = []
    for question_id, question in questions.items():
        chosen = set(answers.get(question_id, []))
        correct = {i for i, option in enumerate(question["options"]) if option["correct"]}
        answered = bool(chosen)
        feedback.append(
            {
                "id": question_id,
                "question": question["question"],
                "multiple": question["multiple"],
                "explanation": question["explanation"] if answered else "",
                "answered": answered,
                "is_correct": chosen == correct,
                "options": [
                    {
                        "index": i,
                        "text": option["text"],
                        "chosen": i in chosen,
                        "correct": answered and option["correct"],
                    }
                    for i, option in enumerate(question["options"])
                ],
            }
        )
    return feedback


def submit_quiz(request, lesson):
    """Check the answers; keep the attempt only when a signed-in trainee posted them.

    Anonymous readers send their answers by GET: their form needs no CSRF token, so the lesson
    sets no cookie and stays in the page cache, and a GET changes nothing by definition.
    """
    module = lesson.module
    quiz = lesson.quiz(module)
    if quiz is None:
        return QuizResult(valid=False, error=_("This lesson has no quiz."))
    questions = _questions(quiz)
    posted = request.method == "POST"
    answers, error = _parse_answers(request.POST if posted else request.GET, questions)
    if error:
        return QuizResult(valid=False, error=error, pass_mark=module.pass_mark)
    feedback = _feedback(questions, answers)
    correct = sum(1 for question in feedback if question["is_correct"])
    score = math.floor(100 * correct / len(questions))
    result = QuizResult(
        valid=True,
        questions=feedback,
        score=score,
        passed=score >= module.pass_mark,
        pass_mark=module.pass_mark,
    )
    if not (posted and request.user.is_authenticated):
        return result

    try:
        token = uuid.UUID(request.POST.get("token", ""))
    except ValueError:
        return QuizResult(
            valid=False,
            error=_("This form has expired. Reload the page and try again."),
            pass_mark=module.pass_mark,
        )
    target = canonical(lesson)
    existing = QuizAttempt.objects.filter(user=request.user, token=token).first()
    if existing is None:
        try:
            with transaction.atomic():
                QuizAttempt.objects.create(
                    user=request.user,
                    lesson=target,
                    token=token,
                    answers=answers,
                    score=score,
                    passed=result.passed,
                )
        except IntegrityError:
            existing = QuizAttempt.objects.get(user=request.user, token=token)
    if existing is not None:
        if existing.lesson_id != target.pk:
            return QuizResult(
                valid=False,
                error=_("This form has expired. Reload the page and try again."),
                pass_mark=module.pass_mark,
            )
        stored = _feedback(questions, existing.answers)
        return QuizResult(
            valid=True,
            questions=stored,
            score=existing.score,
            passed=existing.passed,
            pass_mark=module.pass_mark,
            stored=True,
            repeated=True,
        )
    result.stored = True
    if result.passed:
        complete_lesson(request.user, lesson, module)
    return result


def lesson_context(request, lesson):
    user = request.user
    module_path = lesson.path[: -lesson.steplen]
    # A preview shows the draft's topics, held in memory, which no shared key may keep.
    shared = not (user.is_authenticated or getattr(request, "is_preview", False))
    if shared:
        module, overview = caching.cached("module", module_path, lambda: _outline(module_path))
        steps, sectors = caching.cached("topics", lesson.pk, lambda: _topics(lesson))
    else:
        # The module with the reader's enrolment in one query; `lesson.module` then reuses it.
        module = with_enrolment(ModulePage.objects.filter(path=module_path), user).get()
        overview = course_overview(user, [module])[0]
        steps, sectors = _topics(lesson)
    lesson.module = module
    lessons = overview.lessons
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), None)
    return {
        "module": module,
        "overview": overview,
        "quiz": lesson.quiz(module),
        "quiz_token": uuid.uuid4() if user.is_authenticated else None,
        "position": None if position is None else position + 1,
        "previous_lesson": lessons[position - 1] if position else None,
        "next_lesson": lessons[position + 1]
        if position is not None and position + 1 < len(lessons)
        else None,
        "completed": lesson.pk in overview.completed_ids,
        "steps": steps,
        "sectors": sectors,
    }


def _topics(lesson):
    return list(lesson.steps.all()), list(lesson.sectors.all())


def _outline(module_path):
    """The module and its lessons as every anonymous reader sees them."""
    module = ModulePage.objects.get(path=module_path)
    return module, course_overview(AnonymousUser(), [module])[0]


def catalogue(index, user):
    """The index's live, public modules with their lessons (and the reader's progress), and
    its SECAP roadmap; an anonymous reader's from the cache."""
    if not user.is_authenticated:
        return caching.cached("catalogue", index.pk, lambda: _catalogue(index, user))
    return _catalogue(index, user)


def _catalogue(index, user):
    modules = with_enrolment(ModulePage.objects.child_of(index).live().public(), user)
    roadmap = SecapRoadmapPage.objects.child_of(index).live().public().first()
    return course_overview(user, list(modules)), roadmap


def enrolments(user):
    """The user's enrolments, each with the code of the module's certificate if issued."""
    certificate = Certificate.objects.filter(user=OuterRef("user"), module=OuterRef("module"))
    return (
        Enrollment.objects.filter(user=user)
        .select_related("module")
        .annotate(certificate_code=Subquery(certificate.values("code")[:1]))
    )


def enrolled_modules(enrollments):
    """The enrolments' modules in the reader's language, annotated as `with_enrolment` does."""
    modules = localized([enrollment.module for enrollment in enrollments])
    for module, enrollment in zip(modules, enrollments, strict=True):
        module.is_enrolled = True
        module.certificate_code = enrollment.certificate_code
    return modules


def continue_learning(user):
    """The module the user worked on last and its next lesson, for "continue where you left off"."""
    if not user.is_authenticated:
        return None
    enrollment = enrolments(user).filter(completed_at__isnull=True).first()
    if enrollment is None:
        return None
    overview = course_overview(user, enrolled_modules([enrollment]))[0]
    return overview if overview.next_lesson else None
