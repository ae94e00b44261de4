from http import HTTPStatus
from importlib import import_module

import pytest
from django.core.management import call_command

from learning.factories import LearningIndexPageFactory


@pytest.fixture
def indexed_tree(site_tree):
    home_lv = site_tree.homes["lv"]
    LearningIndexPageFactory(
        parent=home_lv,
        slug="liepaja",
        title="Liepājas pieredze",
        intro="<p>Liepāja ir mentors Jūrmalai, Saldus un Salaspils novadiem; ēnošana.</p>",
    )
    call_command("update_index", verbosity=0)
    return site_tree


# The tables home/migrations/0008 indexes: every one site search asks the backend about.
SEARCHED_TABLES = import_module("home.migrations.0008_search_object_id_indexes").TABLES


def result_titles(response):
    return [result.title for result in response.context["results"]]


@pytest.mark.parametrize(
    "query", ["Liepājas", "Liepajas", "LIEPAJAS", "ēnošana", "enosana", "Jūrmalai", "jurmalai"]
)
def test_search__matches_with_and_without_diacritics(client, indexed_tree, query):
    response = client.get("/lv/search/", {"q": query})

    assert response.status_code == HTTPStatus.OK
    assert "Liepājas pieredze" in result_titles(response)


def test_search__returns_only_pages_in_the_readers_language(client, indexed_tree):
    response = client.get("/en/search/", {"q": "Liepajas"})

    assert result_titles(response) == []
    assert "0 results" in response.content.decode()


def test_search__finds_english_pages_in_english(client, indexed_tree):
    response = client.get("/en/search/", {"q": "Case studies"})

    assert "Case studies" in result_titles(response)


def test_search__leaves_out_unpublished_pages(client, indexed_tree):
    page = indexed_tree.pages[("lv", "learning")]
    page.unpublish()

    response = client.get("/lv/search/", {"q": "Mācības"})

    assert "Mācības" not in result_titles(response)


def test_search__echoes_the_query_escaped(client, indexed_tree):
    response = client.get("/en/search/", {"q": '<script>alert("x")</script>'})

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "OR (", "*", "-", "a:b", "NOT", "'", "%", "\\", "^", "ener*gija"],
)
def test_search__odd_syntax_is_not_an_error(client, indexed_tree, query):
    response = client.get("/lv/search/", {"q": query})

    assert response.status_code == HTTPStatus.OK


def test_search__too_long_query_gets_a_translated_error_and_no_results(client, indexed_tree):
    response = client.get("/lv/search/", {"q": "a" * 201})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response.context["results"] is None
    assert "Meklējamais teksts ir pārāk garš" in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()


def test_search__empty_query_shows_the_form_only(client, indexed_tree):
    response = client.get("/lv/search/", {"q": "   "})

    assert response.status_code == HTTPStatus.OK
    assert response.context["results"] is None


def test_search__paginates_ten_per_page(client, indexed_tree):
    home_lv = indexed_tree.homes["lv"]
    for n in range(12):
        LearningIndexPageFactory(
            parent=home_lv, slug=f"saules-{n}", title=f"Saules enerģija {n}", intro="<p>Saule</p>"
        )
    call_command("update_index", verbosity=0)

    first = client.get("/lv/search/", {"q": "Saules"})
    second = client.get("/lv/search/", {"q": "Saules", "page": "2"})
    beyond = client.get("/lv/search/", {"q": "Saules", "page": "99"})
    malformed = client.get("/lv/search/", {"q": "Saules", "page": "x"})

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert result_titles(beyond) == result_titles(second)
    assert result_titles(malformed) == result_titles(first)
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert "q=Saules&amp;page=2" in first.content.decode()


def test_search__query_count_is_bounded(client, indexed_tree, django_assert_max_num_queries):
    # On a cold cache: the page's own (site, locales, navigation, settings), the search scope
    # (restrictions, section pages), the terms, the kinds searched and a page type's texts.
    with django_assert_max_num_queries(20):
        client.get("/lv/search/", {"q": "Liepajas"})


def test_search__queries_are_the_same_at_any_size(client, indexed_tree):
    """Terms, pages, municipalities, regions, SECAP steps, public visits, and the locales
    every page reads: 7, whether the site holds one matching page or sixty."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from exchanges.factories import MunicipalityFactory, VisitFactory

    def count():
        client.get("/lv/search/", {"q": "Liepajas"})  # fills the caches a server keeps warm
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/lv/search/", {"q": "Liepajas"})
        return len(queries), response.context["results"].paginator.count

    small, found_small = count()
    home_lv = indexed_tree.homes["lv"]
    for n in range(20):
        LearningIndexPageFactory(
            parent=home_lv,
            slug=f"liepaja-{n}",
            title=f"Liepājas pieredze {n}",
            intro="<p>Liepāja</p>",
        )
        MunicipalityFactory(name=f"Liepājas apkaime {n}", slug=f"liepaja-{n}")
        VisitFactory(title=f"Vizīte Liepājā {n}", is_public=True)
    call_command("update_index", verbosity=0)
    large, found_large = count()

    assert found_large >= found_small + 40
    assert small == large <= 8


def test_search__a_page_made_private_leaves_the_results_at_once(client, indexed_tree):
    from wagtail.models import Page, PageViewRestriction

    page = Page.objects.get(slug="liepaja")
    before = result_titles(client.get("/lv/search/", {"q": "Liepajas"}))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    after = result_titles(client.get("/lv/search/", {"q": "Liepajas"}))
    suggested = client.get("/lv/search/suggestions/", {"q": "Liepajas"}).json()["suggestions"]

    assert "Liepājas pieredze" in before
    assert "Liepājas pieredze" not in after
    assert "Liepājas pieredze" not in [item["title"] for item in suggested]


@pytest.mark.django_db
def test_search_index__each_database_has_its_hint_for_the_planner():
    """home/migrations/0005 and 0006: without them a search restricted to one page type walked
    every index entry of that type (see tests/casestudies for the plans themselves); 0008:
    without it PostgreSQL read every candidate record to join it to the entries found."""
    from django.db import connection
    from wagtail.models import Page

    from exchanges.models import Advice, Measure, Municipality, PlanningRegion, Visit
    from learning.models import SecapStep
    from tests.plans import PG_INDEX, plan

    searched = (Page, Municipality, PlanningRegion, Visit, Advice, Measure, SecapStep)
    assert {model._meta.db_table for model in searched} == set(SEARCHED_TABLES)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'wagtailsearch_indexentry'")
            hinted = {row[0] for row in cursor.fetchall()}
            cursor.execute("PRAGMA index_list('wagtailsearch_indexentry')")
            indexes = {row[1] for row in cursor.fetchall()}
            # the content type's own index and (content type, object id)
            assert len(hinted) == 2
            assert hinted <= indexes
        else:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [PG_INDEX])
            (definition,) = cursor.fetchone()
            assert "gin" in definition
            assert "(title || body)" in definition
            # home/migrations/0008: entries join back to the records searched by an index.
            cursor.execute("SELECT tablename FROM pg_indexes WHERE indexname LIKE '%%_id_text_idx'")
            tables = {row[0] for row in cursor.fetchall()}
            assert tables >= set(SEARCHED_TABLES)
            steps = plan(
                "SELECT v.id FROM wagtailsearch_indexentry e JOIN exchanges_visit v"
                " ON (v.id)::varchar(50)::text = e.object_id WHERE e.id = 1",
                postgresql_off=("enable_seqscan", "enable_hashjoin", "enable_mergejoin"),
            )
            assert any("exchanges_visit_id_text_idx" in step for step in steps), steps


@pytest.mark.parametrize(
    "query", ["Liepāja", "Liepājai", "Liepajā", "liepaj", "Liepājs", "LIEPAJAS pieredze"]
)
def test_search__finds_any_form_prefix_or_slip_of_a_word(client, indexed_tree, query):
    response = client.get("/lv/search/", {"q": query})

    assert "Liepājas pieredze" in result_titles(response)


def test_search__highlights_the_match_escaped(client, indexed_tree):
    response = client.get("/lv/search/", {"q": "ēnošanu"})

    assert "<mark>ēnošana</mark>" in response.content.decode()


def test_search__nul_in_the_query_is_a_bad_request_not_an_outage(client, indexed_tree):
    response = client.get("/lv/search/", {"q": "liep\x00aja"})

    assert response.status_code == HTTPStatus.BAD_REQUEST
