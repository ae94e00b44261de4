"""Who people are in the programme: the municipality they work for, or their organisation."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .directory import Municipality, PlanningRegion


def new_calendar_token():
    return secrets.token_urlsafe(32)


class Profile(models.Model):
    """A user's place in the programme; roles themselves are the user's groups.

    Municipality and region point at the default-language rows, like every exchanges record,
    so a person's membership does not depend on the language they read in.
    """

    shown_on_public_pages = True

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="exchanges_profile",
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("The municipality this person works for. Empty for external experts."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("For external experts: the organisation they come from."),
    )
    position = models.CharField(
        _("position"), max_length=200, blank=True, help_text=_("For example: energy manager.")
    )
    region = models.ForeignKey(
        PlanningRegion,
        verbose_name=_("planning region"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="viewers",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("For planning region viewers: the region whose figures they see."),
    )
    language = models.CharField(
        _("language of messages"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    reminders = models.BooleanField(
        _("send me reminders"),
        default=True,
        help_text=_("E-mails about upcoming visits, advice due and follow-ups."),
    )
    calendar_token = models.CharField(
        _("calendar token"),
        max_length=64,
        unique=True,
        default=new_calendar_token,
        editable=False,
        help_text=_("The secret part of the personal calendar address."),
    )

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def affiliation(self):
        return self.municipality or self.organisation
