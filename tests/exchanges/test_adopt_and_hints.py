"""Adopting a practice once, the measure behind advice, and where a public summary shows."""

from http import HTTPStatus

import pytest

from casestudies.factories import CaseStudyPageFactory
from exchanges.factories import AdviceFactory, MeasureFactory, VisitFactory
from exchanges.models import Measure, Visit

from .test_forms import visit_data


def adopt_data(**changes):
    return {
        "title": "Superkvartāli Jūrmalā",
        "what_to_adapt": "Sāksim ar vienu kvartālu.",
        "prerequisites": "Domes lēmums.",
        "responsible_person": "Pilsētplānotāja",
        **changes,
    }


# Adopting a practice -------------------------------------------------------------------------


def test_adopt__a_second_time_leads_to_the_draft_already_made(as_user, world):
    case = world.objects["case"]
    member = as_user("mentee")
    url = f"/lv/exchanges/workspace/adopt/{case.pk}/"
    member.post(url, adopt_data(), follow=True)
    draft = Measure.objects.get(adopted_from=case)

    again = member.get(url, follow=True)
    posted_again = member.post(url, adopt_data(title="Vēlreiz"))

    assert again.redirect_chain == [(world.url("measure", draft.pk), HTTPStatus.FOUND)]
    notices = [str(m) for m in again.context["messages"]]
    assert notices == ["Šī prakse jau ir jūsu plānā: te ir pasākums, kas balstīts uz to."]
    assert posted_again.status_code == HTTPStatus.FOUND
    assert posted_again["Location"] == world.url("measure", draft.pk)
    assert Measure.objects.filter(adopted_from=case).count() == 1


def test_adopt__another_municipality_still_gets_its_own_draft(as_user, world):
    case = world.objects["case"]
    as_user("mentee").post(f"/lv/exchanges/workspace/adopt/{case.pk}/", adopt_data())

    response = as_user("other_member").post(
        f"/lv/exchanges/workspace/adopt/{case.pk}/", adopt_data()
    )

    assert response.status_code == HTTPStatus.FOUND
    assert Measure.objects.filter(adopted_from=case).count() == 2


def test_adopt__a_quoted_case_title_is_not_quoted_again(as_user, world, site_tree):
    case = CaseStudyPageFactory(
        parent=site_tree.pages[("lv", "case-studies")],
        title="Barselona: superkvartāli – “Piepildīsim ielas ar dzīvi”",
        slug="barselona",
    )
    member = as_user("mentee")
    url = f"/lv/exchanges/workspace/adopt/{case.pk}/"

    form = member.get(url)
    member.post(url, adopt_data(description=form.context["form"].initial["description"]))

    html = form.content.decode()
    assert "““" not in html and "””" not in html
    assert "<cite>Barselona: superkvartāli – “Piepildīsim ielas ar dzīvi”</cite>" in html
    draft = Measure.objects.get(adopted_from=case)
    assert draft.title == "Superkvartāli Jūrmalā"
    assert draft.description == (
        "Pārņemts no labās prakses piemēra: Barselona: superkvartāli – “Piepildīsim ielas ar dzīvi”"
    )


# The measure behind advice -------------------------------------------------------------------


@pytest.mark.parametrize("role", ["mentee", "mentor", "coordinator"])
def test_advice_page__links_the_measure_it_is_about(as_user, world, role):
    advice = world.objects["advice_a"]
    advice.measure = world.objects["measure_a"]
    advice.save()

    html = as_user(role).get(world.url("advice", advice.pk)).content.decode()

    assert f'href="{world.url("measure", advice.measure.pk)}">Measure A</a>' in html


def test_advice_page__hides_a_measure_the_reader_may_not_see(as_user, world):
    group = world.objects["group"]
    kekava, saldus = world.municipalities["kekava"], world.municipalities["saldus"]
    group.members.add(saldus)
    measure = MeasureFactory(municipality=kekava, title="KEKAVA-MEASURE private")
    advice = AdviceFactory(pair=None, group=group, municipality=kekava, measure=measure)

    member_of_group = as_user("other_member").get(world.url("advice", advice.pk))

    assert member_of_group.status_code == HTTPStatus.OK
    assert "KEKAVA-MEASURE" not in member_of_group.content.decode()
    assert world.url("measure", measure.pk) not in member_of_group.content.decode()


# Public summary ------------------------------------------------------------------------------


def test_visit_form__says_when_the_public_summary_is_shown(as_user, world):
    url = world.url("visit-create", kind="pairs", pk=world.objects["pair_a"].pk)

    html = as_user("mentor").get(url).content.decode()

    assert "kad vizīte ir notikusi" in html


@pytest.mark.parametrize(
    ("changes", "hint"),
    [
        ({"is_public": True}, "Publiski redzams, kad vizīte būs notikusi."),
        ({"is_public": False}, "Publiski nav redzams: vizīte nav publiska."),
        ({"is_public": True, "status": "cancelled"}, "Publiski nav redzams: vizīte ir atcelta."),
    ],
)
def test_visit_page__members_see_the_summary_not_yet_public_and_why(
    as_user, client, world, changes, hint
):
    visit = VisitFactory(
        pair=world.objects["pair_a"], public_summary="SUMMARY-LATER public", **changes
    )

    member = as_user("mentor").get(world.url("visit", visit.pk)).content.decode()
    client.logout()
    outsider = client.get(world.url("visit", visit.pk))

    assert "SUMMARY-LATER public" in member and hint in member
    assert outsider.status_code == HTTPStatus.NOT_FOUND or "SUMMARY-LATER" not in (
        outsider.content.decode()
    )


def test_visit_page__a_summary_scheduled_with_the_visit_shows_once_it_is_held(
    as_user, client, world
):
    mentor = as_user("mentor")
    url = world.url("visit-create", kind="pairs", pk=world.objects["pair_a"].pk)
    mentor.post(url, visit_data(world, is_public="on", public_summary="SUMMARY-NEW public"))
    visit = Visit.objects.get(public_summary="SUMMARY-NEW public")
    client.logout()
    before = client.get(world.url("visit", visit.pk))

    Visit.objects.filter(pk=visit.pk).update(status="held")
    after = client.get(world.url("visit", visit.pk))

    assert "SUMMARY-NEW" not in before.content.decode()
    assert "SUMMARY-NEW public" in after.content.decode()
    assert "Publiski redzams" not in after.content.decode()
