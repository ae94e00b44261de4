"""Show default-language records in the reader's language without a query per record.

Exchanges records point at the default-language Municipality rows (see models.people); these
helpers fetch the translations for a whole page of records in one query.
"""

from django.conf import settings
from django.utils.translation import get_language

from .models import Municipality


def _translated(municipalities, language):
    """The names of the municipalities' rows in `language`, by translation key."""
    if language == settings.LANGUAGE_CODE or not municipalities:
        return {}
    return dict(
        Municipality.objects.filter(
            locale__language_code=language,
            translation_key__in={m.translation_key for m in municipalities},
        ).values_list("translation_key", "name")
    )


def _language(language=None):
    return (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]


def localized_names(municipalities, language=None):
    """Map each municipality's pk to its name in the active language (or its own name)."""
    municipalities = [m for m in municipalities if m is not None]
    translated = _translated(municipalities, _language(language))
    return {m.pk: translated.get(m.translation_key, m.name) for m in municipalities}


def label_municipalities(municipalities):
    """Set `label` on each instance to its name in the active language; returns the list.

    `label_language` is the language of that name: the reader's where a translation exists,
    else the default language of the row it fell back to (a Latvian name on an English page,
    marked as such by `{% lang_attr %}`).
    """
    municipalities = list(municipalities)
    language = _language()
    present = [m for m in municipalities if m is not None]
    translated = _translated(present, language)
    for municipality in present:
        name = translated.get(municipality.translation_key)
        municipality.label = municipality.name if name is None else name
        municipality.label_language = settings.LANGUAGE_CODE if name is None else language
    return municipalities
