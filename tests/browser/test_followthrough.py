"""Follow-through in a browser: the mentee updates a measure, the region exports its dashboard,
and axe-core finds nothing on the new pages."""

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from exchanges.models import Measure

from .test_exchanges import assert_pages_accessible, log_in


def test_journey__mentee_updates_a_measure_region_exports_the_dashboard(world_site, page):
    base, world = world_site
    measure = world.objects["measure_a"]

    log_in(page, base, "mentee")
    page.goto(f"{base}/en/exchanges/workspace/measures/")
    page.get_by_role("link", name="Measure A").click()
    page.get_by_role("combobox", name="Status").select_option("ongoing")
    page.get_by_label("What changed").fill("The procurement is announced.")
    page.get_by_role("button", name="Update the status").click()
    expect(page.get_by_text("The procurement is announced.")).to_be_visible()
    measure.refresh_from_db()
    assert measure.status == "ongoing"

    page.context.clear_cookies()
    log_in(page, base, "region_here")
    page.goto(f"{base}/lv/exchanges/regions/riga/dashboard/")
    expect(page.get_by_role("row", name="Jūrmala")).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="(CSV)").click()
    content = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    jurmala = next(row for row in rows if row[0] == "Jūrmala")
    assert len(jurmala) == len(rows[0])
    assert jurmala[-2] == "0"  # measures overdue: none
    assert "MEASURE-A" not in content and "ADVICE-A" not in content
    assert Measure.objects.filter(status="ongoing").count() == 1


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_axe__follow_through_pages(world_site, browser, axe, lang):
    base, world = world_site
    o = world.objects
    o["assessment_a"].is_published = True
    o["assessment_a"].save()
    pages = {
        None: ["exchanges/municipalities/jurmala/", f"case-studies/{o['case'].slug}/"],
        "mentee": [
            "",
            "exchanges/workspace/measures/",
            f"exchanges/workspace/measures/{o['measure_a'].pk}/",
            f"exchanges/workspace/measures/{o['measure_a'].pk}/edit/",
            "exchanges/workspace/measures/new/",
            f"exchanges/workspace/adopt/{o['case'].pk}/",
            "exchanges/workspace/self-assessment/",
            "exchanges/workspace/self-assessment/new/",
            "exchanges/workspace/settings/",
            f"case-studies/{o['case'].slug}/",
        ],
        "mentor": [f"exchanges/visits/{o['visit_a'].pk}/"],
        "region_here": ["exchanges/regions/riga/dashboard/"],
    }
    assert_pages_accessible(browser, axe, base, world, pages, lang)
