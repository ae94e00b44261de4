"""Search results as a signed-in mentor sees them: their own records in a section of their
own, nothing for axe-core to report, and no sideways scrolling on a 320 px screen."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.test_accessibility import assert_no_violations
from tests.browser.test_exchanges import session_cookie

HEADINGS = {"lv": ("Jūsu ieraksti", "Tīmekļvietnē"), "en": ("Your records", "On the site")}


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("width", [1280, 320])
def test_search__private_section_is_readable_and_accessible(world_site, browser, axe, lang, width):
    base, world = world_site
    call_command("update_index", verbosity=0)
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_cookies([session_cookie(base, world.users["mentor"])])
    page = context.new_page()
    try:
        page.goto(f"{base}/{lang}/search/?q=Advice+A")

        mine, site = HEADINGS[lang]
        section = page.get_by_role("region", name=mine)
        expect(section).to_be_visible()
        expect(section.get_by_role("link", name="Advice A")).to_be_visible()
        expect(section.get_by_role("link", name="Advice B")).to_have_count(0)
        expect(section.locator("mark").first).to_have_text("ADVICE")  # "ADVICE-A private"
        assert page.get_by_role("heading", name=site).count() <= 1
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert_no_violations(axe, page)
    finally:
        context.close()
