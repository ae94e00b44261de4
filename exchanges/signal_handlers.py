"""Retire the stored calendar feeds whenever something they show changes (see calendar)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from . import calendar
from .models import Municipality, Visit

# What a feed shows: visits (title, times, place, summary, agenda, status), the host's name,
# and for personal feeds whether the reader takes part in the visit.
SHOWN = (Visit, Municipality)


def _relation_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        calendar.invalidate()


def register_signal_handlers():
    for model in SHOWN:
        name = model._meta.model_name
        post_save.connect(
            calendar.invalidate, sender=model, dispatch_uid=f"exchanges-calendar-saved-{name}"
        )
        post_delete.connect(
            calendar.invalidate, sender=model, dispatch_uid=f"exchanges-calendar-deleted-{name}"
        )
    m2m_changed.connect(
        _relation_changed,
        sender=Visit.participants.through,
        dispatch_uid="exchanges-calendar-participants",
    )
