"""Create one Django group per programme role.

Coordinators run the programme in the Wagtail admin, so they start with the same admin, page,
image and document permissions that Wagtail gives its own "Moderators" group.
"""

from django.db import migrations

ROLE_GROUPS = [
    "Trainees",
    "Mentors",
    "Municipality members",
    "Planning region viewers",
    "Coordinators",
]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    for name in ROLE_GROUPS:
        Group.objects.get_or_create(name=name)

    coordinators = Group.objects.get(name="Coordinators")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    coordinators.permissions.add(*moderators.permissions.all())
    for perm in GroupPagePermission.objects.filter(group=moderators):
        GroupPagePermission.objects.get_or_create(
            group=coordinators, page_id=perm.page_id, permission_id=perm.permission_id
        )
    for perm in GroupCollectionPermission.objects.filter(group=moderators):
        GroupCollectionPermission.objects.get_or_create(
            group=coordinators, collection_id=perm.collection_id, permission_id=perm.permission_id
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=ROLE_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
