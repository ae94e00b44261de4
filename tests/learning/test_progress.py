import io
import uuid
from http import HTTPStatus

import pytest
from pypdf import PdfReader

from learning.models import Certificate, Enrollment, LessonCompletion, QuizAttempt
from tests.learning.helpers import quiz_questions, right_answers, token_from, wrong_answers

LESSON_1 = "/lv/learning/secap/lesson-1/"
LESSON_3 = "/lv/learning/secap/lesson-3/"


def answer(client, url, answers, token=None):
    if token is None:
        token = token_from(client.get(url).content.decode())
    return client.post(f"{url}quiz/", {**answers, "token": token})


def finish_course(client, course):
    for lesson in course.lessons["lv"][:2]:
        answer(client, lesson.url, right_answers(lesson))
    client.post(f"{LESSON_3}complete/")


@pytest.fixture
def logged_in(client, trainee):
    client.force_login(trainee)
    return client


def test_quiz__right_answers_pass_store_the_attempt_and_complete_the_lesson(
    logged_in, course, trainee
):
    lesson = course.lessons["lv"][0]

    response = answer(logged_in, LESSON_1, right_answers(lesson))

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "100%" in html
    assert 'class="quiz__result quiz__result--passed"' in html
    attempt = QuizAttempt.objects.get(user=trainee)
    assert (attempt.score, attempt.passed, attempt.lesson_id) == (100, True, lesson.pk)
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).exists()


def test_quiz__wrong_answers_fail_show_explanations_and_do_not_complete(logged_in, course, trainee):
    lesson = course.lessons["lv"][0]

    response = answer(logged_in, LESSON_1, wrong_answers(lesson))

    html = response.content.decode()
    assert "0%" in html
    assert "Paskaidrojums 1." in html
    assert QuizAttempt.objects.get(user=trainee).passed is False
    assert not LessonCompletion.objects.filter(user=trainee).exists()


def test_quiz__score_below_the_pass_mark_fails_and_at_it_passes(logged_in, course, trainee):
    lesson = course.lessons["lv"][0]
    questions = quiz_questions(lesson)
    two_of_three = right_answers(lesson)
    two_of_three[f"q-{questions[0].id}"] = ["1"]

    failed = answer(logged_in, LESSON_1, two_of_three)
    module = course.module["lv"]
    module.pass_mark = 60
    module.save()
    passed = answer(logged_in, LESSON_1, two_of_three)

    assert "66%" in failed.content.decode()
    assert [a.passed for a in QuizAttempt.objects.order_by("created_at")] == [False, True]
    assert "66%" in passed.content.decode()
    assert LessonCompletion.objects.filter(user=trainee).count() == 1


def test_quiz__empty_submission_is_refused_and_stores_nothing(logged_in, course, trainee):
    response = answer(logged_in, LESSON_1, {})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Izvēlieties" in response.content.decode() or 'role="alert"' in (
        response.content.decode()
    )
    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize("tamper", ["unknown-option", "not-a-number", "two-for-single", "other"])
def test_quiz__tampered_submission_is_refused_and_stores_nothing(
    logged_in, course, trainee, tamper
):
    lesson = course.lessons["lv"][0]
    first = quiz_questions(lesson)[0]
    data = right_answers(lesson)
    if tamper == "unknown-option":
        data[f"q-{first.id}"] = ["7"]
    elif tamper == "not-a-number":
        data[f"q-{first.id}"] = ["<script>"]
    elif tamper == "two-for-single":
        data[f"q-{first.id}"] = ["0", "1"]
    else:  # a question of another module's lesson
        other = course.lessons["lv"][1]
        data[f"q-{quiz_questions(other)[0].id}"] = ["0"]

    response = answer(logged_in, LESSON_1, data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'role="alert"' in response.content.decode()
    assert not QuizAttempt.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_quiz__forged_token_is_refused(logged_in, course):
    lesson = course.lessons["lv"][0]

    response = answer(logged_in, LESSON_1, right_answers(lesson), token="not-a-uuid")

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not QuizAttempt.objects.exists()


def test_quiz__repeated_post_counts_once(logged_in, course, trainee):
    lesson = course.lessons["lv"][0]
    token = str(uuid.uuid4())

    answer(logged_in, LESSON_1, wrong_answers(lesson), token=token)
    again = answer(logged_in, LESSON_1, right_answers(lesson), token=token)

    assert QuizAttempt.objects.filter(user=trainee).count() == 1
    assert QuizAttempt.objects.get().passed is False
    assert "quiz__result--failed" in again.content.decode()


def test_quiz__visitor_gets_feedback_and_nothing_is_stored(client, course):
    lesson = course.lessons["en"][0]

    response = client.post(f"{lesson.url}quiz/", right_answers(lesson))

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Your score: 100%" in html
    assert "Your answers were not saved" in html
    assert not QuizAttempt.objects.exists()


def test_complete__needs_the_quiz_on_quiz_lessons(logged_in, course, trainee):
    response = logged_in.post(f"{LESSON_1}complete/")

    assert response.status_code == HTTPStatus.FOUND
    assert not LessonCompletion.objects.exists()


def test_complete__marks_a_lesson_without_quiz_once(logged_in, course, trainee):
    first = logged_in.post(f"{LESSON_3}complete/")
    second = logged_in.post(f"{LESSON_3}complete/")

    assert first.status_code == second.status_code == HTTPStatus.FOUND
    assert LessonCompletion.objects.filter(user=trainee).count() == 1
    assert Enrollment.objects.get(user=trainee).last_lesson_id == course.lessons["lv"][2].pk


def test_progress__is_shared_between_languages(logged_in, course, trainee):
    lesson_en = course.lessons["en"][2]
    logged_in.post(f"{lesson_en.url}complete/")

    html = logged_in.get("/lv/learning/secap/").content.decode()

    assert LessonCompletion.objects.get().lesson_id == course.lessons["lv"][2].pk
    assert 'value="1"' in html  # the progress bar


def test_certificate__is_issued_only_when_every_lesson_is_complete(logged_in, course, trainee):
    lesson = course.lessons["lv"][0]
    answer(logged_in, LESSON_1, right_answers(lesson))
    assert not Certificate.objects.exists()

    finish_course(logged_in, course)

    certificate = Certificate.objects.get(user=trainee)
    assert certificate.holder_name == "Līga Ozola"
    assert Enrollment.objects.get(user=trainee).completed_at is not None
    assert certificate.code in logged_in.get("/lv/learning/my/").content.decode()


def test_certificate__pdf_is_a_real_pdf_with_the_name_and_module(logged_in, course, trainee):
    finish_course(logged_in, course)
    code = Certificate.objects.get().code

    response = logged_in.get(f"/lv/learning/certificates/{code}/pdf/")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Līga Ozola" in text
    assert "SECAP izstrāde" in text
    assert code in text


def test_certificate__verification_page_shows_name_module_and_date_only(client, course, trainee):
    client.force_login(trainee)
    finish_course(client, course)
    code = Certificate.objects.get().code
    client.logout()

    response = client.get(f"/en/learning/certificates/{code}/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Līga Ozola" in html
    assert "Developing a SECAP" in html
    assert trainee.email not in html
    assert "trainee1" not in html


def test_certificate__unknown_code_is_a_clear_404(client, course):
    response = client.get("/lv/learning/certificates/NAV-TADA-KODA/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "NAV-TADA-KODA" in response.content.decode()


def test_privacy__another_trainee_cannot_download_the_pdf_or_see_progress(
    client, course, trainee, other_trainee
):
    client.force_login(trainee)
    finish_course(client, course)
    code = Certificate.objects.get().code
    client.force_login(other_trainee)

    pdf = client.get(f"/lv/learning/certificates/{code}/pdf/")
    mine = client.get("/lv/learning/my/").content.decode()
    module = client.get("/lv/learning/secap/").content.decode()

    assert pdf.status_code == HTTPStatus.NOT_FOUND
    assert code not in mine
    assert "SECAP izstrāde" not in mine
    assert "<progress" not in module


def test_privacy__my_learning_needs_login(client, course):
    response = client.get("/lv/learning/my/")

    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(("language", "index"), [("lv", "/lv/learning/"), ("en", "/en/learning/")])
def test_my_learning__new_trainee_is_shown_where_the_modules_are(
    logged_in, course, language, index
):
    html = logged_in.get(f"/{language}/learning/my/").content.decode()

    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert f'class="button" href="{index}"' in main


def test_my_learning__trainee_with_a_module_started_gets_no_catalogue_link(logged_in, course):
    logged_in.post(f"{LESSON_3}complete/")

    main = logged_in.get("/lv/learning/my/").content.decode().split("<main", 1)[1]

    assert 'class="button" href="/lv/learning/"' not in main


def test_home__offers_to_continue_where_the_trainee_left_off(logged_in, course, trainee):
    logged_in.post(f"{LESSON_3}complete/")

    html = logged_in.get("/lv/").content.decode()

    assert 'id="continue-heading"' in html
    assert 'href="/lv/learning/secap/lesson-1/"' in html
