"""Default-language rows shown in the reader's language: form choices and calendar places."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from exchanges.calendar import build_calendar
from exchanges.factories import VisitFactory
from exchanges.forms import AdviceForm, VisitForm
from exchanges.models import Visit
from learning.factories import SecapStepFactory, SectorFactory


def translate(row, **fields):
    english = row.copy_for_translation(Locale.objects.get(language_code="en"))
    for name, value in fields.items():
        setattr(english, name, value)
    english.save()
    return english


def choice_labels(field):
    return [label for value, label in field.choices if value != ""]


@pytest.fixture
def english(site_tree, world):
    jurmala = world.municipalities["jurmala"]
    translate(jurmala, name="Jurmala City", region=jurmala.region)
    sector = SectorFactory(name="Ēkas")
    translate(sector, name="Buildings")
    step = SecapStepFactory(number=4, title="Bāzes inventarizācija")
    translate(step, title="Baseline inventory", phase=step.phase)
    return {"sector": sector, "step": step}


def test_advice_form__choices_in_the_readers_language_falling_back_to_the_default(world, english):
    pair = world.objects["pair_a"]

    with translation.override("en"):
        form = AdviceForm(programme=pair)
        municipalities = choice_labels(form.fields["municipality"])
        sectors = choice_labels(form.fields["sector"])
        steps = choice_labels(form.fields["secap_step"])

    assert municipalities == ["Jurmala City"]
    assert "Buildings" in sectors and "Ēkas" not in sectors
    assert "4. Baseline inventory" in steps
    # The choices stay the default-language rows the records point at.
    assert form.fields["sector"].queryset.get(pk=english["sector"].pk)


def test_advice_form__default_language_reader_sees_the_rows_themselves(world, english):
    with translation.override("lv"):
        form = AdviceForm(programme=world.objects["pair_a"])
        assert choice_labels(form.fields["municipality"]) == ["Jūrmala"]
        assert "4. Bāzes inventarizācija" in choice_labels(form.fields["secap_step"])


def test_visit_form__host_choices_read_the_rows_and_their_translations_once_drawn(world, english):
    pair = world.objects["pair_a"]

    with translation.override("en"):
        form = VisitForm(programme=pair)
        with CaptureQueriesContext(connection) as drawn:
            hosts = choice_labels(form.fields["host"])
        visitors = choice_labels(form.fields["visiting"])

    municipality_queries = [
        q for q in drawn.captured_queries if "exchanges_municipality" in q["sql"]
    ]
    assert len(municipality_queries) == 2  # the rows, then their English names
    assert "Jurmala City" in hosts and "Liepāja" in hosts
    assert visitors == hosts


def test_calendar__place_names_the_host_in_the_readers_language(world, english):
    VisitFactory(pair=world.objects["pair_a"], host=world.municipalities["jurmala"], place="")

    with translation.override("en"):
        calendar = build_calendar(
            Visit.objects.filter(host=world.municipalities["jurmala"]).with_list_relations(),
            name="Visits",
            page_url="https://example.org/en/exchanges/",
            private=False,
            host="example.org",
        )

    locations = {str(event.get("location")) for event in calendar.walk("VEVENT")}
    assert "Jurmala City" in locations
