"""Where every translatable page and snippet stands in each language of the site, for the
translation overview (Reports → Translations): the original, then in each other language
up to date, outdated since the original changed, partly translated, a draft, or not
translated. Worked out in a fixed number of queries, however many pages there are."""

import json
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Count, F, Max, Q
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.models import (
    ClusterableModel,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    Translation,
    TranslationLog,
    TranslationSource,
)

from .locales import default_locale_id


class State(models.TextChoices):
    UP_TO_DATE = "up_to_date", _("Up to date")
    OUTDATED = "outdated", _("Outdated")
    INCOMPLETE = "incomplete", _("Partly translated")
    DRAFT = "draft", _("Draft")
    MISSING = "missing", _("Not translated")
    ORIGINAL = "original", _("Original")


@dataclass
class Link:
    text: str
    url: str


@dataclass
class Cell:
    state: State
    details: list = field(default_factory=list)
    links: list = field(default_factory=list)


@dataclass
class Row:
    title: str
    kind: str  # the page type or snippet model, as editors know it
    model_label: str  # for the type filter
    edit_url: str
    cells: dict  # by language code


@dataclass
class Version:
    """One language's version of a page or snippet."""

    pk: object
    locale_id: int
    title: str
    live: bool
    last_published_at: object = None
    instance: object = None  # snippets: for their content, compared with the original's


def translatable_snippet_models(user):
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        and any(
            user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")
            for action in ("view", "change")
        )
    ]


def overview_rows(user, back_url=""):
    """A Row for each translatable page and snippet the user may see, with a Cell per language."""
    locales = site_locales()
    default = default_locale_id()
    groups = {}  # (kind of object, translation key) → {locale id: Version}
    kinds = {}
    for page in Page.objects.filter(depth__gt=1, alias_of__isnull=True).order_by("path").values(
        "pk", "translation_key", "locale_id", "title", "live", "content_type_id",
        "last_published_at",
    ):  # fmt: skip
        key = ("page", page["translation_key"])
        groups.setdefault(key, {})[page["locale_id"]] = Version(
            page["pk"], page["locale_id"], page["title"], page["live"], page["last_published_at"]
        )
        if page["locale_id"] == default or key not in kinds:
            kinds[key] = ContentType.objects.get_for_id(page["content_type_id"]).model_class()
    snippet_models = translatable_snippet_models(user)
    for model in snippet_models:
        snippets = model.objects.select_related("locale")
        if issubclass(model, ClusterableModel):
            snippets = snippets.prefetch_related(*_child_relations(model))
        for snippet in snippets:
            key = (model._meta.label_lower, snippet.translation_key)
            groups.setdefault(key, {})[snippet.locale_id] = Version(
                snippet.pk,
                snippet.locale_id,
                str(snippet),
                getattr(snippet, "live", True),
                instance=snippet,
            )
            kinds[key] = model

    sources = _sources(groups, snippet_models)
    translations = set(
        Translation.objects.filter(enabled=True).values_list("source_id", "target_locale_id")
    )
    totals = dict(
        StringSegment.objects.values("source_id")
        .annotate(total=Count("pk"))
        .values_list("source_id", "total")
    )
    progress = {
        (entry["source_id"], entry["locale_id"]): entry
        for entry in StringSegment.objects.filter(string__translations__context_id=F("context_id"))
        .values("source_id", locale_id=F("string__translations__locale_id"))
        .annotate(
            done=Count("pk", filter=Q(string__translations__has_error=False)),
            review=Count("pk", filter=Q(string__translations__has_error=True)),
        )
    }
    last_saved = {
        (entry["source_id"], entry["locale_id"]): entry["last"]
        for entry in TranslationLog.objects.values("source_id", "locale_id").annotate(
            last=Max("created_at")
        )
    }
    can_submit = user.has_perm("wagtail_localize.submit_translation")

    rows = []
    for key, versions in groups.items():
        model = kinds[key]
        source = sources.get(key)
        original = (versions.get(source["locale_id"]) if source else None) or versions.get(
            default, next(iter(versions.values()))
        )
        changed = source is not None and _changed_since_sync(model, original, source)
        cells = {}
        for locale in locales:
            target = versions.get(locale.pk)
            if target is original:
                cells[locale.language_code] = Cell(State.ORIGINAL)
                continue
            if target is None:
                links = (
                    [Link(_("Translate"), _submit_url(model, original, locale, back_url))]
                    if can_submit
                    else []
                )
                cells[locale.language_code] = Cell(State.MISSING, links=links)
                continue
            cell = Cell(State.UP_TO_DATE, links=[Link(_("Edit"), _edit_url(model, target))])
            synced = source is not None and (source["id"], locale.pk) in translations
            if synced:
                _synced_state(
                    cell,
                    totals.get(source["id"], 0),
                    progress.get((source["id"], locale.pk), {}),
                    changed=changed,
                    saved_before_change=(
                        last_saved.get((source["id"], locale.pk)) or source["last_updated_at"]
                    )
                    < source["last_updated_at"],
                )
                if changed and can_submit:
                    cell.links.append(
                        Link(_("Sync"), _with_next(_sync_url(source["id"]), back_url))
                    )
            else:
                cell.details.append(_("Translated apart from the original"))
                if _published_after(original, target):
                    cell.state = State.OUTDATED
                    cell.details.append(_("The original was published after it"))
            if not target.live:
                cell.state = State.DRAFT
            cells[locale.language_code] = cell
        rows.append(
            Row(
                title=original.title,
                kind=capfirst(model._meta.verbose_name),
                model_label=model._meta.label_lower,
                edit_url=_edit_url(model, original),
                cells=cells,
            )
        )
    return rows


def _synced_state(cell, total, progress, changed, saved_before_change):
    done, review = progress.get("done", 0), progress.get("review", 0)
    if changed:
        cell.state = State.OUTDATED
        cell.details.append(_("The original changed after the last sync"))
    elif saved_before_change:
        cell.state = State.OUTDATED
        cell.details.append(_("Not published since the last sync"))
    if review:
        cell.state = State.OUTDATED
        cell.details.append(
            ngettext("%(count)d text to review", "%(count)d texts to review", review)
            % {"count": review}
        )
    if done + review < total:
        if cell.state == State.UP_TO_DATE:
            cell.state = State.INCOMPLETE
        cell.details.append(
            ngettext(
                "%(done)d of %(total)d text translated",
                "%(done)d of %(total)d texts translated",
                total,
            )
            % {"done": done, "total": total}
        )


def site_locales():
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = [locale for locale in Locale.objects.all() if locale.language_code in order]
    return sorted(locales, key=lambda locale: order.index(locale.language_code))


def _sources(groups, snippet_models):
    """The translation source of each group, by (kind, translation key): id, locale,
    when it was last synced, and for snippets the content it was last synced with."""
    snippet_types = ContentType.objects.get_for_models(*snippet_models).values()
    found = {
        source["object_id"]: source
        for source in TranslationSource.objects.values(
            "id", "object_id", "locale_id", "last_updated_at"
        )
    }
    contents = dict(
        TranslationSource.objects.filter(specific_content_type__in=snippet_types).values_list(
            "object_id", "content_json"
        )
    )
    for translation_key, content in contents.items():
        found[translation_key]["content"] = content
    return {
        (kind, translation_key): found[translation_key]
        for kind, translation_key in groups
        if translation_key in found
    }


def _child_relations(model):
    return [relation.get_accessor_name() for relation in get_all_child_relations(model)]


def _changed_since_sync(model, original, source):
    """Whether the original changed after its translations were last synced."""
    if issubclass(model, Page):
        return bool(
            original.last_published_at and original.last_published_at > source["last_updated_at"]
        )
    instance = original.instance
    if isinstance(instance, ClusterableModel):
        content = instance.to_json()
    else:
        content = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    return json.loads(content) != json.loads(source.get("content") or "null")


def _published_after(original, target):
    return bool(
        original.last_published_at
        and target.last_published_at
        and original.last_published_at > target.last_published_at
    )


def _edit_url(model, version):
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[version.pk])
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(version.pk)])


def _submit_url(model, original, locale, back_url):
    if issubclass(model, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[original.pk])
    else:
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[model._meta.app_label, model._meta.model_name, quote(original.pk)],
        )
    return _with_next(f"{url}?{urlencode({'select_locale': locale.language_code})}", back_url)


def _sync_url(source_id):
    return reverse("wagtail_localize:update_translations", args=[source_id])


def _with_next(url, back_url):
    if not back_url:
        return url
    return f"{url}{'&' if '?' in url else '?'}{urlencode({'next': back_url})}"
