"""Load the good-practice cases named in the SECAP course, in Latvian and English.

Each case is one data file in `casestudies/content/cases/`, its texts in both languages side by
side; the file names' numbers keep the order of SECAP lesson 1.4.
"""

from core.content import in_language, read_all, upsert_translated
from core.streamfield import stream_data
from learning.models import SecapStep, Sector

from ..models import CaseStudyIndexPage, CaseStudyPage, CaseStudySource

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
    indexes = {
        code: CaseStudyIndexPage.objects.child_of(homes[code]).get(slug="case-studies")
        for code in LANGUAGES
    }
    sectors = {(s.locale.language_code, s.slug): s for s in Sector.objects.select_related("locale")}
    steps = {
        (s.locale.language_code, s.number): s for s in SecapStep.objects.select_related("locale")
    }
    for case in read_all("casestudies", "cases"):
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
        text = {code: in_language(case, code) for code in LANGUAGES}
        pages = upsert_translated(
            indexes,
            CaseStudyPage,
            case["slug"],
            {
                code: {
                    **shared,
                    "title": text[code]["title"],
                    "summary": text[code]["summary"],
                    "search_description": text[code]["summary"],
                    "lead_organisation": text[code]["lead_organisation"],
                    "contact_role": text[code]["contact_role"],
                    "funding_sources": text[code]["funding_sources"],
                    "body": stream_data(_body(text[code]), f"case/{case['slug']}"),
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
            _sync_tags_and_sources(page, text[code]["tags"], case["sources"])
