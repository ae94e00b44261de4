"""Coordinators curate the taxonomies and see trainees' progress."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = {
    "enrollment": ["view_progress_report", "view_enrollment"],
    "secapphase": ["add_secapphase", "change_secapphase", "delete_secapphase"],
    "secapstep": ["add_secapstep", "change_secapstep", "delete_secapstep"],
    "sector": ["add_sector", "change_sector", "delete_sector"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after migrations; make sure these exist now.
    app_config = apps.get_app_config("learning")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    for model, codenames in CODENAMES.items():
        coordinators.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="learning",
                content_type__model=model,
                codename__in=codenames,
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators:
        codenames = [codename for names in CODENAMES.values() for codename in names]
        coordinators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="learning", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0003_course"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
