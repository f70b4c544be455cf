"""The Secretariat group (created in home.0004) manages Nexus: access codes, the security log,
member contacts."""

from django.db import migrations

PERMISSIONS = [
    ("extranet", "accesscode", ["add", "change", "view"]),
    ("extranet", "securityevent", ["view"]),
    ("members", "membercontact", ["add", "change", "delete", "view"]),
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _created = Group.objects.get_or_create(name="Secretariat")
    for app_label, model, actions in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Secretariat").first()
    if group:
        codenames = [f"{action}_{model}" for _app, model, actions in PERMISSIONS for action in actions]
        group.permissions.remove(*Permission.objects.filter(codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0001_initial"),
        ("home", "0004_communications_workflow"),
        ("members", "0002_membercontact"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
