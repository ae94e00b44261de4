"""The public directory: planning regions and the municipalities in the programme."""

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.search.fields import text_fields

from ..choices import PlanType


class DirectoryQuerySet(models.QuerySet):
    def with_default_pk(self):
        """Each row with `default_pk`, the pk of its default-language row.

        Exchanges records point at the default-language rows; reading it in the same query
        saves every page in every language a second lookup.
        """
        default = self.model.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=settings.LANGUAGE_CODE,
        )
        return self.annotate(default_pk=Subquery(default.values("pk")[:1]))


class PlanningRegion(index.Indexed, TranslatableMixin, models.Model):
    """One of Latvia's five planning regions; a translatable snippet, one row per language."""

    shown_on_public_pages = True
    search_fields = [*text_fields("title", "description"), index.FilterField("locale")]

    slug = models.SlugField(_("slug"), max_length=60, help_text=_("Same in every language."))
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = DirectoryQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("planning region")
        verbose_name_plural = _("planning regions")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_region_slug"),
        ]

    def __str__(self):
        return self.name

    @property
    def title(self):
        """The name, as search results and the index's title column read it."""
        return self.name


class Municipality(index.Indexed, TranslatableMixin, models.Model):
    """A municipality taking part in the programme, with its Covenant of Mayors facts."""

    shown_on_public_pages = True
    search_fields = [*text_fields("title", "description"), index.FilterField("locale")]

    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Same in every language."))
    name = models.CharField(_("name"), max_length=150)
    region = models.ForeignKey(
        PlanningRegion,
        verbose_name=_("planning region"),
        on_delete=models.PROTECT,
        related_name="municipalities",
        help_text=_("The region in the same language."),
    )
    covenant_joined_on = models.DateField(_("joined the Covenant of Mayors"), null=True, blank=True)
    plan_type = models.CharField(
        _("plan type"), max_length=5, choices=PlanType.choices, default=PlanType.SEAP
    )
    plan_approved_on = models.DateField(_("plan approved"), null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target_percent = models.PositiveSmallIntegerField(
        _("CO2 reduction target (%)"), null=True, blank=True
    )
    target_year = models.PositiveSmallIntegerField(_("target year"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    objects = DirectoryQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("region"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("covenant_joined_on"), FieldPanel("plan_type")]),
                FieldRowPanel([FieldPanel("plan_approved_on"), FieldPanel("baseline_year")]),
                FieldRowPanel([FieldPanel("target_percent"), FieldPanel("target_year")]),
            ],
            _("Covenant of Mayors"),
        ),
        FieldPanel("website"),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_municipality_slug"),
        ]

    def __str__(self):
        return self.name

    @property
    def title(self):
        """The name, as search results and the index's title column read it."""
        return self.name

    @property
    def plan_type_abbreviation(self):
        return PlanType(self.plan_type).abbreviation
