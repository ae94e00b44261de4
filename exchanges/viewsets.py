from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.export import SpreadsheetExportViewSetMixin

from .models import (
    Advice,
    AdviceUpdate,
    Measure,
    MentoringPair,
    Municipality,
    PeerGroup,
    PlanningRegion,
    Profile,
    SelfAssessment,
    Visit,
    VisitReport,
)


class PlanningRegionViewSet(SnippetViewSet):
    model = PlanningRegion
    icon = "site"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class MunicipalityViewSet(SpreadsheetExportViewSetMixin, SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "region", "plan_type", "target_percent", "target_year", "locale"]
    list_filter = ["region", "plan_type"]
    search_fields = ["name"]
    list_export = ["name", "slug", "region", "plan_type", "covenant_joined_on", "target_percent"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (MunicipalityViewSet, PlanningRegionViewSet)
    menu_icon = "home"
    menu_label = _("Municipalities")
    menu_name = "municipalities"


class ProgrammeViewSet(SpreadsheetExportViewSetMixin, ModelViewSet):
    """Exchanges records for coordinators: searchable, filterable, exportable to CSV."""

    search_backend_name = None  # plain database search: these records are not in the index
    inspect_view_enabled = True
    copy_view_enabled = False


class ProfileViewSet(ProgrammeViewSet):
    model = Profile
    icon = "user"
    menu_label = _("People")
    list_display = ["__str__", "user", "municipality", "organisation", "region"]
    list_filter = ["municipality", "region"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "organisation"]
    list_export = ["__str__", "user", "municipality", "organisation", "position", "region"]
    form_fields = ["user", "municipality", "organisation", "position", "region"]
    export_filename = "people"


class MentoringPairViewSet(ProgrammeViewSet):
    model = MentoringPair
    icon = "group"
    list_display = ["__str__", "starts_on", "ends_on", "status"]
    list_filter = ["status", "mentor_municipality"]
    search_fields = ["mentor_municipality__name", "mentee_municipality__name", "goals"]
    list_export = ["mentor_municipality", "mentee_municipality", "starts_on", "ends_on", "status"]
    form_fields = [
        "mentor_municipality",
        "mentee_municipality",
        "mentors",
        "experts",
        "goals",
        "language",
        "starts_on",
        "ends_on",
        "status",
    ]
    export_filename = "mentoring-pairs"


class PeerGroupViewSet(ProgrammeViewSet):
    model = PeerGroup
    icon = "group"
    list_display = ["topic", "starts_on", "status"]
    list_filter = ["status"]
    search_fields = ["topic", "description"]
    list_export = ["topic", "starts_on", "ends_on", "status"]
    form_fields = ["topic", "description", "members", "facilitators", "starts_on", "ends_on"]
    form_fields += ["status", "language"]
    export_filename = "peer-groups"


class VisitViewSet(ProgrammeViewSet):
    model = Visit
    icon = "date"
    list_display = ["title", "kind", "host", "starts_at", "status", "is_public"]
    list_filter = ["kind", "status", "is_public", "starts_at"]
    search_fields = ["title", "place", "agenda", "public_summary"]
    list_export = ["title", "kind", "pair", "group", "host", "starts_at", "ends_at", "place"]
    list_export += ["status", "is_public", "public_summary"]
    form_fields = [
        "kind",
        "pair",
        "group",
        "title",
        "host",
        "visiting",
        "participants",
        "starts_at",
        "ends_at",
        "place",
        "agenda",
        "status",
        "is_public",
        "public_summary",
        "language",
        "case_studies",
        "lessons",
    ]
    export_filename = "visits"

    def get_queryset(self, request):
        return Visit.objects.select_related("host", "pair", "group")


class VisitReportViewSet(ProgrammeViewSet):
    model = VisitReport
    icon = "doc-full"
    list_display = ["visit", "author", "updated_at"]
    list_filter = ["visit__kind"]
    search_fields = ["visit__title", "observations", "strengths", "weaknesses"]
    list_export = ["visit", "author", "observations", "strengths", "weaknesses", "updated_at"]
    form_fields = ["visit", "author", "observations", "strengths", "weaknesses", "language"]
    export_filename = "visit-reports"


class AdviceViewSet(ProgrammeViewSet):
    model = Advice
    icon = "tasks"
    list_display = ["title", "municipality", "given_by", "priority", "due_on", "status"]
    list_filter = ["status", "priority", "municipality", "due_on"]
    search_fields = ["title", "text"]
    list_export = ["title", "municipality", "given_by", "pair", "group", "visit", "priority"]
    list_export += ["due_on", "status", "text"]
    form_fields = [
        "title",
        "text",
        "language",
        "municipality",
        "given_by",
        "pair",
        "group",
        "visit",
        "sector",
        "secap_step",
        "priority",
        "due_on",
        "status",
    ]
    export_filename = "advice"

    def get_queryset(self, request):
        return Advice.objects.select_related("municipality", "given_by")


class AdviceUpdateViewSet(ProgrammeViewSet):
    model = AdviceUpdate
    icon = "history"
    list_display = ["advice", "status", "author", "created_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["advice__title", "note"]
    list_export = ["advice", "status", "note", "author", "created_at"]
    form_fields = ["advice", "status", "note", "language", "evidence", "author"]
    export_filename = "advice-updates"


class MeasureViewSet(ProgrammeViewSet):
    model = Measure
    icon = "list-ul"
    list_display = ["title", "municipality", "status", "start_year", "end_year", "is_draft"]
    list_filter = ["status", "is_draft", "municipality"]
    search_fields = ["title", "description", "responsible_body"]
    list_export = ["title", "municipality", "sector", "secap_step", "responsible_body"]
    list_export += ["start_year", "end_year", "budget_eur", "expected_mwh", "expected_tco2"]
    list_export += ["status", "is_draft", "adopted_from"]
    form_fields = [
        "municipality",
        "title",
        "description",
        "language",
        "sector",
        "secap_step",
        "responsible_body",
        "start_year",
        "end_year",
        "budget_eur",
        "expected_mwh",
        "expected_tco2",
        "status",
        "is_draft",
        "adopted_from",
        "what_to_adapt",
        "prerequisites",
        "responsible_person",
    ]
    export_filename = "measures"

    def get_queryset(self, request):
        return Measure.objects.select_related("municipality")


class SelfAssessmentViewSet(ProgrammeViewSet):
    model = SelfAssessment
    icon = "clipboard-list"
    list_display = ["municipality", "assessed_on", "is_published"]
    list_filter = ["municipality", "is_published"]
    search_fields = ["municipality__name"]
    list_export = ["municipality", "assessed_on", "is_published"]
    form_fields = ["municipality", "assessed_on", "is_published", "language"]
    export_filename = "self-assessments"


class ProgrammeViewSetGroup(ViewSetGroup):
    items = (
        ProfileViewSet("exchange_people"),
        MentoringPairViewSet("mentoring_pairs"),
        PeerGroupViewSet("peer_groups"),
        VisitViewSet("visits"),
        VisitReportViewSet("visit_reports"),
        AdviceViewSet("advice"),
        AdviceUpdateViewSet("advice_updates"),
        MeasureViewSet("measures"),
        SelfAssessmentViewSet("self_assessments"),
    )
    menu_icon = "group"
    menu_label = _("Exchanges")
    menu_name = "exchanges"
    menu_order = 210
