"""Generation numbers: retire every cached copy of one kind at once, on every server.

A kind of cached result (the site shell, whole pages, calendar feeds, the case library's
lists) keeps its entries under keys that carry the kind's current generation. Bumping the
number retires them all at once without finding them; the old entries expire on their own.
Several app servers see the same number through the shared cache.
"""

from django.core.cache import cache
from django.db import transaction


class Generation:
    def __init__(self, name):
        self.name = name
        self.counter_key = f"{name}:generation"

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

    def bump(self, **kwargs):
        """Retire every entry now; `**kwargs` lets it be a signal receiver."""
        try:
            cache.incr(self.counter_key)
        except ValueError:  # not set yet, or evicted
            cache.set(self.counter_key, 2, None)

    def bump_on_commit(self, **kwargs):
        """Retire every entry once the change that called for it is committed."""
        transaction.on_commit(self.bump)

    def retire(self, **kwargs):
        """Retire every entry now, so this transaction reads its own change, and again on
        commit, because another request may have stored the old state in between."""
        self.bump()
        transaction.on_commit(self.bump)
