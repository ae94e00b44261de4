"""Coordinators run the programme: people, pairs, groups, visits, reports and advice."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    "profile",
    "mentoringpair",
    "peergroup",
    "visit",
    "visitreport",
    "observedmeasure",
    "advice",
    "adviceupdate",
]


def grant(apps, schema_editor):
    # Permissions are normally created after migrations; make sure these exist now.
    app_config = apps.get_app_config("exchanges")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="exchanges", content_type__model__in=MODELS
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators:
        coordinators.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="exchanges", content_type__model__in=MODELS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("exchanges", "0004_programme"),
        ("learning", "0002_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
