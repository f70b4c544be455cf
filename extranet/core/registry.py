"""How capabilities plug into the Nexus core. Each capability (an app under extranet/) calls
these functions from its AppConfig.ready(); the core renders what was registered and never
imports a capability.

- include_urls: the capability's URLconf, included under the `nexus` namespace;
- add_menu_entry: an item of the Nexus menu;
- add_notification_kind: a kind of notification and its message;
- add_shortcut: a line of the dashboard's shortcuts;
- add_organisation_section: a part of the "My organisation" page;
- set_person_page: the page that shows a person, which the core links names to;
- add_personal_data: a part of the person's data download ("Your data");
- add_activity_source: what the dashboard's activity stream shows from the capability.
- add_search_kind, add_search_audiences: what Nexus search finds, and who may find it
  (search.py).

Orders are shared by the core and the capabilities: the lower comes first. Functions are
named by their dotted path ("extranet.directory.views.people_count") and imported when first
called: AppConfig.ready() runs before views can be imported."""

import datetime
from dataclasses import dataclass

from django.core import checks
from django.urls import reverse
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class MenuEntry:
    label: str
    url_name: str
    roles: tuple[str, ...]
    order: int
    # Sub-pages (a person under People) mark the entry as current too; the Overview, whose
    # address starts every other one, is current only on itself.
    match_sub_pages: bool = True
    # A function of the request giving a short text next to the label, e.g. "2 unread".
    badge: str = ""

    def badge_text(self, request):
        return import_string(self.badge)(request) if self.badge else ""


@dataclass(frozen=True)
class Shortcut:
    template: str
    roles: tuple[str, ...]
    order: int
    # A function of the request giving what the template needs beyond the request, called only
    # for those who see the shortcut.
    context: str = ""

    def template_context(self, request):
        return import_string(self.context)(request) if self.context else {}


@dataclass(frozen=True)
class OrganisationSection:
    """A part of the "My organisation" page. `view(request, member, submitted)` returns the
    template's context, or a response (a redirect once its form is saved). `submitted` is
    true when the page's POST carries `submit_name`, the name of the section's button."""

    template: str
    order: int
    view: str
    submit_name: str = ""

    def render_context(self, request, member, submitted):
        return import_string(self.view)(request, member, submitted)


@dataclass(frozen=True)
class Activity:
    """One line of the dashboard's activity stream, as a capability's source gives it."""

    when: datetime.datetime
    # Who did it: a Profile, or None when no person signs it (the secretariat as a whole, a
    # deleted account); `actor_name` is what to call them either way.
    actor: object
    actor_name: str
    # What happened, in a sentence: "Hye-jin Lee posted in EXCOM".
    summary: str
    # What it is about: the start of the text, a conversation's subject.
    title: str
    url: str
    # Waiting for the person (a conversation with messages they have not read): listed first.
    unread: bool = False


@dataclass(frozen=True)
class SearchKind:
    """Something Nexus search finds. `document(object_id)` gives its document (a dict with
    title, body as plain text, url, created_at and audiences, the tokens of who may read it)
    or None when nobody may find it any more; `all_ids()` gives the ids of every object of the
    kind, for rebuilding the index."""

    kind: str
    label: str
    document: str
    all_ids: str

    def document_of(self, object_id):
        return import_string(self.document)(object_id)

    def every_id(self):
        return import_string(self.all_ids)()


_url_modules: list[str] = []
_menu: list[MenuEntry] = []
_notification_kinds: dict[str, str] = {}
_shortcuts: list[Shortcut] = []
_organisation_sections: list[OrganisationSection] = []
# {key in the download: dotted path of a function of the user giving what to put there}
_personal_data: dict[str, str] = {}
# Dotted paths of functions(user, since, limit) giving Activity items, newest first.
_activity_sources: list[str] = []
# {kind: SearchKind}, what Nexus search indexes, and the functions giving a user's audiences.
_search_kinds: dict[str, "SearchKind"] = {}
_search_audiences: list[str] = []
# The URL name of the page showing a person (its one argument: the profile's pk), if any.
_pages: dict[str, str] = {}


def include_urls(module):
    if module not in _url_modules:
        _url_modules.append(module)


def add_menu_entry(label, url_name, *, roles, order, match_sub_pages=True, badge=""):
    _menu.append(MenuEntry(label, url_name, tuple(roles), order, match_sub_pages, badge))
    _menu.sort(key=lambda entry: entry.order)


def add_notification_kind(kind, message):
    """`message` is a lazily translated text with %(name)s placeholders filled from the
    notification's data."""
    if kind in _notification_kinds:
        raise ValueError(f"The notification kind {kind!r} is registered twice.")
    _notification_kinds[kind] = message


def add_shortcut(template, *, roles, order, context=""):
    _shortcuts.append(Shortcut(template, tuple(roles), order, context))
    _shortcuts.sort(key=lambda shortcut: shortcut.order)


def add_organisation_section(template, *, order, view, submit_name=""):
    _organisation_sections.append(OrganisationSection(template, order, view, submit_name))
    _organisation_sections.sort(key=lambda section: section.order)


def add_personal_data(key, function):
    """`function(user)` gives what the capability holds about the person (JSON-ready), under
    `key` in their data download."""
    if key in _personal_data:
        raise ValueError(f"The personal data {key!r} is registered twice.")
    _personal_data[key] = function


def add_activity_source(function):
    """`function(user, since, limit)` gives at most `limit` Activity items that the person may
    see, newest first: what others did in what they take part in. `since` is the person's
    previous visit of the dashboard, for sources that tell more about what is new."""
    if function not in _activity_sources:
        _activity_sources.append(function)


def activity(user, since, limit):
    """The activity stream: the newest `limit` items of every source together, those waiting
    for the person (unread) first."""
    items = [item for path in _activity_sources for item in import_string(path)(user, since, limit)]
    newest = sorted(items, key=lambda item: item.when, reverse=True)[:limit]
    return sorted(newest, key=lambda item: not item.unread)


def add_search_kind(kind, label, *, document, all_ids):
    if kind in _search_kinds:
        raise ValueError(f"The search kind {kind!r} is registered twice.")
    _search_kinds[kind] = SearchKind(kind, label, document, all_ids)


def add_search_audiences(function):
    """`function(user)` gives audience tokens the user belongs to beyond the core's own
    (person, role, every Nexus account), e.g. the groups they are a member of."""
    if function not in _search_audiences:
        _search_audiences.append(function)


def search_kinds():
    return dict(_search_kinds)


def search_audience_functions():
    return [import_string(path) for path in _search_audiences]


def personal_data(user):
    return {key: import_string(path)(user) for key, path in _personal_data.items()}


def set_person_page(url_name):
    _pages["person"] = url_name


def person_page_url(profile):
    """The address of the person's page, or "" when no capability shows people."""
    return reverse(_pages["person"], args=[profile.pk]) if "person" in _pages else ""


def check_registered_functions(app_configs=None, **kwargs):
    """A system check (manage.py check, and every start): each function a capability named by
    its dotted path can be imported, so a typo fails at once rather than on a member's page."""
    paths = [entry.badge for entry in _menu if entry.badge]
    paths += [shortcut.context for shortcut in _shortcuts if shortcut.context]
    paths += [section.view for section in _organisation_sections]
    paths += list(_personal_data.values())
    paths += _activity_sources
    paths += [path for kind in _search_kinds.values() for path in (kind.document, kind.all_ids)]
    paths += _search_audiences
    errors = []
    for path in paths:
        try:
            import_string(path)
        except ImportError as error:
            errors.append(
                checks.Error(
                    f"Nexus registry: {path} cannot be imported ({error}).", id="nexus.E001"
                )
            )
    return errors


def url_modules():
    return list(_url_modules)


def menu_entries(role):
    return [entry for entry in _menu if role in entry.roles]


def notification_kinds():
    return _notification_kinds


def shortcuts(role):
    return [shortcut for shortcut in _shortcuts if role in shortcut.roles]


def organisation_sections():
    return list(_organisation_sections)
