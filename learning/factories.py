import factory
import wagtail_factories
from wagtail.models import Locale

from core.streamfield import stream_data

from .models import LearningIndexPage, LessonPage, ModulePage, SecapPhase, SecapStep, Sector


def quiz_data(questions=3):
    """A quiz whose right answer is always the first option."""
    return (
        "quiz",
        {
            "heading": "Pārbaudi sevi",
            "questions": [
                {
                    "question": f"Jautājums {n}?",
                    "multiple": n == questions,
                    "options": [
                        {"text": f"Pareizi {n}", "correct": True},
                        {"text": f"Nepareizi {n}", "correct": False},
                        {"text": f"Arī pareizi {n}", "correct": n == questions},
                    ],
                    "explanation": f"Paskaidrojums {n}.",
                }
                for n in range(1, questions + 1)
            ],
        },
    )


class LearningIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mācības {n}")
    slug = "learning"
    intro = "<p>Mācību moduļi pašvaldību energopārvaldniekiem.</p>"
    show_in_menus = True

    class Meta:
        model = LearningIndexPage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Modulis {n}")
    slug = factory.Sequence(lambda n: f"modulis-{n}")
    intro = "<p>Par SECAP izstrādi.</p>"
    outcomes = "Saprot SECAP soļus\nProt sastādīt rīcības plānu"
    audience = "Pašvaldību energopārvaldnieki"
    minutes = 60

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nodarbība {n}")
    slug = factory.Sequence(lambda n: f"nodarbiba-{n}")
    summary = "Īss nodarbības kopsavilkums."
    minutes = 20
    body = factory.LazyAttribute(
        lambda lesson: stream_data(
            [("text", "<p>Teksts par ēnošanu un Liepāju.</p>")]
            + ([quiz_data()] if lesson.with_quiz else []),
            lesson.slug,
        )
    )

    class Meta:
        model = LessonPage

    class Params:
        with_quiz = False


class SecapPhaseFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"phase-{n}")
    name = factory.Sequence(lambda n: f"Fāze {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = SecapPhase


class SecapStepFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: n % 10 + 1)
    phase = factory.SubFactory(SecapPhaseFactory)
    title = factory.Sequence(lambda n: f"Solis {n}")
    description = "<p>Ko šis solis ietver.</p>"
    council_role = "Dome apstiprina."
    administration_role = "Administrācija sagatavo."
    stakeholders_role = "Ieinteresētās puses piedalās."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = SecapStep


class SectorFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"sector-{n}")
    name = factory.Sequence(lambda n: f"Nozare {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Sector
