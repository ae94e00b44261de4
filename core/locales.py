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


def _language(language=None):
    return (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _translations(model, keys, locale, *, live=False):
    """The rows of `model` in `locale` whose translation keys are `keys`, by key: one query."""
    if not keys:
        return {}
    rows = model._default_manager.filter(translation_key__in=keys, locale=locale)
    if live and issubclass(model, DraftStateMixin):
        rows = rows.filter(live=True)
    return {row.translation_key: row for row in rows}


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
        for key, row in _translations(model, keys, locale, live=True).items():
            found[(model, key)] = row
    return [
        found.get((type(instance), instance.translation_key), instance) for instance in instances
    ]


def set_labels(rows, field="name", language=None):
    """Set `label` on each default-language row (None skipped) to `field` in the reader's language.

    Records point at default-language rows (municipalities, pages, taxonomy snippets); this
    shows them in the reader's language with one query per model for a whole list, and none for
    a reader of the default language, instead of one per row. `label_language` is the language
    of that text: the reader's where a translation exists, else the default language of the row
    it fell back to (a Latvian name on an English page, marked as such by `{% lang_attr %}`).
    Returns the rows as a list.
    """
    rows = list(rows)
    present = [row for row in rows if row is not None]
    language = _language(language)
    found = {}
    if language != settings.LANGUAGE_CODE:
        keys_by_model = {}
        for row in present:
            keys_by_model.setdefault(type(row), set()).add(row.translation_key)
        for model, keys in keys_by_model.items():
            # By language code, not by locale row: the locale table is not read for this.
            translations = model._default_manager.filter(
                translation_key__in=keys, locale__language_code=language
            ).values_list("translation_key", field)
            found.update({(model, key): text for key, text in translations})
    for row in present:
        text = found.get((type(row), row.translation_key))
        if text is None:
            row.label, row.label_language = getattr(row, field), settings.LANGUAGE_CODE
        else:
            row.label, row.label_language = text, language
    return rows


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
