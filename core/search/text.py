"""Text as the search index holds it: folded words, each followed by its stem.

One function reduces both what is indexed and what is asked, so an indexed page and a query
meet on the same terms whatever the database. A word keeps its folded full form beside its
stem: a prefix typed so far ("enerģij") may be longer than the stem ("energij" from
"enerģija" is not, but "plān" → "plan" is), and a query word matches either.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from . import latvian

WORD = re.compile(r"[a-z0-9]+")
# Letters that Unicode does not decompose into a base letter and a mark.
FOLDED = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "å": "a", "œ": "oe", "đ": "d", "ł": "l"})
ENGLISH = snowballstemmer.stemmer("english")
# A word longer than this is not a word anybody searches for (a URL, a hash, a typo'd paste).
LONGEST_WORD = 40


def fold(text):
    """Lower case, without diacritics: "Pašvaldība" → "pasvaldiba", "Växjö" → "vaxjo"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(FOLDED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """The folded words of `text`, in order."""
    return [word for word in WORD.findall(fold(text)) if len(word) <= LONGEST_WORD]


@lru_cache(maxsize=200_000)
def stem(word, language):
    """The stem of a folded word in `language` ("lv" or "en"); numbers stay as they are.

    Kept for the words asked about most: a query's typing slips are hundreds of strings.
    """
    if word.isdigit():
        return word
    if language == "en":
        return ENGLISH.stemWord(word)
    return latvian.stem(word)


def index_text(text, language):
    """What the index holds for `text`: each word, followed by its stem where that differs."""
    terms = []
    for word in words(text):
        terms.append(word)
        stemmed = stem(word, language)
        if stemmed != word:
            terms.append(stemmed)
    return " ".join(terms)


def plain(value):
    """A search field's value (a string, a list of block texts, None) as one string."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(plain(item) for item in value)
    if isinstance(value, dict):
        return " ".join(plain(item) for item in value.values())
    return str(value)
