"""The exchanges section page: the programme overview, the public directory, pairs, groups and
visits. The signed-in workspace (visits, reports, advice, measures, self-assessments, settings)
is plain views in exchanges.urls, under the section's address.

The routes keep their bodies here, as page types do, and call only modules that import the
models' own modules (`.directory`, `.visits`, ...), never the `exchanges.models` package, which
imports this module: `exchanges.permissions` (who may see what), `exchanges.names` (names in
the reader's language), `exchanges.charts` and `exchanges.dashboard` (the region's figures).
Permissions import the model modules rather than this page asking a second, page-only set of
checks: one set of rules serves the page, the workspace, the exports and the API alike.
"""

from operator import attrgetter

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from core.collation import latvian_order
from core.pages import IndexPage
from core.pagination import paginate

from .. import dashboard
from .. import permissions as perms
from ..charts import assessment_chart
from ..names import set_municipality_labels
from .directory import Municipality, PlanningRegion
from .followthrough import SelfAssessment
from .programmes import MentoringPair, PeerGroup
from .reports import VisitReport
from .visits import Visit

PROGRAMME = r"(?P<kind>pairs|groups)/(?P<pk>[0-9]+)"
PER_PAGE = 10
PUBLIC_LIMIT = 6


def _label_programmes(pairs, groups):
    set_municipality_labels(pairs, "mentor_municipality", "mentee_municipality")
    set_municipality_labels(groups, "members")


class ExchangesIndexPage(RoutablePageMixin, IndexPage):
    """The programme overview, the public directory, pairs, groups and visits.

    Routes live on the page so editors choose the section's place and title in the page tree.
    Wagtail serves pages only at paths ending in a slash, so the file downloads (calendar.ics,
    advice.csv) are plain URLs in exchanges.urls, beside the workspace.
    """

    parent_page_types = ["home.HomePage"]
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

    def regions(self):
        """The planning regions in the page's language, each with its default-language pk."""
        return PlanningRegion.objects.filter(locale_id=self.locale_id).with_default_pk()

    @path("")
    def index_route(self, request):
        """The programme overview (replaces the mixin's default index route)."""
        pairs = list(MentoringPair.objects.with_municipalities())
        groups = list(PeerGroup.objects.with_members())
        _label_programmes(pairs, groups)
        public = perms.public_visits()
        upcoming = list(public.upcoming().with_detail_relations()[:PUBLIC_LIMIT])
        summaries = list(
            public.with_summary().with_detail_relations().order_by("-starts_at")[:PUBLIC_LIMIT]
        )
        set_municipality_labels(upcoming + summaries, "host", "visiting")
        return self.render(
            request,
            context_overrides={
                "regions": list(PlanningRegion.objects.filter(locale_id=self.locale_id)),
                "pairs": pairs,
                "groups": groups,
                "upcoming": upcoming,
                "summaries": summaries,
            },
        )

    @path("municipalities/", name="municipalities")
    def municipality_list(self, request):
        return self.render(
            request,
            template="exchanges/municipality_list.html",
            context_overrides={
                "municipalities": self.municipalities().order_by(latvian_order("name"), "pk"),
                "regions": list(PlanningRegion.objects.filter(locale_id=self.locale_id)),
            },
        )

    @path("municipalities/<slug:slug>/", name="municipality")
    def municipality_detail(self, request, slug):
        municipality = get_object_or_404(self.municipalities().with_default_pk(), slug=slug)
        canonical_id = municipality.default_pk  # what pairs, groups and visits point at
        pairs = list(
            MentoringPair.objects.filter(
                Q(mentor_municipality_id=canonical_id) | Q(mentee_municipality_id=canonical_id)
            ).with_municipalities()
        )
        groups = list(PeerGroup.objects.filter(members=canonical_id).with_members())
        _label_programmes(pairs, groups)
        summaries = self._public_summaries(request, canonical_id)
        set_municipality_labels(summaries.object_list, "host")
        published = SelfAssessment.objects.filter(municipality_id=canonical_id, is_published=True)
        return self.render(
            request,
            template="exchanges/municipality_detail.html",
            context_overrides={
                "municipality": municipality,
                "pairs": pairs,
                "groups": groups,
                "summaries": summaries,
                "chart": assessment_chart(published.latest_two()),
            },
        )

    @staticmethod
    def _public_summaries(request, municipality_id):
        """One page of the public summaries of visits the municipality hosted or visited.

        Two short queries whatever the size of the programme: the public visits it took part
        in (dates and the fields `Visit.shows_summary` reads), then the page's visits with
        their hosts. Asking the database for "held" as well made SQLite walk every held visit
        by its status index; one municipality's visits are few enough to sort in Python.
        """
        candidates = (
            perms.public_visits()
            .only("starts_at", "is_public", "status", "public_summary")
            .involving(municipality_id)
        )
        shown = sorted(
            (visit for visit in candidates if visit.shows_summary),
            key=lambda visit: (visit.starts_at, visit.pk),
            reverse=True,
        )
        summaries = paginate(request, shown, PER_PAGE, param="summaries")
        on_page = Visit.objects.filter(pk__in=[v.pk for v in summaries]).with_list_relations()
        summaries.object_list = list(on_page.order_by("-starts_at", "-pk"))
        return summaries

    @path("regions/<slug:slug>/", name="region")
    def region_detail(self, request, slug):
        regions = self.regions()
        region = get_object_or_404(regions, slug=slug)
        municipalities = list(region.municipalities.order_by(latvian_order("name"), "pk"))
        # A region nobody takes part from yet points to the regions that do.
        other_regions = (
            []
            if municipalities
            else list(
                regions.exclude(pk=region.pk)
                .filter(municipalities__isnull=False)
                .distinct()
                .order_by(latvian_order("name"), "pk")
            )
        )
        return self.render(
            request,
            template="exchanges/region_detail.html",
            context_overrides={
                "region": region,
                "municipalities": municipalities,
                "other_regions": other_regions,
                "can_view_dashboard": region.default_pk is not None
                and perms.can_view_region_figures(request.user, region.default_pk),
            },
        )

    @path("regions/<slug:slug>/dashboard/", name="region-dashboard")
    def region_dashboard(self, request, slug):
        """Counts and statuses per municipality, for the region's viewers and coordinators."""
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        region = get_object_or_404(self.regions(), slug=slug)
        if region.default_pk is None or not perms.can_view_region_figures(
            request.user, region.default_pk
        ):
            raise PermissionDenied
        sort = dashboard.sort_of(request)
        rows = dashboard.region_rows(region, sort)
        export = request.GET.get("format")
        if export in ("csv", "xlsx"):
            return dashboard.export(rows, region, export)
        page_obj = paginate(request, rows, dashboard.PER_PAGE)
        section_url = self.url
        dashboard.label_rows(
            page_obj.object_list,
            lambda slug: section_url + self.reverse_subpage("municipality", args=[slug]),
        )
        return self.render(
            request,
            template="exchanges/region_dashboard.html",
            context_overrides={
                "region": region,
                "rows": page_obj.object_list,
                "page_obj": page_obj,
                "sort": sort,
                "sort_columns": dashboard.sort_columns(),
            },
        )

    @re_path(rf"^{PROGRAMME}/$", name="programme")
    def programme_detail(self, request, kind, pk):
        """A pair or group: public visits for everyone, the rest for its members."""
        if kind == "pairs":
            programme = get_object_or_404(MentoringPair.objects.with_municipalities(), pk=pk)
            set_municipality_labels([programme], "mentor_municipality", "mentee_municipality")
        else:
            programme = get_object_or_404(PeerGroup.objects.with_members(), pk=pk)
            set_municipality_labels([programme], "members")
        is_member = perms.is_member(request.user, programme)
        visits = Visit.objects.filter(**{"pair" if kind == "pairs" else "group": programme})
        if not is_member:
            visits = visits.public()
        visits = paginate(
            request, visits.with_detail_relations().order_by("-starts_at", "-pk"), PER_PAGE
        )
        set_municipality_labels(visits.object_list, "host", "visiting")
        advice = None
        if is_member:
            advice = list(programme.advice.select_related("municipality").waiting_first())
            set_municipality_labels(advice, "municipality")
        return self.render(
            request,
            template="exchanges/programme_detail.html",
            context_overrides={
                "programme": programme,
                "is_pair": kind == "pairs",
                "kind": kind,
                "is_member": is_member,
                "can_manage": perms.can_manage(request.user, programme),
                "people": self._people(programme) if is_member else None,
                "page_obj": visits,
                "advice_list": advice,
            },
        )

    @staticmethod
    def _people(programme):
        if isinstance(programme, MentoringPair):
            return {
                "mentors": list(programme.mentors.select_related("exchanges_profile")),
                "experts": list(programme.experts.select_related("exchanges_profile")),
            }
        return {"facilitators": list(programme.facilitators.select_related("exchanges_profile"))}

    @path("visits/<int:pk>/", name="visit")
    def visit_detail(self, request, pk):
        """A visit: its public summary for everyone, the whole record for those taking part."""
        visit = get_object_or_404(Visit.objects.with_detail_relations(), pk=pk)
        private = perms.can_view_visit(request.user, visit)
        if not private and not perms.can_view_visit_publicly(request.user, visit):
            raise Http404
        set_municipality_labels([visit], "host", "visiting")
        context = {"visit": visit, "private": private}
        if private:
            report = VisitReport.objects.filter(visit=visit).prefetch_related("measures").first()
            advice = list(visit.advice.select_related("municipality").order_by("due_on", "pk"))
            set_municipality_labels(advice, "municipality")
            context.update(
                report=report,
                advice_list=advice,
                participants=list(visit.participants.order_by("last_name", "first_name")),
                case_studies=[p.localized for p in visit.case_studies.live().specific()],
                lessons=[p.localized for p in visit.lessons.live().specific()],
                can_edit=perms.can_edit_visit(request.user, visit),
                programme_kind="pairs" if visit.pair_id else "groups",
                programme_pk=visit.pair_id or visit.group_id,
                can_report=perms.can_write_report(request.user, visit),
                chart=self._visited_assessment(request.user, visit),
            )
        return self.render(
            request, template="exchanges/visit_detail.html", context_overrides=context
        )

    @staticmethod
    def _visited_assessment(user, visit):
        """What the mentor reads before a visit: the visited municipality's latest
        self-assessment, for those who may see it."""
        municipality_id = visit.pair.mentee_municipality_id if visit.pair_id else visit.host_id
        if not perms.can_view_assessments_of(user, municipality_id):
            return None
        return assessment_chart(
            SelfAssessment.objects.filter(municipality_id=municipality_id).latest_two()
        )
