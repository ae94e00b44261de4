"""A field's error message reaches a screen reader: Chromium's accessibility tree is read, so the
test sees the description a screen reader announces, not merely markup that looks right."""

from playwright.sync_api import expect

from .test_exchanges import PASSWORD, session_cookie


def accessible_nodes(page):
    """Chromium's computed accessibility tree, as {(role, name): description}."""
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()
    described = {}
    for node in nodes:
        if node.get("ignored"):
            continue
        role = node.get("role", {}).get("value")
        name = node.get("name", {}).get("value", "")
        described[(role, name.strip())] = node.get("description", {}).get("value", "")
    return described


def description_of(page, role, name_start):
    nodes = accessible_nodes(page)
    matches = [d for (r, n), d in nodes.items() if r == role and n.startswith(name_start)]
    assert matches, f"no {role} named {name_start!r} in {sorted(nodes)}"
    return matches[0]


def test_form_error__text_input_describes_its_error_and_keeps_its_help(world_site, browser):
    base, world = world_site
    context = browser.new_context()
    context.add_cookies([session_cookie(base, world.users["mentor"])])
    page = context.new_page()
    try:
        page.goto(f"{base}/en/accounts/password/change/")
        page.get_by_label("Old password").fill("not-the-password-2026")
        page.get_by_label("New password", exact=False).first.fill(PASSWORD + "-new")
        page.get_by_label("New password confirmation").fill(PASSWORD + "-new")
        page.get_by_role("button", name="Change password").click()
        expect(page.locator(".form-field__errors").first).to_be_visible()

        old = description_of(page, "textbox", "Old password")
        assert "Your old password was entered incorrectly" in old
        # The new-password field has help text only: still described by it.
        new = description_of(page, "textbox", "New password (")
        assert new.startswith("Your password can’t be too similar")
    finally:
        context.close()


def test_form_error__field_with_help_text_describes_both(world_site, browser):
    base, world = world_site
    context = browser.new_context()
    context.add_cookies([session_cookie(base, world.users["mentor"])])
    page = context.new_page()
    try:
        page.goto(f"{base}/en/accounts/password/change/")
        page.get_by_label("Old password").fill(PASSWORD)
        page.get_by_label("New password", exact=False).first.fill("123")
        page.get_by_label("New password confirmation").fill("123")
        page.get_by_role("button", name="Change password").click()
        expect(page.locator(".form-field__errors").first).to_be_visible()

        description = description_of(page, "textbox", "New password confirmation")
        assert description.startswith("Enter the same password as before, for verification.")
        assert "This password is too short." in description
    finally:
        context.close()


def test_form_error__radio_group_describes_its_error(world_site, browser):
    base, world = world_site
    context = browser.new_context()
    context.add_cookies([session_cookie(base, world.users["other_member"])])
    page = context.new_page()
    try:
        page.goto(f"{base}/en/exchanges/")
        page.goto(page.url + "workspace/self-assessment/new/")
        page.get_by_role("button", name="Save the self-assessment").click()
        expect(page.locator(".form-field__errors").first).to_be_visible()

        groups = {
            name: description
            for (role, name), description in accessible_nodes(page).items()
            if role == "group" and description
        }
        assert groups, "no radio group carries a description"
        assert all("This field is required." in d for d in groups.values()), groups
    finally:
        context.close()
