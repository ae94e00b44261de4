"""Whole responses for anonymous readers, served from the cache.

Most traffic is anonymous reading: the course, the case library, municipality pages. Those
responses are the same for every anonymous reader of a URL, so they are kept in the cache
(the shared Redis cache when several app servers run) and answered before sessions, locale,
authentication or Wagtail's routing run.

What is never stored: anything but a plain GET answered 200; a request carrying a session or
messages cookie (a signed-in reader, or one with a notice to show); a response that sets a
cookie (a page with a form sets the CSRF cookie), says `Cache-Control: private`, `no-cache` or
`no-store`, varies on everything, or is a download; and the admin, documents and the API.

Every key carries a generation number. Publishing, unpublishing, moving or deleting a page,
and saving or deleting any record that public pages show, or changing its many-to-many
relations, advances it once the transaction commits (`core.signal_handlers`), which retires
every stored response on every server at once. `PAGE_CACHE_SECONDS` bounds how long a copy
lives (pages that show "upcoming" visits change with the date).

Which records public pages show, each model says itself: a project model by its class
attribute `shown_on_public_pages` (True for every page type, through `core.pages.BasePage`), a
model of Django, Wagtail or another library in `THIRD_PARTY` below, since its class is not
ours to change. A declaration forgotten would leave stale pages, so a model that says
neither counts as shown, and tests/core/test_page_cache_declarations.py fails until it
says. Saving a private or per-reader record (a trainee finishing a lesson, a mentee updating
advice) must not empty the cache: that is what the False declarations are for.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age

from core.generations import Generation

# Retired on commit only; see `Generation`.
GENERATION = Generation("page-cache", read_by_its_writer=False)
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/api/", "/healthz")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}


ATTRIBUTE = "shown_on_public_pages"

# Whether anonymous pages show the records of models whose classes are not the project's.
THIRD_PARTY = {
    # Pages, the sites and languages they are served in, and what makes a section private.
    "wagtailcore.page": True,
    "wagtailcore.site": True,
    "wagtailcore.locale": True,
    "wagtailcore.pageviewrestriction": True,
    "wagtailcore.collectionviewrestriction": True,
    # Images, documents, tags and redirects that pages link to.
    "wagtailimages.image": True,
    "wagtaildocs.document": True,
    "taggit.tag": True,
    "taggit.taggeditem": True,
    "wagtailredirects.redirect": True,
    # People's names appear on programme and municipality pages; signing in changes only
    # `last_login`, which the receiver passes over.
    "auth.user": True,
    # Written while a page is drawn (a rendition made on first use, an oEmbed answer stored on
    # first use): retiring pages for them would retire the page being stored.
    "wagtailimages.rendition": False,
    "wagtailembeds.embed": False,
    # Drafts, workflows, comments, history and the admin's own records: what public pages
    # show changes only when a page is published, which saves the page itself.
    "wagtailcore.revision": False,
    "wagtailcore.workflowstate": False,
    "wagtailcore.workflow": False,
    "wagtailcore.workflowtask": False,
    "wagtailcore.workflowcontenttype": False,
    "wagtailcore.workflowpage": False,
    "wagtailcore.task": False,
    "wagtailcore.groupapprovaltask": False,
    "wagtailcore.taskstate": False,
    "wagtailcore.comment": False,
    "wagtailcore.commentreply": False,
    "wagtailcore.pagesubscription": False,
    "wagtailcore.pagelogentry": False,
    "wagtailcore.modellogentry": False,
    "wagtailcore.referenceindex": False,
    "wagtailcore.uploadedfile": False,
    "wagtailcore.collection": False,
    "wagtailcore.apitoken": False,
    "wagtailadmin.admin": False,
    "wagtailadmin.editingsession": False,
    "wagtailadmin.formstate": False,
    "wagtailusers.userprofile": False,
    "wagtailforms.formsubmission": False,
    "wagtailsearch.indexentry": False,
    "wagtailsearch.sqliteftsindexentry": False,
    # Translation work in progress: a translation shows once it is published as a page.
    "wagtail_localize.translatableobject": False,
    "wagtail_localize.translationsource": False,
    "wagtail_localize.translation": False,
    "wagtail_localize.translationlog": False,
    "wagtail_localize.string": False,
    "wagtail_localize.translationcontext": False,
    "wagtail_localize.stringtranslation": False,
    "wagtail_localize.template": False,
    "wagtail_localize.segmentoverride": False,
    "wagtail_localize.stringsegment": False,
    "wagtail_localize.templatesegment": False,
    "wagtail_localize.relatedobjectsegment": False,
    "wagtail_localize.overridablesegment": False,
    "wagtail_localize.localesynchronization": False,
    # Who may do what, sign-in records and sessions: no anonymous page shows them.
    "wagtailcore.grouppagepermission": False,
    "wagtailcore.groupcollectionpermission": False,
    "wagtailcore.groupsitepermission": False,
    "auth.group": False,
    "auth.permission": False,
    "admin.logentry": False,
    "contenttypes.contenttype": False,
    "sessions.session": False,
    "axes.accessattempt": False,
    "axes.accessattemptexpiration": False,
    "axes.accessfailurelog": False,
    "axes.accesslog": False,
}


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def declaration(model):
    """What `model` says about public pages: True, False, or None when it says neither."""
    said = getattr(model, ATTRIBUTE, None)
    if said is None:
        said = THIRD_PARTY.get(model._meta.label_lower)
    if said is None and model._meta.proxy:
        said = declaration(model._meta.concrete_model)
    return said


def shown_on_public_pages(model):
    """Whether a change to `model`'s records retires the stored pages.

    A many-to-many relation's own table (Django's automatic one) follows the model that
    declares the field. A model that says neither counts as shown (see the module docstring).
    """
    owner = model._meta.auto_created
    if owner:
        model = owner
    return declaration(model) is not False


# Retire every stored response once the change that called for it is committed.
retire = GENERATION.retire


def _request_key(request):
    if request.method != "GET" or request.path.startswith(EXCLUDED_PREFIXES):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    address = f"{request.scheme}://{host}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return GENERATION.key(digest)


def _storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.get("Content-Disposition", "").startswith("attachment"):
        return False
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & UNCACHEABLE_DIRECTIVES or get_max_age(response) == 0:
        return False
    return "*" not in response.get("Vary", "")


class AnonymousPageCacheMiddleware:
    """Answers anonymous GETs from the cache; stores what the rest of the stack answered.

    It sits just inside SecurityMiddleware, so security headers are added to every answer, and
    outside everything else, so a stored response already carries the CSP and frame headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _request_key(request) if enabled() else None
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return response
        response = self.get_response(request)
        if _storable(response):
            cache.set(key, (response.content, list(response.items())), settings.PAGE_CACHE_SECONDS)
        return response
