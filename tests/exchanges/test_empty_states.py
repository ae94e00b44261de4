"""Empty pages lead somewhere: what is missing, and where to go instead."""

from http import HTTPStatus


def test_workspace__reader_without_a_municipality_is_not_shown_its_advice(client, world):
    client.force_login(world.users["trainee"])

    html = client.get(world.url("workspace")).content.decode()

    assert 'id="received-heading"' not in html
    assert "Manas pašvaldības saņemtie ieteikumi" not in html


def test_workspace__municipality_member_sees_the_advice_it_received(client, world):
    client.force_login(world.users["mentee"])

    html = client.get(world.url("workspace")).content.decode()

    assert 'id="received-heading"' in html
    assert "Advice A" in html


def test_region__without_programme_municipalities_points_to_the_regions_that_take_part(
    client, world
):
    response = client.get(world.url("region", "vidzeme"))

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert world.url("region", "riga") in html
    assert world.url("region", "kurzeme") in html
    assert world.url("region", "vidzeme") + '"' not in html.split("<main", 1)[1]
    assert world.url("municipalities") in html


def test_region__with_programme_municipalities_lists_them_only(client, world):
    html = client.get(world.url("region", "riga")).content.decode()

    assert world.url("municipality", "jurmala") in html
    assert world.url("region", "kurzeme") not in html
