from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from .choices import Country, Kind, Sort, Status

OPTION = '<option value="{}">{}</option>'
SELECTED = '<option value="{}" selected>{}</option>'


class CaseFilterForm(forms.Form):
    """The library's GET parameters. Invalid values are dropped with a notice, never a 500."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    sector = forms.MultipleChoiceField(label=_("Sector"), required=False)
    step = forms.TypedChoiceField(
        label=_("SECAP step"), required=False, coerce=int, empty_value=None
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("any")), *Kind.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("any")), *Status.choices]
    )
    tag = forms.SlugField(label=_("Tag"), required=False, max_length=100, allow_unicode=True)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=Sort.choices)

    KNOWN = {"q", "sector", "step", "country", "kind", "status", "tag", "sort", "page", "format"}

    def __init__(self, data, *, sectors, steps, countries):
        """`sectors` as (slug, name) and `steps` as (number, title), in their order."""
        super().__init__(data)
        self.fields["sector"].choices = list(sectors)
        self.fields["step"].choices = [("", _("any"))] + [
            (number, f"{number}. {title}") for number, title in steps
        ]
        names = dict(Country.choices)
        self.fields["country"].choices = [("", _("any"))] + [
            (code, names.get(code, code)) for code in countries
        ]

    def valid_values(self):
        """The cleaned values of the fields that validated, and the names of those that did not."""
        self.is_valid()
        values = {
            name: self.cleaned_data.get(name) for name in self.fields if name not in self.errors
        }
        return values, sorted(self.errors)

    SELECTS = ("step", "country", "kind", "status", "sort")

    def selects(self, values):
        """Each select with its options as HTML, the current value selected.

        Drawn here in one pass rather than by three template nodes an option: the country
        list alone has over thirty options, and the library draws them on every request.
        """
        selects = []
        for name in self.SELECTS:
            current = values.get(name)
            current = None if current is None else str(current)
            field = self[name]
            options = format_html_join(
                "",
                "{}",
                (
                    (format_html(SELECTED if str(value) == current else OPTION, value, label),)
                    for value, label in field.field.choices
                ),
            )
            selects.append((field, options))
        return selects

    def unknown_parameters(self):
        return sorted(set(self.data) - self.KNOWN)
