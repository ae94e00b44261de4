"""Workspace forms through HTTP: valid input saves, bad input explains itself and saves nothing."""

import datetime
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from exchanges.choices import AdviceStatus, VisitKind, VisitStatus
from exchanges.models import Advice, AdviceUpdate, ObservedMeasure, Visit, VisitReport

from .conftest import PDF_BYTES


def local(days, hour):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return f"{day.isoformat()}T{hour:02d}:00"


def visit_data(world, **changes):
    data = {
        "kind": VisitKind.SHADOWING,
        "title": "Ēnošana Liepājā",
        "starts_at": local(10, 10),
        "ends_at": local(10, 15),
        "host": world.municipalities["liepaja"].pk,
        "visiting": [world.municipalities["jurmala"].pk],
        "place": "Rožu iela 6",
        "agenda": "Apskatām LED apgaismojumu.",
        "participants": [world.users["mentor"].pk, world.users["mentee"].pk],
        "status": VisitStatus.PLANNED,
        "public_summary": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def mentor(client, world):
    client.force_login(world.users["mentor"])
    return client


def create_url(world, what="visit"):
    return world.url(f"{what}-create", kind="pairs", pk=world.objects["pair_a"].pk)


def test_visit_create__mentor_schedules_a_visit_in_riga_time(mentor, world):
    before = Visit.objects.count()

    response = mentor.post(create_url(world), visit_data(world))

    assert response.status_code == HTTPStatus.FOUND
    assert Visit.objects.count() == before + 1
    visit = Visit.objects.latest("pk")
    assert visit.pair == world.objects["pair_a"]
    assert visit.created_by is None or visit.created_by == world.users["mentor"]
    riga = timezone.localtime(visit.starts_at)
    assert (riga.hour, str(riga.tzinfo)) == (10, "Europe/Riga")
    assert set(visit.participants.all()) == {world.users["mentor"], world.users["mentee"]}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_at": local(10, 9)}, "ends_at"),
        ({"host": 999_999}, "host"),
        ({"host": "not-a-number"}, "host"),
        ({"visiting": [999_999]}, "visiting"),
        ({"participants": [999_999]}, "participants"),
        ({"title": ""}, "title"),
        ({"kind": "party"}, "kind"),
        ({"kind": VisitKind.PEER}, "kind"),  # peer meetings belong to groups
        ({"starts_at": "31.02.2026"}, "starts_at"),
        ({"status": VisitStatus.HELD}, "status"),  # held, but in the future
    ],
)
def test_visit_create__invalid_input_changes_nothing(mentor, world, changes, field):
    before = Visit.objects.count()

    response = mentor.post(create_url(world), visit_data(world, **changes))

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert field in response.context["form"].errors
    assert Visit.objects.count() == before
    assert "Nekas netika saglabāts" in response.content.decode()


def test_visit_create__host_from_another_pair_is_refused(mentor, world):
    outsider = world.municipalities["kekava"]

    response = mentor.post(create_url(world), visit_data(world, host=outsider.pk))

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "host" in response.context["form"].errors


def test_visit_create__errors_are_in_english_on_english_pages(client, world, site_tree):
    client.force_login(world.users["mentor"])
    with translation.override("en"):
        url = reverse(
            "exchanges:visit-create", kwargs={"kind": "pairs", "pk": world.objects["pair_a"].pk}
        )

    response = client.post(url, visit_data(world, ends_at=local(10, 9)))

    assert "The visit must end after it starts." in response.content.decode()


def test_visit_edit__mentor_marks_the_visit_held(mentor, world):
    visit = world.objects["visit_a"]
    data = visit_data(
        world,
        kind=VisitKind.MENTORING,
        title=visit.title,
        starts_at=local(-3, 10),
        ends_at=local(-3, 12),
        status=VisitStatus.HELD,
        is_public="on",
        public_summary="Apspriedām datu vākšanu.",
    )

    response = mentor.post(world.url("visit-edit", visit.pk), data)

    assert response.status_code == HTTPStatus.FOUND
    visit.refresh_from_db()
    assert (visit.status, visit.is_public) == (VisitStatus.HELD, True)


def report_data(**changes):
    data = {
        "observations": "Redzējām viedo uzskaiti.",
        "strengths": "Dati katru stundu.",
        "weaknesses": "Dārgi skaitītāji.",
        "measures-TOTAL_FORMS": "2",
        "measures-INITIAL_FORMS": "0",
        "measures-MIN_NUM_FORMS": "0",
        "measures-MAX_NUM_FORMS": "20",
        "measures-0-title": "LED ielu apgaismojums",
        "measures-0-transferability": "high",
        "measures-0-requirements": "Budžets un iepirkums.",
        "measures-1-title": "",
        "measures-1-transferability": "",
        "measures-1-requirements": "",
    }
    data.update(changes)
    return data


def test_report__mentor_writes_a_shadowing_report_with_measures(mentor, world):
    visit = world.objects["visit_a"]
    visit.kind = VisitKind.SHADOWING
    visit.save()

    response = mentor.post(world.url("report-edit", visit.pk), report_data())

    assert response.status_code == HTTPStatus.FOUND
    report = VisitReport.objects.get(visit=visit)
    assert report.observations == "Redzējām viedo uzskaiti."
    assert list(report.measures.values_list("title", "transferability")) == [
        ("LED ielu apgaismojums", "high")
    ]


def test_report__measure_without_transferability_is_refused(mentor, world):
    visit = world.objects["visit_a"]
    visit.kind = VisitKind.SHADOWING
    visit.save()

    response = mentor.post(
        world.url("report-edit", visit.pk), report_data(**{"measures-0-transferability": "x"})
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not VisitReport.objects.filter(visit=visit).exists()
    assert ObservedMeasure.objects.count() == 0


def test_report__cancelled_visit_gets_no_report(mentor, world):
    visit = world.objects["visit_a"]
    visit.status = VisitStatus.CANCELLED
    visit.save()

    response = mentor.get(world.url("report-edit", visit.pk))

    assert response.status_code == HTTPStatus.FORBIDDEN


def advice_data(world, **changes):
    data = {
        "municipality": world.municipalities["jurmala"].pk,
        "title": "Iecelt energopārvaldnieku",
        "text": "Ar rīkojumu nosakiet atbildīgo.",
        "priority": "high",
        "due_on": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
    }
    data.update(changes)
    return data


def test_advice_create__mentor_gives_advice_to_the_mentee(mentor, world):
    response = mentor.post(create_url(world, "advice"), advice_data(world))

    assert response.status_code == HTTPStatus.FOUND
    advice = Advice.objects.latest("pk")
    assert (advice.municipality, advice.given_by, advice.pair) == (
        world.municipalities["jurmala"],
        world.users["mentor"],
        world.objects["pair_a"],
    )
    assert advice.status == AdviceStatus.OPEN


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"due_on": "2020-01-01"}, "due_on"),
        ({"due_on": "rīt"}, "due_on"),
        ({"municipality": 999_999}, "municipality"),
        ({"municipality": "liepaja"}, "municipality"),
        ({"priority": "urgent"}, "priority"),
        ({"text": ""}, "text"),
        ({"visit": 999_999}, "visit"),
    ],
)
def test_advice_create__invalid_input_changes_nothing(mentor, world, changes, field):
    before = Advice.objects.count()

    response = mentor.post(create_url(world, "advice"), advice_data(world, **changes))

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert field in response.context["form"].errors
    assert Advice.objects.count() == before


def test_advice_create__advice_only_goes_to_the_mentee(mentor, world):
    """The mentor municipality is in the pair but does not receive its own advice."""
    response = mentor.post(
        create_url(world, "advice"),
        advice_data(world, municipality=world.municipalities["liepaja"].pk),
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_advice_edit__an_old_due_date_may_stay(mentor, world):
    advice = world.objects["advice_a"]
    Advice.objects.filter(pk=advice.pk).update(due_on=datetime.date(2024, 5, 1))

    response = mentor.post(
        world.url("advice-edit", advice.pk),
        advice_data(world, title="Labots", due_on="2024-05-01"),
    )

    assert response.status_code == HTTPStatus.FOUND
    advice.refresh_from_db()
    assert advice.title == "Labots"


@pytest.fixture
def mentee(client, world):
    client.force_login(world.users["mentee"])
    return client


def test_advice_update__mentee_reports_progress_with_evidence(mentee, world):
    advice = world.objects["advice_a"]
    upload = SimpleUploadedFile("rikojums.pdf", PDF_BYTES, content_type="application/pdf")

    response = mentee.post(
        world.url("advice", advice.pk),
        {"status": "implemented", "note": "Rīkojums parakstīts.", "evidence_file": upload},
    )

    assert response.status_code == HTTPStatus.FOUND
    advice.refresh_from_db()
    assert advice.status == AdviceStatus.IMPLEMENTED
    update = advice.updates.latest("pk")
    assert (update.note, update.author) == ("Rīkojums parakstīts.", world.users["mentee"])
    assert update.evidence.collection.name == "Advice evidence"
    download = mentee.get(update.evidence.url)
    assert download.status_code == HTTPStatus.OK
    assert download["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"status": "open", "note": "Atpakaļ"}, "status"),
        ({"status": "finished", "note": "?"}, "status"),
        ({"status": "in_progress", "note": ""}, "note"),
    ],
)
def test_advice_update__invalid_input_changes_nothing(mentee, world, data, field):
    advice = world.objects["advice_a"]
    before = AdviceUpdate.objects.count()

    response = mentee.post(world.url("advice", advice.pk), data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert field in response.context["form"].errors
    assert AdviceUpdate.objects.count() == before
    advice.refresh_from_db()
    assert advice.status == AdviceStatus.OPEN


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("skripts.exe", b"MZ\x90\x00", "not accepted"),
        ("attels.svg", b"<svg onload=alert(1)>", "not accepted"),
        ("viltots.pdf", b"<html><script>alert(1)</script>", "does not match"),
        ("liels.pdf", b"%PDF-1.4\n" + b"0" * 2048, "too large"),
    ],
)
def test_advice_update__bad_evidence_files_are_refused(
    mentee, world, settings, name, content, message
):
    settings.EXCHANGES_EVIDENCE_MAX_BYTES = 1024
    settings.LANGUAGE_CODE = "lv"
    advice = world.objects["advice_a"]
    before = AdviceUpdate.objects.count()
    upload = SimpleUploadedFile(name, content)

    with translation.override("en"):
        url = reverse("exchanges:advice", args=[advice.pk])
    response = mentee.post(url, {"status": "in_progress", "note": "x", "evidence_file": upload})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in str(response.context["form"].errors["evidence_file"])
    assert AdviceUpdate.objects.count() == before


@pytest.mark.parametrize(
    ("role", "url_name"),
    [("mentor", "visit-create"), ("mentor", "advice-create"), ("mentee", "advice")],
)
def test_forms__csrf_token_is_required(world, role, url_name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users[role])
    if url_name == "advice":
        url = world.url("advice", world.objects["advice_a"].pk)
        data = {"status": "in_progress", "note": "Bez žetona."}
    else:
        url = create_url(world, url_name.split("-")[0])
        data = visit_data(world) if url_name == "visit-create" else advice_data(world)
    counts = (Visit.objects.count(), Advice.objects.count(), AdviceUpdate.objects.count())

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert (Visit.objects.count(), Advice.objects.count(), AdviceUpdate.objects.count()) == counts
