"""The course outline anonymous readers see, kept in the cache until a course changes.

Every anonymous read of a lesson or of the catalogue built the module and its lessons from a
query of page instances, the costliest part of the page. The outline is the same for every
anonymous reader and changes only when a learning page is published, unpublished, saved, moved
or deleted, or a view restriction changes (`signal_handlers`); each such change advances a
generation number, which retires every stored outline on every server at once.

Only anonymous readers' outlines are stored: a signed-in trainee's carries their progress,
which no shared key may hold. Page instances are stored without URLs; those are drawn for the
request's site when the page is rendered.
"""

from core.generations import Generation

GENERATION = Generation("learning")
TIMEOUT = 60 * 60


def cached(name, key, compute):
    """`compute()`, stored under `name` and `key` for the current generation."""
    return GENERATION.cached(name, key, compute, TIMEOUT)


retire = GENERATION.retire
