from http import HTTPStatus

import pytest
from wagtail.test.utils import WagtailPageTestCase

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyPage
from core.choices import Role
from core.streamfield import stream_data
from home.factories import UserFactory
from learning.blocks import RelatedPageBlock
from learning.factories import LessonPageFactory, ModulePageFactory
from tests.conftest import build_site_tree
from tests.learning.helpers import QUERY_LIMIT, count_queries


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


def reader(who):
    """A logged-in reader of the case page, or None for a visitor."""
    from exchanges.factories import ProfileFactory

    if who == "visitor":
        return None
    roles = {"trainee": [Role.TRAINEE], "mentee": [Role.MUNICIPALITY_MEMBER]}[who]
    user = UserFactory(roles=roles)
    if who == "mentee":
        ProfileFactory(user=user)
    return user


def grow_around(case, library, site_tree, cases=30, visits=5, measures=5):
    """More of everything the case page reads: links, related cases, visits, adoptions."""
    from exchanges.factories import MeasureFactory, VisitFactory

    index = site_tree.pages[("lv", "case-studies")]
    case.tags.add("a", "b", "c", "d")
    case.sectors.add(*library["tartu"].sectors.all())
    case.save_revision().publish()
    governance = library["vaxjo"].sectors.first()
    for n in range(cases):
        other = CaseStudyPageFactory(parent=index, slug=f"related-{n}", title=f"Saistīts {n}")
        other.sectors.add(governance)
        other.tags.add("vīzija", "a")
        other.save()
    for _ in range(visits):
        VisitFactory(is_public=True).case_studies.add(case)
    for _ in range(measures):
        MeasureFactory(adopted_from=case)


@pytest.mark.parametrize("who", ["visitor", "trainee", "mentee"])
def test_case_page__at_most_15_queries_and_as_many_with_few_as_with_many_links(
    client, library, site_tree, who, django_assert_max_num_queries
):
    from exchanges.factories import VisitFactory

    url = "/lv/case-studies/vaxjo/"
    user = reader(who)
    if user:
        client.force_login(user)
    VisitFactory(is_public=True).case_studies.add(library["vaxjo"])
    few = count_queries(client, url)
    grow_around(library["vaxjo"], library, site_tree)
    client.get(url)

    with django_assert_max_num_queries(QUERY_LIMIT) as many:
        response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    assert len(response.context["related_cases"]) == 3
    assert len(response.context["visits"]) == 5
    assert response.context["adopted_by"] == 5
    assert len(many.captured_queries) == few


def test_case_page__shows_sectors_steps_and_tags_in_their_order(client, library):
    from learning.factories import SectorFactory
    from learning.models import Sector

    case = library["tartu"]
    Sector.objects.filter(slug="governance").update(sort_order=5)
    case.sectors.add(SectorFactory(slug="energy", name="Enerģētika"))
    case.tags.add("zeta")
    case.save_revision().publish()

    response = client.get("/lv/case-studies/tartu/")

    assert [sector.name for sector in response.context["sectors"]] == [
        "Enerģētika",
        "Pašvaldības ēkas",
        "Pārvaldība",
    ]
    assert [step.number for step in response.context["steps"]] == [6]
    assert [tag.name for tag in response.context["tags"]] == ["aģentūra", "zeta"]
    assert 'href="/lv/case-studies/?tag=zeta"' in response.content.decode()


def test_case_page__related_cases_follow_publishing_and_privacy(client, library, site_tree):
    from wagtail.models import PageViewRestriction

    index = site_tree.pages[("lv", "case-studies")]
    before = client.get("/lv/case-studies/vaxjo/").context["related_cases"]
    twin = CaseStudyPageFactory(parent=index, slug="twin", title="Dvīnis", live=False)
    twin.sectors.set(library["vaxjo"].sectors.all())
    twin.tags.add("vīzija")
    twin.save_revision().publish()

    published = client.get("/lv/case-studies/vaxjo/").context["related_cases"]
    PageViewRestriction.objects.create(page=twin, restriction_type=PageViewRestriction.LOGIN)
    private = client.get("/lv/case-studies/vaxjo/").context["related_cases"]

    assert "twin" not in [case.slug for case in before]
    assert [case.slug for case in published][:1] == ["twin"]
    assert "twin" not in [case.slug for case in private]


def test_case_page__preview_ranks_the_drafts_links_and_keeps_them_out_of_the_cache(
    rf, library, site_tree
):
    from django.core.cache import cache

    case = library["barcelona"]  # shares nothing with the others when published
    served = case.get_context(rf.get("/"))["related_cases"]
    preview_request = rf.get("/")
    preview_request.is_preview = True
    case.tags.add("vīzija")  # in memory only, as in a preview of a draft

    previewed = case.get_context(preview_request)["related_cases"]
    cache_keys = [key for key in cache._cache if ":case:" in key]  # locmem in tests

    assert served == []
    assert {related.slug for related in previewed} == {"vaxjo", "tenerife"}
    assert len(cache_keys) == 1  # the served page's entry only


def test_case_page__counts_municipalities_that_adopted_it_in_any_language(client, library):
    from exchanges.factories import MeasureFactory, MunicipalityFactory

    municipality = MunicipalityFactory()
    MeasureFactory(adopted_from=library["vaxjo"], municipality=municipality)
    MeasureFactory(adopted_from=library["vaxjo"], municipality=municipality)
    MeasureFactory(adopted_from=library["vaxjo"])

    html = client.get("/lv/case-studies/vaxjo/").content.decode()

    assert client.get("/lv/case-studies/vaxjo/").context["adopted_by"] == 2
    assert "2 " in html


def test_case_page__gallery_shows_its_images(client, library):
    from wagtail_factories import ImageFactory

    case = library["tartu"]
    case.gallery_images.create(
        image=ImageFactory(), alt_text="Aģentūras birojs", caption="Birojs", credit="Tartu"
    )
    case.save_revision().publish()

    html = client.get("/lv/case-studies/tartu/").content.decode()

    assert 'alt="Aģentūras birojs"' in html
    assert "© Tartu" in html


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
