"""What the exchanges pages show, in which language, and with how many queries."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from casestudies.factories import CaseStudyPageFactory
from exchanges.choices import VisitStatus
from exchanges.factories import (
    AdviceFactory,
    MunicipalityFactory,
    PlanningRegionFactory,
    VisitFactory,
)


def test_overview__shows_pairs_groups_upcoming_public_visits_and_summaries(client, world):
    VisitFactory(pair=world.objects["pair_b"], title="Upcoming public B", is_public=True)

    html = client.get(world.page.url).content.decode()

    assert "Liepāja" in html and "Jūrmala" in html
    assert "Energopārvaldnieka kompetence" in html
    assert "Upcoming public B" in html
    assert "SUMMARY-A public" in html
    assert "Visit A<" not in html and "Visit B<" not in html
    assert "GOALS-A" not in html and "AGENDA" not in html


def test_municipality__lists_its_pairs_and_public_summaries(client, world):
    html = client.get(world.url("municipality", "jurmala")).content.decode()

    assert world.url("programme", kind="pairs", pk=world.objects["pair_a"].pk) in html
    assert "SUMMARY-A public" in html
    assert "AGENDA" not in html and "REPORT" not in html


def test_municipality__english_page_names_the_english_municipality(client, world, site_tree):
    en = Locale.objects.get(language_code="en")
    jurmala = world.municipalities["jurmala"]
    region_en = world.regions["riga"].copy_for_translation(en)
    region_en.name = "Riga Planning Region"
    region_en.save()
    for key, name in (("jurmala", "Jurmala City"), ("liepaja", "Liepaja City")):
        translation = world.municipalities[key].copy_for_translation(en)
        translation.name, translation.region = name, region_en
        translation.save()
    page = site_tree.pages[("en", "exchanges")].specific

    html = client.get(page.url + page.reverse_subpage("municipality", args=["jurmala"])).content
    html = html.decode()

    assert "Liepaja City mentors Jurmala City" in html
    assert jurmala.name not in html


def test_case_page__lists_public_visits_that_attached_it(client, world, site_tree):
    case = CaseStudyPageFactory(parent=site_tree.pages[("lv", "case-studies")], title="Växjö")
    world.objects["public_visit_a"].case_studies.add(case)
    world.objects["visit_a"].case_studies.add(case)

    html = client.get(case.url).content.decode()

    assert "Public visit A" in html
    assert "Visit A<" not in html


def test_workspace__marks_overdue_advice(client, world):
    AdviceFactory(pair=world.objects["pair_a"], title="Late advice", due_on="2020-01-01")
    client.force_login(world.users["mentee"])

    html = client.get(world.url("workspace")).content.decode()

    assert "Late advice" in html
    assert "badge--overdue" in html


def test_workspace__coordinator_and_region_viewer_get_their_own_pointers(client, world):
    client.force_login(world.users["region_here"])
    region_html = client.get(world.url("workspace")).content.decode()
    client.force_login(world.users["coordinator"])
    coordinator_html = client.get(world.url("workspace")).content.decode()

    assert world.url("region", "riga") in region_html
    assert "/admin/" in coordinator_html


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return len(queries.captured_queries)


def _add_many(world, count=25):
    region = PlanningRegionFactory()
    for number in range(count):
        pair = world.objects["pair_a"] if number % 2 else world.objects["pair_b"]
        visiting = [MunicipalityFactory(region=region)]
        VisitFactory(pair=pair, is_public=True, visiting=visiting, participants=[])
        VisitFactory(
            pair=pair,
            held=True,
            is_public=True,
            public_summary=f"Summary {number}",
            host=world.municipalities["jurmala"],
        )
        AdviceFactory(pair=pair, given_by=world.users["mentor"])
    VisitFactory.create_batch(5, pair=world.objects["pair_a"], status=VisitStatus.CANCELLED)


@pytest.mark.parametrize(
    ("role", "url_name", "args", "bound"),
    [
        # The municipality page and the workspace: see test_query_counts.
        (None, "index_route", (), 17),
        ("mentor", "programme", ("pairs", "pair_a"), 26),
        ("region_here", "region", ("riga",), 20),
    ],
)
def test_exchanges_pages__queries_do_not_grow_with_visits(
    client, world, django_assert_max_num_queries, role, url_name, args, bound
):
    if role:
        client.force_login(world.users[role])
    if url_name == "index_route":
        url = world.page.url
    elif url_name == "programme":
        url = world.url("programme", kind=args[0], pk=world.objects[args[1]].pk)
    else:
        url = world.url(url_name, *args)
    VisitFactory(pair=world.objects["pair_a"], is_public=True, participants=[])
    few = _count(client, url)
    _add_many(world)

    with django_assert_max_num_queries(bound):
        many = client.get(url)

    assert many.status_code == HTTPStatus.OK
    assert _count(client, url) == few


def test_group__names_and_links_every_member(client, world):
    group = world.objects["group"]
    group.members.add(world.municipalities["jurmala"])

    html = client.get(world.url("programme", kind="groups", pk=group.pk)).content.decode()

    for slug, name in (("kekava", "Ķekava"), ("jurmala", "Jūrmala")):
        assert f'href="{world.url("municipality", slug)}">{name}</a>' in html


def test_workspace__advice_waiting_for_action_comes_first(client, world):
    pair = world.objects["pair_a"]
    AdviceFactory(pair=pair, title="Done early", due_on="2020-01-01", status="implemented")
    AdviceFactory(pair=pair, title="Late and open", due_on="2021-01-01")
    client.force_login(world.users["mentee"])

    received = client.get(world.url("workspace")).context["received"].object_list

    titles = [advice.title for advice in received]
    assert titles.index("Late and open") < titles.index("Advice A") < titles.index("Done early")


def test_municipality__summaries_of_visits_it_hosted_or_visited_come_ten_to_a_page(client, world):
    jurmala = world.municipalities["jurmala"]
    hosted = [
        VisitFactory(pair=world.objects["pair_a"], held=True, is_public=True, public_summary="S")
        for _ in range(6)
    ]
    visited = [
        VisitFactory(
            pair=world.objects["pair_b"],
            held=True,
            is_public=True,
            public_summary="S",
            visiting=[jurmala],
        )
        for _ in range(5)
    ]
    VisitFactory(pair=world.objects["pair_a"], held=True, public_summary="PRIVATE-SUMMARY")
    VisitFactory(pair=world.objects["pair_b"], is_public=True, visiting=[jurmala])  # planned
    url = world.url("municipality", "jurmala")

    first = client.get(url).context["summaries"]
    second = client.get(url, {"summaries": 2}).context["summaries"]

    shown = [visit.pk for visit in [*first.object_list, *second.object_list]]
    expected = [world.objects["public_visit_a"], *hosted, *visited]
    assert first.paginator.count == len(expected) == 12
    assert sorted(shown) == sorted(visit.pk for visit in expected)
    starts = [visit.starts_at for visit in first.object_list]
    assert starts == sorted(starts, reverse=True)
    assert "PRIVATE-SUMMARY" not in client.get(url).content.decode()
