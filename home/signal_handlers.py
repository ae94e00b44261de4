"""The site shell (`shell`) is retired by changes to what it reads: the page tree and Sites.

It does not follow every record public pages show, as the page cache does
(`core.signal_handlers`): signed-in readers, who never get a stored page, read it on every
request, and rebuilding it (the Site and the home page's children) after every visit report or
municipality edit would cost each of them those queries again. Publishing, unpublishing, moving
or deleting a page, restricting who may view one and editing a Site are what change its
menu and links.
"""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import sessions

from . import shell


def register_signal_handlers():
    page_published.connect(shell.retire, dispatch_uid="home-shell-published")
    page_unpublished.connect(shell.retire, dispatch_uid="home-shell-unpublished")
    post_page_move.connect(shell.retire, dispatch_uid="home-shell-moved")
    # Deleting a page of any type deletes its row of Wagtail's page table too.
    post_delete.connect(shell.retire, sender=Page, dispatch_uid="home-shell-deleted")
    post_delete.connect(shell.retire, sender=Site, dispatch_uid="home-shell-site-deleted")
    post_save.connect(shell.retire, sender=Site, dispatch_uid="home-shell-site")
    # A restricted page leaves the menu and the search scope (home.search.Scope).
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            shell.retire, sender=PageViewRestriction, dispatch_uid=f"home-shell-restriction-{name}"
        )
    user_logged_in.connect(sessions.mark_login, dispatch_uid="home-session-login")
