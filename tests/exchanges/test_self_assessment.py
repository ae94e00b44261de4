"""A new self-assessment starts from the last one: its scores and its notes."""

import html as html_entities
import re
from http import HTTPStatus

import pytest

from exchanges.choices import AssessmentElement
from exchanges.models import AssessmentScore, SelfAssessment


@pytest.fixture
def mentee(client, world):
    client.force_login(world.users["mentee"])
    return client


def submitted_as_shown(response):
    """What a browser sends back when the person changes nothing on the form."""
    html = response.content.decode()
    data = {}
    for element in AssessmentElement.values:
        score = rf'<input[^>]*name="score_{element}"[^>]*value="(\d)"[^>]*checked'
        checked = re.search(score, html)
        data[f"score_{element}"] = checked.group(1) if checked else ""
        note = re.search(rf'<input[^>]*name="note_{element}"[^>]*>', html).group(0)
        value = re.search(r'value="([^"]*)"', note)
        data[f"note_{element}"] = html_entities.unescape(value.group(1)) if value else ""
    return data


def test_new_assessment__starts_from_the_last_scores_and_notes(mentee, world):
    last = world.objects["assessment_a"]
    AssessmentScore.objects.filter(assessment=last, element="financing").update(
        score=3, note="Budžetā 2027. & “ES fondi”"
    )

    form = mentee.get(world.url("self-assessment-create"))
    data = submitted_as_shown(form)

    assert form.status_code == HTTPStatus.OK
    assert data["score_financing"] == "3" and data["score_targets"] == "2"
    assert data["note_targets"] == "NOTE-A private"
    assert data["note_financing"] == "Budžetā 2027. & “ES fondi”"


def test_new_assessment__saved_unchanged_keeps_every_note(mentee, world):
    last = world.objects["assessment_a"]
    form = mentee.get(world.url("self-assessment-create"))
    data = submitted_as_shown(form)
    data["score_targets"] = "3"
    data["note_targets"] = "Mērķi apstiprināti."

    response = mentee.post(world.url("self-assessment-create"), data)

    assert response.status_code == HTTPStatus.FOUND
    new = SelfAssessment.objects.exclude(pk=last.pk).get(municipality=last.municipality)
    notes = dict(new.scores.values_list("element", "note"))
    assert notes.pop("targets") == "Mērķi apstiprināti."
    assert set(notes.values()) == {"NOTE-A private"}
    assert len(notes) == len(AssessmentElement.values) - 1
    assert dict(last.scores.values_list("element", "note")) == dict.fromkeys(
        AssessmentElement.values, "NOTE-A private"
    )


def test_first_assessment__starts_empty(client, world):
    client.force_login(world.users["other_member"])  # Saldus has never assessed itself

    data = submitted_as_shown(client.get(world.url("self-assessment-create")))

    assert set(data.values()) == {""}
