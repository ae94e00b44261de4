from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class SignInForm(AuthenticationForm):
    """Django's message puts the field's name into a sentence, which Latvian must decline:
    "ievadīt pareizu lietotājvārds" is wrong; the sentence is written whole instead."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Please enter a correct user name and password. Both fields are case-sensitive."
        ),
    }
