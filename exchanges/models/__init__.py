from .advice import Advice, AdviceQuerySet, AdviceUpdate, advice_overdue
from .directory import Municipality, PlanningRegion
from .followthrough import (
    AssessmentScore,
    Measure,
    MeasureComment,
    MeasureQuerySet,
    MeasureUpdate,
    ReminderLog,
    SelfAssessment,
    measure_overdue,
)
from .pages import ExchangesIndexPage
from .people import Profile
from .programmes import MentoringPair, MentoringPairQuerySet, PeerGroup, PeerGroupQuerySet
from .reports import ObservedMeasure, VisitReport
from .visits import Visit, VisitQuerySet

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
    "MentoringPairQuerySet",
    "Municipality",
    "ObservedMeasure",
    "PeerGroup",
    "PeerGroupQuerySet",
    "PlanningRegion",
    "Profile",
    "Visit",
    "VisitQuerySet",
    "VisitReport",
    "advice_overdue",
    "measure_overdue",
]
