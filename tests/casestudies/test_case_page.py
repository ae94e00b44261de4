from http import HTTPStatus

from wagtail.test.utils import WagtailPageTestCase

from casestudies.models import CaseStudyPage
from home.factories import UserFactory
from learning.blocks import RelatedPageBlock
from learning.choices import Role
from learning.demo.build import stream_data
from learning.factories import LessonPageFactory, ModulePageFactory
from tests.conftest import build_site_tree


def test_case_page__shows_key_facts_body_sections_and_sources(client, library):
    case = library["tartu"]
    case.sources.create(title="JRC112986", url="https://publications.jrc.ec.europa.eu/")
    case.save_revision().publish()

    html = client.get("/lv/case-studies/tartu/").content.decode()

    assert "Tartu enerģētikas aģentūra" in html
    assert "Reģionālā enerģētikas aģentūra." in html
    assert 'href="https://publications.jrc.ec.europa.eu/"' in html
    assert 'href="/lv/case-studies/?tag=aģentūra"' in html or "?tag=" in html


def test_case_page__unknown_figures_stay_empty(client, library):
    html = client.get("/lv/case-studies/tenerife/").content.decode()

    assert "t/gadā" not in html and "t/year" not in html
    assert "None" not in html


def test_case_page__lists_related_cases_by_shared_sectors_and_tags(client, library):
    response = client.get("/lv/case-studies/vaxjo/")

    related = [case.slug for case in response.context["related_cases"]]
    assert related[0] == "tenerife"  # shares a sector and a tag
    assert "barcelona" not in related  # shares neither


def test_case_page__lists_the_lessons_that_reference_it(client, library, site_tree):
    case = library["barcelona"]
    module = ModulePageFactory(parent=site_tree.pages[("lv", "learning")], slug="m")
    LessonPageFactory(
        parent=module,
        slug="ar-piemeru",
        title="Nodarbība ar piemēru",
        body=stream_data([("related_case_study", {"page": case.pk, "note": ""})], "x"),
    ).save_revision().publish()

    response = client.get("/lv/case-studies/barcelona/")

    assert [lesson.title for lesson in response.context["referencing_lessons"]] == [
        "Nodarbība ar piemēru"
    ]


def test_lesson_block__accepts_only_case_study_pages():
    block = RelatedPageBlock()

    assert block.child_blocks["page"].target_model is CaseStudyPage


def test_roadmap__lists_case_studies_per_step(client, library, site_tree):
    from learning.models import SecapRoadmapPage

    site_tree.pages[("lv", "learning")].add_child(
        instance=SecapRoadmapPage(title="Ceļvedis", slug="secap-steps")
    )

    html = client.get("/lv/learning/secap-steps/").content.decode()

    assert 'href="/lv/case-studies/vaxjo/"' in html
    assert 'href="/lv/case-studies/barcelona/"' in html


def test_case_page__query_count_does_not_grow_with_tags_and_sectors(
    client, library, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/lv/case-studies/vaxjo/")
    with CaptureQueriesContext(connection) as few:
        client.get("/lv/case-studies/vaxjo/")
    case = library["vaxjo"]
    case.tags.add("a", "b", "c", "d")
    case.sectors.add(*library["tartu"].sectors.all())
    case.save_revision().publish()
    client.get("/lv/case-studies/vaxjo/")

    with django_assert_max_num_queries(23) as many:
        response = client.get("/lv/case-studies/vaxjo/")

    assert response.status_code == HTTPStatus.OK
    assert len(many.captured_queries) == len(few.captured_queries)


class TestEditorsCanCreateCaseStudies(WagtailPageTestCase):
    def test_coordinator_creates_a_case_study(self):
        from wagtail.test.utils.form_data import (
            inline_formset,
            nested_form_data,
            rich_text,
            streamfield,
        )

        tree = build_site_tree()
        self.client.force_login(UserFactory(username="editor", roles=[Role.COORDINATOR]))
        index = tree.pages[("lv", "case-studies")]

        self.assertAllowedSubpageTypes(type(index), {CaseStudyPage})
        self.assertCanCreate(
            index,
            CaseStudyPage,
            nested_form_data(
                {
                    "title": "Jauns piemērs",
                    "slug": "jauns-piemers",
                    "summary": "Kopsavilkums",
                    "city": "Liepāja",
                    "country": "LV",
                    "level": "municipality",
                    "status": "ongoing",
                    "kind": "mitigation",
                    "sectors": [],
                    "steps": [],
                    "tags": "vīzija",
                    "body": streamfield([("challenge", rich_text("<p>Izaicinājums.</p>"))]),
                    "sources": inline_formset([{"title": "Avots", "url": "https://example.org/"}]),
                    "gallery_images": inline_formset([]),
                }
            ),
        )
