"""Values kept for one request: the locales, read once and never kept longer."""

import pytest

from core import request_cache
from core.locales import active_locale, default_locale, localized


def test_per_request__computes_once_per_arguments_within_a_request_and_afresh_after():
    calls = []

    @request_cache.per_request
    def value(argument):
        calls.append(argument)
        return len(calls)

    with request_cache.scope():
        first = [value("a"), value("a"), value("b")]
    with request_cache.scope():
        second = value("a")
    outside = [value("a"), value("a")]

    assert first == [1, 1, 2]
    assert second == 3
    assert outside == [4, 5]


def test_locales__are_read_once_per_request(site_tree, django_assert_num_queries):
    with request_cache.scope(), django_assert_num_queries(1):
        assert default_locale().language_code == "lv"
        assert active_locale() == default_locale()


def test_localized__finds_the_translations_in_one_query_per_page_type(
    site_tree, django_assert_num_queries
):
    from django.utils import translation

    from learning.factories import LearningIndexPageFactory

    home_lv, home_en = site_tree.homes["lv"], site_tree.homes["en"]
    untranslated = LearningIndexPageFactory(parent=home_lv, slug="only-lv")
    pages = [
        site_tree.pages[("lv", "learning")],
        untranslated,
        site_tree.pages[("lv", "accessibility")],
    ]
    with translation.override("en"), django_assert_num_queries(3):  # locale, then two types
        found = localized(pages)
    with translation.override("lv"), django_assert_num_queries(1):  # the locale only
        same = localized(pages)

    assert [page.pk for page in found] == [
        site_tree.pages[("en", "learning")].pk,
        untranslated.pk,
        site_tree.pages[("en", "accessibility")].pk,
    ]
    assert same == pages
    assert home_en.pk != home_lv.pk


@pytest.mark.parametrize("who", ["visitor", "trainee"])
def test_site_pages__read_the_private_sections_at_most_once(client, site_tree, who):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.factories import UserFactory

    if who == "trainee":
        client.force_login(UserFactory())
    client.get("/lv/case-studies/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/lv/case-studies/")

    # Listings and the page's own check use subqueries; the full list is read at most once.
    whole_list = 'FROM "wagtailcore_pageviewrestriction" INNER JOIN'
    assert len([query for query in captured if whole_list in query["sql"]]) <= 1
