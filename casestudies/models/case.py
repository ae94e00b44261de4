"""Case study pages: what a municipality did, its figures and sources, and what it links to."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, ReferenceIndex, Site
from wagtail.search import index

from core.pages import BasePage, PageQuerySet
from core.search.fields import page_search_fields
from learning.models import LessonPage, SecapStep, Sector

from .. import caching
from ..blocks import CaseBodyBlock
from ..choices import ChoiceLabels, Country, Kind, Level, Status
from ..library import records


class CaseStudyTag(TaggedItemBase):
    shown_on_public_pages = True

    content_object = ParentalKey(
        "casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CaseStudyPageQuerySet(PageQuerySet):
    def matching(self, filters, locale_id):
        """The cases that pass the library's filters (the search words aside).

        Filters are plain lookups or `pk__in` subqueries so that search runs in the same query
        (search backends accept only those; see `core.pages.public_searchable`), and so that
        relations never join the list itself: no duplicate rows, no DISTINCT over them all.
        """
        found = self
        if filters.get("sector"):
            links = self.model.sectors.through.objects.filter(
                sector__slug__in=filters["sector"], sector__locale_id=locale_id
            )
            found = found.filter(pk__in=links.values("casestudypage_id"))
        if filters.get("step"):
            links = self.model.steps.through.objects.filter(secapstep__number=filters["step"])
            found = found.filter(pk__in=links.values("casestudypage_id"))
        for name in ("country", "kind", "status"):
            if filters.get(name):
                found = found.filter(**{name: filters[name]})
        if filters.get("tag"):
            tagged = CaseStudyTag.objects.filter(tag__slug=filters["tag"])
            found = found.filter(pk__in=tagged.values("content_object_id"))
        return found

    def sharing_most_with(self, case, sectors, tags):
        """Live, public cases in the case's language ranked by how many of `sectors` and
        `tags` they share with it, then by title.

        Ranking reads every case that shares something (thousands at European scale); a served
        page keeps the result with the rest of its library part (`CaseStudyPage.get_context`).
        The link tables lead (`pk__in`), so the database reads only cases sharing something.
        """
        sector_links = self.model.sectors.through.objects.filter(
            sector_id__in=[sector.pk for sector in sectors]
        )
        tag_links = CaseStudyTag.objects.filter(tag_id__in=[tag.pk for tag in tags])

        def shared(links, column):
            per_case = links.filter(**{column: OuterRef("pk")}).order_by().values(column)
            return Coalesce(Subquery(per_case.annotate(n=Count("*")).values("n")), 0)

        candidates = sector_links.values("casestudypage_id").union(
            tag_links.values("content_object_id")
        )
        ranked = (
            self.live()
            .public()
            .filter(locale_id=case.locale_id, pk__in=candidates)
            .annotate(
                shared=shared(sector_links, "casestudypage_id")
                + shared(tag_links, "content_object_id")
            )
            .order_by("-shared", "title")
            .defer_streamfields()
        )
        if case.pk is not None:
            ranked = ranked.exclude(pk=case.pk)
        return ranked


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
        *page_search_fields("summary", "city", "lead_organisation", "body"),
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

    objects = PageManager.from_queryset(CaseStudyPageQuerySet)()

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        indexes = [
            models.Index(fields=["co2_tonnes_per_year"]),
            # The library's country filter and its list of countries (`library.listed_countries`).
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
        """The page's own fields, and what it shows of the library, visits and adoptions.

        What comes from the library (its classification, related cases, the lessons that use it,
        its sources) changes only when the library does: a served page keeps it in the cache
        (`caching`), as plain values, per site (its links are the site's). Visits, adoptions and
        the gallery are read on each request. A preview shows the draft's links, held in memory,
        and ranks them afresh, outside the cache.
        """
        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False) or self.pk is None
        if preview:
            library = self.library_part(
                request,
                list(self.sectors.all()),
                list(self.steps.all()),
                list(self.tags.all()),
                list(self.sources.all()),
            )
        else:
            site = Site.find_for_request(request)
            library = caching.cached(
                "case",
                (self.pk, site.pk if site else None),
                lambda: self.library_part(
                    request, *self.classification(), list(self.sources.all())
                ),
            )
        context.update(
            {
                "library_url": library["library_url"],
                "sectors": records(library["sectors"]),
                "steps": records(library["steps"]),
                "tags": records(library["tags"]),
                "sources": records(library["sources"]),
                "related_cases": records(library["related"]),
                "referencing_lessons": records(library["lessons"]),
                # Served pages know whether they have any (`routed_queryset`).
                "gallery": list(
                    self.gallery_images.select_related("image").prefetch_related(
                        "image__renditions"
                    )
                )
                if getattr(self, "has_gallery", True)
                else [],
                "visits": self.public_visits(),
                "adopted_by": self.adopted_by_count(),
            }
        )
        return context

    def public_visits(self):
        """The case's latest public visits, each linked on the reader's exchanges page.

        Exchanges sits above this app, so the visits come through the reverse relation and
        exchanges owns which are public (`VisitQuerySet.public`).
        """
        visits = (
            self.exchange_visits.model.objects.public()
            .filter(case_studies__translation_key=self.translation_key)
            .order_by("-starts_at")[:5]
        )
        return visits.with_public_urls(_exchanges_section()) if visits else []

    def library_part(self, request, sectors, steps, tags, sources):
        """The library's part of the page as plain values, which the cache stores cheaply."""
        related = CaseStudyPage.objects.sharing_most_with(self, sectors, tags)[:3]
        return {
            "library_url": self.get_parent().get_url(request),
            "sectors": [{"pk": s.pk, "name": s.name, "slug": s.slug} for s in sectors],
            "steps": [{"pk": s.pk, "number": s.number, "title": s.title} for s in steps],
            "tags": [{"pk": t.pk, "name": t.name, "slug": t.slug} for t in tags],
            "sources": [{"title": s.title, "url": s.url} for s in sources],
            "related": [
                {
                    "pk": r.pk,
                    "slug": r.slug,
                    "title": r.title,
                    "city": r.city,
                    "url": r.get_url(request),
                }
                for r in related
            ],
            "lessons": [
                {"pk": lesson.pk, "title": lesson.title, "url": lesson.get_url(request)}
                for lesson in self.referencing_lessons()
            ],
        }

    def classification(self):
        """The case's sectors, SECAP steps and tags, read in one query: a UNION of link tables.

        Each becomes an unsaved instance holding what the page shows (names, slugs, numbers), in
        the order of the separate queries: sectors by their order then name, steps by number,
        tags as they were added.
        """
        sectors = CaseStudyPage.sectors.through.objects.filter(casestudypage_id=self.pk).values(
            kind=Value(SECTOR),
            key=F("sector_id"),
            name=F("sector__name"),
            slug=F("sector__slug"),
            rank=F("sector__sort_order"),
        )
        steps = CaseStudyPage.steps.through.objects.filter(casestudypage_id=self.pk).values(
            kind=Value(STEP),
            key=F("secapstep_id"),
            name=F("secapstep__title"),
            slug=F("secapstep__title"),
            rank=F("secapstep__number"),
        )
        tags = CaseStudyTag.objects.filter(content_object_id=self.pk).values(
            kind=Value(TAG), key=F("tag_id"), name=F("tag__name"), slug=F("tag__slug"), rank=F("pk")
        )
        found = {SECTOR: [], STEP: [], TAG: []}
        for row in sectors.union(steps, tags, all=True).order_by("kind", "rank", "name"):
            pk, name, slug, rank = row["key"], row["name"], row["slug"], row["rank"]
            if row["kind"] == SECTOR:
                found[SECTOR].append(Sector(pk=pk, name=name, slug=slug, sort_order=rank))
            elif row["kind"] == STEP:
                found[STEP].append(SecapStep(pk=pk, title=name, number=rank))
            else:
                found[TAG].append(Tag(pk=pk, name=name, slug=slug))
        return found[SECTOR], found[STEP], found[TAG]

    def referencing_lessons(self):
        """Live lessons whose body links to the case, found in Wagtail's reference index."""
        references = (
            ReferenceIndex.get_references_to(self)
            .filter(content_type=ContentType.objects.get_for_model(LessonPage))
            .values(page_id=Cast("object_id", IntegerField()))
        )
        return list(
            LessonPage.objects.live().public().filter(pk__in=references).defer_streamfields()
        )

    def adopted_by_count(self):
        """Municipalities that took the practice into their plan (exchanges.Measure)."""
        if hasattr(self, "adopted_by"):  # served pages bring it (`routed_queryset`)
            return self.adopted_by
        return (
            self.adoptions.model.objects.filter(adopted_from__translation_key=self.translation_key)
            .values("municipality")
            .distinct()
            .count()
        )


SECTOR, STEP, TAG = 0, 1, 2


def _exchanges_section():
    """The live exchanges page in the reader's language, or None.

    Exchanges sits above this app: its page type is reached through Page's reverse link to
    it, not an import up the chain, and finds itself with its own tuned query (led by its
    own table; joined from the page table, SQLite walks every page of the language).
    """
    return Page._meta.get_field("exchangesindexpage").related_model.for_language()


class CaseStudySource(Orderable):
    shown_on_public_pages = True

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("URL"), max_length=500)

    panels = [FieldPanel("title"), FieldPanel("url")]
    api_fields = [APIField("title"), APIField("url")]

    def __str__(self):
        return self.title


class CaseStudyImage(Orderable):
    shown_on_public_pages = True

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
