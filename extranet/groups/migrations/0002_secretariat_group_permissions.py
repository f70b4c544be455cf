"""The Secretariat group (created in home.0004) reads and edits Nexus groups in the admin."""

from django.db import migrations

ACTIONS = ["change", "view"]


def permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="nexus_groups", model="group"
    )
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_group",
            defaults={"name": f"Can {action} group"},
        )[0]
        for action in ACTIONS
    ]


def grant(apps, schema_editor):
    secretariat, _created = apps.get_model("auth", "Group").objects.get_or_create(
        name="Secretariat"
    )
    secretariat.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    secretariat = apps.get_model("auth", "Group").objects.filter(name="Secretariat").first()
    if secretariat:
        secretariat.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("nexus_groups", "0001_initial"),
        ("home", "0004_communications_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
