"""Shared by the data migrations that give the Coordinators group the exchanges models.

Django's migration loader skips modules whose names start with an underscore.
"""

from django.contrib.auth.management import create_permissions


def _permissions(apps, models):
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.filter(
        content_type__app_label="exchanges", content_type__model__in=models
    )


def granter(models):
    def grant(apps, schema_editor):
        # Permissions are normally created after migrations; make sure these exist now.
        app_config = apps.get_app_config("exchanges")
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        Group = apps.get_model("auth.Group")
        coordinators, _ = Group.objects.get_or_create(name="Coordinators")
        coordinators.permissions.add(*_permissions(apps, models))

    return grant


def revoker(models):
    def revoke(apps, schema_editor):
        Group = apps.get_model("auth.Group")
        coordinators = Group.objects.filter(name="Coordinators").first()
        if coordinators:
            coordinators.permissions.remove(*_permissions(apps, models))

    return revoke
