"""Who may see trainees' records: the trainee, and coordinators."""

from .models import Certificate


def can_view_progress_report(user):
    return user.is_active and user.has_perm("learning.view_progress_report")


def can_download_certificate(user, certificate):
    return user.is_authenticated and (
        certificate.user_id == user.pk or can_view_progress_report(user)
    )


def certificates_visible_to(user):
    if not user.is_authenticated:
        return Certificate.objects.none()
    if can_view_progress_report(user):
        return Certificate.objects.all()
    return Certificate.objects.filter(user=user)
