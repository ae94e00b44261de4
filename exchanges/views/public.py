"""The calendar feeds of exchange visits: the public one, and each person's own by its token.

The section's public pages (overview, directory, pairs, groups, visits) are the section page's
routes (exchanges.models.pages); Wagtail serves pages only at paths ending in a slash, so the
feeds are plain URLs.
"""

import datetime

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import permissions as perms
from ..calendar import calendar_response
from ..choices import VisitStatus
from ..models import Profile
from .common import section_page

CALENDAR_HISTORY = datetime.timedelta(days=90)
CALENDAR_LIMIT = 500


def calendar_window(visits):
    """What a calendar feed carries: the last 90 days and what is planned, at most 500 visits.

    Calendar programs fetch feeds every few hours; the whole history would make every fetch
    slower as the programme grows, and old visits stay on the site. When more than 500 fall in
    the window, the ones nearest to now win: the coming visits first, then the latest past ones.
    """
    visits = visits.with_list_relations()

    def nearest():  # read only when the feed is not already stored (exchanges.calendar)
        now = timezone.now()
        upcoming = list(visits.filter(starts_at__gte=now).order_by("starts_at")[:CALENDAR_LIMIT])
        room = CALENDAR_LIMIT - len(upcoming)
        if room:
            recent = visits.filter(starts_at__lt=now, ends_at__gte=now - CALENDAR_HISTORY)
            yield from reversed(list(recent.order_by("-starts_at")[:room]))
        yield from upcoming

    return nearest()


def public_calendar(request):
    page = section_page()
    visits = calendar_window(perms.public_visits())
    return calendar_response(request, page, visits, name=_("Public exchange visits"), private=False)


def personal_calendar(request, token):
    page = section_page()
    profile = (
        Profile.objects.select_related("user").filter(calendar_token=token).first()
        if len(token) >= 20
        else None
    )
    if profile is None or not profile.user.is_active:
        raise Http404
    user = profile.user
    visits = calendar_window(perms.visits_visible_to(user).exclude(status=VisitStatus.CANCELLED))
    name = _("My exchange visits")
    reader = (user.pk, token, perms.scope_of(user).cache_key())
    return calendar_response(request, page, visits, name=name, private=True, reader=reader)
