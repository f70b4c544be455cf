"""The boundaries between the Nexus core and its capabilities hold for every capability,
including the next one: the import contracts name them all, and the core names none of
their addresses."""

import configparser
import importlib
import re

from django.conf import settings

from extranet.core import registry
from tests.conftest import ROOT

CAPABILITIES = sorted(
    app for app in settings.INSTALLED_APPS if app.startswith("extranet.") and app != "extranet.core"
)


def contract(name):
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    return config[f"importlinter:contract:{name}"]


def test_the_import_contracts_name_every_capability():
    independent = contract("nexus-capabilities")["modules"].split()
    assert sorted(independent) == CAPABILITIES
    layers = [line for line in contract("nexus-core")["layers"].splitlines() if line.strip()]
    capability_layer, core_layer = layers
    assert core_layer == "core"
    layered = sorted(f"extranet.{name.strip()}" for name in re.split(r"[:|]", capability_layer))
    assert layered == CAPABILITIES


def capability_url_names():
    names = set()
    for app in CAPABILITIES:
        module = importlib.import_module(f"{app}.urls")
        names |= {pattern.name for pattern in module.urlpatterns if pattern.name}
    return names


def test_the_core_names_no_address_of_a_capability():
    names = capability_url_names()
    sources = [
        *(ROOT / "extranet" / "core").rglob("*.py"),
        *(ROOT / "templates" / "extranet" / "core").rglob("*.html"),
        *(ROOT / "templates" / "extranet" / "core").rglob("*.txt"),
        ROOT / "templates" / "extranet" / "base.html",
    ]
    used = {
        (source.relative_to(ROOT).as_posix(), name)
        for source in sources
        for name in re.findall(r"nexus:(\w+)", source.read_text())
        if name in names
    }
    assert used == set()


def test_a_mistyped_function_in_the_registry_fails_the_system_check(monkeypatch):
    assert registry.check_registered_functions() == []
    mistyped = registry.Shortcut("extranet/core/shortcut_profile.html", (), 99, "x.no_such_view")
    monkeypatch.setattr(registry, "_shortcuts", [*registry._shortcuts, mistyped])
    assert [error.id for error in registry.check_registered_functions()] == ["nexus.E001"]
