"""Marking text that is in another language than the page (WCAG 3.1.2, language of parts).

People write visits, reports, advice and measures in their own language, and pages fall back
to the default-language row where a translation is missing. Wherever such text is shown it
is wrapped in an element that carries `{% lang_attr source %}`: the attribute appears only
when the text's language differs from the page's, so a screen reader switches voice for it
and the markup of a page in one language stays as it was.
"""

from django import template
from django.conf import settings
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language

from core.locales import all_locales

register = template.Library()


def language_of(source):
    """The language code of a text's source: a code, a record, a labelled or localized row.

    A record people wrote has `language`; a municipality labelled for the reader has
    `label_language` (the language of the name it was labelled with); a translatable row (a
    page, a snippet) is in its locale's language.
    """
    if not source:
        return ""
    if isinstance(source, str):
        return source
    for name in ("language", "label_language"):
        code = getattr(source, name, None)
        if isinstance(code, str) and code:
            return code
    locale_id = getattr(source, "locale_id", None)
    if locale_id is None:
        return ""
    cached = source._state.fields_cache.get("locale") if hasattr(source, "_state") else None
    if cached is not None:
        return cached.language_code
    # Every locale is read once per request (core/locales.py), routing and lists included.
    for code, locale in all_locales().items():
        if locale.pk == locale_id:
            return code
    return ""


def page_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


@register.simple_tag
def lang_attr(source):
    """` lang="xx"` when `source` is in another language than the page, else nothing."""
    code = language_of(source)
    if not code or code == page_language():
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag
def in_lang(source, text):
    """`text` in a `<span lang>` when `source` is in another language than the page.

    For names inside a sentence (`{% in_lang visit.host visit.host.label as host %}` and then
    `{% blocktranslate %}at {{ host }}{% endblocktranslate %}`).
    """
    attr = lang_attr(source)
    if not attr:
        return conditional_escape(text)
    return format_html("<span{}>{}</span>", attr, text)
