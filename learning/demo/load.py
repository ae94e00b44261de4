"""Load the course: taxonomies, the SECAP roadmap and two modules with their lessons."""

from wagtail.models import Locale

from config.demo import upsert_translatable, upsert_translated

from ..models import (
    LearningIndexPage,
    LessonPage,
    ModulePage,
    SecapPhase,
    SecapRoadmapPage,
    SecapStep,
    Sector,
)
from .build import stream_data
from .course import MODULE_SECAP, ROADMAP, SOURCE
from .module_energy import MODULE_ENERGY
from .module_secap_part1 import LESSONS_PART1
from .module_secap_part2 import LESSONS_PART2
from .taxonomy import PHASES, SECTORS, STEPS

LANGUAGES = ("lv", "en")


def load_taxonomy(locales):
    phases, steps, sectors = {}, {}, {}
    for code in LANGUAGES:
        locale = locales[code]
        for order, phase in enumerate(PHASES):
            phases[code, phase["slug"]] = upsert_translatable(
                SecapPhase,
                locale,
                {"slug": phase["slug"]},
                {**phase[code], "sort_order": order},
                phases.get(("lv", phase["slug"])),
            )
        for step in STEPS:
            text = step[code]
            steps[code, step["number"]] = upsert_translatable(
                SecapStep,
                locale,
                {"number": step["number"]},
                {
                    "phase": phases[code, step["phase"]],
                    "title": text["title"],
                    "description": text["description"],
                    "council_role": text["council"],
                    "administration_role": text["administration"],
                    "stakeholders_role": text["stakeholders"],
                },
                steps.get(("lv", step["number"])),
            )
        for order, sector in enumerate(SECTORS):
            sectors[code, sector["slug"]] = upsert_translatable(
                Sector,
                locale,
                {"slug": sector["slug"]},
                {"name": sector[code], "sort_order": order},
                sectors.get(("lv", sector["slug"])),
            )
    return steps, sectors


def load_module(module, lessons, indexes, steps, sectors):
    modules = upsert_translated(
        indexes,
        ModulePage,
        module["slug"],
        {
            code: {
                "title": module[code]["title"],
                "intro": module[code]["intro"],
                "outcomes": module[code]["outcomes"],
                "audience": module[code]["audience"],
                "minutes": sum(lesson["minutes"] for lesson in lessons),
            }
            for code in LANGUAGES
        },
    )
    for lesson in lessons:
        upsert_translated(
            modules,
            LessonPage,
            lesson["slug"],
            {
                code: {
                    "title": lesson[code]["title"],
                    "summary": lesson[code]["summary"],
                    "search_description": lesson[code]["summary"],
                    "minutes": lesson["minutes"],
                    "body": stream_data(lesson[code]["body"], f"{module['slug']}/{lesson['slug']}"),
                }
                for code in LANGUAGES
            },
            m2m={
                code: {
                    "steps": [steps[code, number] for number in lesson["steps"]],
                    "sectors": [sectors[code, slug] for slug in lesson["sectors"]],
                }
                for code in LANGUAGES
            },
        )


def load_learning(homes):
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    indexes = {
        code: LearningIndexPage.objects.child_of(homes[code]).get(slug="learning")
        for code in LANGUAGES
    }
    steps, sectors = load_taxonomy(locales)
    upsert_translated(
        indexes,
        SecapRoadmapPage,
        ROADMAP["slug"],
        {code: {**ROADMAP[code], "source": SOURCE} for code in LANGUAGES},
    )
    load_module(MODULE_SECAP, [*LESSONS_PART1, *LESSONS_PART2], indexes, steps, sectors)
    load_module(MODULE_ENERGY, MODULE_ENERGY["lessons"], indexes, steps, sectors)
