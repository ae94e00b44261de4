"""Advice given to a municipality and what the municipality did with it."""

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.search.fields import text_fields

from ..choices import AdviceStatus, Priority
from .directory import Municipality
from .fields import DEFAULT_LOCALE, DatedEntry, PlanRecord, programme_links
from .visits import Visit


def advice_overdue(today=None):
    """Still waiting for action after its due date; a condition, for counts as well as lists."""
    return Q(status__in=AdviceStatus.active(), due_on__lt=today or timezone.localdate())


class AdviceQuerySet(models.QuerySet):
    def overdue(self, today=None):
        return self.filter(advice_overdue(today))

    def waiting_first(self):
        """Advice still waiting for action first, soonest (or most overdue) due date first."""
        waiting = Case(When(status__in=AdviceStatus.active(), then=0), default=1)
        return self.annotate(done=waiting).order_by("done", "due_on", "pk")

    def with_programme(self):
        """The pair or group joined: who may change advice is decided by its programme."""
        return self.select_related("pair", "group")


class Advice(index.Indexed, PlanRecord):
    """A recommendation from a mentor or expert to one municipality of a pair or group."""

    shown_on_public_pages = False  # seen only by the pair it is written for
    # Found only by those who may read it (core.search.site, `advice_visible_to`).
    search_fields = [*text_fields("title", "text"), index.FilterField("id")]

    text = models.TextField(_("advice"))
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
    pair, group = programme_links("advice")
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
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.MEDIUM
    )
    due_on = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=12, choices=AdviceStatus.choices, default=AdviceStatus.OPEN
    )
    created_at = models.DateTimeField(_("given"), default=timezone.now)

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

    @property
    def is_overdue(self):
        return self.status in AdviceStatus.active() and self.due_on < timezone.localdate()


class AdviceUpdate(DatedEntry):
    """One step in an advice item's history, written by the municipality that received it."""

    shown_on_public_pages = False  # seen only by the pair it is written for

    advice = models.ForeignKey(
        Advice, verbose_name=_("advice"), on_delete=models.CASCADE, related_name="updates"
    )
    status = models.CharField(_("status"), max_length=12, choices=AdviceStatus.choices)
    note = models.TextField(_("note"))
    evidence = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidence"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The one entry whose authors can be followed back: a person's own updates.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="advice_updates",
    )

    class Meta(DatedEntry.Meta):
        verbose_name = _("advice update")
        verbose_name_plural = _("advice updates")

    def __str__(self):
        return f"{self.advice}: {self.get_status_display()}"
