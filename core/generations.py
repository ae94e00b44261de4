"""Generation numbers: retire every cached copy of one kind at once, on every server.

A kind of cached result (the site shell, whole pages, calendar feeds, the case library's
lists) keeps its entries under keys that carry the kind's current generation. Advancing the
number (`retire`) retires them all at once without finding them; the old entries expire on
their own. Several app servers see the same number through the shared cache.
"""

from django.core.cache import cache
from django.db import transaction


class Generation:
    """One kind of cached result.

    `read_by_its_writer`: whether the transaction that changes what the kind holds may read it
    afterwards (an editor's request drawing the case library after saving a case, a calendar
    feed read after a visit is saved; every test, since a test runs in one transaction). Such a
    kind is retired at once as well as on commit. The page cache is not: only anonymous GETs
    read it, the key is chosen before the page is drawn, and a page whose drawing writes a row
    (a site's settings are made on first read) would be retired as it is stored.
    """

    def __init__(self, name, *, read_by_its_writer=True):
        self.name = name
        self.counter_key = f"{name}:generation"
        self.read_by_its_writer = read_by_its_writer

    def current(self):
        return cache.get_or_set(self.counter_key, 1, None)

    def key(self, *parts, generation=None):
        """A cache key of this kind for the current generation (or the one given)."""
        generation = self.current() if generation is None else generation
        return ":".join([self.name, str(generation), *map(str, parts)])

    def cached(self, name, key, compute, timeout, generation=None):
        """`compute()`, kept under `name` and `key` until the generation changes."""
        full_key = self.key(name, key, generation=generation)
        value = cache.get(full_key)
        if value is None:
            value = compute()
            cache.set(full_key, value, timeout)
        return value

    def retire(self, **kwargs):
        """Retire every entry once the transaction commits, and now if its writer reads it.

        On commit, because until then other requests still read the old rows and may store
        them under the number; now, so that the rest of the transaction reads its own change
        instead of a copy made before it. Outside a transaction both happen at once, which
        costs one more increment. `**kwargs` lets it be a signal receiver.
        """
        if self.read_by_its_writer:
            self._advance()
        transaction.on_commit(self._advance)

    def _advance(self):
        try:
            cache.incr(self.counter_key)
        except ValueError:  # not set yet, or evicted
            cache.set(self.counter_key, 2, None)
