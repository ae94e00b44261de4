"""The exchanges views that exchanges.urls serves; the section page keeps its own routes."""

from .followthrough import (
    AdoptPracticeView,
    MeasureCreateView,
    MeasureDetailView,
    MeasureEditView,
    MeasureListView,
    ReminderSettingsView,
    SelfAssessmentCreateView,
    SelfAssessmentView,
)
from .public import personal_calendar, public_calendar
from .workspace import (
    AdviceCreateView,
    AdviceDetailView,
    AdviceEditView,
    CalendarRenewView,
    ReportEditView,
    VisitCreateView,
    VisitEditView,
    WorkspaceView,
    advice_export,
)

__all__ = [
    "AdoptPracticeView",
    "MeasureCreateView",
    "MeasureDetailView",
    "MeasureEditView",
    "MeasureListView",
    "ReminderSettingsView",
    "SelfAssessmentCreateView",
    "SelfAssessmentView",
    "AdviceCreateView",
    "AdviceDetailView",
    "AdviceEditView",
    "CalendarRenewView",
    "ReportEditView",
    "VisitCreateView",
    "VisitEditView",
    "WorkspaceView",
    "advice_export",
    "personal_calendar",
    "public_calendar",
]
