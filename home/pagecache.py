"""Whole responses for anonymous readers, served from the cache.

Most traffic is anonymous reading: the course, the case library, municipality pages. Those
responses are the same for every anonymous reader of a URL, so they are kept in the cache
(the shared Redis cache when several app servers run) and answered before sessions, locale,
authentication or Wagtail's routing run.

What is never stored: anything but a plain GET answered 200; a request carrying a session or
messages cookie (a signed-in reader, or one with a notice to show); a response that sets a
cookie (a page with a form sets the CSRF cookie), says `Cache-Control: private`, `no-cache` or
`no-store`, varies on everything, or is a download; and the admin, documents and the API.

Every key carries a generation number. Publishing, unpublishing, moving or deleting a page,
and saving or deleting any record that public pages show, bumps it once the transaction
commits, which retires every stored response on every server at once. `PAGE_CACHE_SECONDS`
bounds how long a copy lives (pages that show "upcoming" visits change with the date).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age

from config.generations import Generation

GENERATION = Generation("page-cache")
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/api/", "/healthz")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


# Retire every stored response, once the change that called for it is committed.
invalidate = GENERATION.bump_on_commit


def _request_key(request):
    if request.method != "GET" or request.path.startswith(EXCLUDED_PREFIXES):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    address = f"{request.scheme}://{host}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return GENERATION.key(digest)


def _storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.get("Content-Disposition", "").startswith("attachment"):
        return False
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & UNCACHEABLE_DIRECTIVES or get_max_age(response) == 0:
        return False
    return "*" not in response.get("Vary", "")


class AnonymousPageCacheMiddleware:
    """Answers anonymous GETs from the cache; stores what the rest of the stack answered.

    It sits just inside SecurityMiddleware, so security headers are added to every answer, and
    outside everything else, so a stored response already carries the CSP and frame headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _request_key(request) if enabled() else None
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return response
        response = self.get_response(request)
        if _storable(response):
            cache.set(key, (response.content, list(response.items())), settings.PAGE_CACHE_SECONDS)
        return response
