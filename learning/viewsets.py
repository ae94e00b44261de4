from django.db.models import Count, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from config.export import SpreadsheetExportViewSetMixin

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


class EnrollmentViewSet(SpreadsheetExportViewSetMixin, ModelViewSet):
    """Trainees' progress for coordinators: read-only, searchable, exportable."""

    model = Enrollment
    icon = "user"
    menu_label = _("Trainee progress")
    menu_name = "trainee-progress"
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = [
        "user",
        "module",
        Column("lessons_done", label=_("lessons completed")),
        "started_at",
        "last_activity_at",
        "completed_at",
    ]
    list_export = [
        "user",
        "module",
        "lessons_done",
        "started_at",
        "last_activity_at",
        "completed_at",
    ]
    export_headings = {"lessons_done": _("lessons completed")}
    list_filter = ["module", "completed_at"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    search_backend_name = None
    form_fields = ["completed_at"]
    export_filename = "trainee-progress"

    def get_queryset(self, request):
        completions = (
            LessonCompletion.objects.filter(user=OuterRef("user"), module=OuterRef("module"))
            .order_by()
            .values("user")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return (
            Enrollment.objects.select_related("user", "module", "last_lesson")
            .annotate(lessons_done=Subquery(completions))
            .order_by("-last_activity_at")
        )


enrollment_viewset = EnrollmentViewSet("trainee_progress")
