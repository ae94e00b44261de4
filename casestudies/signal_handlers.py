from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from learning.models import SecapStep, Sector

from . import caching
from .models import CaseStudyPage, CaseStudyTag


def register_signal_handlers():
    """Whatever changes which cases are listed, where, how they link, the names and slugs the
    library files them under (its filter choices, its cards), or the sites their links are
    drawn for retires the results."""
    page_published.connect(caching.retire, dispatch_uid="casestudies-published")
    page_unpublished.connect(caching.retire, dispatch_uid="casestudies-unpublished")
    post_page_move.connect(caching.retire, dispatch_uid="casestudies-moved")
    for model in (CaseStudyPage, CaseStudyTag, PageViewRestriction, Sector, SecapStep, Tag, Site):
        name = model._meta.label_lower
        post_save.connect(caching.retire, sender=model, dispatch_uid=f"casestudies-{name}-saved")
        post_delete.connect(caching.retire, sender=model, dispatch_uid=f"casestudies-{name}-gone")
    # A live page deleted (a lesson the case page links to) is unpublished first: Wagtail
    # sends `page_unpublished` before deleting it.
