"""Coordinators run the programme in the Wagtail admin: every list, form and export works."""

import datetime
from http import HTTPStatus

import pytest

from exchanges.models import MentoringPair
from exchanges.viewsets import ProgrammeViewSetGroup

PREFIXES = [viewset.url_prefix for viewset in ProgrammeViewSetGroup().registerables]


@pytest.fixture
def coordinator(client, world):
    client.force_login(world.users["coordinator"])
    return client


@pytest.mark.parametrize("prefix", PREFIXES)
def test_admin__list_add_form_and_export_answer(coordinator, world, prefix):
    assert coordinator.get(f"/admin/{prefix}/").status_code == HTTPStatus.OK
    assert coordinator.get(f"/admin/{prefix}/new/").status_code == HTTPStatus.OK
    export = coordinator.get(f"/admin/{prefix}/?export=csv")
    assert export.status_code == HTTPStatus.OK
    assert export["Content-Type"].startswith("text/csv")


def test_admin__coordinator_creates_a_mentoring_pair(coordinator, world):
    m = world.municipalities
    before = MentoringPair.objects.count()

    response = coordinator.post(
        "/admin/mentoring_pairs/new/",
        {
            "mentor_municipality": m["liepaja"].pk,
            "mentee_municipality": m["kekava"].pk,
            "mentors": [world.users["mentor"].pk],
            "goals": "Energopārvaldnieka amata izveide.",
            "language": "lv",
            "starts_on": datetime.date(2026, 12, 1).isoformat(),
            "status": "active",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    assert MentoringPair.objects.count() == before + 1
    assert MentoringPair.objects.latest("pk").language == "lv"


def test_admin__a_municipality_cannot_mentor_itself(coordinator, world):
    liepaja = world.municipalities["liepaja"]
    before = MentoringPair.objects.count()

    response = coordinator.post(
        "/admin/mentoring_pairs/new/",
        {
            "mentor_municipality": liepaja.pk,
            "mentee_municipality": liepaja.pk,
            "starts_on": "2026-12-01",
            "status": "active",
        },
    )

    assert response.status_code == HTTPStatus.OK  # the form again, with the error
    assert MentoringPair.objects.count() == before


def test_admin__visit_export_lists_every_visit(coordinator, world):
    response = coordinator.get("/admin/visits/?export=csv")
    body = response.content.decode("utf-8-sig")

    for key in ("visit_a", "public_visit_a", "visit_b"):
        assert world.objects[key].title in body
