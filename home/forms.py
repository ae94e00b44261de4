from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from wagtail.users import forms as wagtail_user_forms

from .permissions import groups_within_reach


class SignInForm(AuthenticationForm):
    """Django's message puts the field's name into a sentence, which Latvian must decline:
    "ievadīt pareizu lietotājvārds" is wrong; the sentence is written whole instead."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Please enter a correct user name and password. Both fields are case-sensitive."
        ),
    }


class _ReachLimitedUserForm:
    """Wagtail's user forms for an actor who may only hand out authority they hold.

    Only superusers see "Administrator"; the group choices are the groups within the actor's
    reach (`home.permissions`). Groups the person has beyond that reach are kept on save, as
    Wagtail's own group form keeps the permissions it does not show.
    """

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        if for_user is None or for_user.is_superuser:
            return
        self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            self.fields["groups"].queryset = groups_within_reach(for_user)

    def _save_m2m(self):
        kept = []
        if self.instance.pk and self.for_user and not self.for_user.is_superuser:
            reachable = self.fields["groups"].queryset
            kept = list(self.instance.groups.exclude(pk__in=reachable))
        super()._save_m2m()
        if kept:
            self.instance.groups.add(*kept)


class UserCreationForm(_ReachLimitedUserForm, wagtail_user_forms.UserCreationForm):
    pass


class UserEditForm(_ReachLimitedUserForm, wagtail_user_forms.UserEditForm):
    pass
