"""Follow-through: a municipality's SECAP measures, its self-assessments, and reminders sent."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.search.fields import text_fields

from ..choices import AssessmentElement, MeasureStatus, Score
from .directory import Municipality
from .fields import DEFAULT_LOCALE, DatedEntry, PlanRecord, language_field

YEAR = [MinValueValidator(1990), MaxValueValidator(2100)]


def measure_overdue(year=None):
    """Unfinished after its planned end year; a condition, for counts as well as lists."""
    year = year or timezone.localdate().year
    return models.Q(status__in=MeasureStatus.unfinished(), end_year__lt=year)


class MeasureQuerySet(models.QuerySet):
    def overdue(self, year=None):
        """Unfinished measures whose planned end year has passed."""
        return self.filter(measure_overdue(year))


class Measure(index.Indexed, PlanRecord):
    """One measure of a municipality's SECAP, with its figures and dated status history."""

    shown_on_public_pages = True
    search_fields = [*text_fields("title", "description"), index.FilterField("id")]

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="measures",
        limit_choices_to=DEFAULT_LOCALE,
    )
    description = models.TextField(_("description"), blank=True)
    responsible_body = models.CharField(_("responsible body"), max_length=200, blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=YEAR
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=YEAR
    )
    budget_eur = models.DecimalField(
        _("budget (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    expected_mwh = models.DecimalField(
        _("expected savings or production (MWh/yr)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    expected_tco2 = models.DecimalField(
        _("expected reduction (tCO2/yr)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    status = models.CharField(
        _("status"), max_length=12, choices=MeasureStatus.choices, default=MeasureStatus.NOT_STARTED
    )
    is_draft = models.BooleanField(
        _("draft"),
        default=False,
        help_text=_("A draft is not yet part of the plan, for example a practice being adopted."),
    )
    adopted_from = models.ForeignKey(
        "casestudies.CaseStudyPage",
        verbose_name=_("adopted from case study"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adoptions",
    )
    what_to_adapt = models.TextField(_("what to adapt"), blank=True)
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    responsible_person = models.CharField(_("who is responsible"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = MeasureQuerySet.as_manager()

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["is_draft", "end_year", "title", "pk"]
        indexes = [
            models.Index(fields=["municipality", "status"], name="measure_municipality_idx"),
            models.Index(fields=["status", "end_year"], name="measure_status_end_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__isnull=True)
                | models.Q(start_year__isnull=True)
                | models.Q(end_year__gte=models.F("start_year")),
                name="measure_ends_after_start",
            ),
        ]

    @property
    def is_overdue(self):
        return (
            self.status in MeasureStatus.unfinished()
            and self.end_year is not None
            and self.end_year < timezone.localdate().year
        )


class MeasureUpdate(DatedEntry):
    """A dated step in a measure's status history."""

    shown_on_public_pages = True

    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="updates"
    )
    status = models.CharField(_("status"), max_length=12, choices=MeasureStatus.choices)
    note = models.TextField(_("note"))

    class Meta(DatedEntry.Meta):
        verbose_name = _("measure update")
        verbose_name_plural = _("measure updates")

    def __str__(self):
        return f"{self.measure}: {self.get_status_display()}"


class MeasureComment(DatedEntry):
    """A mentor's comment on a mentee's measure, or the municipality's reply."""

    shown_on_public_pages = False  # a discussion among the programme's members

    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="comments"
    )
    text = models.TextField(_("comment"))

    class Meta(DatedEntry.Meta):
        verbose_name = _("measure comment")
        verbose_name_plural = _("measure comments")

    def __str__(self):
        return f"{self.measure}: {self.text[:40]}"


class SelfAssessmentQuerySet(models.QuerySet):
    def latest_two(self):
        """The latest assessment and the one before it, with their scores: what a chart
        compares (public profile, workspace, a mentor before a visit). Newest first."""
        return list(self.prefetch_related("scores").order_by("-assessed_on", "-pk")[:2])


class SelfAssessment(models.Model):
    """A municipality's scores on the key elements of a SECAP on one date."""

    shown_on_public_pages = False  # a municipality's own assessment

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="self_assessments",
        limit_choices_to=DEFAULT_LOCALE,
    )
    assessed_on = models.DateField(_("date"), default=timezone.localdate)
    is_published = models.BooleanField(
        _("show on the public profile"),
        default=False,
        help_text=_("The scores (not the notes) appear on the municipality's public page."),
    )
    language = language_field()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = SelfAssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        ordering = ["-assessed_on", "-pk"]
        get_latest_by = ["assessed_on", "pk"]

    def __str__(self):
        return f"{self.municipality} {self.assessed_on:%Y-%m-%d}"


class AssessmentScore(models.Model):
    shown_on_public_pages = False  # a municipality's own assessment

    assessment = models.ForeignKey(
        SelfAssessment,
        verbose_name=_("self-assessment"),
        on_delete=models.CASCADE,
        related_name="scores",
    )
    element = models.CharField(_("element"), max_length=24, choices=AssessmentElement.choices)
    score = models.PositiveSmallIntegerField(_("score"), choices=Score.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "element"], name="one_score_per_element")
        ]

    def __str__(self):
        return f"{self.get_element_display()}: {self.score}"


class ReminderLog(models.Model):
    """One reminder sent; the unique key is what makes `send_reminders` safe to repeat."""

    shown_on_public_pages = False  # the record of reminders sent

    key = models.CharField(_("key"), max_length=120, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="exchange_reminders",
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        ordering = ["-sent_at"]

    def __str__(self):
        return self.key
