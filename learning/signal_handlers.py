"""The anonymous course outline (`caching`) is retired by changes to what it is built from,
named in `PAGES` and `READS`.

It does not follow every record public pages show, as the page cache does
(`core.signal_handlers`): the outline is the costliest part of a lesson page, and a case study,
visit or municipality edit changes none of it. The list is the outline's input, kept beside
it; a test checks that each model on it says public pages show it.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import caching
from .models import (
    LearningIndexPage,
    LessonPage,
    ModulePage,
    SecapRoadmapPage,
    SecapStep,
    Sector,
)

PAGES = (LearningIndexPage, ModulePage, LessonPage, SecapRoadmapPage)
READS = (*PAGES, PageViewRestriction, SecapStep, Sector)


def register_signal_handlers():
    """Whatever changes which modules and lessons are listed, in what order, or what they say
    retires the stored outlines: publishing, unpublishing (Wagtail sends it before deleting a
    live page), saving or deleting a learning page, moving any page, view restrictions, which
    decide what is public, and the SECAP steps and sectors a lesson names."""
    for model in PAGES:
        name = model._meta.label_lower
        page_published.connect(caching.retire, sender=model, dispatch_uid=f"learning-{name}-pub")
        page_unpublished.connect(
            caching.retire, sender=model, dispatch_uid=f"learning-{name}-unpub"
        )
    post_page_move.connect(caching.retire, dispatch_uid="learning-moved")
    for model in READS:
        name = model._meta.label_lower
        post_save.connect(caching.retire, sender=model, dispatch_uid=f"learning-{name}-saved")
        post_delete.connect(caching.retire, sender=model, dispatch_uid=f"learning-{name}-gone")
