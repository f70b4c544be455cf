"""Menu links become translatable (a label typed in a menu is translated with it), and the
communications staff may translate the labels of the news tags."""

from django.db import migrations

from foundation.translatable_children import make_translatable

TAG_LABEL_EDITORS = ["Communications editors", "Communications reviewers"]
TAG_LABEL_ACTIONS = ["change", "view"]


def tag_label_permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label="news", model="taglabel")
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_taglabel",
            defaults={"name": f"Can {action} tag label"},
        )[0]
        for action in TAG_LABEL_ACTIONS
    ]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = tag_label_permissions(apps)
    for group in Group.objects.filter(name__in=TAG_LABEL_EDITORS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="news",
        codename__in=[f"{action}_taglabel" for action in TAG_LABEL_ACTIONS],
    )
    for group in Group.objects.filter(name__in=TAG_LABEL_EDITORS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_standard_page_member_figures_block"),
        ("news", "0008_translatable_downloads_and_tag_labels"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *make_translatable("navigationmenuitem", "menu", app_label="home"),
        migrations.AlterModelOptions(
            name="navigationmenuitem",
            options={"ordering": ["sort_order"], "verbose_name": "menu link"},
        ),
        migrations.RunPython(grant, revoke),
    ]
