"""What a signed-in person should do next in the exchanges, for the home page."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from . import permissions as perms
from .models import ExchangesIndexPage


@dataclass(frozen=True)
class NextStep:
    kind: str
    label: str
    title: str
    url: str
    due: object = None
    overdue: bool = False


def next_steps(user):
    """The next upcoming visit, the most pressing advice to update, the oldest overdue measure."""
    if not user.is_authenticated:
        return []
    scope = perms.scope_of(user)
    if not (scope.is_member_anywhere or scope.municipality_id):
        return []
    page = ExchangesIndexPage.for_language()
    if page is None:
        return []

    def url(name, pk):
        return page.url + page.reverse_subpage(name, args=[pk])

    steps = []
    visit = perms.visits_visible_to(user).upcoming().first()
    if visit:
        steps.append(
            NextStep(
                "visit", _("Upcoming visit"), visit.title, url("visit", visit.pk), visit.starts_at
            )
        )
    if scope.municipality_id:
        advice = (
            perms.advice_visible_to(user)
            .filter(municipality_id=scope.municipality_id, status__in=["open", "in_progress"])
            .order_by("due_on", "pk")
            .first()
        )
        if advice:
            steps.append(
                NextStep(
                    "advice",
                    _("Advice to update"),
                    advice.title,
                    reverse("exchanges:advice", args=[advice.pk]),
                    advice.due_on,
                    advice.is_overdue,
                )
            )
        measure = (
            perms.measures_visible_to(user)
            .filter(municipality_id=scope.municipality_id, is_draft=False)
            .overdue()
            .order_by("end_year", "pk")
            .first()
        )
        if measure:
            steps.append(
                NextStep(
                    "measure",
                    _("Overdue measure"),
                    measure.title,
                    reverse("exchanges:measure", args=[measure.pk]),
                    measure.end_year,
                    True,
                )
            )
    return steps
