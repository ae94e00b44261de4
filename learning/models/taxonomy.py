"""Taxonomies editors curate and every app uses: the SECAP phases and steps, and sectors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.search.fields import text_fields


class SecapPhase(TranslatableMixin, models.Model):
    shown_on_public_pages = True

    slug = models.SlugField(_("slug"), max_length=60, help_text=_("Same in every language."))
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True, help_text=_("One paragraph."))
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Phases are listed from low to high.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("SECAP phase")
        verbose_name_plural = _("SECAP phases")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_secap_phase_slug"),
        ]

    def __str__(self):
        return self.name


class SecapStep(index.Indexed, TranslatableMixin, models.Model):
    shown_on_public_pages = True

    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("1 to 10, the step's place in the SECAP process.")
    )
    phase = models.ForeignKey(
        SecapPhase,
        verbose_name=_("phase"),
        on_delete=models.PROTECT,
        related_name="steps",
        help_text=_("The phase in the same language."),
    )
    title = models.CharField(_("title"), max_length=160)
    description = RichTextField(
        _("description"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the step involves."),
    )
    council_role = models.TextField(
        _("council"), blank=True, help_text=_("What the municipal council does in this step.")
    )
    administration_role = models.TextField(
        _("administration"), blank=True, help_text=_("What the administration does in this step.")
    )
    stakeholders_role = models.TextField(
        _("stakeholders"), blank=True, help_text=_("What stakeholders do in this step.")
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("phase"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("council_role"),
        FieldPanel("administration_role"),
        FieldPanel("stakeholders_role"),
    ]
    search_fields = [
        *text_fields(
            "title", "description", "council_role", "administration_role", "stakeholders_role"
        ),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("SECAP step")
        verbose_name_plural = _("SECAP steps")
        constraints = [
            models.UniqueConstraint(fields=["locale", "number"], name="unique_secap_step_number"),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Sector(TranslatableMixin, models.Model):
    shown_on_public_pages = True

    slug = models.SlugField(
        _("slug"), max_length=60, help_text=_("Same in every language; used in filter URLs.")
    )
    name = models.CharField(_("name"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_sector_slug"),
        ]

    def __str__(self):
        return self.name
