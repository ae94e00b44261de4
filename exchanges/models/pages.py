"""The exchanges section: one page whose routes serve the directory, visits and workspace."""

from operator import attrgetter

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from config.pages import BasePage

from .directory import Municipality

PROGRAMME = r"(?P<kind>pairs|groups)/(?P<pk>[0-9]+)"


class ExchangesIndexPage(RoutablePageMixin, BasePage):
    """The programme overview, the public directory, visits, and the signed-in workspace.

    Routes live on the page so editors choose the section's place and title in the page tree;
    the views themselves are in `exchanges.views`. Wagtail serves pages only at paths ending in
    a slash, so the file downloads (calendar.ics, advice.csv) are plain URLs in exchanges.urls.
    """

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
    max_count_per_parent = 1
    template = "exchanges/exchanges_index_page.html"

    class Meta:
        verbose_name = _("exchanges index page")
        verbose_name_plural = _("exchanges index pages")

    @classmethod
    def for_language(cls, language=None):
        """The live exchanges section in `language` (default: the active one), or None."""
        language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
        # Led by the sections' own table (`pk__in`) and sorted here: asked for the language's
        # first page by path, SQLite walked that language's pages (5 ms at European scale).
        sections = cls.objects.filter(pk__in=cls.objects.values("pk")).order_by()
        sections = sections.live().filter(locale__language_code=language)
        return min(sections, key=attrgetter("path"), default=None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Wagtail's userbar edits this page, which only the overview shows; the other routes
        # show records kept outside the page tree, and the userbar's queries would buy nothing.
        match = getattr(request, "routable_resolver_match", None)
        context["hide_userbar"] = match is not None and match.url_name != "index_route"
        return context

    def municipalities(self):
        return Municipality.objects.filter(locale_id=self.locale_id).select_related("region")

    @staticmethod
    def _views():
        from .. import views  # the views import the models; import them once both exist

        return views

    @path("")
    def index_route(self, request):
        """The programme overview (replaces the mixin's default index route)."""
        return self._views().overview(self, request)

    @path("municipalities/", name="municipalities")
    def municipality_list(self, request):
        return self._views().municipality_list(self, request)

    @path("municipalities/<slug:slug>/", name="municipality")
    def municipality_detail(self, request, slug):
        return self._views().municipality_detail(self, request, slug)

    @path("regions/<slug:slug>/", name="region")
    def region_detail(self, request, slug):
        return self._views().region_detail(self, request, slug)

    @path("regions/<slug:slug>/dashboard/", name="region-dashboard")
    def region_dashboard(self, request, slug):
        return self._views().region_dashboard(self, request, slug)

    @re_path(rf"^{PROGRAMME}/$", name="programme")
    def programme_detail(self, request, kind, pk):
        return self._views().programme_detail(self, request, kind, int(pk))

    @path("visits/<int:pk>/", name="visit")
    def visit_detail(self, request, pk):
        return self._views().visit_detail(self, request, pk)

    @path("workspace/", name="workspace")
    def workspace(self, request):
        return self._views().workspace(self, request)

    @re_path(rf"^workspace/{PROGRAMME}/visits/new/$", name="visit-create")
    def visit_create(self, request, kind, pk):
        return self._views().visit_create(self, request, kind, int(pk))

    @path("workspace/visits/<int:pk>/edit/", name="visit-edit")
    def visit_edit(self, request, pk):
        return self._views().visit_edit(self, request, pk)

    @path("workspace/visits/<int:pk>/report/", name="report-edit")
    def report_edit(self, request, pk):
        return self._views().report_edit(self, request, pk)

    @re_path(rf"^workspace/{PROGRAMME}/advice/new/$", name="advice-create")
    def advice_create(self, request, kind, pk):
        return self._views().advice_create(self, request, kind, int(pk))

    @path("workspace/advice/<int:pk>/", name="advice")
    def advice_detail(self, request, pk):
        return self._views().advice_detail(self, request, pk)

    @path("workspace/advice/<int:pk>/edit/", name="advice-edit")
    def advice_edit(self, request, pk):
        return self._views().advice_edit(self, request, pk)

    @path("workspace/calendar/renew/", name="calendar-renew")
    def calendar_renew(self, request):
        return self._views().calendar_reset(self, request)

    @path("workspace/measures/", name="measures")
    def measure_list(self, request):
        return self._views().measure_list(self, request)

    @path("workspace/measures/new/", name="measure-create")
    def measure_create(self, request):
        return self._views().measure_create(self, request)

    @path("workspace/measures/<int:pk>/", name="measure")
    def measure_detail(self, request, pk):
        return self._views().measure_detail(self, request, pk)

    @path("workspace/measures/<int:pk>/edit/", name="measure-edit")
    def measure_edit(self, request, pk):
        return self._views().measure_edit(self, request, pk)

    @path("workspace/self-assessment/", name="self-assessment")
    def self_assessment(self, request):
        return self._views().self_assessment(self, request)

    @path("workspace/self-assessment/new/", name="self-assessment-create")
    def self_assessment_create(self, request):
        return self._views().self_assessment_create(self, request)

    @path("workspace/settings/", name="settings")
    def reminder_settings(self, request):
        return self._views().reminder_settings(self, request)
