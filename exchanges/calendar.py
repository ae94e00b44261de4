"""iCalendar feeds: the public one carries public fields only; personal ones carry the
agenda of visits the owner takes part in and are reached through a secret, revocable URL.

Rendering a feed of 500 visits takes a quarter of a second, and calendar programs fetch feeds
again every few hours, so the rendered feed is kept in the cache. Every key carries a
generation number that `invalidate` bumps whenever a visit, its participants or a
municipality changes (see signal_handlers), which retires every stored feed at once;
`TIMEOUT` bounds how long a copy lives (the window moves with the date, and a change made
without signals, such as a bulk update, shows within it).
"""

import hashlib
import zoneinfo

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from config.generations import Generation

from .names import localized_names

RIGA = zoneinfo.ZoneInfo(settings.TIME_ZONE)
GENERATION = Generation("exchanges-calendar")
TIMEOUT = 15 * 60


# Retire every stored feed whenever a visit, its participants or a municipality changes.
invalidate = GENERATION.retire


def _feed_key(*parts):
    return GENERATION.key(hashlib.sha256(repr(parts).encode()).hexdigest())


def build_calendar(visits, *, name, page_url, private, host):
    calendar = Calendar()
    calendar.add("prodid", "-//Energoplanosana pasvaldibas//exchanges//LV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    visits = list(visits)
    names = localized_names([visit.host for visit in visits])
    for visit in visits:
        event = Event()
        event.add("uid", f"visit-{visit.pk}@{host}")
        event.add("dtstamp", visit.updated_at or timezone.now())
        event.add("dtstart", visit.starts_at.astimezone(RIGA))
        event.add("dtend", visit.ends_at.astimezone(RIGA))
        event.add("summary", visit.title)
        location = ", ".join(filter(None, [visit.place, names.get(visit.host_id, "")]))
        if location:
            event.add("location", location)
        description = visit.public_summary if visit.shows_summary else ""
        if private and visit.agenda:
            description = "\n\n".join(filter(None, [description, _("Agenda"), visit.agenda]))
        if description:
            event.add("description", description)
        event.add("status", "CANCELLED" if visit.status == "cancelled" else "CONFIRMED")
        event.add("url", f"{page_url}visits/{visit.pk}/")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, page, visits, *, name, private, reader=None):
    """The feed of `visits` (a lazy queryset, read only when the feed is not stored).

    `reader` names whose feed this is and everything that decides what they may see (see
    `Scope.cache_key`), so no two readers ever share a private feed; membership changes take
    effect at once because the scope is worked out afresh on every request.
    """
    page_url = request.build_absolute_uri(page.url)
    host = request.get_host()
    key = _feed_key(private, reader, page_url, host, get_language())
    body = cache.get(key)
    if body is None:
        calendar = build_calendar(visits, name=name, page_url=page_url, private=private, host=host)
        body = calendar.to_ical()
        cache.set(key, body, TIMEOUT)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="visits.ics"'
    if private:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response
