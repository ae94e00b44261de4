"""The browser resolves a Latvian visit title on an English page as Latvian (WCAG 3.1.2).

Chromium's own `:lang()` matching is asked, which follows `lang` inheritance as assistive
technology does, rather than the markup being read.
"""

from playwright.sync_api import expect
from wagtail.models import Locale

from exchanges.factories import VisitFactory

from .test_exchanges import session_cookie


def test_latvian_visit_title_on_an_english_page_resolves_to_latvian(world_site, browser):
    base, world = world_site
    visit = VisitFactory(
        pair=world.objects["pair_a"],
        title="Ēnošanas vizīte Liepājā",
        participants=[world.users["mentor"]],
        language="lv",
    )
    english = world.page.get_translation(Locale.objects.get(language_code="en"))
    path = english.url + english.reverse_subpage("visit", args=[visit.pk])
    context = browser.new_context()
    context.add_cookies([session_cookie(base, world.users["mentor"])])
    page = context.new_page()
    try:
        page.goto(base + path)

        assert page.evaluate("document.documentElement.lang") == "en"
        heading = page.get_by_role("heading", level=1, name="Ēnošanas vizīte Liepājā")
        expect(heading).to_be_visible()
        assert heading.evaluate("element => element.closest('[lang]').lang") == "lv"
        expect(page.locator("h1:lang(lv)")).to_have_text("Ēnošanas vizīte Liepājā")
        # The interface around the title is still English to the browser.
        expect(page.locator("dt:lang(en)").first).to_have_text("Kind")
        expect(page.locator("dt:lang(lv)")).to_have_count(0)
    finally:
        context.close()
