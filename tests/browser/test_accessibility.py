"""axe-core finds no WCAG 2.1 A/AA violations on any public page type, in either language."""

import pytest
from django.core.management import call_command

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PAGES = [
    "/{lang}/",
    "/{lang}/search/?q=energo",
    "/{lang}/search/?q=zzzz-nekas",
    "/{lang}/accessibility/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/password/reset/",
    "/{lang}/learning/",
    "/{lang}/case-studies/",
    "/{lang}/exchanges/",
    "/{lang}/exchanges/municipalities/",
    "/{lang}/no-such-page/",
]


def assert_no_violations(axe, page):
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_axe__no_violations(live_site, page, axe, path, lang):
    call_command("update_index", verbosity=0)
    page.goto(live_site + path.format(lang=lang))

    assert page.locator("html").get_attribute("lang") == lang
    assert_no_violations(axe, page)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_axe__no_violations_at_320px_and_no_sideways_scrolling(live_site, browser, axe, lang):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto(f"{live_site}/{lang}/")

        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_no_violations(axe, page)
    finally:
        context.close()


def test_axe__no_violations_with_a_login_error(live_site, page, axe):
    page.goto(f"{live_site}/en/accounts/login/")
    page.get_by_label("Username").fill("nobody")
    page.get_by_label("Password").fill("wrong-password-123")
    page.get_by_role("button", name="Log in").click()

    assert page.get_by_role("alert").is_visible()
    assert_no_violations(axe, page)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_axe__directory_pages_with_data(live_site, page, axe, lang):
    from wagtail.models import Locale

    from exchanges.factories import MunicipalityFactory, PlanningRegionFactory

    locale = Locale.objects.get(language_code=lang)
    region = PlanningRegionFactory(slug="kurzeme", name="Kurzeme", locale=locale)
    MunicipalityFactory(slug="liepaja", name="Liepāja", region=region, locale=locale)

    for path in ("municipalities/", "municipalities/liepaja/", "regions/kurzeme/"):
        page.goto(f"{live_site}/{lang}/exchanges/{path}")
        assert page.locator("h1").count() == 1
        assert_no_violations(axe, page)
