"""`generate_scale_data` writes consistent data fast, in both languages, and never in production."""

from http import HTTPStatus

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from bench.scale import counts_for
from casestudies.models import CaseStudyPage
from exchanges.models import Advice, MentoringPair, Municipality, PeerGroup, Visit


def test_scale_data__a_small_run_has_the_promised_shape(client, site_tree):
    call_command("generate_scale_data", scale=0.002, verbosity=0)
    expected = counts_for(0.002)

    assert (
        Municipality.objects.filter(locale__language_code="lv").count()
        == expected["municipalities"]
    )
    assert (
        Municipality.objects.filter(locale__language_code="en").count()
        == expected["municipalities"]
    )
    assert CaseStudyPage.objects.filter(locale__language_code="en").count() == expected["cases"]
    assert MentoringPair.objects.count() == expected["pairs"]
    assert PeerGroup.objects.count() == expected["groups"]
    assert Visit.objects.count() == expected["visits"]
    assert Advice.objects.count() <= expected["visits"]
    assert Page.find_problems() == ([], [], [], [], [])
    case = CaseStudyPage.objects.filter(locale__language_code="lv").last()
    assert client.get(case.url).status_code == HTTPStatus.OK
    assert client.get(case.get_translation(site_tree.homes["en"].locale).url).status_code == 200


def test_scale_data__refused_outside_development(settings, site_tree):
    settings.DEMO_CONTENT_ALLOWED = False

    with pytest.raises(CommandError, match="development"):
        call_command("generate_scale_data", scale=0.001)


@pytest.mark.parametrize("scale", [0, -1, 2])
def test_scale_data__scale_must_be_a_fraction(site_tree, scale):
    with pytest.raises(CommandError, match="--scale"):
        call_command("generate_scale_data", scale=scale)
