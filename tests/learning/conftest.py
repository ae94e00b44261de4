from dataclasses import dataclass

import pytest
from wagtail.models import Locale

from core.choices import Role
from home.factories import UserFactory
from learning.factories import (
    LessonPageFactory,
    ModulePageFactory,
    SecapPhaseFactory,
    SecapStepFactory,
)


@dataclass
class Course:
    index: dict
    module: dict
    lessons: dict  # language -> [lesson, …]
    roadmap: dict
    step: object


def build_course(site_tree, lesson_count=3, quizzes=(1, 2)):
    """A module in lv and en; lessons whose 1-based position is in `quizzes` carry a quiz."""
    from learning.models import SecapRoadmapPage

    phase = SecapPhaseFactory(slug="initiation", name="Iniciācija")
    step = SecapStepFactory(number=1, phase=phase, title="Politiskās saistības")
    index = {code: site_tree.pages[(code, "learning")] for code in ("lv", "en")}
    module, lessons, roadmap = {}, {"lv": [], "en": []}, {}
    for code in ("lv", "en"):
        locale = Locale.objects.get(language_code=code)
        extra = {"translation_key": module["lv"].translation_key} if code == "en" else {}
        module[code] = ModulePageFactory(
            parent=index[code],
            slug="secap",
            title="SECAP izstrāde" if code == "lv" else "Developing a SECAP",
            locale=locale,
            **extra,
        )
        for n in range(1, lesson_count + 1):
            extra = (
                {"translation_key": lessons["lv"][n - 1].translation_key} if code == "en" else {}
            )
            lesson = LessonPageFactory(
                parent=module[code],
                slug=f"lesson-{n}",
                title=f"{'Nodarbība' if code == 'lv' else 'Lesson'} {n}",
                locale=locale,
                with_quiz=n in quizzes,
                **extra,
            )
            if code == "lv":
                lesson.steps.add(step)
                lesson.save()
            lessons[code].append(lesson)
        roadmap[code] = index[code].add_child(
            instance=SecapRoadmapPage(
                title="SECAP ceļvedis" if code == "lv" else "SECAP roadmap",
                slug="secap-steps",
                locale=locale,
                **({"translation_key": roadmap["lv"].translation_key} if code == "en" else {}),
            )
        )
    return Course(index=index, module=module, lessons=lessons, roadmap=roadmap, step=step)


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.fixture
def trainee(db):
    return UserFactory(
        username="trainee1", first_name="Līga", last_name="Ozola", roles=[Role.TRAINEE]
    )


@pytest.fixture
def other_trainee(db):
    return UserFactory(
        username="trainee2", first_name="Jānis", last_name="Bērziņš", roles=[Role.TRAINEE]
    )
