"""The case page links the public visits that looked at the case, on the exchanges page."""

from http import HTTPStatus

from exchanges.factories import VisitFactory


def test_case_page__links_public_visits_on_the_readers_exchanges_page(client, library):
    shown = VisitFactory(is_public=True, title="Pieredzes vizīte Vekšē")
    hidden = VisitFactory(is_public=False, title="Slēgta sanāksme")
    for visit in (shown, hidden):
        visit.case_studies.add(library["vaxjo"])

    response = client.get("/lv/case-studies/vaxjo/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert f'href="/lv/exchanges/visits/{shown.pk}/"' in html
    assert "Slēgta sanāksme" not in html


def test_case_page__names_visits_without_a_link_when_no_exchanges_page_is_live(
    client, library, site_tree
):
    VisitFactory(is_public=True, title="Pieredzes vizīte Vekšē").case_studies.add(library["vaxjo"])
    site_tree.pages[("lv", "exchanges")].unpublish()

    html = client.get("/lv/case-studies/vaxjo/").content.decode()

    assert "Pieredzes vizīte Vekšē" in html
    assert "/exchanges/visits/" not in html
