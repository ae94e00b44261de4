"""The course's data files: what the templates add, the texts do not say again."""

import re

import pytest

from learning.demo import module_energy, module_secap_part1, module_secap_part2

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


@pytest.mark.parametrize("module", [module_energy, module_secap_part1, module_secap_part2])
def test_course_content__multiple_answer_questions_leave_the_hint_to_the_quiz(module):
    questions = [
        question
        for name, value in vars(module).items()
        if name.isupper() or name.startswith("_")
        for question in quiz_questions(value)
    ]
    multiple = [question for question in questions if question.get("multiple")]

    assert multiple, "the module's quizzes have multiple-answer questions"
    assert [q["question"] for q in multiple if REPEATED_HINT.search(q["question"])] == []
