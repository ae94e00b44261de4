from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Locale

from core.absolute import absolute_url

from .certificates import render_certificate_pdf
from .models import Certificate, Enrollment, LearningIndexPage
from .models.course import course_overview
from .permissions import can_download_certificate
from .services import enrolled_modules


@login_required
def my_learning(request):
    """The reader's own modules, progress and certificates; nobody else's."""
    modules = sorted(
        enrolled_modules(list(Enrollment.objects.of(request.user))), key=lambda m: m.path
    )
    overviews = course_overview(request.user, modules)
    # Someone who has not started yet is shown where the modules are.
    catalogue = (
        None
        if overviews
        else LearningIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()
    )
    return TemplateResponse(
        request,
        "learning/my_learning.html",
        {"overviews": overviews, "catalogue": catalogue},
    )


def verify_certificate(request, code):
    """Public: anyone holding a code can check it; the page shows name, module and date only."""
    certificate = Certificate.objects.filter(code=code.upper()).select_related("module").first()
    if certificate is None:
        response = TemplateResponse(
            request, "learning/certificate_verify.html", {"certificate": None, "code": code}
        )
        response.status_code = 404
        return response
    return TemplateResponse(
        request,
        "learning/certificate_verify.html",
        {"certificate": certificate, "module": certificate.module.localized, "code": code},
    )


@login_required
def certificate_pdf(request, code):
    certificate = get_object_or_404(Certificate.objects.select_related("module"), code=code)
    if not can_download_certificate(request.user, certificate):
        raise Http404
    module = certificate.module.localized
    verify_url = absolute_url(
        request, reverse("learning:certificate", kwargs={"code": certificate.code})
    )
    pdf = render_certificate_pdf(certificate, module.title, verify_url)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response
