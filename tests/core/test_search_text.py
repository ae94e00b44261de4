"""The word forms the search index and the query are reduced to (core.search.text)."""

import pytest

from core.search.text import fold, index_text, stem, words


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("lv", ["enerģija", "enerģijas", "enerģiju", "enerģijai", "enerģijā", "ENERGIJA"]),
        ("lv", ["pašvaldība", "pašvaldības", "pašvaldībām", "pasvaldiba", "pašvaldībā"]),
        ("lv", ["plāns", "plānu", "plānā", "plāna", "plāni", "plāniem"]),
        ("lv", ["ēka", "ēku", "ēkām", "ēkās", "ēkai", "ēkas"]),
        ("lv", ["energopārvaldnieks", "energopārvaldnieka", "energopārvaldniekam"]),
        ("en", ["plan", "plans", "planning", "planned"]),
        ("en", ["building", "buildings"]),
    ],
)
def test_stem__every_form_of_a_word_meets_on_one_stem(language, forms):
    stems = {stem(word, language) for form in forms for word in words(form)}

    assert len(stems) == 1, stems


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("lv", "ēka", "ēna"),
        ("lv", "plāns", "plūsma"),
        ("lv", "gāze", "gads"),
        ("en", "plan", "plant"),
    ],
)
def test_stem__different_words_stay_apart(language, one, other):
    assert stem(fold(one), language) != stem(fold(other), language)


def test_fold__drops_marks_and_case_and_spells_out_ligatures():
    assert fold("Pašvaldība Växjö Ķekava ß") == "pasvaldiba vaxjo kekava ss"


def test_index_text__keeps_each_word_beside_its_stem_and_numbers_whole():
    assert index_text("Enerģijas 2030", "lv") == "energijas energij 2030"
    assert index_text("Plans", "en") == "plans plan"


def test_words__leaves_out_runs_longer_than_any_word():
    assert words("a" * 41 + " ēka") == ["eka"]
