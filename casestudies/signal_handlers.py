from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import caching
from .models import CaseStudyPage, CaseStudyTag


def register_signal_handlers():
    """Whatever changes which cases are listed, where, and how they link retires the results."""
    page_published.connect(caching.retire, dispatch_uid="casestudies-published")
    page_unpublished.connect(caching.retire, dispatch_uid="casestudies-unpublished")
    post_page_move.connect(caching.retire, dispatch_uid="casestudies-moved")
    for model in (CaseStudyPage, CaseStudyTag, PageViewRestriction):
        name = model._meta.label_lower
        post_save.connect(caching.retire, sender=model, dispatch_uid=f"casestudies-{name}-saved")
        post_delete.connect(caching.retire, sender=model, dispatch_uid=f"casestudies-{name}-gone")
