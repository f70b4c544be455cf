"""Menu links, downloads and programme phases became translatable: a database of the release
before keeps them, each with a translation key of its own and its menu's or page's language."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from home.models import NavigationMenuItem

BEFORE = [
    ("home", "0005_models_to_foundation_and_programs"),
    ("news", "0004_listing_image"),
    ("programs", "0003_listing_image"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_menu_links_of_the_previous_release_become_translatable_in_their_menus_language():
    old = migrate(BEFORE)
    Locale = old.get_model("wagtailcore", "Locale")
    Menu = old.get_model("home", "NavigationMenu")
    Item = old.get_model("home", "NavigationMenuItem")
    items = {}
    for code in ("en", "ko"):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        menu = Menu.objects.create(location="footer", locale=locale)
        items[code] = [
            Item.objects.create(menu=menu, label=label, url="https://example.org/", sort_order=n)
            for n, label in enumerate(["Join us", "Contact"])
        ]

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    migrated = NavigationMenuItem.objects.select_related("locale")
    assert {(item.label, item.locale.language_code) for item in migrated} == {
        (label, code) for code in ("en", "ko") for label in ("Join us", "Contact")
    }
    assert len({item.translation_key for item in migrated}) == 4
