"""The planning-region user's journey through the case library, and axe-core on it."""

import csv
import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from casestudies.factories import CaseStudyPageFactory
from core.choices import Role
from home.factories import UserFactory
from learning.factories import SectorFactory
from tests.browser.test_accessibility import assert_no_violations
from tests.conftest import build_site_tree


@pytest.fixture
def library_site(live_server):
    """Three cases in each language; the Latvian ones carry Latvian sectors."""
    tree = build_site_tree()
    sectors = {
        "transport": SectorFactory(slug="transport", name="Transports"),
        "governance": SectorFactory(slug="governance", name="Pārvaldība"),
    }
    specs = [
        ("barcelona", "Barselonas superkvartāli", "Barcelona", "ES", "transport"),
        ("vaxjo", "Vekše bez fosilā kurināmā", "Växjö", "SE", "governance"),
        ("tartu", "Tartu enerģētikas aģentūra", "Tartu", "EE", "governance"),
    ]
    for code in ("lv", "en"):
        index = tree.pages[(code, "case-studies")]
        for slug, title, city, country, sector in specs:
            case = CaseStudyPageFactory(
                parent=index, slug=slug, title=title, city=city, country=country
            )
            if code == "lv":
                case.sectors.set([sectors[sector]])
                case.save_revision().publish()
    UserFactory(username="region", roles=[Role.REGION_VIEWER])
    return live_server.url


def test_journey__region_user_filters_opens_a_case_and_exports_csv(library_site, page):
    base = library_site
    page.goto(f"{base}/lv/accounts/login/")
    page.get_by_label("Lietotājvārds").fill("region")
    page.get_by_label("Parole").fill("pareiza-parole-2026")
    page.get_by_role("button", name="Pieslēgties").click()

    page.goto(f"{base}/lv/case-studies/")
    page.get_by_label("Pārvaldība").check()
    page.locator("#filter-country").select_option("SE")
    page.locator(".library__filters button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"sector=governance.*country=SE"))
    results = page.locator(".case-list")
    expect(results.get_by_role("link")).to_have_count(1)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    # A Latvian spreadsheet reads a BOM-marked file with semicolons.
    content = download_info.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Vekše bez fosilā kurināmā"]

    results.get_by_role("link", name="Vekše bez fosilā kurināmā").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vekše bez fosilā kurināmā")


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_axe__library_filtered_empty_and_case_page(library_site, page, lang):
    axe = Axe()
    for path in (
        "/case-studies/",
        "/case-studies/?sector=governance&country=SE&sort=title",
        "/case-studies/?country=EE&kind=adaptation",
        "/case-studies/?step=nonsense",
        "/case-studies/vaxjo/",
    ):
        page.goto(f"{library_site}/{lang}{path}")
        assert_no_violations(axe, page)
