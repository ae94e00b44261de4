"""The reader's own learning as other pages show it: their modules, and where to continue.

What the pages themselves show lives with them (`models.course`); this module only imports
them, so nothing the pages import depends on it.
"""

from core.locales import localized

from .models import Enrollment
from .models.course import course_overview


def enrolled_modules(enrollments):
    """The enrolments' modules in the reader's language, annotated as `with_enrolment` does."""
    modules = localized([enrollment.module for enrollment in enrollments])
    for module, enrollment in zip(modules, enrollments, strict=True):
        module.is_enrolled = True
        module.certificate_code = enrollment.certificate_code
    return modules


def continue_learning(user):
    """The module the user worked on last and its next lesson, for "continue where you left off"."""
    if not user.is_authenticated:
        return None
    enrollment = Enrollment.objects.of(user).filter(completed_at__isnull=True).first()
    if enrollment is None:
        return None
    overview = course_overview(user, enrolled_modules([enrollment]))[0]
    return overview if overview.next_lesson else None
