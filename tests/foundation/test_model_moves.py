"""Site settings, people and partners moved from the home app to the foundation and the
programmes: a database of the release before keeps every row, its permissions and its
content type."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from foundation.models import Person, SiteSettings
from programs.models import Partner

BEFORE_THE_MOVE = [
    ("home", "0004_communications_workflow"),
    ("programs", "0001_initial"),
    ("foundation", None),
    ("news", "0002_initial"),
    ("events", "0002_initial"),
    ("members", "0002_membercontact"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([node for node in targets if node[1]]).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_of_the_previous_release_keeps_its_people_partners_and_settings():
    old = migrate(BEFORE_THE_MOVE)
    locale = old.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")[0]
    person = old.get_model("home", "Person").objects.create(
        name="Jung Sook Park", position="Secretary General", team="secretariat", locale=locale
    )
    partner = old.get_model("home", "Partner").objects.create(
        name="Korea University", kind="university"
    )
    old.get_model("home", "SiteSettings").objects.create(x_handle="WeGovOrg")

    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())

    assert Person.objects.get(pk=person.pk).name == "Jung Sook Park"
    assert Partner.objects.get(pk=partner.pk).name == "Korea University"
    assert SiteSettings.objects.get().x_handle == "WeGovOrg"
    # Permissions granted on the old models (home.0004) now apply to the moved ones.
    editors = Group.objects.get(name="Communications editors")
    granted = set(editors.permissions.values_list("content_type__app_label", "codename"))
    assert {("foundation", "change_person"), ("programs", "change_partner")} <= granted
    assert not ContentType.objects.filter(app_label="home", model__in=["person", "partner"])
    assert {"foundation_person", "programs_partner", "foundation_sitesettings"} <= set(
        connection.introspection.table_names()
    )
