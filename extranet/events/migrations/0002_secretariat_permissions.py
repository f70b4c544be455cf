"""The Secretariat group (created in home.0004) manages event registrations in the admin:
registrations, their questions and attendees."""

from django.db import migrations

MODELS = ["registration", "question", "attendance"]
ACTIONS = ["add", "change", "delete", "view"]


def permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    granted = []
    for model in MODELS:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="nexus_events", model=model
        )
        for action in ACTIONS:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            granted.append(permission)
    return granted


def grant(apps, schema_editor):
    secretariat, _created = apps.get_model("auth", "Group").objects.get_or_create(
        name="Secretariat"
    )
    secretariat.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    # Looked up by name, not through a ContentType instance: unapplied together with many
    # other migrations, the content type model of this state is not the permission's.
    secretariat = apps.get_model("auth", "Group").objects.filter(name="Secretariat").first()
    if secretariat:
        granted = apps.get_model("auth", "Permission").objects.filter(
            content_type__app_label="nexus_events",
            codename__in=[f"{action}_{model}" for model in MODELS for action in ACTIONS],
        )
        secretariat.permissions.remove(*granted)


class Migration(migrations.Migration):
    dependencies = [
        ("nexus_events", "0001_initial"),
        ("home", "0004_communications_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
