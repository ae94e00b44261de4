"""Load the good-practice cases named in the SECAP course, in Latvian and English."""

from config.demo import upsert_translated
from learning.models import SecapStep, Sector

from ..models import CaseStudyIndexPage, CaseStudyPage, CaseStudySource
from .cases import CASES

LANGUAGES = ("lv", "en")
FIGURES = ("co2_tonnes_per_year", "mwh_saved_per_year", "mwh_renewable_per_year", "investment_eur")


def _body(text):
    return [
        ("challenge", text["challenge"]),
        ("actions", text["actions"]),
        ("results", text["results"]),
        ("lessons", text["lessons"]),
        (
            "transferability",
            {
                "success_factors": text["success_factors"],
                "limitations": text["limitations"],
                "prerequisites": text["prerequisites"],
            },
        ),
    ]


def _sync_tags_and_sources(page, tags, sources):
    """Tags and source links live outside the page fields; publish only when they differ."""
    current_tags = sorted(tag.name for tag in page.tags.all())
    current_sources = [(source.title, source.url) for source in page.sources.all()]
    wanted_sources = [(source["title"], source["url"]) for source in sources]
    if current_tags == sorted(tags) and current_sources == wanted_sources:
        return
    page.tags.set(tags)
    page.sources = [CaseStudySource(title=title, url=url) for title, url in wanted_sources]
    page.save_revision().publish()


def load_case_studies(homes):
    from learning.demo.build import stream_data

    indexes = {
        code: CaseStudyIndexPage.objects.child_of(homes[code]).get(slug="case-studies")
        for code in LANGUAGES
    }
    sectors = {(s.locale.language_code, s.slug): s for s in Sector.objects.select_related("locale")}
    steps = {
        (s.locale.language_code, s.number): s for s in SecapStep.objects.select_related("locale")
    }
    for case in CASES:
        shared = {
            "city": case["city"],
            "country": case["country"],
            "level": case["level"],
            "population": case["population"],
            "start_year": case["start_year"],
            "status": case["status"],
            "kind": case["kind"],
            **{name: case[name] for name in FIGURES},
        }
        pages = upsert_translated(
            indexes,
            CaseStudyPage,
            case["slug"],
            {
                code: {
                    **shared,
                    "title": case[code]["title"],
                    "summary": case[code]["summary"],
                    "search_description": case[code]["summary"],
                    "lead_organisation": case["lead_organisation"][code],
                    "contact_role": case["contact_role"][code],
                    "funding_sources": case["funding_sources"][code],
                    "body": stream_data(_body(case[code]), f"case/{case['slug']}"),
                }
                for code in LANGUAGES
            },
            m2m={
                code: {
                    "sectors": [sectors[code, slug] for slug in case["sectors"]],
                    "steps": [steps[code, number] for number in case["steps"]],
                }
                for code in LANGUAGES
            },
        )
        for code, page in pages.items():
            _sync_tags_and_sources(page, case["tags"][code], case["sources"])
