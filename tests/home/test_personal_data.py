"""A person downloads their own data; a coordinator erases a person, keeping the history."""

import json
from http import HTTPStatus

import pytest

from exchanges.models import Advice, Visit
from home.personal_data import export_user_data, user_references
from tests.exchanges.conftest import build_world


@pytest.fixture
def world(site_tree):
    return build_world(site_tree)


def test_my_data__downloads_every_record_that_refers_to_me(client, world):
    mentor = world.users["mentor"]
    client.force_login(mentor)

    response = client.get("/lv/accounts/my-data/")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = json.loads(response.content)
    assert data["user"]["username"] == "mentor"
    assert "password" not in json.dumps(data["user"])
    expected = {
        f"{model._meta.label}.{field.name}"
        for model, field in user_references()
        if model._default_manager.filter(**{field.name: mentor}).exists()
    }
    assert set(data["records"]) == expected
    assert {"exchanges.Profile.user", "exchanges.MentoringPair.mentors"} <= expected
    assert {"exchanges.Advice.given_by", "exchanges.VisitReport.author"} <= expected
    titles = [row["title"] for row in data["records"]["exchanges.Advice.given_by"]]
    assert titles == ["Advice A"]


def test_my_data__holds_nobody_elses_records(world):
    data = json.dumps(export_user_data(world.users["mentor"]), default=str)

    assert "ADVICE-B" not in data and "other_mentor" not in data


def test_my_data__needs_a_login(client, world):
    response = client.get("/lv/accounts/my-data/")

    assert response.status_code == HTTPStatus.FOUND
    assert "/login/" in response["Location"]


def test_erase__coordinator_pseudonymises_a_person_and_the_history_stays(client, world):
    mentor = world.users["mentor"]
    advice_before, visits_before = Advice.objects.count(), Visit.objects.count()
    client.force_login(world.users["coordinator"])

    confirm = client.get(f"/admin/erase-user/{mentor.pk}/")
    response = client.post(f"/admin/erase-user/{mentor.pk}/")

    assert confirm.status_code == HTTPStatus.OK
    assert response.status_code == HTTPStatus.FOUND
    mentor.refresh_from_db()
    assert mentor.username == f"erased-{mentor.pk}"
    assert (mentor.first_name, mentor.last_name, mentor.email) == ("", "", "")
    assert not mentor.is_active and not mentor.has_usable_password()
    assert (Advice.objects.count(), Visit.objects.count()) == (advice_before, visits_before)
    assert world.objects["advice_a"].__class__.objects.get(pk=world.objects["advice_a"].pk)
    assert Advice.objects.get(pk=world.objects["advice_a"].pk).given_by == mentor
    client.logout()
    login = client.post(
        "/lv/accounts/login/", {"username": "mentor", "password": "pareiza-parole-2026"}
    )
    assert login.status_code == HTTPStatus.OK  # the form again: that login is gone


@pytest.mark.parametrize("role", ["mentor", "mentee", "region_here", "trainee"])
def test_erase__only_coordinators_may(client, world, role):
    target = world.users["other_member"]
    client.force_login(world.users[role])

    client.post(f"/admin/erase-user/{target.pk}/")

    target.refresh_from_db()
    assert target.username == "other_member" and target.is_active


def test_erase__a_coordinator_cannot_erase_themselves(client, world):
    coordinator = world.users["coordinator"]
    client.force_login(coordinator)

    client.post(f"/admin/erase-user/{coordinator.pk}/")

    coordinator.refresh_from_db()
    assert coordinator.is_active


def test_erase__the_user_list_offers_it_to_coordinators(client, world):
    client.force_login(world.users["coordinator"])

    html = client.get("/admin/users/").content.decode()

    assert f"/admin/erase-user/{world.users['mentor'].pk}/" in html
