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
    "advice_overdue",
    "measure_overdue",
]
