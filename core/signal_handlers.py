"""Any change to what public pages show retires the stored anonymous pages (`core.pagecache`).

One receiver serves every model, and what it serves is read from the models' own declarations
(`pagecache.shown_on_public_pages`), so a new model needs no entry here. It is connected to
each shown model by name rather than to every model at once: a delete receiver for every model
would make Django load each row of a bulk delete (expired sessions, sign-in attempts) to send
it a signal that nothing here wants.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import pagecache
from .search import vocabulary
from .search.fields import reduced_fields

# Signing in saves the user with `update_fields=["last_login"]`, which no page shows.
FIELDS_NO_PAGE_SHOWS = frozenset({"last_login"})


def retire_pages(sender, action=None, update_fields=None, **kwargs):
    """A receiver for saves, deletes, relation changes and Wagtail's page signals."""
    if action is not None and not action.startswith("post_"):
        return  # m2m_changed is sent before and after; the rows are written by then
    if update_fields and set(update_fields) <= FIELDS_NO_PAGE_SHOWS:
        return
    pagecache.retire()


def register_signal_handlers():
    # The terms of every record whose search fields are reduced (core.search).
    for model in apps.get_models():
        if hasattr(model, "get_search_fields") and reduced_fields(model):
            label = model._meta.label_lower
            post_save.connect(
                vocabulary.record, sender=model, dispatch_uid=f"core-search-terms-{label}"
            )
    # Wagtail's page signals as well: moving a page rewrites its descendants' addresses
    # without saving them.
    page_published.connect(retire_pages, dispatch_uid="core-pagecache-published")
    page_unpublished.connect(retire_pages, dispatch_uid="core-pagecache-unpublished")
    post_page_move.connect(retire_pages, dispatch_uid="core-pagecache-moved")
    for model in apps.get_models(include_auto_created=True):
        if not pagecache.shown_on_public_pages(model):
            continue
        label = model._meta.label_lower
        if model._meta.auto_created:
            uid = f"core-pagecache-relation-{label}"
            m2m_changed.connect(retire_pages, sender=model, dispatch_uid=uid)
            continue
        post_save.connect(retire_pages, sender=model, dispatch_uid=f"core-pagecache-saved-{label}")
        post_delete.connect(retire_pages, sender=model, dispatch_uid=f"core-pagecache-gone-{label}")
        # A relation through a model of its own (a tag on a case study) is sent as both.
        m2m_changed.connect(
            retire_pages, sender=model, dispatch_uid=f"core-pagecache-relation-{label}"
        )
