import re
from http import HTTPStatus

import pytest
from django.core import mail

from home.factories import UserFactory

PASSWORD = "pareiza-parole-2026"


@pytest.fixture
def user(db):
    return UserFactory(username="ilze", email="ilze@example.lv")


def login(client, username, password, ip="10.0.0.1", lang="lv"):
    return client.post(
        f"/{lang}/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def test_login__with_the_right_password_logs_in_and_rotates_the_session(client, site_tree, user):
    client.get("/lv/accounts/login/")
    before = client.session.session_key

    response = login(client, "ilze", PASSWORD)

    assert response.status_code == HTTPStatus.FOUND
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.session.session_key != before


def test_login__follows_a_safe_next_url_only(client, site_tree, user):
    safe = client.post(
        "/lv/accounts/login/",
        {"username": "ilze", "password": PASSWORD, "next": "/lv/learning/"},
    )
    client.logout()
    unsafe = client.post(
        "/lv/accounts/login/",
        {"username": "ilze", "password": PASSWORD, "next": "https://evil.example/"},
    )

    assert safe["Location"] == "/lv/learning/"
    assert unsafe["Location"] == "/"


def test_login__wrong_password_gets_a_translated_error(client, site_tree, user):
    response = login(client, "ilze", "nepareiza-parole")

    assert response.status_code == HTTPStatus.OK
    assert "_auth_user_id" not in client.session
    assert "Please enter a correct" not in response.content.decode()
    assert 'role="alert"' in response.content.decode()


def test_login__wrong_password_error_is_good_latvian(client, site_tree, user):
    """Django's sentence takes the field name in the nominative ("pareizu lietotājvārds")."""
    html = login(client, "ilze", "nepareiza-parole").content.decode()

    assert "Ievadiet pareizu lietotājvārdu un paroli." in html
    assert "lietotājvārds un paroli" not in html


def test_header__shows_the_user_menu_when_logged_in(client, site_tree, user):
    client.force_login(user)

    html = client.get("/en/").content.decode()

    assert "Log out" in html
    assert 'action="/en/accounts/logout/"' in html
    assert "/en/accounts/login/" not in html


def test_logout__needs_post_and_ends_the_session(client, site_tree, user):
    client.force_login(user)

    assert client.get("/lv/accounts/logout/").status_code == HTTPStatus.METHOD_NOT_ALLOWED
    response = client.post("/lv/accounts/logout/")

    assert response.status_code == HTTPStatus.FOUND
    assert "_auth_user_id" not in client.session


def test_password_change__requires_login(client, site_tree):
    response = client.get("/en/accounts/password/change/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/en/accounts/login/?next=/en/accounts/password/change/"


def test_password_change__rejects_a_short_password_and_keeps_the_old_one(client, site_tree, user):
    client.force_login(user)

    response = client.post(
        "/en/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": "short", "new_password2": "short"},
    )

    assert response.status_code == HTTPStatus.OK
    assert "at least 12 characters" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_password_change__sets_the_new_password(client, site_tree, user):
    client.force_login(user)
    new = "jauna-gara-parole-2026"

    response = client.post(
        "/lv/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/lv/accounts/password/change/done/"
    user.refresh_from_db()
    assert user.check_password(new)


def test_password_reset__mails_a_working_link(client, site_tree, user):
    response = client.post("/en/accounts/password/reset/", {"email": "ilze@example.lv"})

    assert response.status_code == HTTPStatus.FOUND
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/en/accounts/password/reset/\S+)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    form = client.get(link.group(1), follow=True)
    assert form.status_code == HTTPStatus.OK
    new = "atjaunota-parole-2026"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done["Location"] == "/en/accounts/password/reset/complete/"
    user.refresh_from_db()
    assert user.check_password(new)


def test_password_reset__unknown_address_sends_nothing_and_reveals_nothing(client, site_tree):
    response = client.post("/en/accounts/password/reset/", {"email": "nobody@example.lv"})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/en/accounts/password/reset/done/"
    assert mail.outbox == []


def test_password_reset__mail_is_in_the_readers_language(client, site_tree, user):
    client.post("/lv/accounts/password/reset/", {"email": "ilze@example.lv"})

    assert "/lv/accounts/password/reset/" in mail.outbox[0].body
    assert "Someone asked" not in mail.outbox[0].body


def test_login_throttling__five_failures_lock_the_user_and_address_out(client, site_tree, user):
    for _ in range(5):
        login(client, "ilze", "nepareiza-parole")

    locked = login(client, "ilze", PASSWORD)

    assert locked.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "_auth_user_id" not in client.session
    assert "15" in locked.content.decode()


def test_login_throttling__four_failures_still_let_the_right_password_in(client, site_tree, user):
    for _ in range(4):
        login(client, "ilze", "nepareiza-parole")

    response = login(client, "ilze", PASSWORD)

    assert response.status_code == HTTPStatus.FOUND
    assert int(client.session["_auth_user_id"]) == user.pk


def test_login_throttling__another_address_is_not_locked_out(client, site_tree, user):
    for _ in range(5):
        login(client, "ilze", "nepareiza-parole", ip="10.0.0.1")

    response = login(client, "ilze", PASSWORD, ip="10.0.0.2")

    assert response.status_code == HTTPStatus.FOUND


def test_login_throttling__lock_lifts_after_fifteen_minutes(client, site_tree, user):
    from datetime import timedelta

    from axes.models import AccessAttempt

    for _ in range(5):
        login(client, "ilze", "nepareiza-parole")
    attempt = AccessAttempt.objects.get()
    AccessAttempt.objects.update(attempt_time=attempt.attempt_time - timedelta(minutes=16))

    response = login(client, "ilze", PASSWORD)

    assert response.status_code == HTTPStatus.FOUND
