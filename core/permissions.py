"""The programme's roles as checks every app shares."""

from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef

from .choices import Role

COORDINATOR_ATTRIBUTE = "_is_coordinator"


def has_role(role):
    """A condition on a user queryset: the user is in the group of `role`."""
    return Exists(Group.objects.filter(user=OuterRef("pk"), name=role))


def is_coordinator(user):
    """Whether `user` coordinates the programme: a superuser, or a member of the group.

    Read once per user object: at most one query, none for the anonymous or a superuser, and
    none when a query that loaded the user's roles already said (`remember_coordinator`).
    """
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, COORDINATOR_ATTRIBUTE):
        remember_coordinator(user, user.groups.filter(name=Role.COORDINATOR).exists())
    return getattr(user, COORDINATOR_ATTRIBUTE)


def remember_coordinator(user, value):
    setattr(user, COORDINATOR_ATTRIBUTE, bool(value))
