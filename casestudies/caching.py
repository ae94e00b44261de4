"""Results computed from the whole library, kept in the cache until the library changes.

The list of countries in the library's filter and each case's related cases look at thousands
of case studies at European scale; they change only when a case study, its links or privacy
change. Every such change (`signal_handlers`) bumps a generation number, which retires every
stored result on every server at once; the timeout bounds the life of a result after a change
made without signals (bulk inserts: `bump` after them).
"""

from django.core.cache import cache

from config.generations import Generation

GENERATION = Generation("casestudies")
TIMEOUT = 60 * 60


def cached(name, key, compute):
    """`compute()`, stored under `name` and `key` for the current library generation."""
    full_key = GENERATION.key(name, key)
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, TIMEOUT)
    return value


retire = GENERATION.retire
bump = GENERATION.bump
