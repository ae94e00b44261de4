from http import HTTPStatus

import pytest
from django.core.management import call_command

from learning.models import Enrollment
from tests.learning.conftest import build_course


def urls(course, lang):
    return [
        f"/{lang}/learning/",
        f"/{lang}/learning/secap/",
        f"/{lang}/learning/secap/lesson-1/",
        f"/{lang}/learning/secap/lesson-3/",
        f"/{lang}/learning/secap-steps/",
    ]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_course_pages__answer_in_both_languages_for_visitors_and_trainees(
    client, course, trainee, lang
):
    for url in urls(course, lang):
        anonymous = client.get(url)
        assert anonymous.status_code == HTTPStatus.OK, url
        assert f'<html lang="{lang}"' in anonymous.content.decode()
    client.force_login(trainee)
    for url in [*urls(course, lang), f"/{lang}/learning/my/"]:
        assert client.get(url).status_code == HTTPStatus.OK, url


def test_index__lists_modules_with_lesson_count_and_duration(client, course):
    html = client.get("/en/learning/").content.decode()

    assert "Developing a SECAP" in html
    assert "<dt>Lessons</dt><dd>3</dd>" in html.replace("\n", "").replace("  ", "")


def test_module__shows_outcomes_table_of_contents_and_start_button(client, course, trainee):
    client.force_login(trainee)

    html = client.get("/lv/learning/secap/").content.decode()

    assert "Prot sastādīt rīcības plānu" in html
    for n in (1, 2, 3):
        assert f'href="/lv/learning/secap/lesson-{n}/"' in html
    assert 'action="/lv/learning/secap/start/"' in html


def test_lesson__has_previous_and_next_navigation_and_print_button(client, course):
    html = client.get("/lv/learning/secap/lesson-2/").content.decode()

    assert 'href="/lv/learning/secap/lesson-1/" rel="prev"' in html
    assert 'href="/lv/learning/secap/lesson-3/" rel="next"' in html
    assert "data-print" in html
    assert 'media="print"' in html


def test_lesson__quiz_is_hidden_when_the_module_turns_quizzes_off(client, course, trainee):
    module = course.module["lv"]
    module.quizzes_enabled = False
    module.save()
    client.force_login(trainee)

    html = client.get("/lv/learning/secap/lesson-1/").content.decode()

    assert 'class="quiz"' not in html
    assert 'action="/lv/learning/secap/lesson-1/complete/"' in html


def test_roadmap__lists_steps_with_roles_and_the_lessons_that_teach_them(client, course):
    html = client.get("/lv/learning/secap-steps/").content.decode()

    assert "Politiskās saistības" in html
    assert "Dome apstiprina." in html
    assert 'href="/lv/learning/secap/lesson-1/"' in html


def test_start__enrols_and_sends_to_the_first_lesson(client, course, trainee):
    client.force_login(trainee)

    response = client.post("/lv/learning/secap/start/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/lv/learning/secap/lesson-1/"
    assert Enrollment.objects.get(user=trainee).module_id == course.module["lv"].pk


def test_start__in_english_enrols_in_the_same_module(client, course, trainee):
    client.force_login(trainee)

    response = client.post("/en/learning/secap/start/")

    assert response["Location"] == "/en/learning/secap/lesson-1/"
    assert Enrollment.objects.get(user=trainee).module_id == course.module["lv"].pk


def test_start__twice_keeps_one_enrolment(client, course, trainee):
    client.force_login(trainee)

    client.post("/lv/learning/secap/start/")
    client.post("/lv/learning/secap/start/")

    assert Enrollment.objects.filter(user=trainee).count() == 1


def test_start__visitor_is_sent_to_log_in_and_nothing_is_stored(client, course):
    response = client.post("/lv/learning/secap/start/")

    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]
    assert Enrollment.objects.count() == 0


def test_start__get_is_not_allowed(client, course, trainee):
    client.force_login(trainee)

    assert client.get("/lv/learning/secap/start/").status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_unpublished_lesson__is_not_found_and_cannot_be_completed(client, course, trainee):
    lesson = course.lessons["lv"][2]
    lesson.unpublish()
    client.force_login(trainee)

    assert client.get("/lv/learning/secap/lesson-3/").status_code == HTTPStatus.NOT_FOUND
    response = client.post("/lv/learning/secap/lesson-3/complete/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not trainee.lesson_completions.exists()


def test_lessons__are_found_by_site_search(client, course):
    call_command("update_index", verbosity=0)

    response = client.get("/lv/search/", {"q": "Liepaju"})
    response_exact = client.get("/lv/search/", {"q": "ēnošanu"})

    assert "Nodarbība 1" in [page.title for page in response_exact.context["results"]]
    assert response.status_code == HTTPStatus.OK


def test_lessons__are_in_the_api_with_their_fields(client, course):
    response = client.get(
        "/api/v2/pages/",
        {"type": "learning.LessonPage", "locale": "lv", "fields": "summary,minutes,body,steps"},
    )

    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Nodarbība 1", "Nodarbība 2", "Nodarbība 3"]
    assert items[0]["minutes"] == 20
    assert items[0]["body"][0]["type"] == "text"


@pytest.mark.parametrize(
    "url",
    [
        "/lv/learning/",
        "/lv/learning/secap/",
        "/lv/learning/secap/lesson-2/",
        "/lv/learning/secap-steps/",
    ],
)
def test_course_pages__make_the_same_queries_with_2_and_20_lessons(
    client, site_tree, trainee, url, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from learning.factories import LessonPageFactory

    course = build_course(site_tree, lesson_count=2)
    client.force_login(trainee)
    client.post("/lv/learning/secap/start/")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(3, 21):
        lesson = LessonPageFactory(parent=course.module["lv"], slug=f"lesson-{n}", with_quiz=True)
        lesson.steps.add(course.step)
        lesson.save()
    client.get(url)

    with django_assert_max_num_queries(30) as many:
        response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    assert len(many.captured_queries) == len(few.captured_queries)
