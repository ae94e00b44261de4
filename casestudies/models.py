from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from config.pages import BasePage

from .blocks import CaseBodyBlock
from .choices import Country, Kind, Level, Status


class CaseStudyIndexPage(BasePage):
    """The good-practice library: filters, search, sorting and export over its case studies."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short explanation of what this section offers, shown under the title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1
    template = "casestudies/case_study_index_page.html"

    class Meta:
        verbose_name = _("case study index page")
        verbose_name_plural = _("case study index pages")

    def serve(self, request, *args, **kwargs):
        from .views import export_response, library_context

        library = library_context(request, self)
        export = library.get("export_format")
        if export:
            return export_response(library["all_results"], export, self, request)
        request.case_library = library
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .views import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(getattr(request, "case_library", None) or library_context(request, self))
        return context


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey(
        "casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ChoiceLabels:
    """The labels of a case's country, kind and status, for pages and for the library's cards.

    Labels by value, built once: `get_FOO_display()` rebuilds its lookup table on every call,
    which is most of the cost of a list of cards (0.2 ms a country, times twelve).
    """

    __slots__ = ()  # the cards keep theirs
    COUNTRY_NAMES = dict(Country.choices)
    KIND_NAMES = dict(Kind.choices)
    STATUS_NAMES = dict(Status.choices)

    @property
    def country_name(self):
        return self.COUNTRY_NAMES.get(self.country, self.country)

    @property
    def kind_name(self):
        return self.KIND_NAMES.get(self.kind, self.kind)

    @property
    def status_name(self):
        return self.STATUS_NAMES.get(self.status, self.status)


class CaseStudyPage(ChoiceLabels, BasePage):
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences shown in lists and search results.")
    )
    city = models.CharField(_("city"), max_length=120, help_text=_("The place's own name."))
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=Country.choices,
        blank=True,
        help_text=_("ISO 3166 code; empty when the source does not say."),
    )
    level = models.CharField(
        _("level of government"), max_length=20, choices=Level.choices, default=Level.MUNICIPALITY
    )
    population = models.PositiveIntegerField(
        _("population"), null=True, blank=True, help_text=_("Leave empty when not known.")
    )
    lead_organisation = models.CharField(_("lead organisation"), max_length=250, blank=True)
    contact_role = models.CharField(
        _("contact role"),
        max_length=200,
        blank=True,
        help_text=_("A role to ask for, not a person's name."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Only an address the organisation publishes for this purpose."),
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ONGOING, db_index=True
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=Kind.choices, default=Kind.MITIGATION, db_index=True
    )
    sectors = ParentalManyToManyField(
        "learning.Sector", verbose_name=_("sectors"), blank=True, related_name="case_studies"
    )
    steps = ParentalManyToManyField(
        "learning.SecapStep",
        verbose_name=_("SECAP steps"),
        blank=True,
        related_name="case_studies",
    )
    tags = ClusterTaggableManager(through=CaseStudyTag, blank=True, verbose_name=_("tags"))
    co2_tonnes_per_year = models.DecimalField(
        _("CO2 avoided (t/year)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Leave empty when not known; never estimate."),
    )
    mwh_saved_per_year = models.DecimalField(
        _("energy saved (MWh/year)"), max_digits=12, decimal_places=1, null=True, blank=True
    )
    mwh_renewable_per_year = models.DecimalField(
        _("renewable energy produced (MWh/year)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
    )
    investment_eur = models.DecimalField(
        _("investment (EUR)"), max_digits=14, decimal_places=0, null=True, blank=True
    )
    funding_sources = models.CharField(_("funding sources"), max_length=300, blank=True)
    body = StreamField(CaseBodyBlock(), verbose_name=_("body"))
    last_verified = models.DateField(
        _("last verified"), null=True, blank=True, help_text=_("When the facts were last checked.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("level"), FieldPanel("population")]),
                FieldPanel("lead_organisation"),
                FieldRowPanel([FieldPanel("contact_role"), FieldPanel("contact_email")]),
            ],
            _("Place and people"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("status"), FieldPanel("kind")]),
                FieldPanel("sectors"),
                FieldPanel("steps"),
                FieldPanel("tags"),
            ],
            _("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("co2_tonnes_per_year"), FieldPanel("mwh_saved_per_year")]
                ),
                FieldRowPanel([FieldPanel("mwh_renewable_per_year"), FieldPanel("investment_eur")]),
                FieldPanel("funding_sources"),
            ],
            _("Key figures"),
        ),
        FieldPanel("body"),
        InlinePanel("sources", label=_("Sources")),
        InlinePanel("gallery_images", label=_("Images")),
        FieldPanel("last_verified"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("city"),
        index.SearchField("lead_organisation"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField(name)
        for name in (
            "summary",
            "city",
            "country",
            "level",
            "population",
            "lead_organisation",
            "contact_role",
            "start_year",
            "status",
            "kind",
            "sectors",
            "steps",
            "tags",
            "co2_tonnes_per_year",
            "mwh_saved_per_year",
            "mwh_renewable_per_year",
            "investment_eur",
            "funding_sources",
            "body",
            "sources",
            "last_verified",
        )
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        indexes = [
            models.Index(fields=["co2_tonnes_per_year"]),
            # The library's country filter and its list of countries (`views._countries`).
            models.Index(fields=["country"], name="casestudies_country_idx"),
        ]

    @classmethod
    def routed_queryset(cls):
        """Served pages come with what their page shows as counts, and skip empty lists."""
        return (
            super()
            .routed_queryset()
            .annotate(
                adopted_by=cls.adopted_by_subquery(),
                has_gallery=Exists(CaseStudyImage.objects.filter(page=OuterRef("pk"))),
            )
        )

    @classmethod
    def adopted_by_subquery(cls):
        """How many municipalities took the practice (in any language) into their plan.

        Measures (exchanges) point at the case study through `adopted_from`; the reverse
        relation names the model without importing exchanges.
        """
        measures = cls._meta.get_field("adoptions").related_model.objects
        adoptions = (
            measures.filter(adopted_from__translation_key=OuterRef("translation_key"))
            .order_by()
            .values("adopted_from__translation_key")
            .annotate(municipalities=Count("municipality", distinct=True))
            .values("municipalities")
        )
        return Coalesce(Subquery(adoptions), 0)

    def get_context(self, request, *args, **kwargs):
        from .views import case_context

        context = super().get_context(request, *args, **kwargs)
        context.update(case_context(self, request))
        return context


class CaseStudySource(Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("URL"), max_length=500)

    panels = [FieldPanel("title"), FieldPanel("url")]
    api_fields = [APIField("title"), APIField("url")]

    def __str__(self):
        return self.title


class CaseStudyImage(Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(_("alternative text"), max_length=250)
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(_("credit"), max_length=250)

    panels = [
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("caption"),
        FieldPanel("credit"),
    ]
