"""Values looked up once per request and then reused until the response is sent.

Some lookups run on every page, often several times, from code that has no request at hand:
the default and active Wagtail locales (progress records, the site search, form choices). They
change almost never, but a cache that outlives the request would need invalidation on every
server. Keeping them for one request only is always correct and still saves the repeats.

The store lives in a context variable that `request_started` opens and `request_finished`
closes, so it follows one request in a thread or an asyncio task. Outside a request
(management commands, the worker, tests calling code directly) nothing is cached and every
call computes afresh. Code that changes a cached value mid-request calls `clear()`.
"""

import functools
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.signals import request_finished, request_started

_store: ContextVar[dict | None] = ContextVar("request_cache", default=None)


def _open(**kwargs):
    _store.set({})


def _close(**kwargs):
    _store.set(None)


request_started.connect(_open, dispatch_uid="request-cache-open")
request_finished.connect(_close, dispatch_uid="request-cache-close")


@contextmanager
def scope():
    """Cache as one request does, for work done outside a request (and for tests)."""
    token = _store.set({})
    try:
        yield
    finally:
        _store.reset(token)


def clear(**kwargs):
    """Forget this request's values; usable as a signal receiver."""
    store = _store.get()
    if store is not None:
        store.clear()


def per_request(func):
    """Decorate a function so each request computes it once per distinct (hashable) arguments."""

    @functools.wraps(func)
    def wrapper(*args):
        store = _store.get()
        if store is None:
            return func(*args)
        key = (func, args)
        if key not in store:
            store[key] = func(*args)
        return store[key]

    return wrapper
