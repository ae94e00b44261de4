"""What grades a learner (which options are right, the explanations) leaves the site only as
feedback on answers the learner has given: never in the API, never in a lesson before it is
answered, never in a copy the page cache keeps for others."""

import json
from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.test import override_settings

from core import pagecache
from tests.learning.helpers import quiz_questions, token_from, wrong_answers

pytestmark = pytest.mark.django_db

cached = override_settings(PAGE_CACHE_SECONDS=300)
EXPLANATION = "Paskaidrojums"  # every explanation of the factories' quizzes starts so


def keys_of(data):
    """Every dictionary key anywhere in a decoded JSON document."""
    if isinstance(data, dict):
        return set(data) | {key for value in data.values() for key in keys_of(value)}
    if isinstance(data, list):
        return {key for value in data for key in keys_of(value)}
    return set()


def stored_pages():
    """Every response the page cache holds, as the bytes the cache keeps (locmem in tests)."""
    prefix = f":1:{pagecache.GENERATION.name}:"
    return [
        value
        for key, value in cache._cache.items()
        if key.startswith(prefix) and key != f":1:{pagecache.GENERATION.counter_key}"
    ]


def assert_no_answer_key(text):
    assert EXPLANATION not in text
    assert "correct answer" not in text
    assert "pareizā atbilde" not in text.lower()


@pytest.mark.parametrize(
    "query",
    [
        {"type": "learning.LessonPage", "fields": "*"},
        {"type": "learning.LessonPage", "fields": "body"},
        {"type": "learning.LessonPage", "fields": "_,body", "locale": "en"},
    ],
)
def test_api_listing__lessons_carry_their_quiz_without_the_answer_key(client, course, query):
    response = client.get("/api/v2/pages/", query)

    assert response.status_code == HTTPStatus.OK
    items = response.json()["items"]
    quizzes = [block for item in items for block in item["body"] if block["type"] == "quiz"]
    assert quizzes, "the quiz itself (questions and options) stays in the API"
    question = quizzes[0]["value"]["questions"][0]
    assert question["question"] and [option["text"] for option in question["options"]]
    assert not {"correct", "explanation"} & keys_of(items)
    assert_no_answer_key(response.content.decode())


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_api_detail__a_lesson_with_a_quiz_has_no_answer_key(client, course, lang):
    lesson = course.lessons[lang][0]

    response = client.get(f"/api/v2/pages/{lesson.pk}/", {"fields": "*"})

    assert response.status_code == HTTPStatus.OK
    body = response.json()["body"]
    assert any(block["type"] == "quiz" for block in body)
    assert not {"correct", "explanation"} & keys_of(body)
    assert EXPLANATION not in json.dumps(body)


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "trainee"])
def test_lesson_html__before_answering_shows_no_answer_key(
    client, course, trainee, lang, signed_in
):
    if signed_in:
        client.force_login(trainee)
    lesson = course.lessons[lang][0]

    html = client.get(lesson.url).content.decode()

    assert 'class="quiz__form"' in html
    assert_no_answer_key(html)
    assert "quiz__verdict" not in html
    assert "badge--done" not in html


def test_feedback__reveals_the_key_only_for_the_questions_answered(client, course, trainee):
    """Answering one question at random must not hand out the key to all the others."""
    client.force_login(trainee)
    lesson = course.lessons["lv"][0]
    first, *others = quiz_questions(lesson)
    token = token_from(client.get(lesson.url).content.decode())

    response = client.post(
        f"{lesson.url}quiz/", {f"q-{first.id}": "1", "token": token}, follow=False
    )

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert f"{EXPLANATION} 1." in html
    for child in others:
        assert child.value["explanation"] not in html
    assert html.count("badge--done") == 1  # the right option of the answered question only


@cached
def test_page_cache__keeps_no_graded_view_for_other_readers(client, course, trainee):
    lesson = course.lessons["lv"][0]
    answers_url = f"{lesson.url}quiz/"
    client.get(lesson.url)  # the lesson itself is stored for anonymous readers

    graded = client.get(answers_url, wrong_answers(lesson))
    assert graded.status_code == HTTPStatus.OK
    assert EXPLANATION in graded.content.decode()
    assert "private" in graded["Cache-Control"]

    again = client.get(lesson.url)
    assert again.content.decode().count('class="quiz__form"') == 1
    assert_no_answer_key(again.content.decode())
    stored = stored_pages()
    assert stored, "the lesson is in the page cache"
    assert not [entry for entry in stored if EXPLANATION.encode() in entry]


@cached
def test_page_cache__a_signed_in_graded_view_is_not_served_to_anyone_else(client, course, trainee):
    lesson = course.lessons["lv"][0]
    client.force_login(trainee)
    token = token_from(client.get(lesson.url).content.decode())
    client.post(f"{lesson.url}quiz/", {**wrong_answers(lesson), "token": token})
    client.logout()

    for url in (lesson.url, f"{lesson.url}quiz/"):
        html = client.get(url).content.decode()
        assert_no_answer_key(html)
