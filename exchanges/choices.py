from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PlanType(models.TextChoices):
    SEAP = "SEAP", _("SEAP (Sustainable Energy Action Plan)")
    SECAP = "SECAP", _("SECAP (Sustainable Energy and Climate Action Plan)")

    @property
    def abbreviation(self):
        """The plan's short name in the reader's language, as its full label spells it."""
        return {
            "SEAP": pgettext_lazy("plan type abbreviation", "SEAP"),
            "SECAP": pgettext_lazy("plan type abbreviation", "SECAP"),
        }[self.value]


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


class MeasureStatus(models.TextChoices):
    NOT_STARTED = "not_started", pgettext_lazy("measure status", "Not started")
    ONGOING = "ongoing", pgettext_lazy("measure status", "Ongoing")
    COMPLETED = "completed", pgettext_lazy("measure status", "Completed")
    POSTPONED = "postponed", pgettext_lazy("measure status", "Postponed")

    @classmethod
    def unfinished(cls):
        return [cls.NOT_STARTED, cls.ONGOING, cls.POSTPONED]


class AssessmentElement(models.TextChoices):
    """The 10 key elements of a SECAP and what the administrative structure must guarantee
    (the SECAP course, sections 1.2 and 1.4)."""

    ADOPTION = "adoption", _("Formal adoption of the plan by the municipal council")
    TARGETS = "targets", _("Clear mitigation and adaptation targets")
    BASELINE = "baseline", _("Sound assessment of the local situation (BEI and RVA)")
    MEASURES = "measures", _("Comprehensive measures covering the key sectors")
    STRATEGY_2030 = "strategy_2030", _("Strategies and actions until 2030")
    DEPARTMENTS = "departments", _("Mobilisation of all municipal departments involved")
    STAKEHOLDERS = "stakeholders", _("Engagement of citizens and stakeholders")
    FINANCING = "financing", _("Financing")
    MONITORING = "monitoring", _("Monitoring and reporting")
    SUBMISSION = "submission", _("Submission of the SECAP and the reporting template")
    COORDINATION = "coordination", _("Internal coordination between departments")
    CAPACITY = "capacity", _("Adequate staff capacity and budget")
    LONG_TERM_VISION = "long_term_vision", _("Long-term vision, balancing costs and benefits")
    ENGAGEMENT = "engagement", _("Continuous involvement of stakeholders and residents")
    IMPLEMENTATION = "implementation", _("Implementing, monitoring and updating the SECAP")
    VERTICAL_INTEGRATION = (
        "vertical_integration",
        _("Vertical integration with other levels of government"),
    )

    @classmethod
    def key_elements(cls):
        return list(cls)[:10]

    @classmethod
    def structure(cls):
        return list(cls)[10:]


class Score(models.IntegerChoices):
    ABSENT = 0, _("0 – not in place")
    STARTED = 1, _("1 – started")
    PARTLY = 2, _("2 – largely in place")
    FULLY = 3, _("3 – fully in place")
