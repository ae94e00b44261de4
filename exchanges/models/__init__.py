from .advice import Advice, AdviceQuerySet, AdviceUpdate
from .directory import Municipality, PlanningRegion
from .followthrough import (
    AssessmentScore,
    Measure,
    MeasureComment,
    MeasureQuerySet,
    MeasureUpdate,
    ReminderLog,
    SelfAssessment,
)
from .pages import ExchangesIndexPage
from .people import Profile
from .programme import (
    MentoringPair,
    ObservedMeasure,
    PeerGroup,
    Visit,
    VisitQuerySet,
    VisitReport,
)

__all__ = [
    "AssessmentScore",
    "Measure",
    "MeasureComment",
    "MeasureQuerySet",
    "MeasureUpdate",
    "ReminderLog",
    "SelfAssessment",
    "Advice",
    "AdviceQuerySet",
    "AdviceUpdate",
    "ExchangesIndexPage",
    "MentoringPair",
    "Municipality",
    "ObservedMeasure",
    "PeerGroup",
    "PlanningRegion",
    "Profile",
    "Visit",
    "VisitQuerySet",
    "VisitReport",
]
