from django.db.models import Count, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Concat, NullIf, Trim
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, UserColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.export import SpreadsheetExportViewSetMixin

from .models import Enrollment, LessonCompletion, SecapPhase, SecapStep, Sector


class SecapPhaseViewSet(SnippetViewSet):
    model = SecapPhase
    icon = "list-ol"
    list_display = ["name", "slug", "sort_order", "locale"]
    search_fields = ["name"]


class SecapStepViewSet(SnippetViewSet):
    model = SecapStep
    icon = "list-ol"
    list_display = ["number", "title", "phase", "locale"]
    list_filter = ["phase"]
    search_fields = ["title"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (SecapPhaseViewSet, SecapStepViewSet, SectorViewSet)
    menu_icon = "tag"
    menu_label = _("Course taxonomy")
    menu_name = "course-taxonomy"


class TraineeColumn(UserColumn):
    """The trainee's full name, with their login below it: coordinators know people by name,
    and the login tells apart two people of the same name."""

    cell_template_name = "learning/admin/trainee_cell.html"


def progress_rows():
    """Each enrolment with the number of its module's lessons the trainee completed, and the
    trainee's name and login for the export."""
    completions = (
        LessonCompletion.objects.filter(user=OuterRef("user"), module=OuterRef("module"))
        .order_by()
        .values("user")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return (
        Enrollment.objects.select_related("user", "module", "last_lesson")
        .annotate(
            lessons_done=Coalesce(Subquery(completions), 0),
            login=F("user__username"),
            trainee=Coalesce(
                NullIf(Trim(Concat("user__first_name", Value(" "), "user__last_name")), Value("")),
                F("user__username"),
            ),
        )
        .order_by("-last_activity_at")
    )


class EnrollmentViewSet(SpreadsheetExportViewSetMixin, ModelViewSet):
    """Trainees' progress for coordinators: read-only, searchable, exportable.

    Wagtail's ModelViewSet takes no `get_queryset(request)` (only SnippetViewSet does), so the
    annotated rows reach the listing and its export as the index view's `queryset`.
    """

    model = Enrollment
    icon = "user"
    menu_label = _("Trainee progress")
    menu_name = "trainee-progress"
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = [
        TraineeColumn("user", label=_("trainee"), sort_key="user__last_name"),
        Column("module", label=_("module"), sort_key="module__title"),
        Column("lessons_done", label=_("lessons completed"), sort_key="lessons_done"),
        "started_at",
        "last_activity_at",
        "completed_at",
    ]
    list_export = [
        "trainee",
        "login",
        "module",
        "lessons_done",
        "started_at",
        "last_activity_at",
        "completed_at",
    ]
    export_headings = {
        "trainee": _("trainee"),
        "login": _("login"),
        "module": _("module"),
        "lessons_done": _("lessons completed"),
    }
    list_filter = ["module", "completed_at"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    search_backend_name = None
    form_fields = ["completed_at"]
    export_filename = "trainee-progress"

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=progress_rows(), **kwargs)


enrollment_viewset = EnrollmentViewSet("trainee_progress")
