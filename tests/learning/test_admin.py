from http import HTTPStatus

import pytest
from wagtail.test.utils import WagtailPageTestCase

from core.choices import Role
from home.factories import UserFactory
from home.models import HomePage
from learning.models import LearningIndexPage, LessonPage, ModulePage, SecapRoadmapPage
from tests.conftest import build_site_tree
from tests.learning.conftest import build_course


class TestEditorsCanCreateEveryLearningPageType(WagtailPageTestCase):
    def setUp(self):
        self.tree = build_site_tree()
        self.course = build_course(self.tree)
        self.client.force_login(UserFactory(username="editor", roles=[Role.COORDINATOR]))

    def test_page_types_can_be_created_where_they_belong(self):
        self.assertAllowedSubpageTypes(LearningIndexPage, {ModulePage, SecapRoadmapPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedParentPageTypes(LearningIndexPage, {HomePage})

    def test_coordinator_creates_a_module_and_a_lesson_in_the_admin(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

        index = self.tree.pages[("lv", "learning")]
        self.assertCanCreate(
            index,
            ModulePage,
            nested_form_data(
                {
                    "title": "Jauns modulis",
                    "slug": "jauns-modulis",
                    "intro": rich_text("<p>Ievads.</p>"),
                    "outcomes": "Prot",
                    "audience": "Plānotāji",
                    "minutes": 30,
                    "quizzes_enabled": True,
                    "pass_mark": 70,
                }
            ),
        )
        module = ModulePage.objects.get(slug="jauns-modulis")
        self.assertCanCreate(
            module,
            LessonPage,
            nested_form_data(
                {
                    "title": "Jauna nodarbība",
                    "slug": "jauna-nodarbiba",
                    "summary": "Kopsavilkums",
                    "minutes": 10,
                    "body": streamfield([("text", rich_text("<p>Teksts.</p>"))]),
                    "steps": [],
                    "sectors": [],
                }
            ),
        )

    def test_coordinator_creates_the_roadmap_page(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text

        index = self.tree.pages[("lv", "learning")]
        self.course.roadmap["lv"].delete()
        self.assertCanCreate(
            index,
            SecapRoadmapPage,
            nested_form_data(
                {
                    "title": "Ceļvedis",
                    "slug": "celvedis",
                    "intro": rich_text("<p>Ievads.</p>"),
                    "source": "JRC112986",
                }
            ),
        )

    def test_coordinator_reorders_lessons_and_the_module_follows(self):
        last = self.course.lessons["lv"][2]

        response = self.client.post(f"/admin/pages/{last.pk}/set_position/?position=0")

        self.assertEqual(response.status_code, HTTPStatus.OK)
        html = self.client.get("/lv/learning/secap/").content.decode()
        self.assertLess(
            html.index('href="/lv/learning/secap/lesson-3/"'),
            html.index('href="/lv/learning/secap/lesson-1/"'),
        )


def test_reordering_lessons__is_refused_to_trainees(client, site_tree):
    course = build_course(site_tree)
    client.force_login(UserFactory(roles=[Role.TRAINEE]))
    last = course.lessons["lv"][2]

    response = client.post(f"/admin/pages/{last.pk}/set_position/?position=0")

    assert response.status_code in {HTTPStatus.FOUND, HTTPStatus.FORBIDDEN}
    assert [page.slug for page in course.module["lv"].get_children()] == [
        "lesson-1",
        "lesson-2",
        "lesson-3",
    ]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.COORDINATOR, True),
        (Role.TRAINEE, False),
        (Role.MENTOR, False),
        (Role.REGION_VIEWER, False),
    ],
)
def test_progress_report__is_for_coordinators_only(client, site_tree, role, allowed):
    course = build_course(site_tree)
    trainee = UserFactory(username="progress-owner", first_name="Ieva", last_name="Kalna")
    client.force_login(trainee)
    client.post("/lv/learning/secap/lesson-3/complete/")
    client.force_login(UserFactory(roles=[role]))

    response = client.get("/admin/trainee_progress/")

    if allowed:
        assert response.status_code == HTTPStatus.OK
        assert "progress-owner" in response.content.decode() or "Ieva Kalna" in (
            response.content.decode()
        )
        assert course.module["lv"].title in response.content.decode()
    else:
        assert response.status_code in {HTTPStatus.FOUND, HTTPStatus.FORBIDDEN}
