"""Checking a lesson's quiz: reading the posted answers, scoring them, and the feedback shown.

Nothing here reads or writes the database; the lesson page keeps the attempt
(`LessonPage.keep_attempt`), so the rules can be read, and tested, on their own.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass
class QuizResult:
    valid: bool
    error: str = ""
    questions: list = field(default_factory=list)
    score: int = 0
    passed: bool = False
    stored: bool = False
    repeated: bool = False
    pass_mark: int = 70
    answers: dict = field(default_factory=dict)

    @property
    def correct_count(self):
        return sum(1 for question in self.questions if question["is_correct"])


def expired(pass_mark):
    return QuizResult(
        valid=False,
        error=_("This form has expired. Reload the page and try again."),
        pass_mark=pass_mark,
    )


def questions_of(quiz):
    return {child.id: child.value for child in quiz.value["questions"].bound_blocks}


def parse_answers(data, questions):
    """The chosen option indexes per question id, or an error message for a tampered form."""
    answers = {}
    for key in data:
        if not key.startswith("q-"):
            continue
        question_id = key[2:]
        question = questions.get(question_id)
        if question is None:
            return None, _(
                "These answers do not belong to this lesson's quiz. Reload the page and try again."
            )
        try:
            chosen = {int(value) for value in data.getlist(key)}
        except ValueError:
            return None, _("An answer is not one of the options. Reload the page and try again.")
        if any(index < 0 or index >= len(question["options"]) for index in chosen):
            return None, _("An answer is not one of the options. Reload the page and try again.")
        if len(chosen) > 1 and not question["multiple"]:
            return None, _("Choose only one answer to a single-choice question.")
        answers[question_id] = sorted(chosen)
    if not answers:
        return None, _("Choose an answer to at least one question.")
    return answers, ""


def feedback(questions, answers):
    """Each question's verdict; its key (the right options, the explanation) only if answered.

    A question left blank says so and nothing more: otherwise answering one question would
    hand out the key to all the others.
    """
    verdicts = []
    for question_id, question in questions.items():
        chosen = set(answers.get(question_id, []))
        correct = {i for i, option in enumerate(question["options"]) if option["correct"]}
        answered = bool(chosen)
        verdicts.append(
            {
                "id": question_id,
                "question": question["question"],
                "multiple": question["multiple"],
                "explanation": question["explanation"] if answered else "",
                "answered": answered,
                "is_correct": chosen == correct,
                "options": [
                    {
                        "index": i,
                        "text": option["text"],
                        "chosen": i in chosen,
                        "correct": answered and option["correct"],
                    }
                    for i, option in enumerate(question["options"])
                ],
            }
        )
    return verdicts


def check(quiz, pass_mark, data):
    """The quiz scored against the answers in `data` (a QueryDict), or why it cannot be."""
    if quiz is None:
        return QuizResult(valid=False, error=_("This lesson has no quiz."))
    questions = questions_of(quiz)
    answers, error = parse_answers(data, questions)
    if error:
        return QuizResult(valid=False, error=error, pass_mark=pass_mark)
    verdicts = feedback(questions, answers)
    correct = sum(1 for question in verdicts if question["is_correct"])
    score = math.floor(100 * correct / len(questions))
    return QuizResult(
        valid=True,
        questions=verdicts,
        score=score,
        passed=score >= pass_mark,
        pass_mark=pass_mark,
        answers=answers,
    )


def replay(quiz, attempt, pass_mark):
    """The result of an attempt already kept, as it was first shown (a repeated POST)."""
    return QuizResult(
        valid=True,
        questions=feedback(questions_of(quiz), attempt.answers),
        score=attempt.score,
        passed=attempt.passed,
        pass_mark=pass_mark,
        stored=True,
        repeated=True,
    )
