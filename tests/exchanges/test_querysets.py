"""The exchanges querysets' own reads: what a list or a page of each record needs, in a fixed
number of queries however many rows there are."""

import datetime

import pytest
from django.utils import timezone

from exchanges.choices import AdviceStatus
from exchanges.factories import (
    AdviceFactory,
    MentoringPairFactory,
    MunicipalityFactory,
    PeerGroupFactory,
    VisitFactory,
)
from exchanges.models import Advice, MentoringPair, PeerGroup, Visit

pytestmark = pytest.mark.django_db


def test_visit_with_detail_relations__host_visitors_and_programme_in_two_queries(
    django_assert_num_queries,
):
    for _ in range(3):
        VisitFactory(visiting=[MunicipalityFactory(), MunicipalityFactory()])
    VisitFactory(pair=None, group=PeerGroupFactory(members=[MunicipalityFactory()]))

    with django_assert_num_queries(2):
        visits = list(Visit.objects.with_detail_relations())
        for visit in visits:
            _ = visit.host.name, [m.name for m in visit.visiting.all()]
            if visit.pair:
                _ = visit.pair.mentor_municipality.name, visit.pair.mentee_municipality.name
            else:
                _ = visit.group.topic

    assert len(visits) == 4


def test_visit_with_list_relations__host_without_a_query_of_its_own(django_assert_num_queries):
    VisitFactory.create_batch(3)

    with django_assert_num_queries(1):
        hosts = [visit.host.name for visit in Visit.objects.with_list_relations()]

    assert len(hosts) == 3


def test_visit_and_advice_with_programme__pair_or_group_joined(django_assert_num_queries):
    VisitFactory()
    AdviceFactory(pair=None, group=PeerGroupFactory(members=[MunicipalityFactory()]))

    with django_assert_num_queries(2):
        visit = Visit.objects.with_programme().get()
        advice = Advice.objects.with_programme().get()
        programmes = [visit.programme, advice.pair or advice.group]

    assert [type(p) for p in programmes] == [MentoringPair, PeerGroup]


def test_advice_waiting_first__waiting_by_due_date_then_the_rest():
    today = timezone.localdate()
    done_soon = AdviceFactory(status=AdviceStatus.IMPLEMENTED, due_on=today)
    later = AdviceFactory(due_on=today + datetime.timedelta(days=20))
    overdue = AdviceFactory(due_on=today - datetime.timedelta(days=5))

    assert list(Advice.objects.waiting_first()) == [overdue, later, done_soon]


def test_pairs_with_municipalities_and_groups_with_members__no_query_per_row(
    django_assert_num_queries,
):
    MentoringPairFactory.create_batch(3)
    for _ in range(3):
        PeerGroupFactory(members=[MunicipalityFactory(), MunicipalityFactory()])

    with django_assert_num_queries(3):
        pairs = [
            (p.mentor_municipality.name, p.mentee_municipality.name)
            for p in MentoringPair.objects.with_municipalities()
        ]
        groups = [[m.name for m in g.members.all()] for g in PeerGroup.objects.with_members()]

    assert len(pairs) == 3
    assert [len(members) for members in groups] == [2, 2, 2]
