import json
import logging
import sys

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from core.absolute import absolute_url
from core.errors import error_page, standalone_page
from core.outage import is_outage, outage_response
from core.pagination import paginate

from .personal_data import export_user_data
from .search import SiteSearch, Suggestions

logger = logging.getLogger(__name__)

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200
PRIVATE_RESULTS = 10


def search(request):
    """Site-wide search: public records in the reader's language, and the reader's own."""
    query = request.GET.get("q", "").strip()
    error = None
    results = None
    private = []
    ignored = []
    if len(query) > SEARCH_QUERY_MAX_LENGTH:
        error = _("The search text is too long: use at most %(max)d characters.") % {
            "max": SEARCH_QUERY_MAX_LENGTH
        }
    elif query:
        site_search = SiteSearch(request, query)
        outcome = site_search.run()
        results = paginate(request, outcome.results, SEARCH_RESULTS_PER_PAGE)
        site_search.fill(results.object_list)
        private = site_search.fill(outcome.private[:PRIVATE_RESULTS])
        ignored = outcome.ignored
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "search_query": query,
            "results": results,
            "private_results": private,
            "ignored_words": ignored,
            "error": error,
        },
        status=400 if error else 200,
    )


def search_suggestions(request):
    """Titles for the search box while the reader types, as JSON: public pages only.

    `{"query": …, "status": …, "suggestions": [{"title", "url", "kind"}, …]}`, the status
    being what a screen reader announces; empty before the third letter. A query longer than
    the search form allows is a 400 with a translated message.
    """
    query = request.GET.get("q", "")
    if len(query) > SEARCH_QUERY_MAX_LENGTH:
        message = _("The search text is too long: use at most %(max)d characters.")
        return JsonResponse({"error": message % {"max": SEARCH_QUERY_MAX_LENGTH}}, status=400)
    suggestions = Suggestions(request, query)
    found = suggestions.run()
    if found:
        status = ngettext(
            "%(count)d suggestion: use the arrow keys to choose.",
            "%(count)d suggestions: use the arrow keys to choose.",
            len(found),
        ) % {"count": len(found)}
    else:
        status = _("No suggestions: press Enter to search.") if suggestions.text else ""
    response = JsonResponse(
        {
            "query": query,
            "status": status,
            "suggestions": [
                {"title": item.title, "url": item.url, "kind": item.kind} for item in found
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "max-age=60"
    return response


@never_cache
def healthz(request):
    """Liveness for load balancers: 200 only when the database answers a query."""
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@login_required
def my_data(request):
    """Everything the site holds that refers to the reader, as a JSON download."""
    data = export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


# The error handlers (config/urls.py): the site's own pages, in the address's language.


def bad_request(request, exception=None):
    return error_page(request, 400)


def permission_denied(request, exception=None):
    return error_page(request, 403)


def page_not_found(request, exception=None):
    return error_page(request, 404)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its token, most often from a page left open."""
    return error_page(request, 403, "403_csrf.html")


def server_error(request):
    """Every uncaught exception ends here, wherever it was raised: a database outage is 503.

    Django calls the handler while it handles the exception, so `sys.exc_info()` holds it.
    """
    if is_outage(sys.exc_info()[1]):
        return outage_response(request)
    return standalone_page(request, 500)


def robots_txt(request):
    """Crawlers may read every public page but not the admin or anyone's workspace."""
    from django.urls import reverse

    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: /{code}/exchanges/workspace/" for code in ("lv", "en")]
    lines += [f"Disallow: /{code}/accounts/" for code in ("lv", "en")]
    lines.append(f"Sitemap: {absolute_url(request, reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
