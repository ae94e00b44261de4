"""Malformed ids and query strings get a 404 or the nearest page, never a server error."""

from http import HTTPStatus

import pytest

HUGE = "9" * 30


@pytest.mark.parametrize(
    "path",
    [
        f"visits/{HUGE}/",
        f"pairs/{HUGE}/",
        f"groups/{HUGE}/",
        f"workspace/visits/{HUGE}/edit/",
        f"workspace/visits/{HUGE}/report/",
        f"workspace/advice/{HUGE}/",
        f"workspace/advice/{HUGE}/edit/",
        f"workspace/pairs/{HUGE}/visits/new/",
        f"workspace/groups/{HUGE}/advice/new/",
        "workspace/teams/1/visits/new/",
    ],
)
def test_huge_or_unknown_ids__are_not_found(client, world, path):
    client.force_login(world.users["coordinator"])

    response = client.get(world.page.url + path)

    assert response.status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("query", ["visit=¹", f"visit={HUGE}", "visit=-1", "visit=abc"])
def test_advice_create__odd_visit_parameter_is_ignored(client, world, query):
    client.force_login(world.users["mentor"])
    url = world.url("advice-create", kind="pairs", pk=world.objects["pair_a"].pk)

    response = client.get(f"{url}?{query}")

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].initial.get("visit") is None


@pytest.mark.parametrize("query", ["visits=x", "received=-5", f"given={HUGE}", "visits=¹"])
def test_workspace__odd_page_numbers_show_the_nearest_page(client, world, query):
    client.force_login(world.users["mentee"])

    response = client.get(world.url("workspace") + "?" + query)

    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("token", ["short", "x" * 64, HUGE])
def test_personal_calendar__unknown_token_is_not_found(client, world, token):
    assert client.get(f"/lv/exchanges/calendar/{token}.ics").status_code == HTTPStatus.NOT_FOUND
