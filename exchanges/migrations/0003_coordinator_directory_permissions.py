"""Coordinators keep the municipality and region directory up to date."""

from django.db import migrations

from ._grants import granter, revoker

MODELS = ["municipality", "planningregion"]


class Migration(migrations.Migration):
    dependencies = [
        ("exchanges", "0002_directory"),
        ("learning", "0002_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(granter(MODELS), revoker(MODELS))]
