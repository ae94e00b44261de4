"""Load the course from `learning/content/`: taxonomies, the SECAP roadmap and the modules with
their lessons."""

from wagtail.models import Locale

from core.content import (
    blocks,
    content_dir,
    folders,
    in_language,
    read,
    read_all,
    upsert_translatable,
    upsert_translated,
)
from core.streamfield import stream_data

from ..models import (
    LearningIndexPage,
    LessonPage,
    ModulePage,
    SecapPhase,
    SecapRoadmapPage,
    SecapStep,
    Sector,
)

LANGUAGES = ("lv", "en")


def load_taxonomy(locales, secap, sector_list):
    phases, steps, sectors = {}, {}, {}
    for code in LANGUAGES:
        locale = locales[code]
        for order, phase in enumerate(secap["phases"]):
            text = in_language(phase, code)
            phases[code, phase["slug"]] = upsert_translatable(
                SecapPhase,
                locale,
                {"slug": phase["slug"]},
                {"name": text["name"], "description": text["description"], "sort_order": order},
                phases.get(("lv", phase["slug"])),
            )
        for step in secap["steps"]:
            text = in_language(step, code)
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
        for order, sector in enumerate(sector_list):
            sectors[code, sector["slug"]] = upsert_translatable(
                Sector,
                locale,
                {"slug": sector["slug"]},
                {"name": in_language(sector["name"], code), "sort_order": order},
                sectors.get(("lv", sector["slug"])),
            )
    return steps, sectors


def load_module(folder, indexes, steps, sectors):
    """One module folder: `module.yaml` and its lessons, the numbered files in order."""
    module = read(folder / "module.yaml")
    lessons = read_all("learning", "modules", folder.name, pattern="[0-9]*.yaml")
    modules = upsert_translated(
        indexes,
        ModulePage,
        module["slug"],
        {
            code: {
                **{
                    name: in_language(module[name], code)
                    for name in ("title", "intro", "outcomes", "audience")
                },
                "minutes": sum(lesson["minutes"] for lesson in lessons),
            }
            for code in LANGUAGES
        },
    )
    for lesson in lessons:
        text = {code: in_language(lesson, code) for code in LANGUAGES}
        upsert_translated(
            modules,
            LessonPage,
            lesson["slug"],
            {
                code: {
                    "title": text[code]["title"],
                    "summary": text[code]["summary"],
                    "search_description": text[code]["summary"],
                    "minutes": lesson["minutes"],
                    "body": stream_data(
                        blocks(text[code]["body"]), f"{module['slug']}/{lesson['slug']}"
                    ),
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
    secap = read(content_dir("learning", "secap-steps.yaml"))
    steps, sectors = load_taxonomy(locales, secap, read(content_dir("learning", "sectors.yaml")))
    roadmap = secap["roadmap"]
    upsert_translated(
        indexes,
        SecapRoadmapPage,
        roadmap["slug"],
        {
            code: {
                **{
                    name: in_language(roadmap[name], code)
                    for name in ("title", "search_description", "intro")
                },
                "source": secap["source"],
            }
            for code in LANGUAGES
        },
    )
    for folder in folders("learning", "modules"):
        load_module(folder, indexes, steps, sectors)
