"""Coordinators see and correct measures, self-assessments and the reminder log."""

from django.db import migrations

from ._grants import granter, revoker

MODELS = [
    "measure",
    "measureupdate",
    "measurecomment",
    "selfassessment",
    "assessmentscore",
    "reminderlog",
]


class Migration(migrations.Migration):
    dependencies = [
        ("exchanges", "0006_followthrough"),
        ("learning", "0002_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(granter(MODELS), revoker(MODELS))]
