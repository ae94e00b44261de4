"""The exchanges views; ExchangesIndexPage routes each URL to one of these (see models.pages)."""

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
