"""Results computed from the whole library, kept in the cache until the library changes.

The list of countries in the library's filter and each case's related cases look at thousands
of case studies at European scale; they change only when a case study, its links or privacy
change. Every such change (`signal_handlers`) bumps a generation number, which retires every
stored result on every server at once; the timeout bounds the life of a result after a change
made without signals (bulk inserts: `bump` after them).
"""

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "casestudies:generation"
TIMEOUT = 60 * 60


def cached(name, key, compute):
    """`compute()`, stored under `name` and `key` for the current library generation."""
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    full_key = f"casestudies:{name}:{generation}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, TIMEOUT)
    return value


def retire(**kwargs):
    """Retire every stored result now, and again once the change is committed.

    Now, so the rest of the transaction sees the change; again at commit, because a request
    in between may have stored a result computed from what was committed before.
    """
    bump()
    transaction.on_commit(bump)


def bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
