"""Coordinators invite people and assign their roles in the admin (they erase, not delete)."""

from django.db import migrations

CODENAMES = ["add_user", "change_user", "view_user"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="auth", model="user")
    permissions = []
    for codename in CODENAMES:
        action = codename.split("_")[0]
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": f"Can {action} user"}
        )
        permissions.append(permission)
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators:
        coordinators.permissions.remove(
            *coordinators.permissions.filter(content_type__app_label="auth", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_postgres_search_config"),
        ("learning", "0002_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
