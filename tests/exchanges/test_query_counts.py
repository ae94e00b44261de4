"""How many queries each exchanges page makes, and that the number does not grow with data.

Every case requests its page on a small programme, adds many rows of everything the page
lists or counts, and requests it again: the total must not change, the queries the exchanges
app makes itself (those reading its tables) must stay within the case's budget, and the whole
page, shared shell included, within 15. The shell is what every page shares (session, user,
site, locale, the two queries of `home.routing`), which home caches and guards; a session that
may enter the admin reads its permissions too (two queries), and sees Wagtail's userbar only
on the section's overview, so the workspace and the dashboard do not pay for it.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from exchanges import calendar
from exchanges.factories import (
    AdviceFactory,
    MeasureFactory,
    MentoringPairFactory,
    MunicipalityFactory,
    PeerGroupFactory,
    ProfileFactory,
    SelfAssessmentFactory,
    VisitFactory,
)
from exchanges.models import MeasureComment, MeasureUpdate, Profile

from .conftest import ANONYMOUS, World, client_for

MANY = 30
# A query is the app's own when it reads one of its tables; the section page's own table is
# read by the page routing (`home.routing`), which every page of the section shares.
OWN_TABLE = re.compile(r'"exchanges_(?!exchangesindexpage")')


def own(queries):
    return [query["sql"] for query in queries if OWN_TABLE.search(query["sql"])]


# What each page shows, made non-empty for the small programme so every query already runs,
# then many more of it.


def _prime_municipality(world: World):
    jurmala = world.municipalities["jurmala"]
    world.objects["group"].members.add(jurmala)
    assessment = world.objects["assessment_a"]
    assessment.is_published = True
    assessment.save()


def _grow_municipality(world: World):
    jurmala = world.municipalities["jurmala"]
    for number in range(MANY):
        VisitFactory(
            pair=world.objects["pair_a"], held=True, is_public=True, public_summary=f"H {number}"
        )
        VisitFactory(
            pair=world.objects["pair_b"],
            held=True,
            is_public=True,
            public_summary=f"V {number}",
            visiting=[jurmala],
        )
        VisitFactory(pair=world.objects["pair_a"], held=True, public_summary="PRIVATE")
    for _ in range(5):
        MentoringPairFactory(mentee_municipality=jurmala)
        PeerGroupFactory(members=[jurmala, MunicipalityFactory()])
        SelfAssessmentFactory(municipality=jurmala, is_published=True)


def _prime_workspace(world: World):
    world.objects["group"].members.add(world.municipalities["jurmala"])
    world.objects["group"].facilitators.add(world.users["mentor"])
    AdviceFactory(pair=world.objects["pair_a"], given_by=world.users["mentor"])
    # The mentor's own municipality learns from another pair: every list has rows.
    world.objects["pair_l"] = MentoringPairFactory(
        mentee_municipality=world.municipalities["liepaja"]
    )
    AdviceFactory(pair=world.objects["pair_l"])


def _grow_workspace(world: World):
    pair, mentor = world.objects["pair_a"], world.users["mentor"]
    jurmala, liepaja = world.municipalities["jurmala"], world.municipalities["liepaja"]
    for _ in range(MANY):
        VisitFactory(pair=pair, visiting=[liepaja], participants=[mentor])
        AdviceFactory(pair=pair, given_by=mentor)
        AdviceFactory(pair=world.objects["pair_l"])
    for _ in range(5):
        MentoringPairFactory(mentee_municipality=jurmala, mentors=[mentor])
        PeerGroupFactory(members=[jurmala, MunicipalityFactory()], facilitators=[mentor])


def _grow_dashboard(world: World):
    riga = world.regions["riga"]
    for municipality in MunicipalityFactory.create_batch(60, region=riga):
        ProfileFactory(municipality=municipality)
        MeasureFactory(municipality=municipality, start_year=2019, end_year=2020, status="ongoing")
        VisitFactory(pair=world.objects["pair_a"], held=True, host=municipality)
        AdviceFactory(pair=world.objects["pair_a"], municipality=municipality, due_on="2020-01-01")


def _grow_visits(world: World):
    for number in range(MANY):
        VisitFactory(pair=world.objects["pair_a"], is_public=True, title=f"Many {number}")
        VisitFactory(pair=world.objects["pair_a"], held=True, is_public=True)


def _grow_measures(world: World):
    jurmala = world.municipalities["jurmala"]
    MeasureFactory.create_batch(MANY, municipality=jurmala)
    MeasureFactory.create_batch(5, municipality=world.municipalities["saldus"])


def _prime_measure(world: World):
    measure, mentee = world.objects["measure_a"], world.users["mentee"]
    advice = world.objects["advice_a"]
    advice.measure, advice.visit = measure, world.objects["public_visit_a"]
    advice.save()
    MeasureUpdate.objects.create(measure=measure, status="ongoing", note="Sākts.", author=mentee)
    MeasureComment.objects.create(measure=measure, text="Labi.", author=world.users["mentor"])


def _grow_measure(world: World):
    measure, mentee = world.objects["measure_a"], world.users["mentee"]
    for number in range(MANY):
        MeasureUpdate.objects.create(measure=measure, status="ongoing", note=f"{number}")
        MeasureComment.objects.create(measure=measure, text=f"{number}", author=mentee)
    for visit in VisitFactory.create_batch(5, pair=world.objects["pair_a"]):
        AdviceFactory(pair=world.objects["pair_a"], measure=measure, visit=visit)


def _prime_self_assessment(world: World):
    SelfAssessmentFactory(municipality=world.municipalities["jurmala"])


def _grow_self_assessment(world: World):
    SelfAssessmentFactory.create_batch(MANY, municipality=world.municipalities["jurmala"])


def _nothing(world: World):
    pass


def _personal_feed(role):
    def url(world: World):
        token = Profile.objects.get(user=world.users[role]).calendar_token
        return reverse("exchanges:personal-calendar", args=[token])

    return url


@dataclass
class Case:
    role: str | None
    url: Callable[[World], str]
    own: int  # the most queries the exchanges app itself may make for this page
    grow: Callable[[World], None]
    prime: Callable[[World], None] = _nothing


CASES = {
    "municipality page": Case(
        None,
        lambda w: w.url("municipality", "jurmala"),
        8,  # the municipality, pairs, groups and members, summaries (2), assessments and scores
        _grow_municipality,
        _prime_municipality,
    ),
    "workspace, municipality member": Case(
        "mentee",
        lambda w: w.url("workspace"),
        8,  # scope (2), pairs, groups, their members, every list's total, visits, advice
        _grow_workspace,
        _prime_workspace,
    ),
    "workspace, mentor": Case(
        "mentor",
        lambda w: w.url("workspace"),
        8,  # the same; the advice they received and gave share one query
        _grow_workspace,
        _prime_workspace,
    ),
    "workspace, coordinator": Case(
        "coordinator",
        lambda w: w.url("workspace"),
        4,  # scope (2), every list's total, upcoming visits; no advice of their own
        _grow_workspace,
        _prime_workspace,
    ),
    "region dashboard, region viewer": Case(
        "region_here",
        lambda w: w.url("region-dashboard", "riga"),
        4,  # the region, scope (2), the municipalities with every figure
        _grow_dashboard,
    ),
    "region dashboard, coordinator": Case(
        "coordinator",
        lambda w: w.url("region-dashboard", "riga"),
        4,  # as for a region viewer; the two permission queries are the shell's
        _grow_dashboard,
    ),
    "public calendar feed": Case(
        None,
        lambda w: reverse("exchanges:calendar"),
        0,  # served from the cache; only the section page is looked up
        _grow_visits,
    ),
    "personal calendar feed": Case(
        None,
        _personal_feed("mentee"),
        3,  # the token's profile, scope (2); the feed itself comes from the cache
        _grow_visits,
    ),
    "measures": Case("mentee", lambda w: w.url("measures"), 4, _grow_measures),
    "measure": Case(
        "mentee",
        lambda w: w.url("measure", w.objects["measure_a"].pk),
        6,  # the measure, scope (2), advice with visits, updates, comments
        _grow_measure,
        _prime_measure,
    ),
    "self-assessment": Case(
        "mentee",
        lambda w: w.url("self-assessment"),
        5,  # scope (2), history (2), scores of the two latest
        _grow_self_assessment,
        _prime_self_assessment,
    ),
}


def _queries(client, url):
    client.get(url)  # the first request fills caches and the session
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return queries.captured_queries


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_page__queries_stay_within_budget_and_do_not_grow_with_data(client, world, case):
    client = client_for(client, world, case.role or ANONYMOUS)
    url = case.url(world)
    case.prime(world)
    few = _queries(client, url)

    case.grow(world)
    many = _queries(client, url)

    assert len(many) == len(few), [query["sql"] for query in many]
    assert len(own(many)) <= case.own, own(many)
    assert len(many) <= 15, [query["sql"] for query in many]


@pytest.mark.parametrize(
    "url",
    [lambda w: reverse("exchanges:calendar"), _personal_feed("mentee")],
    ids=["public", "personal"],
)
def test_calendar_feed__rendering_anew_takes_as_many_queries_for_many_visits(client, world, url):
    url = url(world)
    client.get(url)
    calendar.retire()
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == HTTPStatus.OK

    _grow_visits(world)  # saving visits retires the stored feed
    with CaptureQueriesContext(connection) as many:
        client.get(url)

    assert len(many.captured_queries) == len(few.captured_queries)
    assert len(own(many.captured_queries)) == len(own(few.captured_queries))
