"""Shorter sessions for people who can change things for everyone.

A coordinator's or editor's session ends 12 hours after login however busy they are, and
after 30 minutes without a request; everyone else keeps Django's ordinary session. Whether a
session is privileged is decided once, at login, and kept in the session.
"""

import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.utils.cache import patch_cache_control

from .permissions import is_coordinator

PRIVILEGED_KEY = "_privileged"
STARTED_KEY = "_auth_started"
SEEN_KEY = "_last_seen"
SEEN_RESOLUTION = 60  # seconds; saves a session write on every request
# Answered without the session: a load balancer's health check must say whether the database
# answers, not fail on a session it never needed (a browser sends the cookie along).
SESSIONLESS_PATHS = frozenset({"/healthz"})


def is_privileged(user):
    return (
        user.is_superuser
        or user.is_staff
        or is_coordinator(user)
        or user.has_perm("wagtailadmin.access_admin")
    )


def may_see_admin_link(request):
    """Whether the user menu links to the admin, and Wagtail's userbar may show.

    Permissions take two queries to read, on every page. A session that was not privileged at
    login (`is_privileged`, which includes admin access) skips them: its user could not enter
    the admin then, and a right granted since shows from the next login, as the shorter session
    does. A privileged session is checked on every request, so a revoked right hides the link
    at once. The admin checks permissions itself either way; this decides only the link.
    """
    user = request.user
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    if getattr(request, "session", {}).get(PRIVILEGED_KEY) is False:
        return False
    return user.has_perm("wagtailadmin.access_admin")


def mark_login(sender, request, user, **kwargs):
    """`user_logged_in` receiver: note when and whether this session is privileged."""
    if request is None or not hasattr(request, "session"):
        return
    now = int(time.time())
    request.session[PRIVILEGED_KEY] = is_privileged(user)
    request.session[STARTED_KEY] = now
    request.session[SEEN_KEY] = now


class PrivilegedSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if request.path_info in SESSIONLESS_PATHS:
            session = None
        if session is not None and session.get(PRIVILEGED_KEY):
            now = int(time.time())
            started = session.get(STARTED_KEY, now)
            seen = session.get(SEEN_KEY, now)
            if (
                now - started > settings.PRIVILEGED_SESSION_MAX_AGE
                or now - seen > settings.PRIVILEGED_SESSION_IDLE
            ):
                logout(request)
            elif now - seen >= SEEN_RESOLUTION:
                session[SEEN_KEY] = now
        return self.get_response(request)


class PrivateResponseMiddleware:
    """Every answer to a signed-in request says `Cache-Control: private, no-store`.

    A page built for a signed-in reader carries their name and menu at least, and the
    workspace, visits, advice, measures and exports carry private records: no shared cache may
    keep them and the browser must not keep them on disk once the reader has signed out. Doing
    it here covers every login-required view, the ones added later included. The session is
    read only when something before has read it already (a request without one stays as it is).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and session.accessed and session.get(SESSION_KEY):
            patch_cache_control(response, private=True, no_store=True)
        return response
