"""The exchanges views; ExchangesIndexPage routes each URL to one of these (see models.pages)."""

from .dashboard import region_dashboard
from .followthrough import (
    adopt_practice,
    measure_create,
    measure_detail,
    measure_edit,
    measure_list,
    reminder_settings,
    self_assessment,
    self_assessment_create,
)
from .public import (
    municipality_detail,
    municipality_list,
    overview,
    personal_calendar,
    programme_detail,
    public_calendar,
    region_detail,
    visit_detail,
)
from .workspace import (
    advice_create,
    advice_detail,
    advice_edit,
    advice_export,
    calendar_reset,
    report_edit,
    visit_create,
    visit_edit,
    workspace,
)

__all__ = [
    "adopt_practice",
    "measure_create",
    "measure_detail",
    "measure_edit",
    "measure_list",
    "region_dashboard",
    "reminder_settings",
    "self_assessment",
    "self_assessment_create",
    "advice_create",
    "advice_detail",
    "advice_edit",
    "advice_export",
    "calendar_reset",
    "municipality_detail",
    "municipality_list",
    "overview",
    "personal_calendar",
    "programme_detail",
    "public_calendar",
    "region_detail",
    "report_edit",
    "visit_create",
    "visit_edit",
    "visit_detail",
    "workspace",
]
