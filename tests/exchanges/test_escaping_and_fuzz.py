"""Free text from users renders escaped everywhere, and no input makes a form answer 500."""

import datetime
from http import HTTPStatus

from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchanges.choices import VisitKind, VisitStatus
from exchanges.factories import AdviceUpdateFactory
from exchanges.models import ObservedMeasure, Profile

from .conftest import build_world

SCRIPT = '<script>alert("x")</script>'
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


def test_every_free_text_field__renders_escaped(client, site_tree):
    world = build_world(site_tree)
    o = world.objects
    visit = o["public_visit_a"]
    for name in ("title", "place", "agenda", "public_summary"):
        setattr(visit, name, f"{name} {SCRIPT}")
    visit.save()
    report = o["report_a"]
    for name in ("observations", "strengths", "weaknesses"):
        setattr(report, name, f"{name} {SCRIPT}")
    report.save()
    ObservedMeasure.objects.create(
        report=report, title=f"m {SCRIPT}", transferability="high", requirements=SCRIPT
    )
    pair = o["pair_a"]
    pair.goals = SCRIPT
    pair.save()
    group = o["group"]
    group.topic, group.description = f"t {SCRIPT}", SCRIPT
    group.save()
    advice = o["advice_a"]
    advice.title, advice.text = f"a {SCRIPT}", SCRIPT
    advice.visit = visit
    advice.save()
    AdviceUpdateFactory(advice=advice, note=SCRIPT, author=world.users["mentee"])
    Profile.objects.filter(user=world.users["mentee"]).update(organisation=SCRIPT)
    mentor = world.users["mentor"]
    mentor.first_name = SCRIPT
    mentor.save()
    visit.participants.add(mentor)
    client.force_login(world.users["coordinator"])

    urls = [
        world.page.url,
        world.url("visit", visit.pk),
        world.url("programme", kind="pairs", pk=pair.pk),
        world.url("programme", kind="groups", pk=group.pk),
        world.url("advice", advice.pk),
        world.url("workspace"),
        world.url("municipality", "jurmala"),
        world.url("visit-edit", visit.pk),
        world.url("report-edit", visit.pk),
        world.url("advice-edit", advice.pk),
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert SCRIPT not in html, url
    visit_html = client.get(world.url("visit", visit.pk)).content.decode()
    for text in ("agenda", "public_summary", "observations", "strengths", "weaknesses", "m"):
        assert f"{text} {ESCAPED}" in visit_html, text


TEXT = st.text(max_size=300)
ANY = st.one_of(TEXT, st.integers(), st.sampled_from(["", "0", "-1", "9" * 30, "2026-02-30"]))


def _client(world, role):
    client = Client()
    client.force_login(world.users[role])
    return client


SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(
    data=st.fixed_dictionaries(
        {
            "kind": st.one_of(st.sampled_from(VisitKind.values), TEXT),
            "title": TEXT,
            "starts_at": st.one_of(TEXT, st.datetimes().map(lambda d: d.isoformat())),
            "ends_at": st.one_of(TEXT, st.datetimes().map(lambda d: d.isoformat())),
            "host": ANY,
            "visiting": st.lists(ANY, max_size=3),
            "participants": st.lists(ANY, max_size=3),
            "place": TEXT,
            "agenda": TEXT,
            "status": st.one_of(st.sampled_from(VisitStatus.values), TEXT),
            "is_public": st.sampled_from(["", "on", "x"]),
            "public_summary": TEXT,
            "case_studies": st.lists(ANY, max_size=2),
            "lessons": st.lists(ANY, max_size=2),
        }
    )
)
def test_fuzz__visit_form_never_fails(world, data):
    client = _client(world, "mentor")
    url = world.url("visit-create", kind="pairs", pk=world.objects["pair_a"].pk)

    response = client.post(url, _clean(data))

    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)


@SETTINGS
@given(
    data=st.fixed_dictionaries(
        {
            "observations": TEXT,
            "strengths": TEXT,
            "weaknesses": TEXT,
            "measures-TOTAL_FORMS": ANY,
            "measures-INITIAL_FORMS": ANY,
            "measures-0-title": TEXT,
            "measures-0-transferability": TEXT,
            "measures-0-requirements": TEXT,
            "measures-0-id": ANY,
        }
    )
)
def test_fuzz__report_form_never_fails(world, data):
    client = _client(world, "mentor")
    url = world.url("report-edit", world.objects["public_visit_a"].pk)

    response = client.post(url, _clean(data))

    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)


@SETTINGS
@given(
    advice=st.fixed_dictionaries(
        {
            "municipality": ANY,
            "title": TEXT,
            "text": TEXT,
            "visit": ANY,
            "sector": ANY,
            "secap_step": ANY,
            "priority": TEXT,
            "due_on": st.one_of(TEXT, st.dates().map(datetime.date.isoformat)),
        }
    ),
    update=st.fixed_dictionaries(
        {"status": st.one_of(TEXT, st.sampled_from(["in_progress", "declined"])), "note": TEXT}
    ),
)
def test_fuzz__advice_forms_never_fail(world, advice, update):
    mentor = _client(world, "mentor")
    mentee = _client(world, "mentee")
    create = world.url("advice-create", kind="pairs", pk=world.objects["pair_a"].pk)
    detail = world.url("advice", world.objects["advice_a"].pk)

    created = mentor.post(create, _clean(advice))
    updated = mentee.post(detail, _clean(update))

    assert created.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
    assert updated.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)


def _clean(data):
    """The test client cannot send NUL characters in form data; browsers do not either."""

    def scrub(value):
        if isinstance(value, list):
            return [scrub(item) for item in value]
        return str(value).replace("\x00", "")

    return {key: scrub(value) for key, value in data.items()}
