"""iCalendar feeds: the public one carries public fields only; personal ones carry the
agenda of visits the owner takes part in and are reached through a secret, revocable URL.

Rendering a feed of 500 visits takes a quarter of a second, and calendar programs fetch feeds
again every few hours, so the rendered feed is kept in the cache. Every key carries a
generation number that `retire` advances whenever a visit, its participants or a
municipality changes (see signal_handlers), which retires every stored feed at once;
`TIMEOUT` bounds how long a copy lives (the window moves with the date, and a change made
without signals, such as a bulk update, shows within it).
"""

import datetime
import hashlib
import re
import zoneinfo
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from core.absolute import absolute_url
from core.generations import Generation
from core.locales import set_labels

RIGA = zoneinfo.ZoneInfo(settings.TIME_ZONE)
GENERATION = Generation("exchanges-calendar")
TIMEOUT = 15 * 60


# Retire every stored feed whenever a visit, its participants or a municipality changes.
retire = GENERATION.retire


# The POSIX rule a TZif file ends with ("EET-2EEST,M3.5.0/3,M10.5.0/4"): names, offsets west of
# Greenwich, and the month.week.weekday[/hour] of each change.
POSIX_RULE = re.compile(
    r"^(?P<std><[^>]+>|[A-Za-z]+)(?P<std_offset>[-+]?\d+(?::\d+)?)"
    r"(?:(?P<dst><[^>]+>|[A-Za-z]+)(?P<dst_offset>[-+]?\d+(?::\d+)?)?"
    r",M(?P<start>\d+\.\d\.\d(?:/[-+]?\d+(?::\d+)?)?)"
    r",M(?P<end>\d+\.\d\.\d(?:/[-+]?\d+(?::\d+)?)?))?$"
)
ICAL_WEEKDAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")


def _posix_rule(tzid):
    """The rule the zone follows today, read from the last line of its TZif file."""
    for directory in zoneinfo.TZPATH:
        path = Path(directory, tzid)
        if path.is_file():
            return path.read_bytes().rstrip(b"\n").rsplit(b"\n", 1)[-1].decode("ascii")
    try:
        from importlib.resources import files

        return (
            files("tzdata.zoneinfo").joinpath(tzid).read_bytes().rstrip(b"\n").rsplit(b"\n", 1)[-1]
        ).decode("ascii")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


def _hours(text):
    sign = -1 if text.startswith("-") else 1
    hours, _, minutes = text.lstrip("+-").partition(":")
    return sign * datetime.timedelta(hours=int(hours), minutes=int(minutes or 0))


def _change(component, rule, offset_from, offset_to, name):
    """A STANDARD or DAYLIGHT part that recurs yearly, as Outlook and Google write it."""
    date_part, _, time_part = rule.partition("/")
    month, week, weekday = (int(part) for part in date_part.split("."))
    at = _hours(time_part or "2")
    ordinal = -1 if week == 5 else week
    # 1970 is the first year every calendar program expands from; only today's rule is given.
    first = datetime.datetime(1970, month, 1)
    while (first.weekday() + 1) % 7 != weekday:
        first += datetime.timedelta(days=1)
    if ordinal == -1:
        while (first + datetime.timedelta(days=7)).month == month:
            first += datetime.timedelta(days=7)
    else:
        first += datetime.timedelta(days=7 * (ordinal - 1))
    component.add("tzname", name.strip("<>"))
    component.add("tzoffsetfrom", offset_from)
    component.add("tzoffsetto", offset_to)
    component.add("dtstart", first + at)
    component.add(
        "rrule", {"freq": "yearly", "bymonth": month, "byday": f"{ordinal}{ICAL_WEEKDAYS[weekday]}"}
    )
    return component


def vtimezone(tzid):
    """The zone as a VTIMEZONE with yearly RRULEs, or None when its rule cannot be read.

    icalendar's own `add_missing_timezones` lists every past change as RDATEs; vobject-based
    clients (and some others) then place winter events an hour off. The RRULE form is what
    Outlook and Google emit and what vobject, khal and icalendar all read correctly.
    """
    match = POSIX_RULE.match(_posix_rule(tzid))
    if not match:
        return None
    standard = -_hours(match["std_offset"])
    zone = Timezone()
    zone.add("tzid", tzid)
    if not match["dst"]:
        part = TimezoneStandard()
        part.add("tzname", match["std"].strip("<>"))
        part.add("tzoffsetfrom", standard)
        part.add("tzoffsetto", standard)
        part.add("dtstart", datetime.datetime(1970, 1, 1))
        zone.add_component(part)
        return zone
    daylight = (
        -_hours(match["dst_offset"])
        if match["dst_offset"]
        else standard + datetime.timedelta(hours=1)
    )
    zone.add_component(
        _change(TimezoneDaylight(), match["start"], standard, daylight, match["dst"])
    )
    zone.add_component(_change(TimezoneStandard(), match["end"], daylight, standard, match["std"]))
    return zone


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
    set_labels(visit.host for visit in visits)
    for visit in visits:
        event = Event()
        event.add("uid", f"visit-{visit.pk}@{host}")
        event.add("dtstamp", visit.updated_at or timezone.now())
        event.add("dtstart", visit.starts_at.astimezone(RIGA))
        event.add("dtend", visit.ends_at.astimezone(RIGA))
        event.add("summary", visit.title)
        location = ", ".join(filter(None, [visit.place, visit.host.label]))
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
    zone = vtimezone(settings.TIME_ZONE)
    if zone is not None:
        calendar.subcomponents.insert(0, zone)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, page, visits, *, name, private, reader=None):
    """The feed of `visits` (a lazy queryset, read only when the feed is not stored).

    `reader` names whose feed this is and everything that decides what they may see (see
    `Scope.cache_key`), so no two readers ever share a private feed; membership changes take
    effect at once because the scope is worked out afresh on every request.
    """
    page_url = absolute_url(request, page.url)
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
