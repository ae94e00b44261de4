"""A coordinator manages people, but never hands out or touches authority beyond their own.

Every path Wagtail's admin offers for changing a person or a group is tried as a coordinator
against people and groups beyond their reach; the database must be exactly as before and the
answer a refusal the coordinator can read.
"""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.utils import translation
from wagtail.models import GroupPagePermission, Page

from core.choices import Role
from home.factories import UserFactory
from home.viewsets import BEYOND_REACH

User = get_user_model()
PASSWORD = "Jauna-parole-2026-x"


@pytest.fixture
def people(db):
    coordinator = UserFactory(username="koordinatore", roles=[Role.COORDINATOR])
    superuser = UserFactory(username="admins", is_superuser=True)
    site_managers = Group.objects.create(name="Site managers")
    site_managers.permissions.add(
        Permission.objects.get(content_type__app_label="auth", codename="change_group"),
        Permission.objects.get(content_type__app_label="auth", codename="delete_user"),
    )
    site_manager = UserFactory(username="vietnes-parvaldnieks")
    site_manager.groups.add(site_managers)
    # A group with only model permissions the coordinator holds, but the right to publish
    # and lock pages on a page the coordinator has no permissions on.
    page_group = Group.objects.create(name="Other editors")
    page_group.permissions.add(Permission.objects.get(codename="access_admin"))
    page = Page.objects.filter(depth=2).first()
    GroupPagePermission.objects.create(
        group=page_group, page=page, permission=Permission.objects.get(codename="lock_page")
    )
    trainee = UserFactory(username="macekle", roles=[Role.TRAINEE])
    return {
        "coordinator": coordinator,
        "superuser": superuser,
        "site_manager": site_manager,
        "trainee": trainee,
        "site_managers": site_managers,
        "page_group": page_group,
        "coordinators": Group.objects.get(name=Role.COORDINATOR),
        "trainees": Group.objects.get(name=Role.TRAINEE),
    }


def snapshot():
    users = {
        u.pk: (
            u.username,
            u.email,
            u.first_name,
            u.password,
            u.is_superuser,
            u.is_active,
            tuple(sorted(u.groups.values_list("pk", flat=True))),
            tuple(sorted(u.user_permissions.values_list("pk", flat=True))),
        )
        for u in User.objects.all()
    }
    groups = {
        g.pk: (
            g.name,
            tuple(sorted(g.permissions.values_list("pk", flat=True))),
            tuple(sorted(g.page_permissions.values_list("page_id", "permission_id"))),
            tuple(sorted(g.collection_permissions.values_list("collection_id", "permission_id"))),
        )
        for g in Group.objects.all()
    }
    return users, groups


def new_person(**extra):
    return {
        "username": "jauns",
        "email": "jauns@example.lv",
        "first_name": "Jānis",
        "last_name": "Bērziņš",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }


def edit_of(person, **extra):
    return {
        "username": person.username,
        "email": person.email,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "is_active": "on",
        "groups": list(person.groups.values_list("pk", flat=True)),
        **extra,
    }


def bulk(action, person):
    return f"/admin/bulk/auth/user/{action}/?id={person.pk}&next=/admin/users/"


# (what is tried, url(people), data(people))
ATTEMPTS = [
    ("create a superuser", lambda p: "/admin/users/new/", lambda p: new_person(is_superuser="on")),
    (
        "create someone in a group beyond reach",
        lambda p: "/admin/users/new/",
        lambda p: new_person(groups=[p["site_managers"].pk]),
    ),
    (
        "create someone with page permissions beyond reach",
        lambda p: "/admin/users/new/",
        lambda p: new_person(groups=[p["page_group"].pk]),
    ),
    (
        "promote a trainee to superuser",
        lambda p: f"/admin/users/edit/{p['trainee'].pk}/",
        lambda p: edit_of(p["trainee"], is_superuser="on"),
    ),
    (
        "add a trainee to a group beyond reach",
        lambda p: f"/admin/users/edit/{p['trainee'].pk}/",
        lambda p: edit_of(p["trainee"], groups=[p["trainees"].pk, p["site_managers"].pk]),
    ),
    (
        "demote a superuser",
        lambda p: f"/admin/users/edit/{p['superuser'].pk}/",
        lambda p: edit_of(p["superuser"]),
    ),
    (
        "set a superuser's password",
        lambda p: f"/admin/users/edit/{p['superuser'].pk}/",
        lambda p: edit_of(p["superuser"], password1=PASSWORD, password2=PASSWORD),
    ),
    (
        "set the password of someone with more permissions",
        lambda p: f"/admin/users/edit/{p['site_manager'].pk}/",
        lambda p: edit_of(p["site_manager"], password1=PASSWORD, password2=PASSWORD),
    ),
    ("delete a superuser", lambda p: f"/admin/users/delete/{p['superuser'].pk}/", dict),
    (
        "delete someone with more permissions",
        lambda p: f"/admin/users/delete/{p['site_manager'].pk}/",
        dict,
    ),
    ("erase a superuser", lambda p: f"/admin/erase-user/{p['superuser'].pk}/", dict),
    (
        "erase someone with more permissions",
        lambda p: f"/admin/erase-user/{p['site_manager'].pk}/",
        dict,
    ),
    (
        "bulk-assign a group beyond reach",
        lambda p: bulk("assign_role", p["trainee"]),
        lambda p: {"role": p["site_managers"].pk},
    ),
    (
        "bulk-assign a role to a superuser",
        lambda p: bulk("assign_role", p["superuser"]),
        lambda p: {"role": p["trainees"].pk},
    ),
    (
        "bulk-deactivate a superuser",
        lambda p: bulk("set_active_state", p["superuser"]),
        lambda p: {"mark_as_active": "False"},
    ),
    (
        "bulk-deactivate someone with more permissions",
        lambda p: bulk("set_active_state", p["site_manager"]),
        lambda p: {"mark_as_active": "False"},
    ),
    ("bulk-delete a superuser", lambda p: bulk("delete", p["superuser"]), dict),
    (
        "bulk-delete someone with more permissions",
        lambda p: bulk("delete", p["site_manager"]),
        dict,
    ),
    (
        "create a group",
        lambda p: "/admin/groups/new/",
        lambda p: {
            "name": "Visvareni",
            "permissions": [Permission.objects.get(codename="change_group").pk],
        },
    ),
    (
        "widen the Coordinators group",
        lambda p: f"/admin/groups/edit/{p['coordinators'].pk}/",
        lambda p: {
            "name": Role.COORDINATOR,
            "permissions": [Permission.objects.get(codename="change_group").pk],
        },
    ),
    ("delete a group", lambda p: f"/admin/groups/delete/{p['site_managers'].pk}/", dict),
]


@pytest.mark.parametrize("with_delete_permission", [False, True], ids=["as-is", "may-delete"])
@pytest.mark.parametrize(("url", "data"), [a[1:] for a in ATTEMPTS], ids=[a[0] for a in ATTEMPTS])
def test_coordinator__cannot_reach_beyond_own_authority(
    client, people, url, data, with_delete_permission
):
    coordinator = people["coordinator"]
    if with_delete_permission:  # even a coordinator trusted to delete accounts
        coordinator.user_permissions.add(Permission.objects.get(codename="delete_user"))
    client.force_login(coordinator)
    before = snapshot()

    response = client.post(url(people), data(people))

    assert snapshot() == before
    if response.status_code == HTTPStatus.OK:  # the form again, saying what is wrong
        assert response.context["form"].errors
    else:  # refused, with a message saying so
        assert response.status_code == HTTPStatus.FOUND
        assert [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    "person", ["superuser", "site_manager"], ids=["superuser", "more-permissions"]
)
def test_coordinator__edit_form_of_a_person_beyond_reach_is_refused(client, people, person):
    client.force_login(people["coordinator"])

    response = client.get(f"/admin/users/edit/{people[person].pk}/", follow=True)

    assert response.redirect_chain[-1][0] == "/admin/users/"
    with translation.override("lv"):  # the admin speaks the site's language
        assert str(BEYOND_REACH) in response.content.decode()


def test_coordinator__forms_offer_neither_administrator_nor_groups_beyond_reach(client, people):
    client.force_login(people["coordinator"])

    for url in ("/admin/users/new/", f"/admin/users/edit/{people['trainee'].pk}/"):
        form = client.get(url).context["form"]
        assert "is_superuser" not in form.fields
        offered = set(form.fields["groups"].queryset)
        assert people["site_managers"] not in offered
        assert people["page_group"] not in offered
        assert {people["trainees"], people["coordinators"]} <= offered


def test_coordinator__invites_a_trainee_and_appoints_a_fellow_coordinator(client, people):
    """Within their reach a coordinator still does the job: people and the programme's roles,
    their own role included (it grants nothing they do not hold)."""
    client.force_login(people["coordinator"])

    created = client.post("/admin/users/new/", new_person(groups=[people["trainees"].pk]))
    promoted = client.post(
        f"/admin/users/edit/{people['trainee'].pk}/",
        edit_of(people["trainee"], groups=[people["coordinators"].pk]),
    )

    assert created.status_code == promoted.status_code == HTTPStatus.FOUND
    person = User.objects.get(username="jauns")
    assert not person.is_superuser
    assert list(person.groups.all()) == [people["trainees"]]
    assert list(people["trainee"].groups.all()) == [people["coordinators"]]


def test_superuser__still_grants_administrator_status(client, people):
    client.force_login(people["superuser"])

    response = client.post(
        f"/admin/users/edit/{people['trainee'].pk}/", edit_of(people["trainee"], is_superuser="on")
    )

    assert response.status_code == HTTPStatus.FOUND
    people["trainee"].refresh_from_db()
    assert people["trainee"].is_superuser
