"""Text written in one language and shown on a page in the other carries its `lang` (WCAG 3.1.2).

Records keep the language their author wrote them in (the page's language when they were
created); pages mark them, and names and pages that fell back to the default language, only
where that differs from the page's language.
"""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale

from casestudies.factories import CaseStudyPageFactory
from exchanges.factories import AdviceFactory, AdviceUpdateFactory, MeasureFactory, VisitFactory
from exchanges.models import Advice, Visit, VisitReport
from exchanges.models.fields import current_language
from exchanges.viewsets import ProgrammeViewSetGroup
from home.templatetags.language_tags import in_lang, lang_attr

from .test_forms import advice_data, report_data, visit_data


def exchanges_page(site_tree, language):
    return site_tree.pages[(language, "exchanges")].specific


def url(site_tree, language, name, *args, **kwargs):
    """The address of `name` in `language`: a view of exchanges.urls, else a page route."""
    with translation.override(language):
        try:
            return reverse(f"exchanges:{name}", args=args or None, kwargs=kwargs or None)
        except NoReverseMatch:
            pass
    page = exchanges_page(site_tree, language)
    return page.url + page.reverse_subpage(name, args=args, kwargs=kwargs)


def soup_of(client, address):
    response = client.get(address)
    assert response.status_code == HTTPStatus.OK
    return BeautifulSoup(response.content, "html.parser")


def language_around(element):
    """The language a reader's tools give the text: the nearest `lang`, as browsers resolve it."""
    while element is not None:
        if element.has_attr("lang"):
            return element["lang"]
        element = element.parent
    return None


def element_with(soup, text, name=None):
    """The element whose own text is `text` (inside <body>), of the given tag if named."""
    for node in soup.body.find_all(string=text):
        element = node.parent
        if name is None or element.name == name:
            return element
    raise AssertionError(f"{text!r} not shown")


@pytest.fixture
def mentor(client, world):
    client.force_login(world.users["mentor"])
    return client


@pytest.fixture
def latvian_visit(world):
    visit = VisitFactory(
        pair=world.objects["pair_a"],
        title="Latviešu vizīte",
        place="Domes zāle",
        participants=[world.users["mentor"]],
        language="lv",
    )
    return visit


def test_visit__latvian_title_is_marked_lv_on_the_english_page(mentor, site_tree, latvian_visit):
    soup = soup_of(mentor, url(site_tree, "en", "visit", latvian_visit.pk))

    assert soup.html["lang"] == "en"
    title = element_with(soup, "Latviešu vizīte", "h1")
    assert title.get("lang") == "lv"
    assert language_around(element_with(soup, "Domes zāle")) == "lv"
    # The interface around it stays English.
    assert language_around(element_with(soup, "Kind", "dt")) == "en"


def test_visit__latvian_title_is_not_marked_on_the_latvian_page(mentor, site_tree, latvian_visit):
    soup = soup_of(mentor, url(site_tree, "lv", "visit", latvian_visit.pk))

    title = element_with(soup, "Latviešu vizīte", "h1")
    assert not title.has_attr("lang")
    assert language_around(title) == "lv"


def test_visit__english_report_is_marked_en_on_the_latvian_page(mentor, site_tree, world):
    visit = VisitFactory(pair=world.objects["pair_a"], held=True, language="lv")
    report = VisitReport.objects.create(
        visit=visit,
        observations="The department has a clear mandate.",
        strengths="Motivated staff.",
        language="en",
    )

    soup = soup_of(mentor, url(site_tree, "lv", "visit", visit.pk))

    assert soup.html["lang"] == "lv"
    assert language_around(element_with(soup, report.observations)) == "en"
    assert language_around(element_with(soup, report.strengths)) == "en"
    heading = soup.find("h2", id="report-heading")
    assert language_around(heading) == "lv"


def test_visit__municipality_names_without_translation_are_marked_lv(
    mentor, site_tree, latvian_visit
):
    """Jūrmala has no English row here: its Latvian name is shown on /en/ and marked lv."""
    soup = soup_of(mentor, url(site_tree, "en", "visit", latvian_visit.pk))

    host = element_with(soup, latvian_visit.host.name, "a")
    assert host.get("lang") == "lv"


def test_visit__translated_municipality_name_is_not_marked(mentor, site_tree, latvian_visit):
    en = Locale.objects.get(language_code="en")
    host = latvian_visit.host
    region_en = host.region.copy_for_translation(en)
    region_en.save()
    translation_row = host.copy_for_translation(en)
    translation_row.name, translation_row.region = "Jurmala City", region_en
    translation_row.save()

    soup = soup_of(mentor, url(site_tree, "en", "visit", latvian_visit.pk))

    assert language_around(element_with(soup, "Jurmala City", "a")) == "en"


def test_visit__case_study_without_translation_is_marked_lv_on_the_english_page(
    mentor, site_tree, latvian_visit
):
    parent = site_tree.pages[("lv", "case-studies")]
    case = CaseStudyPageFactory(parent=parent, title="Latviešu piemērs")
    latvian_visit.case_studies.add(case)

    soup = soup_of(mentor, url(site_tree, "en", "visit", latvian_visit.pk))

    assert element_with(soup, "Latviešu piemērs", "a").get("lang") == "lv"


def test_lists__visit_titles_in_the_workspace_are_marked(mentor, site_tree, latvian_visit):
    soup = soup_of(mentor, url(site_tree, "en", "workspace"))

    assert element_with(soup, "Latviešu vizīte", "a").get("lang") == "lv"


def test_advice__latvian_title_text_and_update_are_marked_on_the_english_page(
    mentor, site_tree, world
):
    advice = AdviceFactory(
        pair=world.objects["pair_a"], title="Iecelt energopārvaldnieku", language="lv"
    )
    AdviceUpdateFactory(advice=advice, note="Rīkojums parakstīts.", language="lv")
    AdviceUpdateFactory(advice=advice, note="Signed by the mayor.", language="en")

    soup = soup_of(mentor, url(site_tree, "en", "advice", advice.pk))

    assert element_with(soup, "Iecelt energopārvaldnieku", "h1").get("lang") == "lv"
    assert language_around(element_with(soup, advice.text)) == "lv"
    assert language_around(element_with(soup, "Rīkojums parakstīts.")) == "lv"
    assert language_around(element_with(soup, "Signed by the mayor.")) == "en"


def test_measure__latvian_title_and_description_are_marked_on_the_english_page(
    client, site_tree, world
):
    client.force_login(world.users["mentee"])
    measure = MeasureFactory(
        municipality=world.municipalities["jurmala"], title="LED apgaismojums", language="lv"
    )

    soup = soup_of(client, url(site_tree, "en", "measure", measure.pk))

    assert language_around(element_with(soup, "LED apgaismojums")) == "lv"
    assert language_around(element_with(soup, measure.description)) == "lv"


def test_programme__latvian_goals_are_marked_on_the_english_page(mentor, site_tree, world):
    pair = world.objects["pair_a"]

    soup = soup_of(mentor, url(site_tree, "en", "programme", kind="pairs", pk=pair.pk))

    assert language_around(element_with(soup, pair.goals)) == "lv"


@pytest.mark.parametrize("language", ["en", "lv"])
def test_visit_create__stores_the_language_of_the_page_it_was_written_on(
    mentor, site_tree, world, language
):
    address = url(site_tree, language, "visit-create", kind="pairs", pk=world.objects["pair_a"].pk)

    response = mentor.post(address, visit_data(world, title="Written here"))

    assert response.status_code == HTTPStatus.FOUND
    assert Visit.objects.get(title="Written here").language == language


def test_advice_and_report_created_on_english_pages_store_en(mentor, site_tree, world):
    pair = world.objects["pair_a"]
    response = mentor.post(
        url(site_tree, "en", "advice-create", kind="pairs", pk=pair.pk),
        advice_data(world, title="Appoint an energy manager"),
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Advice.objects.get(title="Appoint an energy manager").language == "en"

    visit = VisitFactory(pair=pair, held=True, participants=[world.users["mentor"]])
    response = mentor.post(url(site_tree, "en", "report-edit", visit.pk), report_data())
    assert response.status_code == HTTPStatus.FOUND
    assert VisitReport.objects.get(visit=visit).language == "en"


def test_editing_keeps_the_language_the_record_was_written_in(mentor, site_tree, world):
    visit = VisitFactory(pair=world.objects["pair_a"], language="lv")
    data = visit_data(world, title="Pārdēvēta vizīte")

    response = mentor.post(url(site_tree, "en", "visit-edit", visit.pk), data)

    assert response.status_code == HTTPStatus.FOUND
    visit.refresh_from_db()
    assert (visit.title, visit.language) == ("Pārdēvēta vizīte", "lv")


@pytest.mark.parametrize(
    ("page_language", "source", "expected"),
    [
        ("en", "lv", ' lang="lv"'),
        ("lv", "lv", ""),
        ("lv", "en", ' lang="en"'),
        ("en", "", ""),
        ("en", None, ""),
    ],
)
def test_lang_attr__only_where_the_language_differs(page_language, source, expected):
    with translation.override(page_language):
        assert lang_attr(source) == expected


def test_in_lang__escapes_the_text_either_way():
    with translation.override("en"):
        assert in_lang("lv", "<b>") == '<span lang="lv">&lt;b&gt;</span>'
        assert in_lang("en", "<b>") == "&lt;b&gt;"


@pytest.mark.parametrize(
    "prefix",
    [
        viewset.url_prefix
        for viewset in ProgrammeViewSetGroup().registerables
        # Records people write; a person's language of messages is another matter.
        if any(
            f.name == "language" and f.default is current_language
            for f in viewset.model._meta.fields
        )
    ],
)
def test_admin__every_record_form_lets_an_editor_set_the_language(client, world, prefix):
    client.force_login(world.users["coordinator"])

    soup = BeautifulSoup(client.get(f"/admin/{prefix}/new/").content, "html.parser")

    select = soup.find("select", attrs={"name": "language"})
    assert select is not None, prefix
    assert {option["value"] for option in select.find_all("option")} >= {"lv", "en"}
