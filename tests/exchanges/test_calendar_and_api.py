"""iCalendar feeds and the visits API: valid, public fields only, private feeds revocable."""

import datetime
from http import HTTPStatus

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from exchanges.choices import VisitStatus
from exchanges.factories import VisitFactory
from exchanges.models import Profile, Visit

PRIVATE_MARKERS = ("AGENDA", "REPORT", "ADVICE", "GOALS")


def events(response):
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_public_calendar__lists_public_visits_with_riga_time_and_no_private_text(client, world):
    VisitFactory(
        pair=world.objects["pair_a"],
        title="Cancelled public",
        is_public=True,
        status=VisitStatus.CANCELLED,
    )

    response = client.get(reverse("exchanges:calendar"))

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/calendar")
    found = events(response)
    assert set(found) == {"Public visit A"}
    event = found["Public visit A"]
    assert event["dtstart"].params["TZID"] == "Europe/Riga"
    assert str(event["description"]) == "SUMMARY-A public"
    body = response.content.decode()
    assert "BEGIN:VTIMEZONE" in body and "TZID:Europe/Riga" in body
    for marker in PRIVATE_MARKERS:
        assert marker not in body


def test_public_calendar__planned_public_visit_shows_no_summary_yet(client, world):
    VisitFactory(
        pair=world.objects["pair_a"],
        title="Planned public",
        is_public=True,
        public_summary="SUMMARY-EARLY not yet",
    )

    found = events(client.get(reverse("exchanges:calendar")))

    assert "description" not in found["Planned public"]


def test_personal_calendar__has_the_owners_visits_with_agendas(client, world):
    token = Profile.objects.get(user=world.users["mentee"]).calendar_token

    response = client.get(reverse("exchanges:personal-calendar", args=[token]))

    found = events(response)
    assert set(found) == {"Visit A", "Public visit A"}
    assert "AGENDA-A private" in str(found["Visit A"]["description"])
    assert response["Cache-Control"] == "private, no-store"


def test_personal_calendar__renewing_the_address_retires_the_old_one(client, world):
    user = world.users["mentee"]
    old = Profile.objects.get(user=user).calendar_token
    client.force_login(user)

    response = client.post(world.url("calendar-renew"))

    assert response.status_code == HTTPStatus.FOUND
    new = Profile.objects.get(user=user).calendar_token
    assert new != old
    client.logout()
    assert client.get(reverse("exchanges:personal-calendar", args=[old])).status_code == 404
    assert client.get(reverse("exchanges:personal-calendar", args=[new])).status_code == 200


def test_personal_calendar__inactive_user_feed_stops(client, world):
    user = world.users["mentee"]
    token = Profile.objects.get(user=user).calendar_token
    user.is_active = False
    user.save()

    assert client.get(reverse("exchanges:personal-calendar", args=[token])).status_code == 404


def test_calendar_renew__get_is_not_allowed(client, world):
    client.force_login(world.users["mentee"])

    assert client.get(world.url("calendar-renew")).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_visits_api__lists_public_visits_and_public_fields_only(client, world):
    response = client.get("/api/v2/visits/", {"fields": "*"})

    assert response.status_code == HTTPStatus.OK
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Public visit A"]
    assert items[0]["summary"] == "SUMMARY-A public"
    assert "agenda" not in items[0]
    detail = client.get(f"/api/v2/visits/{world.objects['visit_a'].pk}/", follow=True)
    assert detail.status_code == HTTPStatus.NOT_FOUND


def test_visits_api__asking_for_a_private_field_is_an_error(client, world):
    response = client.get("/api/v2/visits/", {"fields": "agenda"})

    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_public_calendar__carries_the_last_90_days_and_what_is_planned(client, world):
    from exchanges.factories import _in_days

    old = VisitFactory(pair=world.objects["pair_a"], title="Long ago", is_public=True)
    old.starts_at, old.ends_at = _in_days(-200), _in_days(-200, hour=15)
    old.status = VisitStatus.HELD
    old.save()

    found = events(client.get(reverse("exchanges:calendar")))

    assert "Long ago" not in found
    assert "Public visit A" in found  # held 30 days ago


def test_public_calendar__over_the_limit_keeps_the_visits_nearest_to_now(
    client, world, monkeypatch
):
    from exchanges.factories import _in_days
    from exchanges.views import public

    monkeypatch.setattr(public, "CALENDAR_LIMIT", 3)
    Visit.objects.all().delete()
    for title, days in [("Far future", 60), ("Soon", 2), ("Next week", 7), ("Last week", -7)]:
        visit = VisitFactory(pair=world.objects["pair_a"], title=title, is_public=True)
        visit.starts_at, visit.ends_at = _in_days(days), _in_days(days, hour=15)
        visit.status = VisitStatus.HELD if days < 0 else VisitStatus.PLANNED
        visit.save()

    found = events(client.get(reverse("exchanges:calendar")))

    assert set(found) == {"Soon", "Next week", "Far future"}  # the coming ones before the past


# The rendered feeds are cached (exchanges.calendar); what they show must still be current.


def _feed(client, user):
    token = Profile.objects.get(user=user).calendar_token
    return client.get(reverse("exchanges:personal-calendar", args=[token]))


def test_public_calendar__a_changed_visit_or_host_shows_at_once(client, world):
    client.get(reverse("exchanges:calendar"))
    visit = world.objects["public_visit_a"]
    visit.title = "Renamed visit"
    visit.save()
    host = world.municipalities["jurmala"]
    host.name = "Jūrmalas valstspilsēta"
    host.save()

    found = events(client.get(reverse("exchanges:calendar")))

    assert set(found) == {"Renamed visit"}
    assert "Jūrmalas valstspilsēta" in str(found["Renamed visit"]["location"])


def test_public_calendar__a_visit_made_private_leaves_at_once(client, world):
    client.get(reverse("exchanges:calendar"))
    visit = world.objects["public_visit_a"]
    visit.is_public = False
    visit.save()

    assert events(client.get(reverse("exchanges:calendar"))) == {}


def test_personal_calendar__is_never_served_to_another_reader(client, world):
    mine = events(_feed(client, world.users["mentee"]))
    theirs = _feed(client, world.users["other_member"])

    assert "Visit A" in mine
    assert set(events(theirs)) == {"Visit B"}
    assert "AGENDA-A" not in theirs.content.decode()


def test_personal_calendar__a_renewed_address_retires_the_stored_feed(client, world):
    user = world.users["mentee"]
    old = Profile.objects.get(user=user).calendar_token
    assert client.get(reverse("exchanges:personal-calendar", args=[old])).status_code == 200
    client.force_login(user)

    client.post(world.url("calendar-renew"))
    client.logout()

    assert client.get(reverse("exchanges:personal-calendar", args=[old])).status_code == 404
    assert "Visit A" in events(_feed(client, user))


def test_personal_calendar__leaving_the_municipality_takes_effect_at_once(client, world):
    user = world.users["mentee"]
    assert "Visit A" in events(_feed(client, user))

    # A bulk update sends no signal: the feed must follow the reader's memberships anyway.
    Profile.objects.filter(user=user).update(municipality=world.municipalities["kekava"])

    assert "Visit A" not in events(_feed(client, user))


def test_personal_calendar__a_new_participant_sees_the_visit_at_once(client, world):
    trainee = world.users["trainee"]
    assert events(_feed(client, trainee)) == {}

    world.objects["visit_b"].participants.add(trainee)

    assert set(events(_feed(client, trainee))) == {"Visit B"}


def _riga(year, month, day, hour):
    import zoneinfo

    return datetime.datetime(year, month, day, hour, tzinfo=zoneinfo.ZoneInfo("Europe/Riga"))


def test_public_calendar__winter_and_summer_visits_keep_their_time_in_vobject_and_icalendar(
    client, world
):
    """vobject reads RDATE-list time zones an hour off in winter; the RRULE form it reads right."""
    import vobject

    year = timezone.now().year + 1
    times = {"Winter visit": _riga(year, 1, 15, 10), "Summer visit": _riga(year, 7, 15, 10)}
    for title, starts_at in times.items():
        VisitFactory(
            pair=world.objects["pair_a"],
            title=title,
            is_public=True,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=2),
        )

    response = client.get(reverse("exchanges:calendar"))

    body = response.content.decode()
    zone = body[body.index("BEGIN:VTIMEZONE") : body.index("END:VTIMEZONE")]
    assert "RDATE" not in zone
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in zone
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in zone
    parsed = vobject.readOne(body)
    by_vobject = {event.summary.value: event.dtstart.value for event in parsed.vevent_list}
    by_icalendar = {title: event["dtstart"].dt for title, event in events(response).items()}
    for title, starts_at in times.items():
        assert by_vobject[title].astimezone(datetime.UTC) == starts_at.astimezone(datetime.UTC)
        assert by_icalendar[title].astimezone(datetime.UTC) == starts_at.astimezone(datetime.UTC)
    assert by_vobject["Winter visit"].utcoffset() == datetime.timedelta(hours=2)
    assert by_vobject["Summer visit"].utcoffset() == datetime.timedelta(hours=3)
