from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The programme's roles, each a Django group of the same name.

    In `core`, the bottom of the import chain, so every app can check a role without importing
    upwards.
    """

    TRAINEE = "Trainees", _("Trainee")
    MENTOR = "Mentors", _("Mentor")
    MUNICIPALITY_MEMBER = "Municipality members", _("Municipality member")
    REGION_VIEWER = "Planning region viewers", _("Planning region viewer")
    COORDINATOR = "Coordinators", _("Coordinator")
