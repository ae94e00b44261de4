"""The search box's suggestions: a WAI-ARIA combobox, by keyboard, by mouse and without
JavaScript, with nothing for axe-core to report while the list is open."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from exchanges.factories import MunicipalityFactory
from learning.factories import LearningIndexPageFactory
from tests.browser.test_accessibility import assert_no_violations
from tests.conftest import build_site_tree
from tests.home.test_html_validity import run_vnu


@pytest.fixture
def search_site(live_server):
    tree = build_site_tree()
    LearningIndexPageFactory(
        parent=tree.homes["lv"], slug="liepaja", title="Liepājas pieredze energopārvaldībā"
    )
    MunicipalityFactory(name="Liepājas valstspilsēta", slug="liepaja")
    call_command("update_index", verbosity=0)
    return live_server.url


def test_combobox__keyboard_chooses_a_suggestion_and_opens_it(search_site, page):
    page.goto(f"{search_site}/lv/search/")
    box = page.get_by_role("combobox", name="Meklēt tīmekļvietnē")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_accessible_description(re.compile("no trešā burta"))

    box.press_sequentially("Li")
    page.wait_for_timeout(400)
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press_sequentially("ep")

    listbox = page.get_by_role("listbox", name="Ieteikumi")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options).to_have_count(2)
    expect(options.first).to_have_accessible_name("Liepājas valstspilsēta Pašvaldība")
    expect(page.locator("[aria-live=polite]")).to_have_text(
        "2 ieteikumi: izvēlieties ar bultiņu taustiņiem."
    )

    box.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", options.first.get_attribute("id"))
    # What a screen reader is given: the box, its state, the list and the chosen option.
    expect(page.get_by_role("search")).to_match_aria_snapshot(
        """
        - search:
          - text: Meklēt tīmekļvietnē
          - paragraph: /Ieteikumi parādās no trešā burta/
          - combobox "Meklēt tīmekļvietnē" [expanded]: Liep
          - listbox "Ieteikumi":
            - option "Liepājas valstspilsēta Pašvaldība" [selected]
            - option /Liepājas pieredze energopārvaldībā/
          - button "Meklēt"
          - paragraph: "2 ieteikumi: izvēlieties ar bultiņu taustiņiem."
        """
    )
    expect(box).to_be_focused()
    box.press("ArrowDown")
    box.press("ArrowDown")  # past the last, back to the first
    expect(options.first).to_have_attribute("aria-selected", "true")
    box.press("ArrowUp")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    box.press("ArrowUp")
    box.press("Enter")

    expect(page).to_have_url(f"{search_site}/lv/exchanges/municipalities/liepaja/")


def test_combobox__escape_closes_the_list_and_enter_then_searches(search_site, page):
    page.goto(f"{search_site}/lv/search/")
    box = page.get_by_role("combobox", name="Meklēt tīmekļvietnē")
    box.press_sequentially("Liep")
    expect(page.get_by_role("listbox")).to_be_visible()

    box.press("Escape")

    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("Liep")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/lv/search/\?q=Liep$"))
    expect(page.locator(".search-results")).to_contain_text("Liepājas valstspilsēta")


def test_combobox__a_click_on_a_suggestion_opens_it(search_site, page):
    page.goto(f"{search_site}/lv/search/")
    page.get_by_role("combobox").press_sequentially("energop")

    page.get_by_role("option", name=re.compile("Liepājas pieredze")).click()

    expect(page).to_have_url(f"{search_site}/lv/liepaja/")


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_combobox__axe_and_the_html_checker_find_nothing_with_the_list_open(
    search_site, page, axe, lang, tmp_path
):
    page.goto(f"{search_site}/{lang}/search/")
    page.get_by_role("combobox").press_sequentially("Liep" if lang == "lv" else "Muni")
    expect(page.get_by_role("listbox")).to_be_visible()
    page.get_by_role("combobox").press("ArrowDown")

    assert_no_violations(axe, page)
    (tmp_path / "open.html").write_text(page.content(), encoding="utf-8")
    messages = run_vnu(tmp_path)
    assert messages == [], [(m["message"], m.get("extract")) for m in messages]


def test_combobox__without_javascript_the_plain_form_searches(search_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{search_site}/lv/search/")
        box = page.get_by_role("searchbox", name="Meklēt tīmekļvietnē")
        expect(page.get_by_role("combobox")).to_have_count(0)
        expect(page.get_by_text("no trešā burta")).to_be_hidden()

        box.fill("Liepaja")
        page.get_by_role("button", name="Meklēt").click()

        expect(page.locator(".search-results")).to_contain_text("Liepājas valstspilsēta")
    finally:
        context.close()
