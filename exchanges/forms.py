"""Workspace forms. Each form is built for one pair or group, so choices never leak others."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.forms.models import ModelChoiceIterator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casestudies.models import CaseStudyPage
from core.locales import set_labels
from learning.models import LessonPage, SecapStep, Sector

from .choices import AdviceStatus, AssessmentElement, Score, VisitKind, VisitStatus
from .evidence import validate_evidence
from .models import (
    Advice,
    AdviceUpdate,
    Measure,
    MeasureComment,
    MeasureUpdate,
    MentoringPair,
    Municipality,
    ObservedMeasure,
    Profile,
    Visit,
    VisitReport,
)

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class LocalDateTimeInput(forms.DateTimeInput):
    """A native date-and-time picker; values are read in Europe/Riga, the site's time zone."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format=DATETIME_FORMAT)


MAX_ID = 2**31 - 1  # the largest id either database stores in an integer column


def parse_id(value):
    """The id in `value`, or None when no row can have it (the database would raise)."""
    text = str(value)
    if text.isascii() and text.isdigit() and 0 < int(text) <= MAX_ID:
        return int(text)
    return None


def _check_id(field, value):
    if value in field.empty_values:
        return
    if parse_id(value) is None:
        raise forms.ValidationError(
            field.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class IdChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        _check_id(self, value)
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value if isinstance(value, list | tuple) else [value]:
            _check_id(self, item)
        return super()._check_values(value)


class LabelledChoiceIterator(ModelChoiceIterator):
    """The field's rows, each labelled in the reader's language, read as the widget draws them.

    Records point at default-language rows (municipalities, pages, taxonomy snippets). The rows
    are read once, when the choices are drawn, and their translations in one more query, none
    for a reader of the default language; a form that is only validated reads neither.
    """

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for row in set_labels(self.queryset, field=self.field.label_field):
            yield self.choice(row)


class LabelledChoices:
    """A choice among default-language rows, shown by their `label_field` in the reader's
    language (`core.locales.set_labels`)."""

    iterator = LabelledChoiceIterator

    def __init__(self, *args, label_field="name", **kwargs):
        self.label_field = label_field
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return getattr(obj, "label", None) or super().label_from_instance(obj)


class LabelledChoiceField(LabelledChoices, IdChoiceField):
    pass


class LabelledMultipleChoiceField(LabelledChoices, IdMultipleChoiceField):
    pass


def step_label(step):
    """A SECAP step as the course numbers it, its title in the reader's language."""
    return f"{step.number}. {step.label}"


def default_locale_pages(model):
    return model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)


def people_of(programme):
    """Everyone who can take part in a visit of this pair or group."""
    User = get_user_model()
    if isinstance(programme, MentoringPair):
        municipality_ids = programme.municipality_ids()
        named = Q(mentoring_pairs=programme) | Q(expert_pairs=programme)
    else:
        municipality_ids = list(programme.members.values_list("pk", flat=True))
        named = Q(facilitated_groups=programme)
    return (
        User.objects.filter(
            named | Q(exchanges_profile__municipality_id__in=municipality_ids), is_active=True
        )
        .distinct()
        .order_by("last_name", "first_name", "pk")
    )


def attach_to(record, programme):
    """Set the visit's or advice's pair or group before validation sees the record."""
    if isinstance(programme, MentoringPair):
        record.pair, record.group = programme, None
    else:
        record.pair, record.group = None, programme


def municipalities_of(programme):
    if isinstance(programme, MentoringPair):
        ids = programme.municipality_ids()
    else:
        ids = list(programme.members.values_list("pk", flat=True))
    return Municipality.objects.filter(pk__in=ids).order_by("name")


def _plausible_moment(value):
    """A visit's time within the years a plan covers: dates near year 1 or 9999 cannot be
    converted between time zones, and the database check of the times failed on them."""
    if value is not None and not 1990 <= value.year <= 2100:
        invalid = forms.DateTimeField.default_error_messages["invalid"]
        raise forms.ValidationError(invalid, code="invalid")
    return value


class VisitForm(forms.ModelForm):
    class Meta:
        model = Visit
        fields = [
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "host",
            "visiting",
            "place",
            "agenda",
            "participants",
            "status",
            "is_public",
            "public_summary",
            "case_studies",
            "lessons",
        ]
        field_classes = {
            "host": LabelledChoiceField,
            "visiting": IdMultipleChoiceField,
            "participants": IdMultipleChoiceField,
        }
        widgets = {
            "starts_at": LocalDateTimeInput(),
            "ends_at": LocalDateTimeInput(),
            "visiting": forms.CheckboxSelectMultiple,
            "participants": forms.CheckboxSelectMultiple,
            "agenda": forms.Textarea(attrs={"rows": 5}),
            "public_summary": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.programme = programme
        attach_to(self.instance, programme)
        municipalities = municipalities_of(programme)
        self.fields["host"].queryset = municipalities
        self.fields["visiting"] = LabelledMultipleChoiceField(
            queryset=municipalities,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=_("Visiting municipalities"),
        )
        self.fields["participants"].queryset = people_of(programme)
        self.fields["participants"].label_from_instance = lambda u: u.get_full_name() or u.username
        for name, model in (("case_studies", CaseStudyPage), ("lessons", LessonPage)):
            self.fields[name] = LabelledMultipleChoiceField(
                queryset=default_locale_pages(model).order_by("title"),
                label_field="title",
                required=False,
                widget=forms.CheckboxSelectMultiple,
                label=self.fields[name].label,
            )
        if isinstance(programme, MentoringPair):
            self.fields["kind"].choices = [
                choice for choice in VisitKind.choices if choice[0] != VisitKind.PEER
            ]

    def clean_starts_at(self):
        return _plausible_moment(self.cleaned_data["starts_at"])

    def clean_ends_at(self):
        return _plausible_moment(self.cleaned_data["ends_at"])

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The visit must end after it starts."))
        host, visiting = cleaned.get("host"), cleaned.get("visiting")
        if host and visiting and host in visiting:
            self.add_error("visiting", _("The host municipality does not visit itself."))
        if cleaned.get("status") == VisitStatus.HELD and starts and starts > timezone.now():
            self.add_error("status", _("A visit that has not started yet cannot be marked held."))
        if cleaned.get("is_public") and not cleaned.get("title"):
            self.add_error("title", _("A public visit needs a title."))
        return cleaned


class VisitReportForm(forms.ModelForm):
    class Meta:
        model = VisitReport
        fields = ["observations", "strengths", "weaknesses"]
        widgets = {name: forms.Textarea(attrs={"rows": 5}) for name in fields}


class ObservedMeasureForm(forms.ModelForm):
    class Meta:
        model = ObservedMeasure
        fields = ["title", "transferability", "requirements"]
        widgets = {"requirements": forms.Textarea(attrs={"rows": 3})}


ObservedMeasureFormSet = forms.inlineformset_factory(
    VisitReport,
    ObservedMeasure,
    form=ObservedMeasureForm,
    extra=2,
    max_num=20,
    validate_max=True,
    can_delete=True,
)


class AdviceForm(forms.ModelForm):
    class Meta:
        model = Advice
        fields = ["municipality", "title", "text", "visit", "measure", "sector", "secap_step"]
        fields += ["priority", "due_on"]
        field_classes = {
            "municipality": LabelledChoiceField,
            "visit": IdChoiceField,
            "measure": IdChoiceField,
            "sector": LabelledChoiceField,
            "secap_step": LabelledChoiceField,
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.programme = programme
        attach_to(self.instance, programme)
        if isinstance(programme, MentoringPair):
            municipalities = Municipality.objects.filter(pk=programme.mentee_municipality_id)
            visits = programme.visits.all()
        else:
            municipalities = programme.members.all()
            visits = programme.visits.all()
        self.fields["municipality"].queryset = municipalities
        if isinstance(programme, MentoringPair):  # a pair advises its mentee, nobody else
            self.fields["municipality"].empty_label = None
            self.fields["municipality"].initial = programme.mentee_municipality_id
        self.fields["visit"].queryset = visits.exclude(status=VisitStatus.CANCELLED)
        self.fields["measure"].queryset = Measure.objects.filter(
            municipality__in=municipalities
        ).order_by("title")
        _taxonomy_choices(self.fields["sector"], self.fields["secap_step"])

    def clean(self):
        cleaned = super().clean()
        measure, municipality = cleaned.get("measure"), cleaned.get("municipality")
        if measure and municipality and measure.municipality_id != municipality.pk:
            self.add_error("measure", _("The measure must belong to the municipality advised."))
        return cleaned

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        unchanged = self.instance.pk and due_on == self.instance.due_on
        if not unchanged and due_on < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due_on


class AdviceUpdateForm(forms.ModelForm):
    """The recipient says what happened: a new status, a note, and optionally a file."""

    status = forms.ChoiceField(
        label=_("Status"),
        choices=[c for c in AdviceStatus.choices if c[0] != AdviceStatus.OPEN],
    )
    evidence_file = forms.FileField(
        label=_("Evidence (optional)"),
        required=False,
        validators=[validate_evidence],
        help_text=_("PDF, image, Word, Excel or OpenDocument file, at most 10 MB."),
    )

    class Meta:
        model = AdviceUpdate
        fields = ["status", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}
        labels = {"note": _("What was done")}


def _taxonomy_choices(sector, secap_step):
    """Records link the default-language sectors and steps; readers see them in their own."""
    default = {"locale__language_code": settings.LANGUAGE_CODE}
    sector.queryset = Sector.objects.filter(**default)
    secap_step.queryset = SecapStep.objects.filter(**default)
    secap_step.label_field = "title"
    secap_step.label_from_instance = step_label


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = [
            "title",
            "description",
            "sector",
            "secap_step",
            "responsible_body",
            "start_year",
            "end_year",
            "budget_eur",
            "expected_mwh",
            "expected_tco2",
            "status",
            "is_draft",
            "what_to_adapt",
            "prerequisites",
            "responsible_person",
        ]
        field_classes = {"sector": LabelledChoiceField, "secap_step": LabelledChoiceField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "what_to_adapt": forms.Textarea(attrs={"rows": 3}),
            "prerequisites": forms.Textarea(attrs={"rows": 3}),
            # Phones show a digit keypad; years are whole, the figures may have decimals.
            "start_year": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "end_year": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "budget_eur": forms.NumberInput(attrs={"inputmode": "decimal"}),
            "expected_mwh": forms.NumberInput(attrs={"inputmode": "decimal"}),
            "expected_tco2": forms.NumberInput(attrs={"inputmode": "decimal"}),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.municipality = municipality
        _taxonomy_choices(self.fields["sector"], self.fields["secap_step"])
        self.initial_status = self.instance.status if self.instance.pk else None

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The end year cannot be before the start year."))
        return cleaned


class AdoptPracticeForm(MeasureForm):
    """A draft measure prefilled from a case study, with the adoption checklist required."""

    class Meta(MeasureForm.Meta):
        fields = [
            "title",
            "description",
            "sector",
            "secap_step",
            "what_to_adapt",
            "prerequisites",
            "responsible_person",
            "start_year",
            "end_year",
            "budget_eur",
            "expected_mwh",
            "expected_tco2",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("what_to_adapt", "prerequisites", "responsible_person"):
            self.fields[name].required = True


class MeasureUpdateForm(forms.ModelForm):
    class Meta:
        model = MeasureUpdate
        fields = ["status", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}
        labels = {"note": _("What changed")}


class MeasureCommentForm(forms.ModelForm):
    class Meta:
        model = MeasureComment
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class SelfAssessmentForm(forms.Form):
    """Sixteen 0–3 scores, each with an optional note, and whether to publish the scores."""

    is_published = forms.BooleanField(
        label=_("Show the scores on our public profile"), required=False
    )

    def __init__(self, *args, previous=None, **kwargs):
        """`previous`: the last assessment's scores, each element's (score, note) by element.

        Both come back: the note explains the score, and a note left out of the form would be
        gone from the new assessment when it is saved.
        """
        super().__init__(*args, **kwargs)
        previous = previous or {}
        for element in AssessmentElement:
            score, note = previous.get(element.value, (None, ""))
            self.fields[f"score_{element.value}"] = forms.TypedChoiceField(
                label=element.label,
                choices=Score.choices,
                coerce=int,
                widget=forms.RadioSelect,
                initial=score,
            )
            self.fields[f"note_{element.value}"] = forms.CharField(
                label=_("Note"),
                required=False,
                max_length=2000,
                widget=forms.TextInput(),
                initial=note,
            )

    def rows(self):
        """(section heading, [(score field, note field)]) for the template."""
        sections = (
            (_("Key elements of a SECAP"), AssessmentElement.key_elements()),
            (_("What the administrative structure guarantees"), AssessmentElement.structure()),
        )
        return [
            (heading, [(self[f"score_{e.value}"], self[f"note_{e.value}"]) for e in elements])
            for heading, elements in sections
        ]


class ReminderSettingsForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["reminders", "language"]
