"""The trainee's journey in Latvian, and axe-core on every learning page type."""

import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from pypdf import PdfReader

from core.choices import Role
from home.factories import UserFactory
from learning.models import Certificate, QuizAttempt
from tests.browser.test_accessibility import assert_no_violations
from tests.conftest import build_site_tree
from tests.learning.conftest import build_course


@pytest.fixture
def course_site(live_server):
    tree = build_site_tree()
    course = build_course(tree)
    trainee = UserFactory(
        username="trainee", first_name="Mārtiņš", last_name="Bērziņš", roles=[Role.TRAINEE]
    )
    return live_server.url, course, trainee


def log_in(page, base, username):
    page.goto(f"{base}/lv/accounts/login/")
    page.get_by_label("Lietotājvārds").fill(username)
    page.get_by_label("Parole").fill("pareiza-parole-2026")
    page.get_by_role("button", name="Pieslēgties").click()


def answer_correctly(page):
    """The factory quiz: "Pareizi" is right, "Arī pareizi" too where several answers are."""
    for fieldset in page.locator(".quiz__question").all():
        several = fieldset.locator("input[type=checkbox]").count() > 0
        right = ("Pareizi", "Arī pareizi") if several else ("Pareizi",)
        for label in fieldset.locator("label").all():
            if label.inner_text().startswith(right):
                label.click()
    page.get_by_role("button", name=re.compile("Pārbaudīt")).click()


def test_journey__trainee_completes_a_module_and_downloads_the_certificate(course_site, page):
    base, course, trainee = course_site
    log_in(page, base, "trainee")

    page.goto(f"{base}/lv/learning/")
    page.get_by_role("link", name="SECAP izstrāde", exact=True).click()
    page.get_by_role("button", name=re.compile("Sākt")).click()
    expect(page).to_have_url(f"{base}/lv/learning/secap/lesson-1/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nodarbība 1")

    answer_correctly(page)
    expect(page.get_by_role("status")).to_contain_text("100%")
    page.get_by_role("link", name=re.compile("Nodarbība 2")).click()
    answer_correctly(page)
    page.get_by_role("link", name=re.compile("Nodarbība 3")).click()
    page.get_by_role("button", name=re.compile("apgūtu")).click()

    page.goto(f"{base}/lv/learning/my/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("PDF")).click()
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    assert "Mārtiņš Bērziņš" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert Certificate.objects.filter(user=trainee).count() == 1


def test_journey__visitor_answers_a_quiz_with_no_cookie_then_logs_in_and_saves(
    course_site, page, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    base, course, trainee = course_site
    page.goto(f"{base}/lv/learning/secap/lesson-1/")
    page.reload()  # the second copy comes from the page cache

    page.get_by_role("button", name="Pārbaudīt atbildes").click()
    expect(page.get_by_role("alert")).to_have_text("Atbildiet vismaz uz vienu jautājumu.")
    page.get_by_role("link", name="Ielādēt testu no jauna").click()
    answer_correctly(page)

    expect(page).to_have_url(re.compile(r"/lv/learning/secap/lesson-1/quiz/\?q-.+#quiz$"))
    result = page.get_by_role("status")
    expect(result).to_contain_text("Jūsu rezultāts: 100% (pareizi: 3 no 3).")
    expect(result).to_contain_text("Jūsu atbildes netika saglabātas")
    assert page.context.cookies() == []
    assert not QuizAttempt.objects.exists()

    page.get_by_role("link", name="Pieslēdzieties, lai sekotu līdzi savam progresam").click()
    page.get_by_label("Lietotājvārds").fill("trainee")
    page.get_by_label("Parole").fill("pareiza-parole-2026")
    page.get_by_role("button", name="Pieslēgties").click()
    expect(page).to_have_url(f"{base}/lv/learning/secap/lesson-1/#quiz")
    answer_correctly(page)

    expect(page.get_by_role("status")).to_contain_text("100%")
    expect(page.get_by_role("status")).not_to_contain_text("netika saglabātas")
    assert QuizAttempt.objects.get(user=trainee).passed


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_axe__learning_pages_have_no_violations(course_site, page, lang):
    base, course, trainee = course_site
    axe = Axe()
    for path in (
        "/learning/",
        "/learning/secap/",
        "/learning/secap/lesson-1/",
        "/learning/secap/lesson-3/",
        "/learning/secap-steps/",
    ):
        page.goto(f"{base}/{lang}{path}")
        assert_no_violations(axe, page)
    page.goto(f"{base}/{lang}/learning/secap/lesson-1/")
    page.locator(".quiz__form button").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert_no_violations(axe, page)  # a visitor's empty answer: the error
    page.goto(f"{base}/{lang}/learning/secap/lesson-1/")
    page.locator(".quiz__option input").first.check()
    page.locator(".quiz__form button").click()
    expect(page.get_by_role("status")).to_be_visible()
    assert_no_violations(axe, page)  # a visitor's answers: the feedback

    log_in(page, base, "trainee")
    page.goto(f"{base}/{lang}/learning/secap/")
    page.locator("form[action$='/start/'] button").click()
    page.goto(f"{base}/{lang}/learning/secap/lesson-1/")
    answer_correctly(page) if lang == "lv" else page.locator(".quiz__form button").click()
    assert_no_violations(axe, page)  # quiz feedback (or the empty-answer error) shown
    page.goto(f"{base}/{lang}/learning/my/")
    assert_no_violations(axe, page)

    certificate = Certificate.objects.create(
        user=trainee, module=course.module["lv"], holder_name="Mārtiņš Bērziņš"
    )
    page.goto(f"{base}/{lang}/learning/certificates/{certificate.code}/")
    assert_no_violations(axe, page)
