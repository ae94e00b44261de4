"""What the exchanges pages show, in which language, and with how many queries."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from core.choices import Role
from exchanges.choices import VisitStatus
from exchanges.factories import (
    AdviceFactory,
    MentoringPairFactory,
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


@pytest.mark.parametrize(
    ("url_name", "bound"),
    # Over 15, as they stand: the forms' choice fields and the visit's related records.
    [("visit", 17), ("visit-edit", 26), ("visit-create", 20), ("advice-create", 20)],
)
def test_visit_page_and_forms__queries_do_not_grow_with_data(client, world, url_name, bound):
    client.force_login(world.users["mentor"])
    pair = world.objects["pair_a"]
    visit = VisitFactory(pair=pair, is_public=True, participants=[world.users["mentor"]])
    if url_name in ("visit", "visit-edit"):
        url = world.url(url_name, visit.pk)
    else:
        url = world.url(url_name, kind="pairs", pk=pair.pk)
    few = _count(client, url)

    _add_many(world)

    assert _count(client, url) == few <= bound


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


def test_workspace__each_list_pages_through_its_own_total(client, world):
    pair, mentor = world.objects["pair_a"], world.users["mentor"]
    AdviceFactory.create_batch(11, pair=pair, given_by=mentor)  # 12 with Advice A
    VisitFactory.create_batch(13, pair=pair)  # 14 upcoming with Visit A
    client.force_login(mentor)
    url = world.url("workspace")

    first = client.get(url).context
    second = client.get(url, {"given": 2, "visits": 2, "received": 9}).context

    assert first["given"].paginator.count == 12
    assert first["upcoming"].paginator.count == 14
    assert first["received"].paginator.count == 0
    assert len(second["given"].object_list) == 2
    assert len(second["upcoming"].object_list) == 4
    assert list(second["received"].object_list) == []
    shown = {advice.pk for advice in [*first["given"].object_list, *second["given"].object_list]}
    assert len(shown) == 12


def test_workspace__advice_received_and_given_page_apart_in_the_same_order(client, world):
    mentor, liepaja = world.users["mentor"], world.municipalities["liepaja"]
    learning = MentoringPairFactory(mentee_municipality=liepaja, mentors=[mentor])
    received = AdviceFactory.create_batch(12, pair=learning)
    both = AdviceFactory(pair=learning, given_by=mentor, due_on="2020-01-01")  # on both lists
    given = AdviceFactory.create_batch(3, pair=world.objects["pair_a"], given_by=mentor)
    client.force_login(mentor)

    first = client.get(world.url("workspace")).context
    second = client.get(world.url("workspace"), {"received": 2}).context

    assert first["received"].paginator.count == 13
    assert first["given"].paginator.count == 5  # with Advice A
    assert first["received"].object_list[0] == both == first["given"].object_list[0]
    assert len(first["received"].object_list) == 10
    assert len(second["received"].object_list) == 3
    assert second["given"].object_list == first["given"].object_list
    pages = [*first["received"].object_list, *second["received"].object_list]
    assert {advice.pk for advice in pages} == {advice.pk for advice in [*received, both]}
    assert {advice.pk for advice in first["given"].object_list} == {
        advice.pk for advice in [*given, both, world.objects["advice_a"]]
    }
    due = [(advice.done, advice.due_on, advice.pk) for advice in pages]
    assert due == sorted(due)


def test_workspace__mentee_counts_only_what_they_may_see(client, world):
    AdviceFactory.create_batch(3, pair=world.objects["pair_b"])  # another pair's advice
    client.force_login(world.users["mentee"])

    context = client.get(world.url("workspace")).context

    assert context["received"].paginator.count == 1  # Advice A
    assert context["given"].paginator.count == 0
    assert context["upcoming"].paginator.count == 1  # Visit A, not Visit B


@pytest.mark.parametrize("restricted", ["exchanges", "home"])
@pytest.mark.parametrize("route", ["municipalities", "workspace"])
def test_section_route__a_login_restriction_on_the_section_or_above_still_applies(
    client, world, site_tree, restricted, route
):
    page = world.page if restricted == "exchanges" else site_tree.homes["lv"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    url = world.url(route)

    anonymous = client.get(url)
    client.force_login(world.users["mentee"])
    member = client.get(url)

    assert anonymous.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in anonymous["Location"]
    assert member.status_code == HTTPStatus.OK


def test_section_route__a_group_restriction_refuses_users_outside_the_group(client, world):
    restriction = PageViewRestriction.objects.create(
        page=world.page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=Role.COORDINATOR))
    url = world.url("workspace")

    client.force_login(world.users["mentee"])
    mentee = client.get(url)
    client.force_login(world.users["coordinator"])
    coordinator = client.get(url)

    assert mentee.status_code == HTTPStatus.FOUND
    assert coordinator.status_code == HTTPStatus.OK


def test_userbar__shows_on_the_section_overview_not_on_its_record_routes(client, world):
    client.force_login(world.users["coordinator"])

    overview = client.get(world.page.url).content.decode()
    workspace = client.get(world.url("workspace")).content.decode()
    dashboard = client.get(world.url("region-dashboard", "riga")).content.decode()

    assert "wagtail-userbar" in overview
    assert "wagtail-userbar" not in workspace
    assert "wagtail-userbar" not in dashboard


def test_language_switcher__workspace_links_to_the_workspace_in_the_other_language(client, world):
    client.force_login(world.users["mentor"])
    url = world.url("advice", world.objects["advice_a"].pk)

    html = client.get(url).content.decode()
    switcher = html[html.index('class="language-switcher"') :]

    assert f'href="{url.replace("/lv/", "/en/", 1)}" hreflang="en"' in switcher
