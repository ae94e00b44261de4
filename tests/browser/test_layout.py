"""Layout in a real browser: reflow at 320 px (WCAG 1.4.10) on every page type, and the small
controls people met on a phone (number inputs, the status pill, the user menu, the case
library's filters, the case page's key facts)."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudySource
from exchanges.choices import AdviceStatus
from tests.browser.test_exchanges import session_cookie
from tests.conftest import build_site_tree
from tests.exchanges.conftest import build_world
from tests.learning.conftest import build_course

PHONE = {"width": 320, "height": 640}

# Elements whose right edge passes the viewport, outside any scroll container of their own.
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el) => {
        for (let node = el.parentElement; node && node !== document.body;
             node = node.parentElement) {
            const style = getComputedStyle(node);
            if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX)) return true;
        }
        return false;
    };
    const found = [];
    for (const el of document.body.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height || box.width <= 1) continue;  // hidden or visually-hidden
        if ((box.right > width + 1 || box.left < -1) && !scrolls(el)) {
            const edges = `${Math.round(box.left)}–${Math.round(box.right)}`;
            found.push(`${el.tagName.toLowerCase()}.${el.className} (${edges})`);
        }
    }
    return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, found};
}"""


def overflow(page):
    """What passes the viewport's right edge: [] when the page reflows."""
    result = page.evaluate(OVERFLOW)
    if result["scrollWidth"] > result["clientWidth"]:
        return [f"scrollWidth {result['scrollWidth']}", *result["found"][:4]]
    return result["found"][:4]


@pytest.fixture
def full_site(live_server):
    """The exchanges world, a course and a case study with every fact, behind a live server."""
    tree = build_site_tree()
    course = build_course(tree)
    world = build_world(tree)
    o = world.objects
    o["assessment_a"].is_published = True
    o["assessment_a"].save()
    # The world's case is Latvian only; the English library gets its own.
    CaseStudyPageFactory(parent=tree.pages[("en", "case-studies")], slug=o["case"].slug)
    o["full_case"] = CaseStudyPageFactory(
        parent=tree.pages[("lv", "case-studies")],
        title="Vekše bez fosilā kurināmā ar ļoti garu nosaukumu, kas neietilpst vienā rindā",
        slug="vaxjo",
        city="Växjö",
        country="SE",
        population=95000,
        start_year=1996,
        co2_tonnes_per_year=123456,
        mwh_saved_per_year=98765,
        investment_eur=12500000,
        lead_organisation="Växjö kommun, Energikontor Sydost",
        contact_role="Energiplanerare",
        contact_email="energiplanerare.med.en.mycket.lang.adress@vaxjo.kommun.se",
    )
    english = CaseStudyPageFactory(
        parent=tree.pages[("en", "case-studies")],
        slug="vaxjo",
        title="Fossil-fuel-free Växjö, with a title far too long for one line on a phone",
        contact_email=o["full_case"].contact_email,
    )
    for case in (o["full_case"], english):
        CaseStudySource.objects.create(
            page=case,
            title="Fossil Fuel Free Växjö",
            url="https://www.vaxjo.se/sidor/miljo/fossilbranslefritt-vaxjo.html",
        )
    return live_server.url, world, course


def page_types(world, course):
    o = world.objects
    pair = o["pair_a"].pk
    module = course.module["lv"]
    return {
        None: [
            "",
            "search/?q=energo",
            "accessibility/",
            "accounts/login/",
            "accounts/password/reset/",
            "learning/",
            f"learning/{module.slug}/",
            f"learning/{module.slug}/lesson-1/",
            "learning/secap-steps/",
            "case-studies/",
            "case-studies/?sector=governance&country=SE",
            f"case-studies/{o['full_case'].slug}/",
            "exchanges/",
            "exchanges/municipalities/",
            "exchanges/municipalities/jurmala/",
            "exchanges/regions/riga/",
            f"exchanges/pairs/{pair}/",
            f"exchanges/groups/{o['group'].pk}/",
            f"exchanges/visits/{o['public_visit_a'].pk}/",
            "no-such-page/",
        ],
        "trainee": ["learning/my/", f"learning/{module.slug}/lesson-1/"],
        "mentor": [
            "exchanges/workspace/",
            f"exchanges/visits/{o['visit_a'].pk}/",
            f"exchanges/workspace/pairs/{pair}/visits/new/",
            f"exchanges/workspace/visits/{o['visit_a'].pk}/edit/",
            f"exchanges/workspace/visits/{o['visit_a'].pk}/report/",
            f"exchanges/workspace/pairs/{pair}/advice/new/",
            f"exchanges/workspace/advice/{o['advice_a'].pk}/",
            f"exchanges/workspace/advice/{o['advice_a'].pk}/edit/",
        ],
        "mentee": [
            "exchanges/workspace/",
            f"exchanges/workspace/advice/{o['advice_a'].pk}/",
            "exchanges/workspace/measures/",
            f"exchanges/workspace/measures/{o['measure_a'].pk}/",
            f"exchanges/workspace/measures/{o['measure_a'].pk}/edit/",
            "exchanges/workspace/measures/new/",
            "exchanges/workspace/self-assessment/",
            "exchanges/workspace/self-assessment/new/",
            "exchanges/workspace/settings/",
            f"case-studies/{o['case'].slug}/",
            "accounts/password/change/",
        ],
        "region_here": [
            "exchanges/workspace/",
            "exchanges/regions/riga/dashboard/",
            "case-studies/",
        ],
    }


def role_page(browser, base, world, role, viewport=PHONE):
    context = browser.new_context(viewport=viewport)
    if role:
        context.add_cookies([session_cookie(base, world.users[role])])
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_reflow__no_page_scrolls_sideways_at_320px(full_site, browser, lang):
    base, world, course = full_site
    failures = {}
    for role, paths in page_types(world, course).items():
        context, page = role_page(browser, base, world, role)
        try:
            for path in paths:
                # The world's directory records are Latvian: their pages exist under /lv/ only.
                public_record = path.startswith("exchanges/") and "workspace/" not in path
                response = page.goto(f"{base}/{'lv' if public_record else lang}/{path}")
                if path != "no-such-page/":
                    assert response.ok, (role, path, response.status)
                if found := overflow(page):
                    failures[f"{role or 'anonymous'} /{lang}/{path}"] = found
        finally:
            context.close()
    assert not failures, "\n".join(f"{page}: {found}" for page, found in failures.items())


def test_reflow__region_dashboard_is_not_clipped_at_1366px(full_site, browser):
    base, world, _ = full_site
    context, page = role_page(browser, base, world, "region_here", {"width": 1366, "height": 768})
    try:
        page.goto(f"{base}/lv/exchanges/regions/riga/dashboard/")
        table = page.locator("table.dashboard")
        box = table.bounding_box()
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= 1366
        wrap = page.locator(".table-wrap")
        assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth")
    finally:
        context.close()


def test_reflow__region_dashboard_on_a_phone_shows_every_figure(full_site, browser):
    """Each municipality is a card: all eleven figures readable without scrolling sideways."""
    base, world, _ = full_site
    context, page = role_page(browser, base, world, "region_here")
    try:
        page.goto(f"{base}/lv/exchanges/regions/riga/dashboard/")
        row = page.get_by_role("row", name="Jūrmala")
        cells = row.locator("th, td")
        assert cells.count() == 11
        for i in range(cells.count()):
            box = cells.nth(i).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 320, i
        # Each figure carries its column's name on a phone, for eyes and screen readers alike.
        with translation.override("lv"):
            label, status = gettext("Advice by status"), f"{AdviceStatus.OPEN.label}: 1"
        expect(row.get_by_role("cell", name=re.compile(f"^{label} {status}"))).to_be_visible()
    finally:
        context.close()


def test_user_menu__escape_closes_it_and_returns_focus_to_its_button(full_site, browser):
    base, world, _ = full_site
    context, page = role_page(browser, base, world, "mentee", {"width": 1280, "height": 800})
    try:
        page.goto(f"{base}/en/exchanges/workspace/")
        toggle = page.locator(".user-menu__toggle")
        toggle.click()
        page.get_by_role("link", name="My learning").focus()
        expect(page.get_by_role("link", name="My learning")).to_be_visible()

        page.keyboard.press("Escape")

        expect(page.locator(".user-menu")).not_to_have_attribute("open", "")
        expect(page.get_by_role("link", name="My learning")).to_be_hidden()
        expect(toggle).to_be_focused()
    finally:
        context.close()


def test_case_filters__folded_on_a_phone_with_the_active_count_open_on_a_desktop(
    full_site, browser
):
    base, world, _ = full_site
    context, page = role_page(browser, base, world, None)
    try:
        page.goto(f"{base}/lv/case-studies/?country=SE&kind=mitigation")
        summary = page.locator(".library__summary")
        expect(summary).to_contain_text("2")
        expect(page.get_by_role("searchbox")).to_be_hidden()
        # The first result follows the folded filters closely (it came 1,500 px down).
        folded = summary.bounding_box()
        first = page.locator(".case-card").first.bounding_box()
        assert first["y"] - (folded["y"] + folded["height"]) < 250

        summary.click()
        expect(page.get_by_role("searchbox")).to_be_visible()

        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(f"{base}/lv/case-studies/")
        expect(page.get_by_role("searchbox")).to_be_visible()
        expect(summary).not_to_contain_text("0")
    finally:
        context.close()


def test_case_page__key_facts_come_right_after_the_intro_on_a_phone(full_site, browser):
    base, world, _ = full_site
    context, page = role_page(browser, base, world, None)
    try:
        page.goto(f"{base}/en/case-studies/vaxjo/")
        intro = page.locator(".page-header__intro").bounding_box()
        facts = page.get_by_role("heading", name="Key facts").bounding_box()
        body = page.locator(".case__body").bounding_box()
        sources = page.get_by_role("heading", name="Sources").bounding_box()
        assert intro["y"] < facts["y"] < body["y"] < sources["y"]
        # ... and in the source, which screen readers follow.
        order = page.evaluate(
            """() => [...document.querySelectorAll('.case__facts, .case__body')]
                .map((el) => el.className)"""
        )
        assert order == ["case__facts", "case__body"]

        page.set_viewport_size({"width": 1280, "height": 800})
        facts = page.locator(".case__facts").bounding_box()
        body = page.locator(".case__body").bounding_box()
        assert facts["x"] > body["x"] + body["width"]  # beside the body on a desktop
    finally:
        context.close()


def test_measure_form__number_inputs_fit_their_figures_and_ask_for_digits(full_site, browser):
    base, world, _ = full_site
    measure = world.objects["measure_a"].pk
    context, page = role_page(browser, base, world, "mentee", {"width": 1280, "height": 800})
    try:
        page.goto(f"{base}/en/exchanges/workspace/measures/{measure}/edit/")
        inputs = page.locator("input[type=number]")
        assert inputs.count() == 5  # start and end year, budget, MWh, tCO2
        for i in range(inputs.count()):
            field = inputs.nth(i)
            assert field.bounding_box()["width"] >= 160, field.get_attribute("name")
            mode = "numeric" if field.get_attribute("name").endswith("_year") else "decimal"
            assert field.get_attribute("inputmode") == mode
    finally:
        context.close()


def test_status_pill__stays_on_one_line_in_a_narrow_table(full_site, browser):
    base, world, _ = full_site
    advice = world.objects["advice_a"]
    advice.status = AdviceStatus.IN_PROGRESS  # "Tiek īstenots": two words
    advice.save()
    context, page = role_page(browser, base, world, "mentee")
    try:
        for path in ("exchanges/workspace/", "exchanges/workspace/measures/"):
            page.goto(f"{base}/lv/{path}")
            heights = page.evaluate(
                """() => [...document.querySelectorAll('.badge')].map((el) =>
                    el.getBoundingClientRect().height
                    / parseFloat(getComputedStyle(el).lineHeight))"""
            )
            assert heights, path
            assert all(lines < 1.5 for lines in heights), (path, heights)
    finally:
        context.close()
