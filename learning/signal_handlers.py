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
    for model in (*PAGES, PageViewRestriction, SecapStep, Sector):
        name = model._meta.label_lower
        post_save.connect(caching.retire, sender=model, dispatch_uid=f"learning-{name}-saved")
        post_delete.connect(caching.retire, sender=model, dispatch_uid=f"learning-{name}-gone")
