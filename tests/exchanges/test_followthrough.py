"""Measures, adopting a practice, self-assessment, the region dashboard and next steps."""

import csv
import datetime
import io
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation

from exchanges.choices import AssessmentElement, MeasureStatus
from exchanges.factories import AdviceFactory, MunicipalityFactory, SelfAssessmentFactory
from exchanges.models import Measure, MeasureComment, MeasureUpdate, SelfAssessment


def measure_data(**changes):
    data = {
        "title": "LED apgaismojums",
        "description": "Nomainām gaismekļus.",
        "responsible_body": "Infrastruktūras pārvalde",
        "start_year": "2026",
        "end_year": "2028",
        "budget_eur": "180000",
        "expected_mwh": "350",
        "expected_tco2": "40",
        "status": "not_started",
    }
    data.update(changes)
    return data


def test_measure__member_adds_one_to_own_plan(as_user, world):
    client = as_user("mentee")

    response = client.post(world.url("measure-create"), measure_data())

    assert response.status_code == HTTPStatus.FOUND
    measure = Measure.objects.latest("pk")
    assert measure.municipality == world.municipalities["jurmala"]
    assert measure.created_by == world.users["mentee"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_year": "2020"}, "end_year"),
        ({"start_year": "3000"}, "start_year"),
        ({"budget_eur": "-5"}, "budget_eur"),
        ({"expected_mwh": "daudz"}, "expected_mwh"),
        ({"status": "done"}, "status"),
        ({"sector": "9" * 30}, "sector"),
        ({"title": ""}, "title"),
    ],
)
def test_measure__invalid_input_changes_nothing(as_user, world, changes, field):
    client = as_user("mentee")
    before = Measure.objects.count()

    response = client.post(world.url("measure-create"), measure_data(**changes))

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert field in response.context["form"].errors
    assert Measure.objects.count() == before


def test_measure__status_update_is_dated_history(as_user, world):
    measure = world.objects["measure_a"]
    client = as_user("mentee")

    response = client.post(
        world.url("measure", measure.pk),
        {"action": "update", "status": "ongoing", "note": "Līgums parakstīts."},
    )

    assert response.status_code == HTTPStatus.FOUND
    measure.refresh_from_db()
    assert measure.status == MeasureStatus.ONGOING
    update = MeasureUpdate.objects.get(measure=measure)
    assert (update.note, update.author) == ("Līgums parakstīts.", world.users["mentee"])


def test_measure__mentor_comments_and_the_page_shows_advice_behind_it(as_user, world):
    measure = world.objects["measure_a"]
    advice = world.objects["advice_a"]
    advice.measure, advice.visit = measure, world.objects["public_visit_a"]
    advice.save()
    client = as_user("mentor")

    client.post(world.url("measure", measure.pk), {"action": "comment", "text": "Labs sākums!"})
    html = client.get(world.url("measure", measure.pk)).content.decode()

    assert MeasureComment.objects.filter(measure=measure, author=world.users["mentor"]).exists()
    assert "Labs sākums!" in html
    assert "Advice A" in html and "Public visit A" in html


def test_measure__unknown_action_is_refused(as_user, world):
    client = as_user("mentee")

    response = client.post(world.url("measure", world.objects["measure_a"].pk), {"action": "x"})

    assert response.status_code == HTTPStatus.FORBIDDEN


def test_advice__can_be_linked_to_a_measure_of_the_advised_municipality_only(as_user, world):
    client = as_user("mentor")
    url = world.url("advice-create", kind="pairs", pk=world.objects["pair_a"].pk)
    data = {
        "municipality": world.municipalities["jurmala"].pk,
        "title": "Paātrināt",
        "text": "Sāciet iepirkumu.",
        "priority": "high",
        "due_on": "2099-01-01",
    }

    wrong = client.post(url, {**data, "measure": world.objects["measure_b"].pk})
    right = client.post(url, {**data, "measure": world.objects["measure_a"].pk})

    assert wrong.status_code == HTTPStatus.BAD_REQUEST
    assert right.status_code == HTTPStatus.FOUND
    assert world.objects["measure_a"].advice.filter(title="Paātrināt").exists()


# Adopting a practice -------------------------------------------------------------------------


def adopt_data(**changes):
    data = {
        "title": "Enerģētikas rīcības grupa",
        "what_to_adapt": "Grupa pašvaldības iekšienē, jo aģentūras nav.",
        "prerequisites": "Domes lēmums.",
        "responsible_person": "Energopārvaldniece",
    }
    data.update(changes)
    return data


def test_adopt__member_creates_a_linked_draft_and_the_case_counts_it(as_user, client, world):
    case = world.objects["case"]
    member = as_user("mentee")
    url = f"/lv/exchanges/workspace/adopt/{case.pk}/"

    form = member.get(url)
    response = member.post(url, adopt_data())

    assert form.context["form"].initial["title"] == "Kranj"
    assert response.status_code == HTTPStatus.FOUND
    measure = Measure.objects.get(adopted_from=case)
    assert (measure.is_draft, measure.municipality) == (True, world.municipalities["jurmala"])
    assert measure.prerequisites == "Domes lēmums."
    client.logout()
    assert client.get(case.url).context["adopted_by"] == 1


@pytest.mark.parametrize("missing", ["what_to_adapt", "prerequisites", "responsible_person"])
def test_adopt__the_checklist_is_required(as_user, world, missing):
    member = as_user("mentee")

    response = member.post(
        f"/lv/exchanges/workspace/adopt/{world.objects['case'].pk}/", adopt_data(**{missing: ""})
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Measure.objects.filter(adopted_from=world.objects["case"]).exists()


def test_adopt__unknown_or_draft_case_is_not_found(as_user, world):
    case = world.objects["case"]
    case.unpublish()
    member = as_user("mentee")

    assert member.get(f"/lv/exchanges/workspace/adopt/{case.pk}/").status_code == 404
    assert member.get("/lv/exchanges/workspace/adopt/999999/").status_code == 404


# Self-assessment -----------------------------------------------------------------------------


def assessment_data(score=3, **changes):
    data = {f"score_{element}": str(score) for element in AssessmentElement.values}
    data.update({f"note_{element}": "" for element in AssessmentElement.values})
    data.update(changes)
    return data


def test_self_assessment__member_scores_every_element(as_user, world):
    client = as_user("mentee")

    response = client.post(
        world.url("self-assessment-create"),
        assessment_data(note_financing="Budžetā 2027.", is_published="on"),
    )

    assert response.status_code == HTTPStatus.FOUND
    latest = SelfAssessment.objects.filter(municipality=world.municipalities["jurmala"]).latest()
    assert latest.is_published
    assert latest.scores.count() == 16
    assert latest.scores.get(element="financing").note == "Budžetā 2027."
    page = client.get(world.url("self-assessment"))
    chart = page.context["chart"]
    assert chart["total"] == 48 and chart["previous"] == world.objects["assessment_a"]
    assert "<svg" in page.content.decode()


@pytest.mark.parametrize(
    "changes", [{"score_targets": "5"}, {"score_targets": ""}, {"score_adoption": "x"}]
)
def test_self_assessment__invalid_scores_change_nothing(as_user, world, changes):
    client = as_user("mentee")
    before = SelfAssessment.objects.count()

    response = client.post(world.url("self-assessment-create"), assessment_data(**changes))

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert SelfAssessment.objects.count() == before


def test_self_assessment__published_scores_show_on_the_profile_without_notes(client, world):
    assessment = world.objects["assessment_a"]
    assessment.is_published = True
    assessment.save()

    html = client.get(world.url("municipality", "jurmala")).content.decode()

    assert 'class="assessment"' in html
    assert "NOTE-A" not in html


def test_self_assessment__history_comes_twenty_to_a_page_below_the_latest_chart(as_user, world):
    jurmala = world.municipalities["jurmala"]
    dates = [datetime.date(2000 + year, 1, 1) for year in range(25)]
    for day in dates:
        SelfAssessmentFactory(municipality=jurmala, assessed_on=day)
    client = as_user("mentee")

    first = client.get(world.url("self-assessment")).context
    second = client.get(world.url("self-assessment"), {"page": 2}).context

    assert first["history"].paginator.count == 26  # and the one from the fixture, dated today
    assert len(first["history"].object_list) == 20 and len(second["history"].object_list) == 6
    assert first["chart"]["latest"] == second["chart"]["latest"] == world.objects["assessment_a"]
    assert first["chart"]["previous"].assessed_on == second["chart"]["previous"].assessed_on


# Dashboard -----------------------------------------------------------------------------------


def test_dashboard__figures_match_the_data_and_hold_no_text(as_user, world):
    pair = world.objects["pair_a"]
    AdviceFactory(pair=pair, due_on="2020-01-01", text="OVERDUE-TEXT", title="Late")
    Measure.objects.create(
        municipality=world.municipalities["jurmala"], title="Old", end_year=2020, status="ongoing"
    )
    client = as_user("region_here")

    response = client.get(world.url("region-dashboard", "riga"))

    rows = {row["local"].slug: row for row in response.context["rows"]}
    jurmala = rows["jurmala"]
    assert jurmala["people"] == 1
    assert jurmala["visits_held"] == 1
    assert jurmala["advice"] == [2, 0, 0, 0]
    assert jurmala["advice_overdue"] == 1
    assert jurmala["measures"] == [1, 1, 0, 0]
    assert jurmala["measures_overdue"] == 1
    html = response.content.decode()
    for marker in ("ADVICE-A", "OVERDUE-TEXT", "Late", "MEASURE-A", "Old", "AGENDA", "NOTE-A"):
        assert marker not in html


def test_dashboard__exports_csv_sorted_as_asked(as_user, world):
    AdviceFactory(pair=world.objects["pair_a"], due_on="2020-01-01")
    client = as_user("region_here")

    response = client.get(
        world.url("region-dashboard", "riga"), {"format": "csv", "sort": "-overdue"}
    )

    assert response.status_code == HTTPStatus.OK
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0] == "Jūrmala"  # the most overdue advice first
    assert "ADVICE-A" not in response.content.decode()


@pytest.mark.parametrize("sort", ["nonsense", "-", "name;drop", "activity", "-training"])
def test_dashboard__any_sort_parameter_is_safe(as_user, world, sort):
    client = as_user("region_here")

    assert client.get(world.url("region-dashboard", "riga"), {"sort": sort}).status_code == 200


def test_dashboard__lists_fifty_municipalities_a_page_and_exports_them_all(as_user, world):
    region = world.regions["riga"]
    MunicipalityFactory.create_batch(58, region=region)
    client = as_user("region_here")
    url = world.url("region-dashboard", "riga")

    first = client.get(url, {"sort": "-measures"})
    second = client.get(url, {"sort": "-measures", "page": 2})
    export = client.get(url, {"format": "csv"})

    assert first.context["page_obj"].paginator.count == 60
    assert len(first.context["rows"]) == 50 and len(second.context["rows"]) == 10
    assert first.context["rows"][0]["local"].slug == "jurmala"  # the only one with measures
    assert len(list(csv.reader(io.StringIO(export.content.decode())))) == 61


def test_dashboard__english_page_names_the_english_municipalities(as_user, world, site_tree):
    from wagtail.models import Locale

    en = Locale.objects.get(language_code="en")
    riga_en = world.regions["riga"].copy_for_translation(en)
    riga_en.name = "Riga Planning Region"
    riga_en.save()
    jurmala_en = world.municipalities["jurmala"].copy_for_translation(en)
    jurmala_en.name, jurmala_en.region = "Jurmala City", riga_en
    jurmala_en.save()
    page = site_tree.pages[("en", "exchanges")].specific
    client = as_user("region_here")

    response = client.get(page.url + page.reverse_subpage("region-dashboard", args=["riga"]))

    rows = response.context["rows"]
    assert [row["local"].name for row in rows] == ["Jurmala City"]
    assert rows[0]["municipality"] == world.municipalities["jurmala"]
    assert rows[0]["advice_total"] == 1


# Home page -----------------------------------------------------------------------------------


def test_home__shows_the_next_things_to_do(as_user, world, site_tree):
    Measure.objects.create(
        municipality=world.municipalities["jurmala"], title="Late measure", end_year=2020
    )
    client = as_user("mentee")

    html = client.get("/lv/").content.decode()

    assert "Visit A" in html
    assert "Advice A" in html
    assert "Late measure" in html


def test_home__visitors_and_trainees_get_no_exchanges_steps(client, world):
    assert client.get("/lv/").context["next_steps"] == []
    client.force_login(world.users["trainee"])
    assert client.get("/lv/").context["next_steps"] == []


def test_settings__switch_reminders_off_and_choose_english(as_user, world):
    client = as_user("mentee")

    response = client.post(world.url("settings"), {"language": "en"})
    bad = client.post(world.url("settings"), {"language": "de", "reminders": "on"})

    assert response.status_code == HTTPStatus.FOUND
    profile = world.users["mentee"].exchanges_profile
    profile.refresh_from_db()
    assert (profile.reminders, profile.language) == (False, "en")
    assert bad.status_code == HTTPStatus.BAD_REQUEST


@pytest.mark.parametrize(
    ("language", "expected", "other_style"),
    [
        ("en", "12 February 2026", "02/12/2026"),
        ("lv", "2026. gada 12. februāris", "12.02.2026"),
    ],
)
def test_self_assessment__dates_come_in_one_style_per_language(
    as_user, world, site_tree, language, expected, other_style
):
    SelfAssessmentFactory(
        municipality=world.municipalities["jurmala"], assessed_on=datetime.date(2026, 2, 12)
    )
    client = as_user("mentee")
    with translation.override(language):
        url = reverse("exchanges:self-assessment")

    html = client.get(url).content.decode()

    assert expected in html
    assert other_style not in html


def test_dashboard__latvian_headings_count_advice_in_the_plural(as_user, world):
    client = as_user("region_here")

    html = client.get(world.url("region-dashboard", "riga"), {"sort": "advice"}).content.decode()

    assert ">Ieteikumi</a>" in html
    assert ">Ieteikums<" not in html
    assert ">kārtot dilstošā secībā</a>" in html
    assert "pretējā secībā" not in html
