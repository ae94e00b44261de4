"""Absolute addresses name the host and port the site is served on, or `BASE_URL` when set.

Wagtail builds them from the Site record (`http://localhost` on a fresh install) and the API
from `WAGTAILAPI_BASE_URL`; neither knows the address a reader used. Exports, the API, the
sitemap, calendars and certificates all ask here instead.
"""

from django.conf import settings


def site_root(request=None):
    """`https://host:port` without a trailing slash: BASE_URL, else the request's own."""
    if settings.BASE_URL:
        return settings.BASE_URL.rstrip("/")
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(request, path):
    if path.startswith(("http://", "https://")):
        return path
    return site_root(request) + path
