"""Shorter sessions for people who can change things for everyone.

A coordinator's or editor's session ends 12 hours after login however busy they are, and
after 30 minutes without a request; everyone else keeps Django's ordinary session. Whether a
session is privileged is decided once, at login, and kept in the session.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

from learning.choices import Role

PRIVILEGED_KEY = "_privileged"
STARTED_KEY = "_auth_started"
SEEN_KEY = "_last_seen"
SEEN_RESOLUTION = 60  # seconds; saves a session write on every request


def is_privileged(user):
    return (
        user.is_superuser
        or user.is_staff
        or user.groups.filter(name=Role.COORDINATOR).exists()
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
