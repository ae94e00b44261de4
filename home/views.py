import json
import logging
import re

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from config.locales import active_locale
from config.pages import all_pages
from config.pagination import paginate

from .personal_data import export_user_data

logger = logging.getLogger(__name__)

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200
WORD = re.compile(r"\w+")


def search_terms(query):
    """The words of a query, without the punctuation some search backends parse as syntax.

    A stray quote or parenthesis is a typo to the reader, but a syntax error to SQLite's FTS5.
    """
    return " ".join(WORD.findall(query))


def search(request):
    """Site-wide search over live public pages in the reader's language."""
    query = request.GET.get("q", "").strip()
    error = None
    results = None
    if len(query) > SEARCH_QUERY_MAX_LENGTH:
        error = _("The search text is too long: use at most %(max)d characters.") % {
            "max": SEARCH_QUERY_MAX_LENGTH
        }
    elif query:
        pages = all_pages().live().public_searchable().filter(locale=active_locale()).specific()
        terms = search_terms(query)
        found = pages.search(terms) if terms else pages.none()
        results = paginate(request, found, SEARCH_RESULTS_PER_PAGE)
    return TemplateResponse(
        request,
        "home/search.html",
        {"search_query": query, "results": results, "error": error},
        status=400 if error else 200,
    )


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


def robots_txt(request):
    """Crawlers may read every public page but not the admin or anyone's workspace."""
    from django.urls import reverse

    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: /{code}/exchanges/workspace/" for code in ("lv", "en")]
    lines += [f"Disallow: /{code}/accounts/" for code in ("lv", "en")]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
