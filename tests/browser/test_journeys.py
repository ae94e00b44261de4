import re

from django.core.management import call_command
from playwright.sync_api import expect

from home.factories import UserFactory


def test_keyboard__skip_link_leads_into_the_main_content(live_site, page):
    page.goto(f"{live_site}/lv/")

    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Pāriet uz saturu")
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"#main$"))
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_keyboard__every_header_link_is_reachable_in_order(live_site, page):
    page.goto(f"{live_site}/en/")
    reached = []
    for _ in range(12):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.textContent.trim()"))

    for label in ("Skip to main content", "Learning", "Exchanges", "Case studies", "Search"):
        assert label in reached
    assert reached.index("Learning") < reached.index("Exchanges") < reached.index("Search")


def test_search__a_visitor_finds_a_page_typed_without_diacritics(live_site, page):
    call_command("update_index", verbosity=0)
    page.goto(f"{live_site}/lv/")

    page.get_by_role("link", name="Meklēt").click()
    page.get_by_label("Meklēt tīmekļvietnē").fill("pieredzes apmaina")
    page.get_by_role("button", name="Meklēt").click()

    expect(page.get_by_role("status")).to_contain_text("pieredzes apmaina")
    results = page.locator(".search-results")
    expect(results.get_by_role("link", name="Pieredzes apmaiņa")).to_be_visible()


def test_language_switcher__moves_to_the_same_page_in_english(live_site, page):
    page.goto(f"{live_site}/lv/learning/")

    page.get_by_role("link", name="English").click()

    expect(page).to_have_url(f"{live_site}/en/learning/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Learning")


def test_login__a_user_logs_in_returns_to_the_page_and_logs_out(live_site, page):
    UserFactory(username="liga", first_name="Līga", last_name="Ozola")
    page.goto(f"{live_site}/lv/learning/")

    page.get_by_role("link", name="Pieslēgties").click()
    page.get_by_label("Lietotājvārds").fill("liga")
    page.get_by_label("Parole").fill("pareiza-parole-2026")
    page.get_by_role("button", name="Pieslēgties").click()

    expect(page).to_have_url(f"{live_site}/lv/learning/")
    page.get_by_text("Līga Ozola").click()
    page.get_by_role("button", name="Atslēgties").click()
    expect(page.get_by_role("link", name="Pieslēgties")).to_be_visible()
