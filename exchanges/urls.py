"""The signed-in workspace and the downloads, under the exchanges section's address.

The section page (exchanges.models.pages) serves the public directory and visits; the records
people create while working are edited here, in ordinary views. The section's slug is
`exchanges` in every language.
"""

from django.urls import path, register_converter

from . import views


class ProgrammeKindConverter:
    """Which kind of programme an address names: a mentoring pair or a peer group."""

    regex = "pairs|groups"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ProgrammeKindConverter, "programme")

app_name = "exchanges"

WORKSPACE = "exchanges/workspace/"
PROGRAMME = WORKSPACE + "<programme:kind>/<id:pk>/"

urlpatterns = [
    path("exchanges/calendar.ics", views.public_calendar, name="calendar"),
    path("exchanges/calendar/<str:token>.ics", views.personal_calendar, name="personal-calendar"),
    path(WORKSPACE, views.WorkspaceView.as_view(), name="workspace"),
    path(PROGRAMME + "visits/new/", views.VisitCreateView.as_view(), name="visit-create"),
    path(WORKSPACE + "visits/<id:pk>/edit/", views.VisitEditView.as_view(), name="visit-edit"),
    path(WORKSPACE + "visits/<id:pk>/report/", views.ReportEditView.as_view(), name="report-edit"),
    path(PROGRAMME + "advice/new/", views.AdviceCreateView.as_view(), name="advice-create"),
    path(WORKSPACE + "advice/<id:pk>/", views.AdviceDetailView.as_view(), name="advice"),
    path(WORKSPACE + "advice/<id:pk>/edit/", views.AdviceEditView.as_view(), name="advice-edit"),
    path(WORKSPACE + "advice.csv", views.advice_export, name="advice-export"),
    path(WORKSPACE + "calendar/renew/", views.CalendarRenewView.as_view(), name="calendar-renew"),
    path(WORKSPACE + "measures/", views.MeasureListView.as_view(), name="measures"),
    path(WORKSPACE + "measures/new/", views.MeasureCreateView.as_view(), name="measure-create"),
    path(WORKSPACE + "measures/<id:pk>/", views.MeasureDetailView.as_view(), name="measure"),
    path(
        WORKSPACE + "measures/<id:pk>/edit/", views.MeasureEditView.as_view(), name="measure-edit"
    ),
    path(
        WORKSPACE + "self-assessment/", views.SelfAssessmentView.as_view(), name="self-assessment"
    ),
    path(
        WORKSPACE + "self-assessment/new/",
        views.SelfAssessmentCreateView.as_view(),
        name="self-assessment-create",
    ),
    path(WORKSPACE + "settings/", views.ReminderSettingsView.as_view(), name="settings"),
    # Linked from case study pages, which cannot know the exchanges page (imports point one way).
    path(WORKSPACE + "adopt/<id:case_id>/", views.AdoptPracticeView.as_view(), name="adopt"),
]
