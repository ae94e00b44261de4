from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import pagecache, sessions, shell

# Whose records the anonymous pages show: every model of these apps, except the ones below.
PUBLIC_APPS = {
    "home",
    "learning",
    "casestudies",
    "exchanges",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
    "wagtailredirects",
}
# Private or per-reader records that no anonymous page shows: saving one (a trainee finishing
# a lesson, a mentee updating advice) must not empty the page cache.
PRIVATE_MODELS = {
    "learning.enrollment",
    "learning.lessoncompletion",
    "learning.quizattempt",
    "exchanges.advice",
    "exchanges.adviceupdate",
    "exchanges.measurecomment",
    "exchanges.selfassessment",
    "exchanges.assessmentscore",
    "exchanges.reminderlog",
    "wagtailimages.rendition",
}
PUBLIC_CORE_MODELS = (Page, Site, Locale, PageViewRestriction, CollectionViewRestriction)


def shows_publicly(model):
    meta = model._meta
    if meta.label_lower in PRIVATE_MODELS:
        return False
    return meta.app_label in PUBLIC_APPS or issubclass(model, PUBLIC_CORE_MODELS)


def _page_or_site_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page | Site):
        shell.invalidate()


def _record_changed(sender, update_fields=None, **kwargs):
    if sender is get_user_model():
        # Signing in stamps last_login; only a change to what pages show matters.
        if update_fields is not None and set(update_fields) <= {"last_login"}:
            return
    elif not shows_publicly(sender):
        return
    pagecache.invalidate()


def _relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and shows_publicly(type(instance)):
        pagecache.invalidate()


def register_signal_handlers():
    page_published.connect(shell.invalidate, dispatch_uid="home-shell-published")
    page_unpublished.connect(shell.invalidate, dispatch_uid="home-shell-unpublished")
    post_page_move.connect(shell.invalidate, dispatch_uid="home-shell-moved")
    post_delete.connect(_page_or_site_deleted, dispatch_uid="home-shell-deleted")
    post_save.connect(shell.invalidate, sender=Site, dispatch_uid="home-shell-site")
    user_logged_in.connect(sessions.mark_login, dispatch_uid="home-session-login")

    page_published.connect(pagecache.invalidate, dispatch_uid="home-pagecache-published")
    page_unpublished.connect(pagecache.invalidate, dispatch_uid="home-pagecache-unpublished")
    post_page_move.connect(pagecache.invalidate, dispatch_uid="home-pagecache-moved")
    post_save.connect(_record_changed, dispatch_uid="home-pagecache-saved")
    post_delete.connect(_record_changed, dispatch_uid="home-pagecache-deleted")
    m2m_changed.connect(_relation_changed, dispatch_uid="home-pagecache-relations")
