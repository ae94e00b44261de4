"""`send_reminders`: the right message at the right time, once, in the recipient's language."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from exchanges.models import Profile, ReminderLog
from exchanges.reminders import send_due_reminders


def to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def run_at(moment):
    with time_machine.travel(moment, tick=False):
        return send_due_reminders()


@pytest.fixture
def visit(world):
    return world.objects["visit_a"]  # planned, pair A, 14 days ahead, no participants


def test_visit__reminded_a_week_and_a_day_before_once_each(world, visit):
    mentee = world.users["mentee"]

    run_at(visit.starts_at - datetime.timedelta(days=8))
    assert to(mentee) == []
    run_at(visit.starts_at - datetime.timedelta(days=7) + datetime.timedelta(hours=1))
    run_at(visit.starts_at - datetime.timedelta(days=6))
    week = [m for m in to(mentee) if "Visit A" in m.subject]
    assert len(week) == 1
    run_at(visit.starts_at - datetime.timedelta(hours=20))
    run_at(visit.starts_at - datetime.timedelta(hours=19))

    visit_mails = [m for m in to(mentee) if "Visit A" in m.subject]
    assert len(visit_mails) == 2
    assert "/lv/exchanges/visits/" in visit_mails[1].body
    assert {m.to[0] for m in mail.outbox if "Visit A" in m.subject} == {
        world.users["mentor"].email,
        mentee.email,
    }


def test_visit__participants_when_named_are_the_recipients(world, visit):
    visit.participants.set([world.users["mentee"]])

    run_at(visit.starts_at - datetime.timedelta(days=2))

    assert {m.to[0] for m in mail.outbox if "Visit A" in m.subject} == {world.users["mentee"].email}


def test_advice__due_soon_then_overdue_each_once(world):
    advice = world.objects["advice_a"]
    mentee = world.users["mentee"]
    due = datetime.datetime.combine(advice.due_on, datetime.time(9)).astimezone()

    for days in (-10, -5, -4, 2, 3, 40):
        run_at(due + datetime.timedelta(days=days))

    about_advice = [m for m in to(mentee) if "Advice A" in m.subject]
    assert len(about_advice) == 2
    keys = set(ReminderLog.objects.filter(user=mentee).values_list("key", flat=True))
    assert f"advice-due:{advice.pk}:{mentee.pk}" in keys
    assert f"advice-overdue:{advice.pk}:{mentee.pk}" in keys
    assert to(world.users["mentor"]) == [] or all(
        "Advice A" not in m.subject for m in to(world.users["mentor"])
    )


def test_advice__done_advice_is_not_chased(world):
    advice = world.objects["advice_a"]
    advice.status = "implemented"
    advice.save()
    due = datetime.datetime.combine(advice.due_on, datetime.time(9)).astimezone()

    run_at(due + datetime.timedelta(days=3))

    assert not [m for m in mail.outbox if "Advice A" in m.subject]


def test_follow_up__3_6_and_12_months_after_a_visit_with_advice(world):
    visit = world.objects["public_visit_a"]
    advice = world.objects["advice_a"]
    advice.visit = visit
    advice.due_on = visit.ends_at.date() + datetime.timedelta(days=400)  # keep due mails away
    advice.save()
    mentee = world.users["mentee"]
    moments = [
        visit.ends_at + datetime.timedelta(days=60),  # too early
        visit.ends_at + datetime.timedelta(days=93),  # 3 months
        visit.ends_at + datetime.timedelta(days=95),  # again: nothing new
        visit.ends_at + datetime.timedelta(days=185),  # 6 months
        visit.ends_at + datetime.timedelta(days=367),  # 12 months
    ]

    for moment in moments:
        run_at(moment)

    follow_ups = [m for m in to(mentee) if "Public visit A" in m.subject]
    assert len(follow_ups) == 3
    keys = ReminderLog.objects.filter(key__startswith="follow-up").values_list("key", flat=True)
    assert {key.split(":")[0] for key in keys} == {"follow-up-3m", "follow-up-6m", "follow-up-12m"}


def test_follow_up__an_old_occasion_is_not_sent_late(world):
    visit = world.objects["public_visit_a"]
    world.objects["advice_a"].visit = visit
    world.objects["advice_a"].save()

    run_at(visit.ends_at + datetime.timedelta(days=92 + 45))  # 3 months + 45 days

    assert not [m for m in mail.outbox if "Public visit A" in m.subject]


def test_language__each_recipient_reads_their_own(world, visit):
    Profile.objects.filter(user=world.users["mentee"]).update(language="en")

    run_at(visit.starts_at - datetime.timedelta(days=3))

    english = to(world.users["mentee"])[0]
    latvian = to(world.users["mentor"])[0]
    assert english.subject == "Visit coming up: Visit A"
    assert latvian.subject != english.subject and latvian.subject.endswith("Visit A")
    assert "/en/exchanges/visits/" in english.body
    assert "/lv/exchanges/visits/" in latvian.body


def test_opt_out__no_reminders_for_those_who_switched_them_off(world, visit):
    Profile.objects.filter(user=world.users["mentee"]).update(reminders=False)
    world.users["mentor"].is_active = False
    world.users["mentor"].save()

    run_at(visit.starts_at - datetime.timedelta(days=3))

    assert to(world.users["mentee"]) == []
    assert to(world.users["mentor"]) == []


def test_command__reports_how_many_were_sent(world, visit, capsys):
    with time_machine.travel(visit.starts_at - datetime.timedelta(days=3), tick=False):
        call_command("send_reminders")
        call_command("send_reminders")

    out = capsys.readouterr().out.splitlines()
    assert out[0] != "Reminders sent: 0"
    assert out[1] == "Reminders sent: 0"


def test_worker__runs_the_reminders_once(world, visit, capsys):
    with time_machine.travel(visit.starts_at - datetime.timedelta(days=3), tick=False):
        call_command("run_worker", once=True)

    assert capsys.readouterr().out.startswith("Reminders sent: ")
    assert to(world.users["mentee"])


def test_plain_text__titles_and_names_arrive_as_typed(world, visit):
    """Plain-text mail is not HTML: `&`, quotes and apostrophes are not turned into entities."""
    visit.title = 'R&D "pilot" <b>'
    visit.place = "O'Brien's hall"
    visit.save()
    mentee = world.users["mentee"]
    mentee.first_name, mentee.last_name = "Anna", "O'Neil & Co"
    mentee.save()
    Profile.objects.filter(user=mentee).update(language="en")

    run_at(visit.starts_at - datetime.timedelta(days=3))

    message = to(mentee)[0]
    assert message.subject == 'Visit coming up: R&D "pilot" <b>'
    assert 'The visit "R&D "pilot" <b>"' in message.body
    assert "Place: O'Brien's hall." in message.body
    assert "Hello Anna O'Neil & Co," in message.body
    assert "&amp;" not in message.body + message.subject
    assert "&quot;" not in message.body + message.subject
    assert "&#x27;" not in message.body + message.subject
    assert message.alternatives == []


def test_plain_text__every_text_mail_template_switches_escaping_off():
    """A new plain-text mail template that forgot it would escape what it is given."""
    from django.conf import settings

    templates = [
        path
        for directory in settings.TEMPLATES[0]["DIRS"]
        for path in directory.rglob("*.txt")
        if "email" in path.name or "email" in path.parent.name or "subject" in path.name
    ]

    assert templates
    for path in templates:
        assert "{% autoescape off %}" in path.read_text(), path
