"""PublicProfileChange now belongs to extranet.profile_changes (label nexus_profile_changes),
whose first migration took over the table and its rows: the core only forgets the model."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0003_proposed_logo"),
        ("nexus_profile_changes", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PublicProfileChange")],
        ),
    ]
