import csv
import io
import re
from decimal import Decimal
from http import HTTPStatus
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyPage

URL = "/lv/case-studies/"


def slugs(response):
    return [case.slug for case in response.context["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"sector": "transport"}, {"barcelona"}),
        ({"sector": ["transport", "municipal-buildings"]}, {"barcelona", "tartu", "jurmala"}),
        ({"step": "5"}, {"vaxjo", "tenerife"}),
        ({"country": "ES"}, {"barcelona", "tenerife"}),
        ({"kind": "adaptation"}, {"tenerife"}),
        ({"status": "completed"}, {"barcelona", "jurmala"}),
        ({"tag": "vīzija"}, {"vaxjo", "tenerife"}),
        ({"country": "ES", "kind": "mitigation"}, {"barcelona"}),
        ({"sector": "governance", "step": "6"}, {"tartu"}),
        ({"sector": "governance", "status": "ongoing", "country": "SE"}, {"vaxjo"}),
        ({"kind": "energy_poverty", "country": "SE"}, set()),
    ],
)
def test_filters__alone_and_combined(client, library, query, expected):
    response = client.get(URL, query)

    assert response.status_code == HTTPStatus.OK
    assert set(slugs(response)) == expected
    assert response.context["notices"] == []


@pytest.mark.parametrize("query", ["Vekše", "vekse", "VEKSE", "fosilā", "fosila", "kurinama"])
def test_search__matches_with_and_without_diacritics(client, library, query):
    assert slugs(client.get(URL, {"q": query})) == ["vaxjo"]


@pytest.mark.parametrize("query", ["Vekšes", "Vekšē", "fosilo", "kurin", "kurināmo", "Vekšše"])
def test_search__any_form_prefix_or_slip_finds_the_case(client, library, query):
    assert slugs(client.get(URL, {"q": query})) == ["vaxjo"]


def test_search__finds_text_inside_the_body(client, library):
    assert slugs(client.get(URL, {"q": "ēnošanā"})) == ["jurmala"]
    assert slugs(client.get(URL, {"q": "enosana"})) == ["jurmala"]


def test_search__combines_with_filters(client, library):
    assert slugs(client.get(URL, {"q": "vīzija", "country": "SE"})) == []
    assert slugs(client.get(URL, {"q": "fokusa", "kind": "adaptation"})) == ["tenerife"]


def test_search__runs_inside_the_queries_that_list_and_count_the_cases(client, library):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, {"q": "fosilā", "kind": "mitigation"})

    searching = [query["sql"] for query in captured if "wagtailsearch_indexentry" in query["sql"]]
    assert slugs(response) == ["vaxjo"]
    assert len(searching) == 2  # the count and the page, each with the match inside
    assert all("casestudies_casestudypage" in sql for sql in searching)


def test_search__reads_the_full_text_match_before_the_index_entries(client, library):
    """At 20,000 cases, walking every index entry took 150 ms on SQLite, 19 ms on PostgreSQL."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.plans import fill_index_entries, reads_full_text_match_first

    if connection.vendor == "postgresql":
        fill_index_entries(CaseStudyPage, 5000)
    with CaptureQueriesContext(connection) as captured:
        client.get(URL, {"q": "fosilā"})
    count = next(query["sql"] for query in captured if "COUNT(" in query["sql"])

    assert reads_full_text_match_first(count)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "izaicinājums", "sector": "governance"}, ["tartu", "tenerife", "vaxjo"]),
        ({"q": "izaicinājums", "step": "5"}, ["tenerife", "vaxjo"]),
        ({"q": "izaicinājums", "tag": "vīzija"}, ["tenerife", "vaxjo"]),
        ({"q": "izaicinājums", "status": "completed"}, ["barcelona", "jurmala"]),
        ({"q": "izaicinajums", "country": "ES", "kind": "mitigation"}, ["barcelona"]),
        ({"q": "aģentūra", "sector": "municipal-buildings", "country": "EE"}, ["tartu"]),
        ({"q": "vīzija", "country": "SE"}, []),
    ],
)
def test_search__combines_with_every_filter(client, library, query, expected):
    response = client.get(URL, {**query, "sort": "title"})

    assert response.context["notices"] == []
    assert sorted(slugs(response)) == expected


def test_search__finds_cases_in_the_readers_language_only(client, library, site_tree):
    index_en = site_tree.pages[("en", "case-studies")]
    CaseStudyPageFactory(
        parent=index_en,
        slug="vaxjo",
        title="Växjö free of fossil fuels",
        body_text="The city gave up fossil fuels.",
        translation_key=library["vaxjo"].translation_key,
    )
    call_command("update_index", verbosity=0)

    english = client.get("/en/case-studies/", {"q": "fossil"})
    latvian = client.get(URL, {"q": "fossil"})
    latvian_word = client.get("/en/case-studies/", {"q": "fosilā"})

    assert [case.title for case in english.context["results"]] == ["Växjö free of fossil fuels"]
    assert slugs(latvian) == []
    assert slugs(latvian_word) == []


def test_search__results_are_paginated_in_the_chosen_order(client, library, site_tree):
    index = site_tree.pages[("lv", "case-studies")]
    governance = library["vaxjo"].sectors.first()
    grow_library(index, governance, 15)

    first = client.get(URL, {"q": "paneļi", "sort": "title"})
    second = client.get(URL, {"q": "paneļi", "sort": "title", "page": "2"})
    beyond = client.get(URL, {"q": "paneļi", "sort": "title", "page": "99"})

    assert first.context["results"].paginator.count == 15
    assert slugs(first) == [f"more-{n}" for n in range(12)]
    assert slugs(second) == ["more-12", "more-13", "more-14"]
    assert slugs(beyond) == slugs(second)
    assert "q=pane%C4%BCi&amp;sort=title&amp;page=2" in first.content.decode()


def test_search__export_has_every_match_not_only_the_first_page(client, library, site_tree):
    index = site_tree.pages[("lv", "case-studies")]
    grow_library(index, library["vaxjo"].sectors.first(), 15)

    response = client.get(URL, {"q": "paneļi", "format": "csv"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + 15


def test_countries__follow_publishing(client, library, site_tree):
    index = site_tree.pages[("lv", "case-studies")]
    countries = client.get(URL).context["filter_form"].fields["country"].choices
    case = CaseStudyPageFactory(parent=index, slug="oslo", title="Oslo", country="NO", live=False)
    case.save_revision().publish()

    published = client.get(URL).context["filter_form"].fields["country"].choices
    case.refresh_from_db()
    case.unpublish()
    unpublished = client.get(URL).context["filter_form"].fields["country"].choices

    assert "NO" not in [code for code, _label in countries]
    assert "NO" in [code for code, _label in published]
    assert unpublished == countries


def test_private_case__is_left_out_of_the_list_search_and_countries(client, library):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=library["vaxjo"], restriction_type=PageViewRestriction.LOGIN
    )

    listed = client.get(URL)
    searched = client.get(URL, {"q": "Vekše"})

    assert "vaxjo" not in slugs(listed)
    assert "SE" not in [
        code for code, _label in listed.context["filter_form"].fields["country"].choices
    ]
    assert slugs(searched) == []


def test_sort__by_title_co2_and_newest(client, library):
    by_title = slugs(client.get(URL, {"sort": "title"}))
    by_co2 = slugs(client.get(URL, {"sort": "co2"}))
    newest = slugs(client.get(URL))

    assert by_title == ["barcelona", "jurmala", "tenerife", "tartu", "vaxjo"]
    assert by_co2[:3] == ["vaxjo", "barcelona", "tartu"]
    assert set(by_co2[3:]) == {"tenerife", "jurmala"}
    assert newest == ["jurmala", "tartu", "tenerife", "barcelona", "vaxjo"]


def test_results__show_the_count_and_an_empty_state_that_offers_to_clear(client, library):
    some = client.get(URL, {"country": "ES"}).content.decode()
    none = client.get(URL, {"kind": "energy_poverty", "country": "SE"}).content.decode()

    assert "2 " in some
    assert 'href="/lv/case-studies/"' in none
    assert 'class="notice"' in none


def test_pagination__twelve_per_page_with_edges(client, library, site_tree):
    index = site_tree.pages[("lv", "case-studies")]
    for n in range(20):
        CaseStudyPageFactory(parent=index, slug=f"extra-{n}", title=f"Papildu {n:02d}")

    first = client.get(URL, {"sort": "title"})
    second = client.get(URL, {"sort": "title", "page": "2"})
    last = client.get(URL, {"sort": "title", "page": "3"})
    beyond = client.get(URL, {"sort": "title", "page": "99"})
    garbage = client.get(URL, {"sort": "title", "page": "abc"})

    assert [len(slugs(response)) for response in (first, second, last)] == [12, 12, 1]
    assert slugs(beyond) == slugs(last)
    assert slugs(garbage) == slugs(first)
    assert set(slugs(first)).isdisjoint(slugs(second))
    assert "sort=title&amp;page=2" in first.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"step": "eleven"},
        {"step": "99"},
        {"sector": "no-such-sector"},
        {"country": "XX"},
        {"kind": "<script>"},
        {"status": "lost"},
        {"sort": "random"},
        {"tag": "a b/c"},
        {"q": "x" * 500},
        {"utm_source": "newsletter"},
        {"format": "pdf"},
    ],
)
def test_malformed_parameters__are_ignored_with_a_notice(client, library, query):
    response = client.get(URL, query)

    assert response.status_code == HTTPStatus.OK
    assert response.context["notices"]
    assert len(slugs(response)) == 5
    assert "<script>" not in response.content.decode()


def test_export__csv_has_the_filtered_rows_and_is_formula_safe(client, library):
    case = library["barcelona"]
    case.funding_sources = '=HYPERLINK("http://evil")'
    case.save_revision().publish()

    response = client.get(URL, {"country": "ES", "format": "csv", "sort": "title"})

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nosaukums", "Pilsēta", "Valsts"]
    assert [row[0] for row in rows[1:]] == [
        "Barselonas superkvartāli",
        "Lalagunas pielāgošanās vīzija",
    ]
    funding = rows[0].index("Finansējuma avoti")
    assert rows[1][funding] == '\'=HYPERLINK("http://evil")'


def test_export__xlsx_has_the_filtered_rows_and_stores_formulas_as_text(client, library):
    case = library["tartu"]
    case.funding_sources = "@SUM(1+1)"
    case.save_revision().publish()

    response = client.get(URL, {"sector": "municipal-buildings", "format": "xlsx", "sort": "title"})

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Labās prakses piemēri"]
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Nosaukums"
    assert [row[0] for row in rows[1:]] == ["Jūrmalas darba grupa", "Tartu enerģētikas aģentūra"]
    funding_col = rows[0].index("Finansējuma avoti")
    cell = workbook.active.cell(row=3, column=funding_col + 1)
    assert cell.data_type == "s"
    assert cell.value == "@SUM(1+1)" and cell.quotePrefix  # text, and stays text when edited
    co2_col = rows[0].index("Novērstās CO2 emisijas (t gadā)")
    assert rows[2][co2_col] == 50


@pytest.mark.parametrize(
    ("language", "delimiter", "headings", "sheet", "mwh"),
    [
        (
            "lv",
            ";",
            ["Nosaukums", "Ietaupītā enerģija (MWh gadā)", "URL adrese"],
            "Labās prakses piemēri",
            "12,5",
        ),
        ("en", ",", ["Title", "Energy saved (MWh/year)", "URL"], "Case studies", "12.5"),
    ],
)
def test_export__headings_sheet_and_decimals_in_the_readers_language(
    client, library, site_tree, language, delimiter, headings, sheet, mwh
):
    index = site_tree.pages[(language, "case-studies")]
    CaseStudyPageFactory(
        parent=index, title="Kuldīga", slug="kuldiga", mwh_saved_per_year=Decimal("12.5")
    )
    url = f"/{language}/case-studies/"

    csv_response = client.get(url, {"format": "csv"})
    xlsx_response = client.get(url, {"format": "xlsx"})

    text = csv_response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert [heading for heading in headings if heading in rows[0]] == headings
    assert not {"title", "co2_tonnes_per_year", "url"} & set(rows[0])
    mwh_col = rows[0].index(headings[1])
    assert [row[mwh_col] for row in rows[1:] if row[0] == "Kuldīga"] == [mwh]
    workbook = load_workbook(io.BytesIO(xlsx_response.content))
    assert workbook.sheetnames == [sheet]
    header, *cases = list(workbook.active.iter_rows())
    kuldiga = next(row for row in cases if row[0].value == "Kuldīga")
    cell = kuldiga[[c.value for c in header].index(headings[1])]
    assert cell.data_type == "n" and cell.value == 12.5


def test_api__exposes_case_studies_with_their_fields(client, library):
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "casestudies.CaseStudyPage",
            "fields": "city,country,kind,status,co2_tonnes_per_year,sectors,tags,sources",
            "order": "title",
        },
    )

    items = response.json()["items"]
    assert len(items) == 5
    vaxjo = next(item for item in items if item["city"] == "Vekše")
    assert vaxjo["country"] == "SE"
    assert vaxjo["kind"] == "mitigation"
    assert vaxjo["tags"] == ["vīzija"]
    assert float(vaxjo["co2_tonnes_per_year"]) == 1200


def grow_library(index, sector, count, start=0):
    """`count` more live case studies in the sector, all matching the searches below."""
    for n in range(start, start + count):
        case = CaseStudyPageFactory(
            parent=index,
            slug=f"more-{n}",
            title=f"Vēl viens {n:03d}",
            body_text="Saules paneļi uz skolas jumta.",
        )
        case.sectors.add(sector)
        case.tags.add("saule")
        case.save()
    call_command("update_index", verbosity=0)


LIBRARY_QUERIES = [
    {},
    {"sector": "governance", "sort": "title"},
    {"kind": "mitigation", "status": "ongoing"},
    {"q": "paneļi"},
    {"q": "paneļi", "sector": "governance", "tag": "saule", "page": "2"},
]


@pytest.mark.parametrize("who", ["visitor", "trainee"])
@pytest.mark.parametrize("query", LIBRARY_QUERIES)
def test_library__at_most_15_queries_and_as_many_with_10_as_with_60_cases(
    client, library, site_tree, who, query, django_assert_max_num_queries
):
    from core.choices import Role
    from home.factories import UserFactory
    from tests.learning.helpers import QUERY_LIMIT, count_queries

    index = site_tree.pages[("lv", "case-studies")]
    governance = library["vaxjo"].sectors.first()
    if who == "trainee":
        client.force_login(UserFactory(roles=[Role.TRAINEE]))
    url = f"{URL}?{urlencode(query, doseq=True)}"
    grow_library(index, governance, 5)
    few = count_queries(client, url)
    grow_library(index, governance, 50, start=5)
    client.get(url)

    with django_assert_max_num_queries(QUERY_LIMIT) as many:
        response = client.get(url)

    assert CaseStudyPage.objects.count() == 60
    assert response.context["results"].paginator.count >= 13
    assert len(many.captured_queries) == few


def test_sort__title_follows_latvian_alphabetical_order_on_postgresql(client, site_tree):
    from django.db import connection

    index = site_tree.pages[("lv", "case-studies")]
    for slug, title in [("d", "Dobele"), ("c", "Čiekurkalns"), ("e", "Cēsis"), ("a", "Ādaži")]:
        CaseStudyPageFactory(parent=index, slug=slug, title=title)

    titles = [case.title for case in client.get(URL, {"sort": "title"}).context["results"]]

    if connection.vendor == "postgresql":
        assert titles == ["Ādaži", "Cēsis", "Čiekurkalns", "Dobele"]
    else:  # SQLite compares code points: letters with diacritics sort after z
        assert titles == ["Cēsis", "Dobele", "Ādaži", "Čiekurkalns"]


def test_unpublished_case__is_hidden_from_page_library_search_export_and_api(client, library):
    library["tartu"].unpublish()

    page = client.get("/lv/case-studies/tartu/")
    listed = slugs(client.get(URL))
    searched = slugs(client.get(URL, {"q": "Tartu"}))
    exported = client.get(URL, {"format": "csv"}).content.decode()
    api = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage"}).json()["items"]

    assert page.status_code == HTTPStatus.NOT_FOUND
    assert "tartu" not in listed
    assert searched == []
    assert "Tartu enerģētikas aģentūra" not in exported
    assert "Tartu enerģētikas aģentūra" not in [item["title"] for item in api]


def test_filters__the_form_shows_the_choices_made(client, library):
    html = client.get(URL, {"kind": "mitigation", "country": "ES", "sort": "title"}).content

    selected = set(re.findall(r'<option value="([^"]+)" selected>', html.decode()))

    assert selected == {"mitigation", "ES", "title"}  # and no other choice
