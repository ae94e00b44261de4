"""A person's own data, and erasing a person without erasing the programme's history.

Both walk every model that points at the user model, so a new app's records are covered the
day they are added: `user_references()` is the single list.
"""

import secrets

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.serializers import serialize
from django.db import transaction
from django.utils import timezone

USER_FIELDS = ("username", "first_name", "last_name", "email", "date_joined", "last_login")


def user_references():
    """Every (model, field) whose field stores a user: foreign keys, one-to-ones, many-to-manys."""
    User = get_user_model()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is User:
                yield model, field


def export_user_data(user):
    records = {}
    for model, field in user_references():
        rows = model._default_manager.filter(**{field.name: user}).distinct()
        if not rows.exists():
            continue
        label = f"{model._meta.label}.{field.name}"
        records[label] = [
            {"pk": item["pk"], **item["fields"]}
            for item in serialize("python", rows.order_by("pk"))
        ]
    return {
        "exported_at": timezone.now().isoformat(),
        "user": {name: getattr(user, name) for name in USER_FIELDS},
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "records": records,
    }


def erase_user(user):
    """Pseudonymise a person: their name, e-mail, login and profile details go; the visits,
    advice and measures they took part in stay, credited to "erased-<id>"."""
    with transaction.atomic():
        user.username = f"erased-{user.pk}"
        user.first_name = user.last_name = user.email = ""
        user.is_active = False
        user.is_staff = user.is_superuser = False
        user.set_unusable_password()
        user.save()
        user.groups.clear()
        profile = getattr(user, "exchanges_profile", None)
        if profile is not None:
            profile.position = profile.organisation = ""
            profile.reminders = False
            profile.calendar_token = secrets.token_urlsafe(32)
            profile.save()
        user.exchange_reminders.all().delete()
        wagtail_profile = getattr(user, "wagtail_userprofile", None)
        if wagtail_profile is not None and wagtail_profile.avatar:
            wagtail_profile.avatar.delete(save=True)
    return user
