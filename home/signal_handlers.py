from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import sessions, shell


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        shell.invalidate()


def register_signal_handlers():
    page_published.connect(shell.invalidate, dispatch_uid="home-shell-published")
    page_unpublished.connect(shell.invalidate, dispatch_uid="home-shell-unpublished")
    post_page_move.connect(shell.invalidate, dispatch_uid="home-shell-moved")
    post_delete.connect(_page_deleted, dispatch_uid="home-shell-deleted")
    post_save.connect(shell.invalidate, sender=Site, dispatch_uid="home-shell-site")
    user_logged_in.connect(sessions.mark_login, dispatch_uid="home-session-login")
