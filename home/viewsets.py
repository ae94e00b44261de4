"""Wagtail's user screens, limited to the people and groups within the actor's reach.

Wagtail lets anyone with `auth.add_user`/`auth.change_user` tick "Administrator" and any group,
and edit a superuser (new password included). Coordinators hold those permissions to invite
people and assign roles, so the reach rule of `home.permissions` is applied here, at the one
place all of Wagtail's user views take their forms and objects from. Registered through
`home.apps.UsersConfig`, the hook Wagtail documents for replacing its user viewset.
"""

from django.shortcuts import redirect
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.users.views import bulk_actions
from wagtail.users.views import users as wagtail_users

from .forms import UserCreationForm, UserEditForm
from .permissions import can_manage_user, groups_within_reach

BEYOND_REACH = gettext_lazy(
    "This person holds permissions you do not have, so you cannot change them."
)
SUPERUSER_FLAG = gettext_lazy("Only administrators can grant administrator status.")


def refusal(request, message):
    """Wagtail's admin answers a refusal with a message and a way on, not a bare 403."""
    messages.error(request, message)
    return redirect("wagtailusers_users:index")


def posts_superuser_flag(request):
    """A non-superuser's form has no "Administrator" box, so a posted one is forged: it is
    refused outright rather than the rest saved and the flag dropped without a word."""
    return (
        request.method == "POST"
        and not request.user.is_superuser
        and "is_superuser" in request.POST
    )


class CreateView(wagtail_users.CreateView):
    def dispatch(self, request, *args, **kwargs):
        if posts_superuser_flag(request):
            return refusal(request, SUPERUSER_FLAG)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class EditView(wagtail_users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.can_delete = self.can_delete and can_manage_user(request.user, self.object)

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_user(request.user, self.object):
            return refusal(request, BEYOND_REACH)
        if posts_superuser_flag(request):
            return refusal(request, SUPERUSER_FLAG)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class DeleteView(wagtail_users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not can_manage_user(request.user, self.get_object()):
            return refusal(request, BEYOND_REACH)
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(wagtail_users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class _WithinReach:
    """Wagtail's bulk user actions, acting only on people within the actor's reach
    (`home.permissions`); the others are listed as "no access", as Wagtail lists the users it
    refuses."""

    def check_perm(self, obj):
        return super().check_perm(obj) and can_manage_user(self.request.user, obj)


class AssignRoleBulkAction(_WithinReach, bulk_actions.AssignRoleBulkAction):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = groups_within_reach(self.request.user)
        return form


class SetActiveStateBulkAction(_WithinReach, bulk_actions.SetActiveStateBulkAction):
    pass


class DeleteBulkAction(_WithinReach, bulk_actions.DeleteBulkAction):
    pass
