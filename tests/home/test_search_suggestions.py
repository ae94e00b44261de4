"""Suggestions for the search box as the reader types: /<language>/search/suggestions/?q=…"""

from http import HTTPStatus

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from exchanges.factories import AdviceFactory, MunicipalityFactory
from home.factories import UserFactory
from learning.factories import LearningIndexPageFactory

URL = "/{}/search/suggestions/"


@pytest.fixture
def suggestible(site_tree):
    home_lv = site_tree.homes["lv"]
    LearningIndexPageFactory(
        parent=home_lv, slug="energija", title="Enerģijas uzskaite pašvaldību ēkās"
    )
    LearningIndexPageFactory(parent=home_lv, slug="liepaja", title="Liepājas pieredze")
    hidden = LearningIndexPageFactory(
        parent=home_lv, slug="slegta", title="Enerģijas slēgtā nodaļa"
    )
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    draft = LearningIndexPageFactory(
        parent=home_lv, slug="melnraksts", title="Enerģijas melnraksts"
    )
    draft.unpublish()
    MunicipalityFactory(name="Liepājas valstspilsēta", slug="liepaja")
    call_command("update_index", verbosity=0)
    return site_tree


def titles(response):
    return [item["title"] for item in response.json()["suggestions"]]


def test_suggestions__begin_after_the_third_letter(client, suggestible):
    two = client.get(URL.format("lv"), {"q": "En"})
    three = client.get(URL.format("lv"), {"q": "Ene"})

    assert two.status_code == three.status_code == HTTPStatus.OK
    assert titles(two) == []
    assert two.json()["status"] == ""
    assert sorted(titles(three)) == [
        "Energoplānošana pašvaldībās",
        "Enerģijas uzskaite pašvaldību ēkās",
    ]
    assert three["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("enerģ", ["Energoplānošana pašvaldībās", "Enerģijas uzskaite pašvaldību ēkās"]),
        ("ENERG", ["Energoplānošana pašvaldībās", "Enerģijas uzskaite pašvaldību ēkās"]),
        ("energijas", ["Enerģijas uzskaite pašvaldību ēkās"]),
        ("enerģiju", ["Enerģijas uzskaite pašvaldību ēkās"]),
        ("pasvaldibu ēk", ["Enerģijas uzskaite pašvaldību ēkās"]),
        ("pašvaldībām", ["Energoplānošana pašvaldībās", "Enerģijas uzskaite pašvaldību ēkās"]),
    ],
)
def test_suggestions__match_a_prefix_or_another_form_without_diacritics(
    client, suggestible, query, expected
):
    response = client.get(URL.format("lv"), {"q": query})

    assert sorted(titles(response)) == expected


def test_suggestions__a_municipality_whose_name_begins_so_comes_first(client, suggestible):
    response = client.get(URL.format("lv"), {"q": "Liep"})

    suggestions = response.json()["suggestions"]
    assert [item["title"] for item in suggestions] == [
        "Liepājas valstspilsēta",
        "Liepājas pieredze",
    ]
    assert suggestions[0]["url"] == "/lv/exchanges/municipalities/liepaja/"
    assert suggestions[0]["kind"] == "Pašvaldība"
    assert suggestions[1]["url"] == "/lv/liepaja/"


def test_suggestions__say_how_many_in_the_readers_language(client, suggestible):
    two = client.get(URL.format("lv"), {"q": "Liep"})
    none = client.get(URL.format("lv"), {"q": "zzzzz"})
    english = client.get(URL.format("en"), {"q": "zzzzz"})

    assert two.json()["status"] == "2 ieteikumi: izvēlieties ar bultiņu taustiņiem."
    assert none.json()["status"] == "Ieteikumu nav: nospiediet Enter, lai meklētu."
    assert english.json()["status"] == "No suggestions: press Enter to search."


def test_suggestions__only_pages_in_the_readers_language(client, suggestible):
    response = client.get(URL.format("en"), {"q": "Liep"})

    assert titles(response) == []


def test_suggestions__never_offer_restricted_or_unpublished_pages(client, suggestible):
    client.force_login(UserFactory())

    response = client.get(URL.format("lv"), {"q": "Enerģ"})

    assert "Enerģijas slēgtā nodaļa" not in titles(response)
    assert "Enerģijas melnraksts" not in titles(response)


def test_suggestions__never_offer_private_records_even_to_their_author(client, suggestible):
    advice = AdviceFactory(title="Enerģijas skaitītāju nomaiņa", given_by=UserFactory())
    call_command("update_index", verbosity=0)
    client.force_login(advice.given_by)

    response = client.get(URL.format("lv"), {"q": "Enerģ"})

    assert advice.title not in titles(response)


@pytest.mark.parametrize("query", ['"', "*", "(ener", "a:b", "^", "-ener", "ener*", "' OR 1=1"])
def test_suggestions__syntax_characters_are_not_an_error(client, suggestible, query):
    response = client.get(URL.format("lv"), {"q": query})

    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.json()["suggestions"], list)


def test_suggestions__too_long_a_query_is_a_translated_400(client, suggestible):
    response = client.get(URL.format("lv"), {"q": "ener" * 2500})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Meklējamais teksts ir pārāk garš" in response.json()["error"]


def test_suggestions__nul_is_a_bad_request(client, suggestible):
    response = client.get(URL.format("lv"), {"q": "ener\x00gija"})

    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_suggestions__query_count_is_bounded(client, suggestible, django_assert_max_num_queries):
    client.get(URL.format("lv"), {"q": "Liep"})  # the site and locales, cached after this

    with django_assert_max_num_queries(6):
        client.get(URL.format("lv"), {"q": "Ene"})
