"""Exchanges in a real browser: the mentor → mentee → region journey, and axe on every page type."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone, translation
from playwright.sync_api import expect

from exchanges.choices import AdviceStatus, VisitKind
from exchanges.models import Advice, AdviceUpdate, Visit

from .test_accessibility import assert_no_violations

PASSWORD = "pareiza-parole-2026"  # noqa: S105 - the factories' test password


def log_in(page, base, username):
    page.goto(f"{base}/en/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def log_out(page):
    page.locator(".user-menu__toggle").click()
    page.get_by_role("button", name="Log out").click()


def test_journey__mentor_schedules_reports_advises_mentee_acts_region_counts(world_site, page):
    base, world = world_site
    day = timezone.localdate() + datetime.timedelta(days=7)

    # The mentor schedules a shadowing visit from the workspace.
    log_in(page, base, "mentor")
    page.goto(f"{base}/en/exchanges/workspace/")
    page.get_by_role("link", name="Schedule a visit").first.click()
    page.get_by_label("Kind").select_option(VisitKind.SHADOWING)
    page.get_by_label("Title").fill("Shadowing: LED street lighting in Liepāja")
    page.get_by_label("Starts").fill(f"{day.isoformat()}T10:00")
    page.get_by_label("Ends").fill(f"{day.isoformat()}T15:00")
    page.get_by_label("Host municipality").select_option(label="Liepāja")
    page.get_by_role("group", name="Visiting municipalities").get_by_label("Jūrmala").check()
    page.get_by_label("Place").fill("Rožu iela 6")
    page.get_by_role("button", name="Schedule the visit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Shadowing: LED street lighting in Liepāja"
    )
    visit = Visit.objects.get(title="Shadowing: LED street lighting in Liepāja")
    assert timezone.localtime(visit.starts_at).hour == 10

    # ... writes the report with one observed measure ...
    page.get_by_role("link", name="Write the report").click()
    page.get_by_label("What was observed").fill("Smart meters on every school.")
    measure = page.get_by_role("group", name="Measure 1")
    measure.get_by_label("Measure").fill("LED street lighting")
    measure.get_by_label("How transferable").select_option("medium")
    page.get_by_role("button", name="Save the report").click()
    expect(page.get_by_text("Smart meters on every school.")).to_be_visible()

    # ... and gives advice from the visit page.
    page.get_by_role("link", name="Give advice").click()
    page.get_by_label("Title").fill("Appoint an energy manager")
    page.locator("#id_text").fill("PRIVATE: name one person for the energy data.")
    page.get_by_label("Due date").fill((day + datetime.timedelta(days=30)).isoformat())
    page.get_by_role("button", name="Save the advice").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Appoint an energy manager")
    advice = Advice.objects.get(title="Appoint an energy manager")
    assert advice.visit == visit
    log_out(page)

    # The mentee sees it in the workspace and marks it in progress with a note.
    log_in(page, base, "mentee")
    page.goto(f"{base}/en/exchanges/workspace/")
    page.get_by_role("link", name="Appoint an energy manager").click()
    page.get_by_role("combobox", name="Status").select_option("in_progress")
    page.get_by_label("What was done").fill("The council is drafting the order.")
    page.get_by_role("button", name="Save the update").click()
    expect(page.get_by_role("status")).to_contain_text("updated")
    expect(page.get_by_text("The council is drafting the order.")).to_be_visible()
    advice.refresh_from_db()
    assert advice.status == "in_progress"
    assert AdviceUpdate.objects.filter(advice=advice, author=world.users["mentee"]).exists()
    log_out(page)

    # The region viewer sees the count, not the text.
    log_in(page, base, "region_here")
    page.goto(f"{base}/lv/exchanges/regions/riga/")  # the world has Latvian records only
    page.get_by_role("link", name="Atvērt reģiona pārskatu").click()
    row = page.get_by_role("row", name="Jūrmala")
    with translation.override("lv"):
        in_progress = f"{AdviceStatus.IN_PROGRESS.label}: 1"
    expect(row).to_contain_text(in_progress)
    assert "PRIVATE" not in page.content()
    assert "Appoint an energy manager" not in page.content()


def session_cookie(live_url, user):
    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_url}


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_axe__every_exchanges_page_type(world_site, browser, axe, lang):
    base, world = world_site
    o = world.objects
    o["visit_a"].kind = VisitKind.SHADOWING
    o["visit_a"].save()
    pair = o["pair_a"].pk
    pages = {
        None: [
            "",
            "municipalities/",
            "municipalities/jurmala/",
            "regions/riga/",
            f"pairs/{pair}/",
            f"groups/{o['group'].pk}/",
            f"visits/{o['public_visit_a'].pk}/",
        ],
        "mentor": [
            "workspace/",
            f"pairs/{pair}/",
            f"visits/{o['public_visit_a'].pk}/",
            f"workspace/pairs/{pair}/visits/new/",
            f"workspace/visits/{o['visit_a'].pk}/report/",
            f"workspace/pairs/{pair}/advice/new/",
            f"workspace/advice/{o['advice_a'].pk}/",
        ],
        "mentee": ["workspace/", f"workspace/advice/{o['advice_a'].pk}/"],
        "region_here": ["regions/riga/", "workspace/"],
    }
    pages = {role: [f"exchanges/{path}" for path in paths] for role, paths in pages.items()}
    assert_pages_accessible(browser, axe, base, world, pages, lang)


def assert_pages_accessible(browser, axe, base, world, pages, lang):
    """Visit each path as each role ({role or None: [path]}): one h1, no axe violations."""
    for role, paths in pages.items():
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        if role:
            context.add_cookies([session_cookie(base, world.users[role])])
        page = context.new_page()
        try:
            for path in paths:
                page.goto(f"{base}/{lang}/{path}")
                assert page.locator("h1").count() == 1, path
                assert_no_violations(axe, page)
        finally:
            context.close()


def test_axe__forms_with_errors(world_site, browser, axe):
    base, world = world_site
    context = browser.new_context()
    context.add_cookies([session_cookie(base, world.users["mentor"])])
    page = context.new_page()
    try:
        page.goto(f"{base}/en/exchanges/workspace/pairs/{world.objects['pair_a'].pk}/visits/new/")
        page.get_by_role("button", name="Schedule the visit").click()
        expect(page.get_by_role("alert").first).to_be_visible()
        assert_no_violations(axe, page)
        page.goto(f"{base}/en/exchanges/workspace/pairs/{world.objects['pair_a'].pk}/advice/new/")
        page.get_by_role("button", name="Save the advice").click()
        assert_no_violations(axe, page)
    finally:
        context.close()
