from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from .admin_views import can_erase_users, erase_user_view
from .permissions import can_manage_user
from .viewsets import AssignRoleBulkAction, DeleteBulkAction, SetActiveStateBulkAction


@hooks.register("register_admin_urls")
def register_erase_user_url():
    return [path("erase-user/<int:user_id>/", erase_user_view, name="erase_user")]


@hooks.register("register_user_listing_buttons")
def erase_user_button(user, request_user):
    if (
        user.pk == request_user.pk
        or not can_erase_users(request_user)
        or not user.is_active
        or not can_manage_user(request_user, user)
    ):
        return []
    return [
        ListingButton(
            _("Erase (pseudonymise)"),
            reverse("erase_user", args=[user.pk]),
            icon_name="warning",
            priority=90,
        )
    ]


# After Wagtail's own (order=1), so these replace its bulk user actions.
for _action in (AssignRoleBulkAction, DeleteBulkAction, SetActiveStateBulkAction):
    hooks.register("register_bulk_action", _action, order=1)
