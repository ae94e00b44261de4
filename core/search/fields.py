"""Search fields whose indexed text is reduced to folded words and stems (`text.index_text`).

They are Wagtail's `index.SearchField` and `index.AutocompleteField`, declared in a model's
`search_fields` as those are; the backend stores what `get_value` returns. The language of
the stems is the record's own: its locale's, else its `language` field's, else Latvian.
"""

from django.conf import settings
from wagtail.models import Page
from wagtail.search import index

from .text import index_text, plain


def language_of(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is not None:
        return obj.locale.language_code
    return getattr(obj, "language", None) or settings.LANGUAGE_CODE


class ReducedText:
    def get_value(self, obj):
        return index_text(plain(super().get_value(obj)), language_of(obj))


class TextField(ReducedText, index.SearchField):
    pass


class AutocompleteText(ReducedText, index.AutocompleteField):
    pass


def text_fields(*names):
    """`SearchField`s for `names`; "title" fills the index's title column and suggestions.

    Both backends rank the title column above the body. A model whose title is another field
    (a municipality's `name`) gives itself a `title` property and names "title" here.
    """
    fields = []
    for name in names:
        if name == "title":
            fields += [TextField("title", boost=2), AutocompleteText("title")]
        else:
            fields.append(TextField(name))
    return fields


def page_search_fields(*names):
    """Page's own search fields, its title reduced beside them, and `names` reduced.

    Wagtail's check (wagtailsearch.W001) wants Page's own field objects kept; they index the
    title as it is written, which the backends fold to the same words the reduced title holds.
    """
    return [*Page.search_fields, *text_fields("title", *names)]


def reduced_fields(model):
    """The reduced search fields of `model`: what the vocabulary takes its terms from."""
    return [
        field
        for field in model.get_search_fields()
        if isinstance(field, (TextField, AutocompleteText))
    ]
