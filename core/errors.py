"""The site's own error pages, in the language of the address, each with a way back.

Django answers a 403 with a bare English "403 Forbidden", a 405 or 429 with an empty body, and
a 500 with whatever `500.html` can render without a request. Every error a reader can meet
comes here instead: 400, 403 (CSRF failures included), 404, 405 and 429 extend the site's
layout; 500 and 503 use a layout of their own that needs no database, because the database is
what has often failed. The API answers in JSON and the admin with Wagtail's screens, so their
responses are left alone.
"""

from http import HTTPStatus

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation

# What the site layout may wrap: the page cache's excluded prefixes answer in their own way.
UNTOUCHED_PREFIXES = ("/admin/", "/api/", "/documents/", "/healthz")
# Statuses whose empty answers (HttpResponseNotAllowed, a bare HttpResponse(status=...))
# become the site's page.
FILLED_STATUSES = {
    HTTPStatus.BAD_REQUEST,
    HTTPStatus.FORBIDDEN,
    HTTPStatus.NOT_FOUND,
    HTTPStatus.METHOD_NOT_ALLOWED,
    HTTPStatus.TOO_MANY_REQUESTS,
}


def language_of(request):
    """The language of the address (`/en/...`), else the site's first language.

    An error can be raised before LocaleMiddleware has activated anything (in a middleware
    that runs before it, or when the database fails while the session loads), so the path
    decides, not the active language.
    """
    path = getattr(request, "path_info", "") if request is not None else ""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


def error_page(request, status, template=None, context=None):
    """A page of the site's layout for an error status, rendered in the address's language."""
    template = template or f"{status}.html"
    with translation.override(language_of(request)):
        content = render_to_string(template, context or {}, request=request)
    return HttpResponse(content, status=status)


def standalone_page(request, status, template=None):
    """An error page that needs neither the database nor the request's middleware state.

    No context processors run (they read the Site, the shell and settings from the database);
    the template gets only the language, and its links are built from it.
    """
    template = template or f"{status}.html"
    language = language_of(request)
    with translation.override(language):
        content = render_to_string(template, {"language": language})
    return HttpResponse(content, status=status)


def is_site_page(request):
    return not request.path_info.startswith(UNTOUCHED_PREFIXES)


class ErrorPageMiddleware:
    """Gives empty error answers the site's page: Django's 405 and any bare 4xx a view returns.

    Responses with content of their own (a form redisplayed with errors at 400, the lockout
    page at 429) are kept as they are.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code in FILLED_STATUSES
            and not response.streaming
            and not response.content
            and is_site_page(request)
        ):
            page = error_page(request, response.status_code)
            for header in ("Allow", "Retry-After", "Vary", "Cache-Control"):
                if header in response:
                    page[header] = response[header]
            return page
        return response


class NulCharacterMiddleware:
    """A NUL character in the address or its query string answers 400, before any view.

    No text the site stores or looks up may hold one: PostgreSQL refuses it in any string and
    SQLite's search reads it as the end of the query, so a lookup of `/certificates/%00/` or a
    calendar address with a NUL failed with a 500 wherever the value reached the database.
    Forms refuse it already (Django's CharField validates it away); addresses are refused here,
    once for every view. The API answers in its own JSON shape.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul(request):
            if request.path_info.startswith("/api/"):
                return JsonResponse(
                    {"message": "NUL characters are not allowed in the address."}, status=400
                )
            return error_page(request, 400)
        return self.get_response(request)


def has_nul(request):
    if "\x00" in request.path_info:
        return True
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in request.GET.lists()
    )
