"""Show default-language records in the reader's language without a query per record.

Exchanges records point at the default-language Municipality rows (see models.people); these
helpers fetch the translations for a whole page of records in one query.
"""

from django.conf import settings
from django.utils.translation import get_language

from .models import Municipality


def localized_names(municipalities, language=None):
    """Map each municipality's pk to its name in the active language (or its own name)."""
    municipalities = [m for m in municipalities if m is not None]
    names = {m.pk: m.name for m in municipalities}
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if language == settings.LANGUAGE_CODE or not municipalities:
        return names
    translated = dict(
        Municipality.objects.filter(
            locale__language_code=language,
            translation_key__in={m.translation_key for m in municipalities},
        ).values_list("translation_key", "name")
    )
    for municipality in municipalities:
        names[municipality.pk] = translated.get(municipality.translation_key, municipality.name)
    return names


def label_municipalities(municipalities):
    """Set `label` on each instance to its name in the active language; returns the list."""
    municipalities = list(municipalities)
    names = localized_names(municipalities)
    for municipality in municipalities:
        municipality.label = names[municipality.pk]
    return municipalities
