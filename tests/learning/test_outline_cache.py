"""The outline anonymous readers get from the cache: every change to a course shows at once.

Each test reads the pages first, so that their outline is in the cache, then changes the course
the way an editor does, and reads again.
"""

from wagtail.models import PageViewRestriction

from learning.factories import LessonPageFactory, ModulePageFactory, SectorFactory
from learning.models import LessonCompletion

INDEX = "/lv/learning/"
LESSON = "/lv/learning/secap/lesson-2/"


def lesson_counts(client, url=INDEX):
    return [overview.total for overview in client.get(url).context["modules"]]


def slugs(client, url=LESSON):
    return [lesson.slug for lesson in client.get(url).context["overview"].lessons]


def warm(client):
    assert lesson_counts(client)[0] == 3
    assert lesson_counts(client, "/en/learning/") == [3]
    assert slugs(client) == ["lesson-1", "lesson-2", "lesson-3"]
    assert client.get("/en/learning/secap/lesson-3/").context["next_lesson"] is None


def test_outline__a_published_lesson_shows_at_once_in_the_index_and_the_lessons(client, course):
    warm(client)
    lesson = LessonPageFactory(
        parent=course.module["en"], slug="lesson-4", title="Lesson 4", live=False
    )
    lesson.save_revision().publish()

    assert lesson_counts(client, "/en/learning/") == [4]
    response = client.get("/en/learning/secap/lesson-3/")
    assert response.context["overview"].total == 4
    assert 'href="/en/learning/secap/lesson-4/" rel="next"' in response.content.decode()
    assert lesson_counts(client) == [3]  # the other language's course is its own


def test_outline__an_unpublished_lesson_leaves_at_once(client, course):
    warm(client)
    course.lessons["lv"][2].unpublish()

    assert lesson_counts(client) == [2]
    assert slugs(client) == ["lesson-1", "lesson-2"]


def test_outline__a_deleted_or_moved_lesson_leaves_at_once(client, course):
    other = ModulePageFactory(parent=course.index["lv"], slug="other", title="Cits modulis")
    warm(client)
    course.lessons["lv"][0].delete()
    course.lessons["lv"][2].move(other, pos="last-child")

    assert lesson_counts(client) == [1, 1]
    assert slugs(client) == ["lesson-2"]
    assert slugs(client, "/lv/learning/other/lesson-3/") == ["lesson-3"]


def test_outline__an_edited_module_and_lesson_title_show_at_once(client, course):
    warm(client)
    module = course.module["lv"]
    module.title = "Jauns moduļa nosaukums"
    module.save_revision().publish()
    lesson = course.lessons["lv"][2]
    lesson.title = "Jauna nodarbība"
    lesson.save_revision().publish()

    assert "Jauns moduļa nosaukums" in client.get(INDEX).content.decode()
    assert "Jauna nodarbība" in client.get(LESSON).content.decode()


def test_outline__a_private_lesson_leaves_at_once(client, course):
    warm(client)
    PageViewRestriction.objects.create(
        page=course.lessons["lv"][2], restriction_type=PageViewRestriction.LOGIN
    )

    assert lesson_counts(client) == [2]
    assert slugs(client) == ["lesson-1", "lesson-2"]


def test_outline__a_trainees_progress_stays_out_of_what_visitors_see(client, course, trainee):
    warm(client)
    client.force_login(trainee)
    client.post("/lv/learning/secap/start/")
    module = course.module["lv"]
    for lesson in course.lessons["lv"]:
        LessonCompletion.objects.create(user=trainee, lesson=lesson, module=module)
    assert client.get(LESSON).context["completed"]
    assert client.get(INDEX).context["modules"][0].done == 3
    client.logout()

    assert not client.get(LESSON).context["completed"]
    overview = client.get(INDEX).context["modules"][0]
    assert overview.done == 0 and not overview.enrolled


def test_outline__a_lessons_new_sector_and_a_renumbered_step_show_at_once(client, course):
    lesson = course.lessons["lv"][0]
    url = "/lv/learning/secap/lesson-1/"
    before = client.get(url).context
    assert [step.number for step in before["steps"]] == [1] and before["sectors"] == []
    sector = SectorFactory(slug="transport", name="Transports")
    lesson.sectors.add(sector)
    lesson.save_revision().publish()
    after_publish = client.get(url).context["sectors"]
    course.step.number = 7
    course.step.save()

    assert [s.name for s in after_publish] == ["Transports"]
    assert [step.number for step in client.get(url).context["steps"]] == [7]
