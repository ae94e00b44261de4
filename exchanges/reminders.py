"""Reminders and follow-up nudges by e-mail, each sent once.

`send_reminders` may run every hour (or more often): every message has a key naming what it
is about, the occasion and the recipient, and a key already in ReminderLog is never sent
again. The log row and the e-mail share one transaction, so a failed send is retried next run.

Occasions:
- a visit 7 days and 1 day ahead (to its participants, or the pair's or group's members);
- advice due within 7 days, and advice overdue (to the receiving municipality's people);
- 3, 6 and 12 months after a held visit that gave advice: "what happened with the advice?"
  (to the people of the municipalities advised). A follow-up older than a month is skipped,
  so switching reminders on does not flood anyone with the past.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .choices import AdviceStatus, VisitStatus
from .models import Advice, ExchangesIndexPage, ReminderLog, Visit

FOLLOW_UP_MONTHS = (3, 6, 12)
FOLLOW_UP_GRACE = datetime.timedelta(days=31)


@dataclass
class Reminder:
    key: str
    user: object
    kind: str
    subject_object: object
    context: dict = field(default_factory=dict)


def _add_months(moment, months):
    month = moment.month - 1 + months
    year = moment.year + month // 12
    month = month % 12 + 1
    day = min(
        moment.day,
        [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1],
    )
    return moment.replace(year=year, month=month, day=day)


def _people_of_municipalities(ids):
    return get_user_model().objects.filter(exchanges_profile__municipality_id__in=ids)


def _visit_recipients(visit):
    participants = list(visit.participants.all())
    if participants:
        return participants
    User = get_user_model()
    if visit.pair_id:
        pair = visit.pair
        return list(
            User.objects.filter(
                Q(mentoring_pairs=pair)
                | Q(expert_pairs=pair)
                | Q(exchanges_profile__municipality_id=pair.mentee_municipality_id)
            ).distinct()
        )
    group = visit.group
    return list(
        User.objects.filter(
            Q(facilitated_groups=group) | Q(exchanges_profile__municipality__peer_groups=group)
        ).distinct()
    )


def due_reminders(now=None):
    """Every reminder due at `now`, already-sent ones included (the sender skips those)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    reminders = []
    for days, label in ((7, "7d"), (1, "1d")):
        lower = now + datetime.timedelta(days=days - 1) if days == 7 else now
        upper = now + datetime.timedelta(days=days)
        if days == 7:
            lower = now + datetime.timedelta(days=1)
        visits = Visit.objects.filter(
            status=VisitStatus.PLANNED, starts_at__gt=lower, starts_at__lte=upper
        ).select_related("pair", "group", "host")
        for visit in visits:
            for user in _visit_recipients(visit):
                reminders.append(
                    Reminder(f"visit-{label}:{visit.pk}:{user.pk}", user, "visit", visit)
                )
    active = Advice.objects.filter(status__in=AdviceStatus.active()).select_related("municipality")
    soon = active.filter(due_on__gt=today, due_on__lte=today + datetime.timedelta(days=7))
    for kind, queryset in (("advice-due", soon), ("advice-overdue", active.overdue(today))):
        for advice in queryset:
            for user in _people_of_municipalities([advice.municipality_id]):
                reminders.append(Reminder(f"{kind}:{advice.pk}:{user.pk}", user, kind, advice))
    held = Visit.objects.filter(
        status=VisitStatus.HELD,
        ends_at__gte=now - datetime.timedelta(days=366) - FOLLOW_UP_GRACE,
        advice__isnull=False,
    ).distinct()
    for visit in held:
        for months in FOLLOW_UP_MONTHS:
            moment = _add_months(visit.ends_at, months)
            if not (moment <= now < moment + FOLLOW_UP_GRACE):
                continue
            advised = set(visit.advice.values_list("municipality_id", flat=True))
            for user in _people_of_municipalities(advised):
                reminders.append(
                    Reminder(
                        f"follow-up-{months}m:{visit.pk}:{user.pk}",
                        user,
                        "follow-up",
                        visit,
                        {"months": months},
                    )
                )
    return reminders


def _link(reminder, language):
    page = ExchangesIndexPage.for_language(language)
    if page is None:
        return settings.WAGTAILADMIN_BASE_URL
    pk = reminder.subject_object.pk
    if reminder.kind in ("visit", "follow-up"):
        path = page.url + page.reverse_subpage("visit", args=[pk])
    else:
        with translation.override(language):
            path = reverse("exchanges:advice", args=[pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_due_reminders(now=None):
    """Send what is due and not yet sent; returns how many e-mails went out."""
    sent = 0
    for reminder in due_reminders(now):
        user = reminder.user
        profile = getattr(user, "exchanges_profile", None)
        if not user.is_active or not user.email or (profile and not profile.reminders):
            continue
        if ReminderLog.objects.filter(key=reminder.key).exists():
            continue
        language = profile.language if profile else settings.LANGUAGE_CODE
        try:
            with transaction.atomic():
                ReminderLog.objects.create(key=reminder.key, user=user)
                with translation.override(language):
                    context = {
                        "reminder": reminder,
                        "object": reminder.subject_object,
                        "user": user,
                        "link": _link(reminder, language),
                        **reminder.context,
                    }
                    subject = render_to_string("exchanges/email/reminder_subject.txt", context)
                    body = render_to_string("exchanges/email/reminder.txt", context)
                send_mail(" ".join(subject.split()), body, None, [user.email])
        except IntegrityError:  # another run sent it in the meantime
            continue
        sent += 1
    return sent
