from django.db import models
from django.utils.translation import gettext_lazy as _


class ComplianceStatus(models.TextChoices):
    """The three statuses the Latvian accessibility statement template allows."""

    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")
