"""A reader's query, widened to the indexed terms it may mean, as a Wagtail search query.

Each word of the query (folded, at most `MAX_WORDS`) stands for the indexed terms that are:
- the word itself or its stem ("enerģijā" → "energija", "energij");
- terms it begins, when it has three letters or more ("klimat" → "klimats", "klimat…");
- when the word as typed is not one the site holds, terms one typing slip away (a letter
  missing, extra, wrong or two letters swapped), if it has five letters or more ("enerģjas" →
  "energijas", "Salaspilss" → "salaspils").
One query of `core.SearchTerm` finds which of those exist. Every word must match (an `And`
of one `PlainText` per word, its terms joined by "or"); a word that matches nothing at all
is left out rather than emptying the results, and `Expansion.ignored` names it. The terms
are `[a-z0-9]` only, so no character a reader types reaches a backend's query parser.
"""

from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Q
from wagtail.search.query import And, PlainText

from ..models import SearchTerm
from .text import stem, words

MAX_WORDS = 10
MIN_PREFIX = 3
MIN_TYPO = 5
# The shortest of a prefix's terms are the likeliest words (stems and short forms first).
MAX_PREFIX_TERMS = 30
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
ORDER = "0123456789" + ALPHABET


def one_slip(word):
    """Every string one deletion, transposition, substitution or insertion away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in ALPHABET if c != b[0]}
    inserts = {a + c + b for a, b in splits for c in ALPHABET}
    return (deletes | swaps | replaces | inserts) - {word}


def after_prefix(prefix):
    """The first string after every string that starts with `prefix` (None: no bound).

    Used as `term < after_prefix(p)`: a range an index answers, where `LIKE 'p%'` is not on
    SQLite. Terms are `[0-9a-z]`, which sort in that order in every collation.
    """
    while prefix:
        last = prefix[-1]
        if last != ORDER[-1]:
            return prefix[:-1] + ORDER[ORDER.index(last) + 1]
        prefix = prefix[:-1]
    return None


@dataclass
class Word:
    text: str
    exact: set
    slips: set = field(default_factory=set)
    terms: list = field(default_factory=list)  # the indexed terms it stands for
    by_prefix: bool = False

    @property
    def prefix_condition(self):
        if len(self.text) < MIN_PREFIX:
            return None
        upper = after_prefix(self.text)
        condition = Q(term__gte=self.text)
        return condition & Q(term__lt=upper) if upper else condition


@dataclass
class Expansion:
    words: list
    ignored: list
    language: str = "lv"

    @property
    def query(self):
        """The Wagtail query, or None when no word matches anything."""
        # One PlainText of a word's terms with the "or" operator, not an Or of one PlainText
        # per term: the same match, compiled four times faster (31 terms for "energ").
        parts = [PlainText(" ".join(word.terms), operator="or") for word in self.words]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def matches(self, term):
        """Which query words a folded word of a result (a title, a snippet) answers."""
        found = set()
        stemmed = stem(term, self.language)
        for word in self.words:
            if term in word.terms or stemmed in word.terms:
                found.add(word.text)  # "ēku" has the stem "ek" of "ēka"
            elif word.by_prefix and term.startswith(word.text):
                found.add(word.text)
            elif any(term.startswith(indexed) for indexed in word.terms if len(indexed) >= 4):
                found.add(word.text)  # "energijas" begins with the stem "energij"
        return found


def expand(query, language):
    """The `Expansion` of a query string in `language` ("lv" or "en")."""
    unique = list(dict.fromkeys(words(query)))[:MAX_WORDS]
    query_words = []
    for text in unique:
        query_word = Word(text, exact={text, stem(text, language)})
        if len(text) >= MIN_TYPO:
            query_word.slips = one_slip(text)
            query_word.slips |= {stem(slip, language) for slip in query_word.slips}
        query_words.append(query_word)
    if not query_words:
        return Expansion([], [], language)

    wanted = set().union(*(word.exact | word.slips for word in query_words))
    conditions = [Q(term__in=sorted(wanted))]
    conditions += [word.prefix_condition for word in query_words if word.prefix_condition]
    known = set(
        SearchTerm.objects.filter(reduce(lambda a, b: a | b, conditions)).values_list(
            "term", flat=True
        )
    )

    kept, ignored = [], []
    for word in query_words:
        terms = word.exact & known
        prefixed = sorted(
            (term for term in known if term.startswith(word.text) and term not in terms),
            key=lambda term: (len(term), term),
        )
        if len(word.text) >= MIN_PREFIX and prefixed:
            terms |= set(prefixed[:MAX_PREFIX_TERMS])
            word.by_prefix = True
        if not terms or word.text not in known:
            # Not a word the site holds as typed ("liepajs" beside the stem "liepaj"): a slip.
            terms |= word.slips & known
        if terms:
            word.terms = sorted(terms)
            kept.append(word)
        else:
            ignored.append(word.text)
    return Expansion(kept, ignored, language)
