"""Coordinators run the programme: people, pairs, groups, visits, reports and advice."""

from django.db import migrations

from ._grants import granter, revoker

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


class Migration(migrations.Migration):
    dependencies = [
        ("exchanges", "0004_programme"),
        ("learning", "0002_role_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(granter(MODELS), revoker(MODELS))]
