"""Wagtail's locale lookups, read once per request.

`Locale.get_default()` and `Locale.get_active()` query the database on every call, and progress
records, the site search and form choices call them from code that has no request at hand.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.middleware import locale as django_locale
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from wagtail.models import DraftStateMixin, Locale

from . import request_cache

post_save.connect(request_cache.clear, sender=Locale, dispatch_uid="rc-locale-save")
post_delete.connect(request_cache.clear, sender=Locale, dispatch_uid="rc-locale-delete")


@request_cache.per_request
def all_locales():
    """Every locale by language code, in one query a request (a site has two or three)."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


def locale_for(language_code):
    locale = all_locales().get(language_code)
    if locale is None:  # a variant such as "en-gb", which Wagtail maps to a content language
        locale = Locale.objects.get_for_language(language_code)
    return locale


def default_locale():
    """The same as `Locale.get_default()`."""
    return locale_for(settings.LANGUAGE_CODE)


def active_locale():
    """The same as `Locale.get_active()`."""
    try:
        return locale_for(get_language())
    except (Locale.DoesNotExist, LookupError):
        return default_locale()


def localized(instances):
    """Wagtail's `.localized` for many instances, in one query per model at most.

    Each becomes its live translation in the active language, or stays itself when there is
    none; Wagtail's property asks the database once per instance, and for the locale as well.
    """
    locale = active_locale()
    keys_by_model = {}
    for instance in instances:
        if instance.locale_id != locale.pk:
            keys_by_model.setdefault(type(instance), set()).add(instance.translation_key)
    found = {}
    for model, keys in keys_by_model.items():
        translations = model._default_manager.filter(translation_key__in=keys, locale=locale)
        if issubclass(model, DraftStateMixin):
            translations = translations.filter(live=True)
        found.update({(model, t.translation_key): t for t in translations})
    return [
        found.get((type(instance), instance.translation_key), instance) for instance in instances
    ]


class LocaleMiddleware(django_locale.LocaleMiddleware):
    """Django's, except that a view's own 404 outside the language prefixes stays as it is.

    Django answers any 404 at an address without a language prefix with a redirect to the
    prefixed address when that one would resolve; Wagtail's catch-all page route makes every
    address resolve, so the API's JSON 404 (`/api/v2/pages/999999/`) became a redirect to
    `/lv/api/…` and the site's HTML 404. Only an address that named no view is redirected.
    """

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and getattr(request, "resolver_match", None)
            and not translation.get_language_from_path(request.path_info)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
