"""What trainees do: enrolments, completed lessons, quiz attempts and certificates.

Progress belongs to the module and lesson, not to one language: every record points at the
page in the default language (see `canonical`), so a trainee can read in Latvian, switch to
English and still see the same progress.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from core.locales import default_locale

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def canonical(page):
    """The page's translation in the default language, or the page itself."""
    default = default_locale()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def new_certificate_code():
    groups = ["".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3)]
    return "-".join(groups)


class EnrollmentQuerySet(models.QuerySet):
    def of(self, user):
        """The user's enrolments with their module and, if issued, the certificate's code."""
        certificate = Certificate.objects.filter(user=OuterRef("user"), module=OuterRef("module"))
        return (
            self.filter(user=user)
            .select_related("module")
            .annotate(certificate_code=Subquery(certificate.values("code")[:1]))
        )


class Enrollment(models.Model):
    shown_on_public_pages = False  # a trainee's own progress

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    module = models.ForeignKey(
        "learning.ModulePage", on_delete=models.CASCADE, related_name="enrollments"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now=True)
    last_lesson = models.ForeignKey(
        "learning.LessonPage",
        verbose_name=_("last lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-last_activity_at"]
        permissions = [("view_progress_report", _("Can see trainees' progress"))]
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="unique_enrollment"),
        ]

    def __str__(self):
        return f"{self.user} · {self.module}"


class LessonCompletion(models.Model):
    shown_on_public_pages = False  # a trainee's own progress

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "learning.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    module = models.ForeignKey(
        "learning.ModulePage", on_delete=models.CASCADE, related_name="lesson_completions"
    )
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("completed lesson")
        verbose_name_plural = _("completed lessons")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="unique_lesson_completion"),
        ]
        indexes = [models.Index(fields=["user", "module"])]

    def __str__(self):
        return f"{self.user} · {self.lesson}"


class QuizAttempt(models.Model):
    shown_on_public_pages = False  # a trainee's own answers

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(
        "learning.LessonPage", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    token = models.UUIDField(
        _("form token"), help_text=_("One per rendered quiz form, so a repeated POST counts once.")
    )
    answers = models.JSONField(_("answers"), default=dict)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="unique_quiz_attempt_token"),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson} · {self.score}%"


class Certificate(models.Model):
    shown_on_public_pages = True  # its public verification page

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    module = models.ForeignKey(
        "learning.ModulePage", on_delete=models.PROTECT, related_name="certificates"
    )
    code = models.CharField(_("code"), max_length=20, unique=True, default=new_certificate_code)
    holder_name = models.CharField(
        _("holder's name"), max_length=300, help_text=_("The name as it was when issued.")
    )
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="unique_certificate"),
        ]

    def __str__(self):
        return self.code
