"""Where the project answers for Wagtail, measured against one Wagtail version.

Each of these replaces part of Wagtail's own work because without it pages go over their
budget of 15 queries or render markedly slower at scale; the figures are in their docstrings.
A new Wagtail may do that work better, or change what is replaced: measure again with
bench/run.py and the query-count tests, then keep or remove each and update this version.
"""

import wagtail

MEASURED_WITH = (8, 0)
OVERRIDES = (
    "home.routing.route (HomePage.route) and the routed_* attributes it sets",
    "core.pages.BasePage.get_view_restrictions",
    "core.pages.PageQuerySet.public",
    "core.pages.PageQuerySet.descendant_of_q",
    "home.shell.find_site / SiteMiddleware (Site.find_for_request from the cache)",
    "home.models.ContactSettings.for_request",
)


def test_overrides__were_measured_with_this_wagtail_version():
    assert wagtail.VERSION[:2] == MEASURED_WITH, (
        f"Wagtail is {wagtail.__version__}; measure again what these replace: "
        + "; ".join(OVERRIDES)
    )
