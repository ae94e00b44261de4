"""Who may do what on the site shell and in the admin: a role × action matrix."""

from http import HTTPStatus

import pytest
from wagtail.models import PageViewRestriction

from core.choices import Role
from home.factories import UserFactory

ANONYMOUS = "anonymous"
ROLES = [ANONYMOUS, *Role.values]


def client_for(client, role):
    if role != ANONYMOUS:
        client.force_login(UserFactory(roles=[role]))
    return client


def can_read_public_page(client, tree):
    return client.get("/lv/learning/").status_code == HTTPStatus.OK


def can_open_admin(client, tree):
    return client.get("/admin/").status_code == HTTPStatus.OK


def can_edit_a_page_in_admin(client, tree):
    page = tree.pages[("lv", "learning")]
    return client.get(f"/admin/pages/{page.pk}/edit/").status_code == HTTPStatus.OK


def can_change_password(client, tree):
    return client.get("/lv/accounts/password/change/").status_code == HTTPStatus.OK


ACTIONS = {
    "read public page": (can_read_public_page, set(ROLES)),
    "open admin": (can_open_admin, {Role.COORDINATOR}),
    "edit a page in admin": (can_edit_a_page_in_admin, {Role.COORDINATOR}),
    "change own password": (can_change_password, set(Role.values)),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_permission_matrix(client, site_tree, role, action):
    check, allowed = ACTIONS[action]

    assert check(client_for(client, role), site_tree) is (role in allowed)


def test_draft_page__is_not_found_for_visitors(client, site_tree):
    site_tree.pages[("lv", "exchanges")].unpublish()

    assert client.get("/lv/exchanges/").status_code == HTTPStatus.NOT_FOUND


def test_login_restricted_page__sends_visitors_to_log_in_and_members_through(client, site_tree):
    page = site_tree.pages[("en", "learning")]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    anonymous = client.get("/en/learning/")
    client.force_login(UserFactory(roles=[Role.TRAINEE]))
    member = client.get("/en/learning/")

    assert anonymous.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in anonymous["Location"]
    assert member.status_code == HTTPStatus.OK


def test_restricted_page__is_left_out_of_search_and_navigation(client, site_tree):
    from django.core.management import call_command

    page = site_tree.pages[("en", "exchanges")]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    call_command("update_index", verbosity=0)

    html = client.get("/en/").content.decode()
    results = client.get("/en/search/", {"q": "Exchanges"}).context["results"]

    assert 'href="/en/exchanges/"' not in html
    assert [result.title for result in results] == []
