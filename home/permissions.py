"""Who may manage whom in the admin's people screens.

Coordinators invite people and assign their roles, but the admin must never become a ladder:
nobody can hand out authority they do not hold, nor take over an account that holds more than
they do. "Authority" is everything a person may do: superuser status, model permissions (from
groups and given directly), and Wagtail's page and collection permissions. A person is within
the actor's reach when each of these is a subset of the actor's own; superusers hold everything
and are within nobody's reach but another superuser's.

Page and collection permissions are compared as exact (page, permission) pairs, not through
the tree: a grant on a subpage of a page the actor holds counts as beyond reach. That errs on
the side of refusing; a superuser can still make such grants.
"""

from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission


def _model_permissions(user):
    return user.get_all_permissions()


def _tree_permissions(groups):
    pages = set(
        GroupPagePermission.objects.filter(group__in=groups).values_list("page_id", "permission_id")
    )
    collections = set(
        GroupCollectionPermission.objects.filter(group__in=groups).values_list(
            "collection_id", "permission_id"
        )
    )
    return pages, collections


def _group_model_permissions(group):
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def _actor_tree_permissions(actor):
    if not hasattr(actor, "_manageable_tree_permissions"):
        actor._manageable_tree_permissions = _tree_permissions(actor.groups.all())
    return actor._manageable_tree_permissions


def group_is_within_reach(actor, group):
    """The actor may put people into (or take them out of) this group."""
    if actor.is_superuser:
        return True
    if not _group_model_permissions(group) <= _model_permissions(actor):
        return False
    pages, collections = _tree_permissions([group])
    actor_pages, actor_collections = _actor_tree_permissions(actor)
    return pages <= actor_pages and collections <= actor_collections


def groups_within_reach(actor):
    """Groups the actor may assign; used by the user form and the bulk "assign role"."""
    groups = Group.objects.order_by("name")
    if actor.is_superuser:
        return groups
    return groups.filter(pk__in=[g.pk for g in groups if group_is_within_reach(actor, g)])


def can_manage_user(actor, person):
    """The actor may edit, deactivate, erase or delete this person's account.

    Editing includes setting a new password, so reaching a person means being able to act as
    them: only people whose authority is within the actor's own are reachable.
    """
    if actor.is_superuser:
        return True
    if person.is_superuser:
        return False
    if not _model_permissions(person) <= _model_permissions(actor):
        return False
    pages, collections = _tree_permissions(person.groups.all())
    actor_pages, actor_collections = _actor_tree_permissions(actor)
    return pages <= actor_pages and collections <= actor_collections
