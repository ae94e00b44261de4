"""Anonymous readers answer quizzes by GET, so lessons with a quiz stay in the page cache.

Signed-in trainees keep the POST form with its CSRF token, and their attempts are saved.
"""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from learning.models import Enrollment, LessonCompletion, QuizAttempt
from tests.learning.helpers import quiz_questions, right_answers, token_from, wrong_answers

LESSON_1 = "/lv/learning/secap/lesson-1/"
QUIZ_1 = f"{LESSON_1}quiz/"

cached = override_settings(PAGE_CACHE_SECONDS=300)


def nothing_stored():
    return not (
        QuizAttempt.objects.exists()
        or LessonCompletion.objects.exists()
        or Enrollment.objects.exists()
    )


def assert_no_cookie_and_no_csrf(response):
    assert not response.cookies, response.cookies
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert 'name="token"' not in html


@cached
@pytest.mark.parametrize("lang", ["lv", "en"])
def test_lesson_with_quiz__second_anonymous_request_is_answered_from_the_page_cache(
    client, course, lang, django_assert_num_queries
):
    url = course.lessons[lang][0].url
    first = client.get(url)

    with django_assert_num_queries(0):
        second = client.get(url)

    assert first.status_code == second.status_code == HTTPStatus.OK
    assert second.content == first.content
    assert f'method="get" action="{url}quiz/#quiz"' in first.content.decode()
    assert_no_cookie_and_no_csrf(first)


@pytest.mark.parametrize(
    "path",
    [
        "/{lang}/learning/",
        "/{lang}/learning/secap/",
        "/{lang}/learning/secap/lesson-1/",
        "/{lang}/learning/secap/lesson-2/",
        "/{lang}/learning/secap/lesson-3/",
        "/{lang}/learning/secap-steps/",
    ],
)
@pytest.mark.parametrize("lang", ["lv", "en"])
def test_learning_pages__set_no_cookie_and_carry_no_csrf_token_for_anonymous_readers(
    client, course, path, lang
):
    response = client.get(path.format(lang=lang))

    assert response.status_code == HTTPStatus.OK
    assert_no_cookie_and_no_csrf(response)
    assert 'method="post"' not in response.content.decode()


def test_quiz__anonymous_right_answers_by_get_pass_and_nothing_is_stored(client, course):
    lesson = course.lessons["lv"][0]

    response = client.get(QUIZ_1, right_answers(lesson))

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Jūsu rezultāts: 100% (pareizi: 3 no 3)." in html
    assert 'class="quiz__result quiz__result--passed"' in html
    assert html.count("quiz__verdict--right") == 3
    assert "Jūsu atbildes netika saglabātas" in html
    assert f'href="/lv/accounts/login/?next={QUIZ_1}' in html.replace("%2F", "/")
    assert_no_cookie_and_no_csrf(response)
    assert nothing_stored()


def test_quiz__anonymous_wrong_answers_by_get_show_what_was_wrong_and_why(client, course):
    lesson = course.lessons["en"][0]

    response = client.get(f"{lesson.url}quiz/", wrong_answers(lesson))

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Your score: 0% (0 of 3 correct)." in html
    assert "You need 70% to pass" in html
    assert html.count("Not quite.") == 3
    assert "Paskaidrojums 1." in html
    assert f'href="{lesson.url}#quiz">Try the quiz again' in html
    assert nothing_stored()


def test_quiz__anonymous_partial_answers_mark_the_rest_not_answered(client, course):
    lesson = course.lessons["lv"][0]
    first = quiz_questions(lesson)[0]

    response = client.get(QUIZ_1, {f"q-{first.id}": "0"})

    html = response.content.decode()
    assert "Jūsu rezultāts: 33% (pareizi: 1 no 3)." in html
    assert html.count("quiz__verdict--right") == 1
    assert nothing_stored()


@pytest.mark.parametrize(
    ("tamper", "error"),
    [
        ("empty", "Atbildiet vismaz uz vienu jautājumu."),
        ("unknown-option", "Kāda no atbildēm neatbilst nevienam atbilžu variantam."),
        ("not-a-number", "Kāda no atbildēm neatbilst nevienam atbilžu variantam."),
        ("two-for-single", "Vienas izvēles jautājumam izvēlieties tikai vienu atbildi."),
        ("other-lesson", "Šīs atbildes neattiecas uz šīs nodarbības testu."),
    ],
)
def test_quiz__anonymous_bad_answers_by_get_get_a_translated_error_and_change_nothing(
    client, course, tamper, error
):
    lesson = course.lessons["lv"][0]
    first = quiz_questions(lesson)[0]
    data = right_answers(lesson)
    if tamper == "empty":
        data = {}
    elif tamper == "unknown-option":
        data[f"q-{first.id}"] = ["7"]
    elif tamper == "not-a-number":
        data[f"q-{first.id}"] = ["<script>"]
    elif tamper == "two-for-single":
        data[f"q-{first.id}"] = ["0", "1"]
    else:
        other = course.lessons["lv"][1]
        data[f"q-{quiz_questions(other)[0].id}"] = ["0"]

    response = client.get(QUIZ_1, data)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert '<div class="form-errors" role="alert">' in html
    assert error in html
    assert "<script>" not in html.split('id="quiz"')[1]
    assert_no_cookie_and_no_csrf(response)
    assert nothing_stored()


def test_lesson__plain_get_shows_the_quiz_form_without_a_result(client, course):
    lesson = course.lessons["lv"][0]
    # Answers on the lesson's own URL (not its quiz/ URL) are no submission at all.
    plain = client.get(LESSON_1)
    stray = client.get(LESSON_1, right_answers(lesson))

    for response in (plain, stray):
        html = response.content.decode()
        assert response.status_code == HTTPStatus.OK
        assert 'class="quiz__form"' in html
        assert "quiz__result" not in html
        assert 'role="alert"' not in html
    assert nothing_stored()


@cached
def test_quiz__anonymous_result_is_not_kept_in_the_shared_cache_nor_served_for_the_lesson(
    client, course
):
    lesson = course.lessons["lv"][0]
    client.get(LESSON_1)  # the lesson is now cached
    answered = client.get(QUIZ_1, right_answers(lesson))

    with CaptureQueriesContext(connection) as again:
        client.get(QUIZ_1, right_answers(lesson))
    queries = len(again)  # read now: the next request empties the query log
    html = client.get(LESSON_1).content.decode()

    assert "private" in answered["Cache-Control"]
    assert queries > 0  # checked anew, not answered from the cache
    assert "quiz__result" not in html
    assert 'class="quiz__form"' in html


@cached
def test_quiz__signed_in_trainee_keeps_the_post_form_and_saves_after_a_cached_visit(
    client, course, trainee
):
    lesson = course.lessons["lv"][0]
    client.get(LESSON_1)  # an anonymous copy in the cache must not reach the trainee
    client.force_login(trainee)

    page = client.get(LESSON_1)
    html = page.content.decode()
    response = client.post(QUIZ_1, {**right_answers(lesson), "token": token_from(html)})

    assert f'method="post" action="{QUIZ_1}#quiz"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert response.status_code == HTTPStatus.OK
    assert "Jūsu atbildes netika saglabātas" not in response.content.decode()
    attempt = QuizAttempt.objects.get(user=trainee)
    assert (attempt.score, attempt.passed) == (100, True)
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).exists()


def test_quiz__signed_in_trainee_arriving_by_get_is_sent_to_the_form_and_nothing_is_saved(
    client, course, trainee
):
    """As after logging in from an anonymous result: the `next` URL carries the answers."""
    lesson = course.lessons["lv"][0]
    client.force_login(trainee)

    response = client.get(QUIZ_1, right_answers(lesson))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{LESSON_1}#quiz"
    assert nothing_stored()


def test_quiz__csrf_is_still_enforced_on_the_signed_in_post(course, trainee):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    lesson = course.lessons["lv"][0]
    token = token_from(client.get(LESSON_1).content.decode())

    response = client.post(QUIZ_1, {**right_answers(lesson), "token": token})

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not QuizAttempt.objects.exists()


def test_quiz__other_methods_are_not_allowed(client, course):
    response = client.put(QUIZ_1)

    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "POST"}
