"""Results computed from the whole library, kept in the cache until the library changes.

The library's filter choices, its counts and pages of cards, and each case's related cases look
at thousands of case studies at European scale; they change only when a case study, its links,
the sectors, steps and tags it is filed under, or privacy change. Every such change
(`signal_handlers`) advances a generation number, which retires every stored result on every
server at once; the timeout bounds the life of a result after a change made without signals
(bulk inserts: `retire` after them).

Nothing stored here depends on who reads it: the library shows every reader the same public
cases, and labels are translated when the page is drawn, not stored.
"""

import hashlib

from core.generations import Generation

GENERATION = Generation("casestudies")
TIMEOUT = 60 * 60


def cached(name, key, compute):
    """`compute()`, stored under `name` and `key` for the current library generation."""
    return Snapshot().cached(name, key, compute)


class Snapshot:
    """The cache as of one library generation, read once for several results of a request.

    Every result a request reads then belongs to the same generation, and the shared cache is
    asked for the number once instead of once per result.
    """

    def __init__(self):
        self.generation = GENERATION.current()

    def cached(self, name, key, compute):
        return GENERATION.cached(name, _digest(key), compute, TIMEOUT, self.generation)


def _digest(key):
    """A short key for any value with a stable `repr` (filters hold the reader's search words,
    which may be long or hold characters a cache key must not)."""
    text = repr(key)
    if len(text) <= 60 and text.isascii() and text.isprintable() and " " not in text:
        return text
    return hashlib.sha256(text.encode()).hexdigest()


retire = GENERATION.retire
