"""The case library's stored results (`caching`) are retired by changes to what they are
computed from, named in `READS`.

They do not follow every record public pages show, as the page cache does
(`core.signal_handlers`): recomputing the library's facets and related cases at European scale
is the costliest work a page does, and a visit report or a municipality edit, which public
pages also show, changes none of it. The list is the computation's input, kept beside it; a
test checks that each model on it says public pages show it.
"""

from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from learning.models import SecapStep, Sector

from . import caching
from .models import CaseStudyPage, CaseStudyTag

READS = (CaseStudyPage, CaseStudyTag, PageViewRestriction, Sector, SecapStep, Tag, Site)


def register_signal_handlers():
    """Whatever changes which cases are listed, where, how they link, the names and slugs the
    library files them under (its filter choices, its cards), or the sites their links are
    drawn for retires the results."""
    page_published.connect(caching.retire, dispatch_uid="casestudies-published")
    page_unpublished.connect(caching.retire, dispatch_uid="casestudies-unpublished")
    post_page_move.connect(caching.retire, dispatch_uid="casestudies-moved")
    for model in READS:
        name = model._meta.label_lower
        post_save.connect(caching.retire, sender=model, dispatch_uid=f"casestudies-{name}-saved")
        post_delete.connect(caching.retire, sender=model, dispatch_uid=f"casestudies-{name}-gone")
    # A live page deleted (a lesson the case page links to) is unpublished first: Wagtail
    # sends `page_unpublished` before deleting it.
