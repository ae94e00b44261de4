"""Coordinators erase a person (pseudonymise) from the Wagtail admin."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.permissions import is_coordinator

from .permissions import can_manage_user
from .personal_data import erase_user
from .viewsets import BEYOND_REACH, refusal


def can_erase_users(user):
    return is_coordinator(user)


def erase_user_view(request, user_id):
    if not can_erase_users(request.user):
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    if person.pk == request.user.pk:
        raise PermissionDenied
    if not can_manage_user(request.user, person):
        return refusal(request, BEYOND_REACH)
    if request.method == "POST":
        name = person.get_full_name() or person.get_username()
        erase_user(person)
        messages.success(
            request, _("%(name)s is erased; their records stay, pseudonymised.") % {"name": name}
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(request, "home/admin/erase_user.html", {"person": person})
