from http import HTTPStatus

import pytest
from django.core.management import call_command

from learning.models import Enrollment
from tests.learning.conftest import build_course
from tests.learning.helpers import QUERY_LIMIT, count_queries


def urls(course, lang):
    return [
        f"/{lang}/learning/",
        f"/{lang}/learning/secap/",
        f"/{lang}/learning/secap/lesson-1/",
        f"/{lang}/learning/secap/lesson-3/",
        f"/{lang}/learning/secap-steps/",
    ]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_course_pages__answer_in_both_languages_for_visitors_and_trainees(
    client, course, trainee, lang
):
    for url in urls(course, lang):
        anonymous = client.get(url)
        assert anonymous.status_code == HTTPStatus.OK, url
        assert f'<html lang="{lang}"' in anonymous.content.decode()
    client.force_login(trainee)
    for url in [*urls(course, lang), f"/{lang}/learning/my/"]:
        assert client.get(url).status_code == HTTPStatus.OK, url


def test_index__lists_modules_with_lesson_count_and_duration(client, course):
    html = client.get("/en/learning/").content.decode()

    assert "Developing a SECAP" in html
    assert "<dt>Lessons</dt><dd>3</dd>" in html.replace("\n", "").replace("  ", "")


def test_module__shows_outcomes_table_of_contents_and_start_button(client, course, trainee):
    client.force_login(trainee)

    html = client.get("/lv/learning/secap/").content.decode()

    assert "Prot sastādīt rīcības plānu" in html
    for n in (1, 2, 3):
        assert f'href="/lv/learning/secap/lesson-{n}/"' in html
    assert 'action="/lv/learning/secap/start/"' in html


def test_lesson__has_previous_and_next_navigation_and_print_button(client, course):
    html = client.get("/lv/learning/secap/lesson-2/").content.decode()

    assert 'href="/lv/learning/secap/lesson-1/" rel="prev"' in html
    assert 'href="/lv/learning/secap/lesson-3/" rel="next"' in html
    assert "data-print" in html
    assert 'media="print"' in html


def test_lesson__quiz_is_hidden_when_the_module_turns_quizzes_off(client, course, trainee):
    module = course.module["lv"]
    module.quizzes_enabled = False
    module.save()
    client.force_login(trainee)

    html = client.get("/lv/learning/secap/lesson-1/").content.decode()

    assert 'class="quiz"' not in html
    assert 'action="/lv/learning/secap/lesson-1/complete/"' in html


def test_roadmap__lists_steps_with_roles_and_the_lessons_that_teach_them(client, course):
    html = client.get("/lv/learning/secap-steps/").content.decode()

    assert "Politiskās saistības" in html
    assert "Dome apstiprina." in html
    assert 'href="/lv/learning/secap/lesson-1/"' in html


def test_start__enrols_and_sends_to_the_first_lesson(client, course, trainee):
    client.force_login(trainee)

    response = client.post("/lv/learning/secap/start/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/lv/learning/secap/lesson-1/"
    assert Enrollment.objects.get(user=trainee).module_id == course.module["lv"].pk


def test_start__in_english_enrols_in_the_same_module(client, course, trainee):
    client.force_login(trainee)

    response = client.post("/en/learning/secap/start/")

    assert response["Location"] == "/en/learning/secap/lesson-1/"
    assert Enrollment.objects.get(user=trainee).module_id == course.module["lv"].pk


def test_start__twice_keeps_one_enrolment(client, course, trainee):
    client.force_login(trainee)

    client.post("/lv/learning/secap/start/")
    client.post("/lv/learning/secap/start/")

    assert Enrollment.objects.filter(user=trainee).count() == 1


def test_start__visitor_is_sent_to_log_in_and_nothing_is_stored(client, course):
    response = client.post("/lv/learning/secap/start/")

    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]
    assert Enrollment.objects.count() == 0


def test_start__get_is_not_allowed(client, course, trainee):
    client.force_login(trainee)

    assert client.get("/lv/learning/secap/start/").status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_unpublished_lesson__is_not_found_and_cannot_be_completed(client, course, trainee):
    lesson = course.lessons["lv"][2]
    lesson.unpublish()
    client.force_login(trainee)

    assert client.get("/lv/learning/secap/lesson-3/").status_code == HTTPStatus.NOT_FOUND
    response = client.post("/lv/learning/secap/lesson-3/complete/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not trainee.lesson_completions.exists()


def test_lessons__are_found_by_site_search(client, course):
    call_command("update_index", verbosity=0)

    response = client.get("/lv/search/", {"q": "Liepaju"})
    response_exact = client.get("/lv/search/", {"q": "ēnošanu"})

    assert "Nodarbība 1" in [page.title for page in response_exact.context["results"]]
    assert response.status_code == HTTPStatus.OK


def test_lessons__are_in_the_api_with_their_fields(client, course):
    response = client.get(
        "/api/v2/pages/",
        {"type": "learning.LessonPage", "locale": "lv", "fields": "summary,minutes,body,steps"},
    )

    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Nodarbība 1", "Nodarbība 2", "Nodarbība 3"]
    assert items[0]["minutes"] == 20
    assert items[0]["body"][0]["type"] == "text"


def grow_course(course, trainee, lessons=10, others=5):
    """More of everything the course pages read: lessons, progress, other trainees."""
    from home.factories import UserFactory
    from learning.factories import LessonPageFactory
    from learning.models import Certificate, LessonCompletion

    module = course.module["lv"]
    added = []
    for n in range(len(course.lessons["lv"]) + 1, len(course.lessons["lv"]) + lessons + 1):
        lesson = LessonPageFactory(parent=module, slug=f"lesson-{n}", with_quiz=True)
        lesson.steps.add(course.step)
        lesson.save()
        added.append(lesson)
    LessonCompletion.objects.create(user=trainee, lesson=added[0], module=module)
    for n in range(others):
        other = UserFactory(username=f"other-{n}")
        Enrollment.objects.create(user=other, module=module)
        Certificate.objects.create(user=other, module=module, holder_name=f"Other {n}")
        for lesson in added[:3]:
            LessonCompletion.objects.create(user=other, lesson=lesson, module=module)


PAGES = [
    ("visitor", "/lv/learning/"),
    ("visitor", "/lv/learning/secap/"),
    ("visitor", "/lv/learning/secap/lesson-2/"),
    ("visitor", "/en/learning/secap/lesson-2/"),
    ("visitor", "/lv/learning/secap-steps/"),
    ("trainee", "/lv/"),
    ("trainee", "/lv/learning/"),
    ("trainee", "/lv/learning/secap/"),
    ("trainee", "/lv/learning/secap/lesson-2/"),
    ("trainee", "/en/learning/secap/lesson-2/"),
    ("trainee", "/lv/learning/secap-steps/"),
    ("trainee", "/lv/learning/my/"),
    ("trainee", "/en/learning/my/"),
]


@pytest.mark.parametrize(("who", "url"), PAGES)
def test_course_pages__at_most_15_queries_and_as_many_with_2_as_with_12_lessons(
    client, site_tree, trainee, who, url, django_assert_max_num_queries
):
    course = build_course(site_tree, lesson_count=2)
    if who == "trainee":
        client.force_login(trainee)
        client.post("/lv/learning/secap/start/")
    few = count_queries(client, url)
    grow_course(course, trainee)
    client.get(url)

    with django_assert_max_num_queries(QUERY_LIMIT) as many:
        response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    assert len(many.captured_queries) == few


def test_index_and_module__show_progress_and_certificate_read_in_one_language_or_the_other(
    client, course, trainee
):
    from learning.models import Certificate, LessonCompletion

    module = course.module["lv"]
    client.force_login(trainee)
    client.post("/en/learning/secap/start/")
    for lesson in course.lessons["lv"]:
        LessonCompletion.objects.create(user=trainee, lesson=lesson, module=module)
    certificate = Certificate.objects.create(user=trainee, module=module, holder_name="Līga")

    index_en = client.get("/en/learning/").content.decode()
    module_en = client.get("/en/learning/secap/").content.decode()
    mine_en = client.get("/en/learning/my/").content.decode()

    assert f"/learning/certificates/{certificate.code}/" in index_en
    assert 'value="3"' in module_en  # three of three lessons done
    assert "completed" in module_en
    assert "Developing a SECAP" in mine_en  # the module in the reader's language
    assert certificate.code in mine_en


def test_lesson__breadcrumbs_and_language_links_come_from_routing(client, course):
    html = client.get("/lv/learning/secap/lesson-2/").content.decode()
    breadcrumbs = html[html.index('class="breadcrumbs"') :]
    switcher = html[html.index('class="language-switcher"') :]

    assert 'href="/lv/learning/"' in breadcrumbs
    assert 'href="/lv/learning/secap/"' in breadcrumbs
    assert 'href="/en/learning/secap/lesson-2/" hreflang="en"' in switcher


def test_module__start_route_wins_over_a_lesson_with_the_same_slug(client, course, trainee):
    """Routing in one query must hand sub-URLs to routable pages exactly as Wagtail does."""
    from learning.factories import LessonPageFactory

    LessonPageFactory(parent=course.module["lv"], slug="start", title="Sākums")
    client.force_login(trainee)

    assert client.get("/lv/learning/secap/start/").status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert client.post("/lv/learning/secap/start/").status_code == HTTPStatus.FOUND


@pytest.mark.parametrize(
    "url",
    [
        "/lv/learning/nav-tada/",
        "/lv/learning/secap/nav-tada/",
        "/lv/learning/secap/lesson-1/nav-tada/",
        "/lv/learning/secap/lesson-1/complete/extra/",
    ],
)
def test_unknown_paths__are_not_found(client, course, url):
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_private_lesson__is_left_out_of_the_module_and_roadmap_and_asks_to_log_in(client, course):
    from wagtail.models import PageViewRestriction

    lesson = course.lessons["lv"][1]
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)

    module = client.get("/lv/learning/secap/").content.decode()
    roadmap = client.get("/lv/learning/secap-steps/").content.decode()
    response = client.get("/lv/learning/secap/lesson-2/")

    assert 'href="/lv/learning/secap/lesson-1/"' in module
    assert 'href="/lv/learning/secap/lesson-2/"' not in module
    assert 'href="/lv/learning/secap/lesson-2/"' not in roadmap
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


def test_private_module__keeps_its_lessons_private_too(client, course, trainee):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=course.module["lv"], restriction_type=PageViewRestriction.LOGIN
    )

    index = client.get("/lv/learning/").content.decode()
    lesson = client.get("/lv/learning/secap/lesson-1/")
    client.force_login(trainee)

    assert 'href="/lv/learning/secap/"' not in index
    assert lesson.status_code == HTTPStatus.FOUND
    assert client.get("/lv/learning/secap/lesson-1/").status_code == HTTPStatus.OK
