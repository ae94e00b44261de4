from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PlanType(models.TextChoices):
    SEAP = "SEAP", _("SEAP (Sustainable Energy Action Plan)")
    SECAP = "SECAP", _("SECAP (Sustainable Energy and Climate Action Plan)")


class PairStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("mentoring pair status", "Active")
    PAUSED = "paused", pgettext_lazy("mentoring pair status", "Paused")
    COMPLETED = "completed", pgettext_lazy("mentoring pair status", "Completed")


class VisitKind(models.TextChoices):
    MENTORING = "mentoring", _("Mentoring session")
    EXPERT = "expert", _("Expert visit")
    PEER = "peer", _("Peer meeting")
    SHADOWING = "shadowing", _("Shadowing visit")


class VisitStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("visit status", "Planned")
    HELD = "held", pgettext_lazy("visit status", "Held")
    CANCELLED = "cancelled", pgettext_lazy("visit status", "Cancelled")


class Transferability(models.TextChoices):
    HIGH = "high", _("Can be adopted as it is")
    MEDIUM = "medium", _("Can be adopted with changes")
    LOW = "low", _("Hard to adopt")
    NONE = "none", _("Cannot be adopted here")


class Priority(models.TextChoices):
    HIGH = "high", pgettext_lazy("advice priority", "High")
    MEDIUM = "medium", pgettext_lazy("advice priority", "Medium")
    LOW = "low", pgettext_lazy("advice priority", "Low")


class AdviceStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("advice status", "Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("advice status", "In progress")
    IMPLEMENTED = "implemented", pgettext_lazy("advice status", "Implemented")
    DECLINED = "declined", pgettext_lazy("advice status", "Declined")

    @classmethod
    def active(cls):
        """Statuses that still ask something of the municipality; only these can be overdue."""
        return [cls.OPEN, cls.IN_PROGRESS]
