"""A light stemmer for Latvian, on text whose diacritics are already folded.

The algorithm is Kreslins' (A stemming algorithm for Latvian, 1996) as Apache Lucene's
`LatvianStemmer` implements it: the first ending of the list that leaves enough vowels in the
stem is removed, and some endings undo the palatalisation they caused (`pj` → `p`). Folding
first (`ā` → `a`, `ļ` → `l`) merges the endings that differ only in length marks and does
Lucene's consonant un-palatalisation (`šņ` → `sn`, `ļ` → `l`) by itself, so the same stem
comes from "pašvaldībām", "pasvaldibam" and "PAŠVALDĪBĀM".
"""

# The fewest letters a stem keeps.
SHORTEST_STEM = 2
# (ending, vowels the stem must keep more than, whether the ending palatalised the stem);
# in Lucene's order, with endings that folding makes equal kept once.
ENDINGS = (
    ("ajiem", 3, False),
    ("ajai", 3, False),
    ("ajam", 2, False),
    ("ajos", 2, False),
    ("ajas", 2, False),
    ("iem", 2, True),
    ("aja", 2, False),
    ("ais", 2, False),
    ("ai", 2, False),
    ("ei", 2, False),
    ("am", 1, False),
    ("em", 1, False),
    ("im", 1, False),
    ("um", 1, False),
    ("us", 1, True),
    ("as", 1, False),
    ("es", 1, False),
    ("os", 1, True),
    ("ij", 1, False),
    ("is", 1, False),
    ("ie", 1, False),
    ("u", 1, True),
    ("a", 1, True),
    ("i", 1, True),
    ("e", 1, False),
    ("o", 1, False),
    ("s", 0, False),
)
VOWELS = frozenset("aeiou")
LABIAL_J = ("pj", "bj", "mj", "vj")


def stem(word):
    """The stem of one folded, lower-case Latvian word."""
    vowels = None  # counted once an ending fits: most words are asked about one ending
    for ending, keep, palatalised in ENDINGS:
        if len(word) < len(ending) + SHORTEST_STEM or not word.endswith(ending):
            continue
        if vowels is None:
            vowels = sum(1 for char in word if char in VOWELS)
        if vowels > keep:
            word = word[: -len(ending)]
            if palatalised and word.endswith(LABIAL_J):
                word = word[:-1]
            return word
    return word
