"""The table of the "default" cache (settings CACHES): lock-outs and rate limits live there, so
`migrate` alone prepares a database for the site."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    # Creates the table of every database cache in the settings, unless it exists.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("foundation", "0002_site_settings_secretariat_contact")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
