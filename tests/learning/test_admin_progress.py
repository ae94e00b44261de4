"""The admin's "Trainee progress" in the Latvian admin: who, how far, with Latvian headings."""

import re
from html import unescape
from http import HTTPStatus

import pytest

from core.choices import Role
from home.factories import UserFactory
from learning.models import Enrollment, LessonCompletion


def cells(html):
    """Rows of the listing's table as lists of cell texts (headings first)."""
    start = html.index('<table class="listing')
    table = html[start : html.index("</table>", start)]
    rows = []
    for row in re.findall(r"<tr.*?</tr>", table, re.S):
        texts = [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        rows.append(texts)
    return rows


@pytest.fixture
def progress(course, trainee):
    module = course.module["lv"]
    Enrollment.objects.create(user=trainee, module=module, last_lesson=course.lessons["lv"][1])
    for lesson in course.lessons["lv"][:2]:
        LessonCompletion.objects.create(user=trainee, lesson=lesson, module=module)
    return course


def test_trainee_progress__lists_name_login_and_lessons_done_in_latvian(
    client, progress, trainee, django_assert_max_num_queries
):
    client.force_login(UserFactory(roles=[Role.COORDINATOR]))

    with django_assert_max_num_queries(30):
        response = client.get("/admin/trainee_progress/")

    assert response.status_code == HTTPStatus.OK
    headings, row = cells(response.content.decode())[:2]
    headings = [h.lower() for h in headings]
    for heading in ("mācību dalībnieks", "modulis", "apgūtās nodarbības", "pēdējā aktivitāte"):
        assert heading in headings, headings
    assert not {"user", "module", "trainee"} & set(headings)
    trainee_cell = row[headings.index("mācību dalībnieks")]
    assert trainee_cell.startswith("Līga Ozola")
    assert "trainee1" in trainee_cell  # the login, as a secondary line
    assert row[headings.index("apgūtās nodarbības")] == "2"


def test_trainee_progress__export_names_the_trainee_and_counts_lessons(client, progress):
    client.force_login(UserFactory(roles=[Role.COORDINATOR]))

    response = client.get("/admin/trainee_progress/", {"export": "csv"})

    content = b"".join(response.streaming_content) if response.streaming else response.content
    body = content.decode("utf-8-sig")
    header, line = body.splitlines()[:2]
    assert "mācību dalībnieks" in header.lower()
    assert "Līga Ozola" in line
    assert "trainee1" in line
    assert ";2;" in line or ",2," in line
