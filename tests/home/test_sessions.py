"""Privileged sessions are short; everyone's session key changes at login."""

import datetime
from http import HTTPStatus

import pytest
import time_machine
from django.utils import timezone

from core.choices import Role
from home.factories import UserFactory

PASSWORD = "pareiza-parole-2026"  # noqa: S105 - the factories' test password


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def start():
    return timezone.now().replace(microsecond=0)


def log_in_at(client, user, moment):
    with time_machine.travel(moment, tick=False):
        client.post("/lv/accounts/login/", {"username": user.username, "password": PASSWORD})


def visit_at(client, moment):
    with time_machine.travel(moment, tick=False):
        return client.get("/lv/learning/my/")


@pytest.mark.parametrize(
    ("role", "minutes_idle", "still_in"),
    [
        (Role.COORDINATOR, 29, True),
        (Role.COORDINATOR, 31, False),
        (Role.MENTOR, 31, True),
        (Role.MENTOR, 600, True),
    ],
)
def test_session__coordinators_are_logged_out_after_30_idle_minutes(
    client, site_tree, start, role, minutes_idle, still_in
):
    user = UserFactory(roles=[role])
    log_in_at(client, user, start)

    response = visit_at(client, start + datetime.timedelta(minutes=minutes_idle))

    assert (response.status_code == HTTPStatus.OK) is still_in
    assert logged_in(client) is still_in


def test_session__coordinators_are_logged_out_12_hours_after_login_even_when_busy(
    client, site_tree, start
):
    user = UserFactory(roles=[Role.COORDINATOR])
    log_in_at(client, user, start)

    for minutes in range(20, 12 * 60, 20):
        assert visit_at(client, start + datetime.timedelta(minutes=minutes)).status_code == 200
    response = visit_at(client, start + datetime.timedelta(hours=12, minutes=5))

    assert response.status_code == HTTPStatus.FOUND
    assert not logged_in(client)


def test_session__superusers_count_as_privileged(client, site_tree, start):
    user = UserFactory(is_superuser=True, is_staff=True)
    log_in_at(client, user, start)

    visit_at(client, start + datetime.timedelta(minutes=45))

    assert not logged_in(client)


def test_login__rotates_the_session_key(client, site_tree):
    client.get("/lv/accounts/login/")
    client.session.save()
    before = client.session.session_key

    client.post("/lv/accounts/login/", {"username": UserFactory().username, "password": PASSWORD})

    assert logged_in(client)
    assert client.session.session_key != before


@pytest.mark.parametrize("password", ["īsa-parole", "12345678901234", "password1234"])
def test_password_change__weak_passwords_are_refused(client, site_tree, password):
    user = UserFactory()
    client.force_login(user)

    response = client.post(
        "/lv/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": password, "new_password2": password},
    )

    assert response.status_code == HTTPStatus.OK  # the form again, with the reason
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
