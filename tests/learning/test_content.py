"""The course's data files: what the templates add, the texts do not say again; every text is
there in both languages."""

import re

import pytest

from core.content import content_dir, folders, in_language, read, read_all

LANGUAGES = ("lv", "en")

# The quiz template tells the reader a question takes several answers; a question text
# that says it too is read twice by a screen reader and seen twice on the page.
REPEATED_HINT = re.compile(r"atzīmējiet visas|visas pareizās|all correct|all that apply", re.I)


def quiz_questions(value):
    if isinstance(value, dict):
        if "question" in value and "options" in value:
            yield value
        for child in value.values():
            yield from quiz_questions(child)
    elif isinstance(value, list | tuple):
        for child in value:
            yield from quiz_questions(child)


def half_pairs(value, where=""):
    """Places where a text is given in one language only."""
    if isinstance(value, dict):
        present = set(LANGUAGES) & value.keys()
        if present and value.keys() != set(LANGUAGES):
            yield where
        for key, child in value.items():
            yield from half_pairs(child, f"{where}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from half_pairs(child, f"{where}[{index}]")


@pytest.mark.parametrize("module", folders("learning", "modules"), ids=lambda path: path.name)
def test_course_content__multiple_answer_questions_leave_the_hint_to_the_quiz(module):
    lessons = read_all("learning", "modules", module.name, pattern="[0-9]*.yaml")
    questions = [
        question
        for lesson in lessons
        for code in LANGUAGES
        for question in quiz_questions(in_language(lesson, code))
    ]
    multiple = [question for question in questions if question.get("multiple")]

    assert multiple, "the module's quizzes have multiple-answer questions"
    assert [q["question"] for q in multiple if REPEATED_HINT.search(q["question"])] == []


@pytest.mark.parametrize(
    "path",
    sorted(content_dir("learning").rglob("*.yaml")),
    ids=lambda path: str(path.relative_to(content_dir("learning"))),
)
def test_course_content__every_text_is_in_both_languages(path):
    assert list(half_pairs(read(path))) == []
