"""A database outage answers 503 Service Unavailable with Retry-After, not a 500.

While PostgreSQL restarts or fails over, readers and load balancers learn that the site will
be back shortly; cached anonymous pages (core/pagecache.py) keep being served meanwhile.

The answer is given by the site's 500 handler (`home.views.server_error`), not by a
middleware's `process_exception`: Django converts an exception into a response at whichever
layer raised it, and only the view's own exceptions reach `process_exception`. Loading a
signed-in reader's session, saving it on the way out or rendering the layout fail in
middleware and templates, and every one of them ends in the 500 handler. The page is rendered
without the database, in the language of the address.
"""

from django.db import InterfaceError, OperationalError

from .errors import standalone_page

RETRY_AFTER_SECONDS = 30
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def is_outage(exception):
    """Whether the exception, or one it was raised from or while handling, is an outage."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, OUTAGE_ERRORS):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def outage_response(request):
    response = standalone_page(request, 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
