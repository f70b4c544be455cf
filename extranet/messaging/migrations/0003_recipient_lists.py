"""Recipient lists (personal ones, and the secretariat's computed ones), broadcasts; the three
lists the secretariat starts with, and its permission to manage its lists."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


# The governance roles of WeGO's Executive Committee: its president and vice-president cities
# sit on it with the other executive committee members.
EXCOM_ROLES = ["president_city", "vice_president_city", "executive_committee"]
FIRST_LISTS = [
    {
        "name": "EXCOM members",
        "description": "Accounts of the members holding an Executive Committee role today.",
        "governance_roles": EXCOM_ROLES,
    },
    {
        "name": "Asia-Pacific local governments",
        "description": "Accounts of the local governments of the Asia-Pacific region.",
        "member_types": ["local_government"],
        "regions": ["asia_pacific"],
    },
    {
        "name": "Member admins",
        "description": "The accounts that administer a member organisation in Nexus.",
        "account_roles": ["member_admin"],
    },
]
PERMISSIONS = ["add", "change", "delete", "view"]


def create_first_lists(apps, schema_editor):
    SecretariatList = apps.get_model("nexus_messaging", "SecretariatList")
    for fields in FIRST_LISTS:
        SecretariatList.objects.get_or_create(name=fields["name"], defaults=fields)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _created = Group.objects.get_or_create(name="Secretariat")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="nexus_messaging", model="secretariatlist"
    )
    for action in PERMISSIONS:
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_secretariatlist",
            defaults={"name": f"Can {action} secretariat list"},
        )
        group.permissions.add(permission)


class Migration(migrations.Migration):

    dependencies = [
        ('extranet', '0005_private_photos_event_actors_account_names'),
        ('members', '0004_membership_counts'),
        ('nexus_messaging', '0001_initial'),
        ('extranet', '0002_secretariat_permissions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='SecretariatList',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100, unique=True, verbose_name='name')),
                ('description', models.CharField(blank=True, max_length=300, verbose_name='description')),
                ('member_types', models.JSONField(blank=True, default=list, verbose_name='member types')),
                ('regions', models.JSONField(blank=True, default=list, verbose_name='regions')),
                ('governance_roles', models.JSONField(blank=True, default=list, verbose_name='current governance roles')),
                ('account_roles', models.JSONField(blank=True, default=list, verbose_name='Nexus account roles')),
                ('secretariat_only', models.BooleanField(default=False, help_text='Members do not see this list and cannot write to it.', verbose_name="for the secretariat's own use")),
            ],
            options={
                'verbose_name': 'secretariat list',
                'ordering': ['name'],
            },
        ),
        migrations.CreateModel(
            name='Broadcast',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('subject', models.CharField(max_length=200, verbose_name='subject')),
                ('sent_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='sent')),
                ('sent_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='sent by')),
                ('lists', models.ManyToManyField(related_name='+', to='nexus_messaging.secretariatlist', verbose_name='lists')),
            ],
            options={
                'verbose_name': 'broadcast',
                'ordering': ['-sent_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='BroadcastDelivery',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('broadcast', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='nexus_messaging.broadcast')),
                ('participant', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='nexus_messaging.participant')),
            ],
            options={
                'verbose_name': 'broadcast delivery',
            },
        ),
        migrations.CreateModel(
            name='PersonalList',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100, verbose_name='name')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('organisations', models.ManyToManyField(blank=True, related_name='+', to='members.member', verbose_name='whole organisations')),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='nexus_personal_lists', to=settings.AUTH_USER_MODEL)),
                ('people', models.ManyToManyField(blank=True, related_name='+', to='extranet.profile', verbose_name='people')),
            ],
            options={
                'verbose_name': 'personal list',
                'ordering': ['name', 'pk'],
                'constraints': [models.UniqueConstraint(fields=('owner', 'name'), name='one_list_name_per_owner')],
            },
        ),
        migrations.RunPython(create_first_lists, migrations.RunPython.noop),
    ]
