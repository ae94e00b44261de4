from .catalogue import LearningIndexPage, SecapRoadmapPage
from .course import LessonPage, ModulePage
from .progress import Certificate, Enrollment, LessonCompletion, QuizAttempt
from .taxonomy import SecapPhase, SecapStep, Sector

__all__ = [
    "Certificate",
    "Enrollment",
    "LearningIndexPage",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "QuizAttempt",
    "SecapPhase",
    "SecapRoadmapPage",
    "SecapStep",
    "Sector",
]
