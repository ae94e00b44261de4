"""Retire the stored calendar feeds whenever something they show changes (see calendar).

They do not follow every record public pages show, as the page cache does
(`core.signal_handlers`): a feed takes a quarter of a second to render and calendar programs
fetch it every few hours, while most public changes (a case study, a lesson) are not in it.
`READS` is the feeds' input, kept beside them; a test checks that each model on it says public
pages show it.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from . import calendar
from .models import Municipality, Visit

# What a feed shows: visits (title, times, place, summary, agenda, status), the host's name,
# and for personal feeds whether the reader takes part in the visit.
READS = (Visit, Municipality)


def _relation_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        calendar.retire()


def register_signal_handlers():
    for model in READS:
        name = model._meta.model_name
        post_save.connect(
            calendar.retire, sender=model, dispatch_uid=f"exchanges-calendar-saved-{name}"
        )
        post_delete.connect(
            calendar.retire, sender=model, dispatch_uid=f"exchanges-calendar-deleted-{name}"
        )
    m2m_changed.connect(
        _relation_changed,
        sender=Visit.participants.through,
        dispatch_uid="exchanges-calendar-participants",
    )
