"""Advice given to a municipality and what the municipality did with it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import AdviceStatus, Priority
from .directory import Municipality
from .programme import (
    DEFAULT_LOCALE,
    MentoringPair,
    PeerGroup,
    Visit,
    language_field,
    taxonomy_key,
)


def advice_overdue(today=None):
    """Still waiting for action after its due date; a condition, for counts as well as lists."""
    return Q(status__in=AdviceStatus.active(), due_on__lt=today or timezone.localdate())


class AdviceQuerySet(models.QuerySet):
    def overdue(self, today=None):
        return self.filter(advice_overdue(today))


class Advice(models.Model):
    """A recommendation from a mentor or expert to one municipality of a pair or group."""

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("advice"))
    language = language_field()
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("for municipality"),
        on_delete=models.PROTECT,
        related_name="advice",
        limit_choices_to=DEFAULT_LOCALE,
    )
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("given by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="advice_given",
    )
    pair = models.ForeignKey(
        MentoringPair,
        verbose_name=_("mentoring pair"),
        on_delete=models.CASCADE,
        related_name="advice",
        null=True,
        blank=True,
    )
    group = models.ForeignKey(
        PeerGroup,
        verbose_name=_("peer group"),
        on_delete=models.CASCADE,
        related_name="advice",
        null=True,
        blank=True,
    )
    visit = models.ForeignKey(
        Visit,
        verbose_name=_("visit"),
        on_delete=models.SET_NULL,
        related_name="advice",
        null=True,
        blank=True,
    )
    measure = models.ForeignKey(
        "exchanges.Measure",
        verbose_name=_("measure"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="advice",
        help_text=_("The measure of the municipality's plan this advice is about."),
    )
    sector = taxonomy_key("learning.Sector", _("sector"))
    secap_step = taxonomy_key("learning.SecapStep", _("SECAP step"))
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.MEDIUM
    )
    due_on = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=12, choices=AdviceStatus.choices, default=AdviceStatus.OPEN
    )
    created_at = models.DateTimeField(_("given"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = AdviceQuerySet.as_manager()

    class Meta:
        verbose_name = _("advice")
        verbose_name_plural = _("advice")
        ordering = ["due_on", "pk"]
        indexes = [
            models.Index(fields=["municipality", "status"], name="advice_municipality_idx"),
            models.Index(fields=["status", "due_on"], name="advice_status_due_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(pair__isnull=False, group__isnull=True)
                | Q(pair__isnull=True, group__isnull=False),
                name="advice_of_pair_or_group",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_overdue(self):
        return self.status in AdviceStatus.active() and self.due_on < timezone.localdate()


class AdviceUpdate(models.Model):
    """One step in an advice item's history, written by the municipality that received it."""

    advice = models.ForeignKey(
        Advice, verbose_name=_("advice"), on_delete=models.CASCADE, related_name="updates"
    )
    status = models.CharField(_("status"), max_length=12, choices=AdviceStatus.choices)
    note = models.TextField(_("note"))
    language = language_field()
    evidence = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidence"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="advice_updates",
    )
    created_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("advice update")
        verbose_name_plural = _("advice updates")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.advice}: {self.get_status_display()}"
