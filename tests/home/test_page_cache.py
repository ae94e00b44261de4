"""Anonymous pages come from the cache, and an editor's change shows at once."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from core.choices import Role
from exchanges.factories import MunicipalityFactory
from home.factories import UserFactory
from learning.models import LessonCompletion
from tests.learning.conftest import build_course

pytestmark = pytest.mark.django_db

cached = override_settings(PAGE_CACHE_SECONDS=300)


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@cached
def test_anonymous_page__second_request_is_answered_without_queries(
    client, course, django_assert_num_queries
):
    url = course.lessons["lv"][2].url  # a lesson without a quiz form
    first = client.get(url)

    with django_assert_num_queries(0):
        second = client.get(url)

    assert first.status_code == second.status_code == HTTPStatus.OK
    assert second.content == first.content


@cached
def test_anonymous_page__cached_copy_keeps_the_security_headers(client, course):
    client.get("/lv/learning/")

    response = client.get("/lv/learning/")

    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


@cached
def test_anonymous_page__query_strings_are_cached_apart(client, course):
    english = client.get("/en/learning/").content
    latvian = client.get("/lv/learning/").content
    search = client.get("/lv/search/?q=SECAP").content

    assert client.get("/en/learning/").content == english
    assert client.get("/lv/learning/").content == latvian
    assert client.get("/lv/search/?q=SECAP").content == search
    assert len({english, latvian, search}) == 3


@cached
def test_publishing__shows_the_new_text_to_anonymous_readers_at_once(
    client, course, django_capture_on_commit_callbacks
):
    lesson = course.lessons["lv"][0]
    assert "Jaunais nosaukums" not in client.get(lesson.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        lesson.title = "Jaunais nosaukums"
        lesson.save_revision().publish()

    assert "Jaunais nosaukums" in client.get(lesson.url).content.decode()


@cached
def test_unpublishing__takes_the_page_away_from_anonymous_readers_at_once(
    client, course, django_capture_on_commit_callbacks
):
    lesson = course.lessons["lv"][1]
    assert client.get(lesson.url).status_code == HTTPStatus.OK

    with django_capture_on_commit_callbacks(execute=True):
        lesson.unpublish()

    assert client.get(lesson.url).status_code == HTTPStatus.NOT_FOUND


@cached
def test_snippet_change__shows_on_public_pages_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    municipality = MunicipalityFactory(name="Dobeles novads")
    url = "/lv/exchanges/municipalities/"
    assert "Dobeles novads" in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        municipality.name = "Tukuma novads"
        municipality.save()

    html = client.get(url).content.decode()
    assert "Tukuma novads" in html
    assert "Dobeles novads" not in html


@cached
def test_private_progress__does_not_empty_the_page_cache(
    client, course, django_capture_on_commit_callbacks, django_assert_num_queries
):
    lesson = course.lessons["lv"][2]
    trainee = UserFactory(roles=[Role.TRAINEE])
    client.get(lesson.url)

    with django_capture_on_commit_callbacks(execute=True):
        LessonCompletion.objects.create(user=trainee, lesson=lesson, module=course.module["lv"])

    with django_assert_num_queries(0):
        assert client.get(lesson.url).status_code == HTTPStatus.OK


@cached
def test_signed_in_reader__never_gets_nor_leaves_a_cached_copy(client, course):
    url = "/lv/learning/"
    anonymous = client.get(url).content.decode()
    user = UserFactory(first_name="Līga", last_name="Ozola", roles=[Role.TRAINEE])
    client.force_login(user)

    signed_in = client.get(url).content.decode()
    client.logout()
    anonymous_again = client.get(url).content.decode()

    assert "Līga" not in anonymous
    assert "Līga" in signed_in
    assert "Līga" not in anonymous_again


@cached
def test_pages_with_a_posted_form__are_not_stored(client, course):
    """Anonymous readers' quizzes are sent by GET, so lessons are stored (tests/learning)."""
    url = "/lv/accounts/login/"
    client.get(url)
    client.cookies.clear()

    response = client.get(url)

    assert response.cookies.get("csrftoken")  # rendered again: a fresh CSRF cookie
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


@cached
@pytest.mark.parametrize("url", ["/lv/learning/no-such-module/", "/lv/exchanges/workspace/"])
def test_errors_and_redirects__are_not_stored(client, site_tree, url):
    first = client.get(url)

    with CaptureQueriesContext(connection) as second:
        client.get(url)

    assert first.status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.FOUND)
    assert len(second) > 0


@override_settings(PAGE_CACHE_SECONDS=0)
def test_page_cache__off_when_the_setting_is_zero(client, course, django_assert_max_num_queries):
    client.get("/lv/learning/")

    with django_assert_max_num_queries(30) as captured:
        client.get("/lv/learning/")

    assert len(captured) > 0
