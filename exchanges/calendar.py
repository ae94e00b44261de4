"""iCalendar feeds: the public one carries public fields only; personal ones carry the
agenda of visits the owner takes part in and are reached through a secret, revocable URL."""

import zoneinfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .names import localized_names

RIGA = zoneinfo.ZoneInfo(settings.TIME_ZONE)


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


def calendar_response(request, page, visits, *, name, private):
    page_url = request.build_absolute_uri(page.url)
    calendar = build_calendar(
        visits, name=name, page_url=page_url, private=private, host=request.get_host()
    )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="visits.ics"'
    if private:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response
