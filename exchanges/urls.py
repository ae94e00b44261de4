"""Downloads beside the exchanges page: Wagtail routes only serve paths ending in a slash."""

from django.urls import path

from . import views

app_name = "exchanges"

urlpatterns = [
    path("exchanges/calendar.ics", views.public_calendar, name="calendar"),
    path("exchanges/calendar/<str:token>.ics", views.personal_calendar, name="personal-calendar"),
    path("exchanges/workspace/advice.csv", views.advice_export, name="advice-export"),
    # Linked from case study pages, which cannot know the exchanges page (imports point one way).
    path("exchanges/workspace/adopt/<id:case_id>/", views.adopt_practice, name="adopt"),
]
