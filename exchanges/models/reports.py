"""What the visitors saw on a visit, and on a shadowing visit the measures they could adopt."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import Transferability
from .fields import language_field
from .visits import Visit


class VisitReport(models.Model):
    """What the visitors saw: private to the pair or group and coordinators."""

    shown_on_public_pages = True

    visit = models.OneToOneField(
        Visit, verbose_name=_("visit"), on_delete=models.CASCADE, related_name="report"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    observations = models.TextField(_("what was observed"))
    strengths = models.TextField(_("strengths"), blank=True)
    weaknesses = models.TextField(_("weaknesses"), blank=True)
    language = language_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("visit report")
        verbose_name_plural = _("visit reports")

    def __str__(self):
        return str(self.visit)


class ObservedMeasure(models.Model):
    """On a shadowing visit: one measure seen at the host and whether the visitors can adopt it."""

    shown_on_public_pages = True

    report = models.ForeignKey(
        VisitReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="measures"
    )
    title = models.CharField(_("measure"), max_length=200)
    transferability = models.CharField(
        _("how transferable"), max_length=8, choices=Transferability.choices
    )
    requirements = models.TextField(
        _("what adopting it would need"), blank=True, help_text=_("Money, people, decisions.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("observed measure")
        verbose_name_plural = _("observed measures")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title
