from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanType(models.TextChoices):
    SEAP = "SEAP", _("SEAP (Sustainable Energy Action Plan)")
    SECAP = "SECAP", _("SECAP (Sustainable Energy and Climate Action Plan)")
