"""Editors preview every page type while they edit it, and reviewers preview what they are
asked to approve, with every relation, inline panel and StreamField of the page filled in.

The page types are those of the project's apps, found at run time: a new page type is
previewed here as soon as it exists, and fails until tests/home/complete_site.py builds a page
of it with everything filled in."""

import html
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from wagtail.blocks.base import BlockWidget
from wagtail.models import Locale, Page, Workflow, get_page_models

from tests.admin_forms import form_data, page_edit_form
from tests.extranet.factories import AdminUserFactory

pytestmark = pytest.mark.django_db

PROJECT_APPS = {
    config.label
    for config in apps.get_app_configs()
    if Path(config.path).is_relative_to(settings.BASE_DIR)
    and not Path(config.path).is_relative_to(settings.BASE_DIR / ".venv")
}
PAGE_TYPES = [model for model in get_page_models() if model._meta.app_label in PROJECT_APPS]
# Wagtail's own formset of the edit form, not something the page has.
NOT_CONTENT = {"comments"}


def empty_relations(form):
    """The names of the relations, inline panels and StreamFields the editor left empty."""
    empty = []
    for bound_field in form:
        field = bound_field.field
        if isinstance(field.widget, BlockWidget):
            value = bound_field.initial
        elif isinstance(field, forms.ModelChoiceField) or bound_field.name == "tags":
            value = bound_field.value()
        else:
            continue
        if not value:
            empty.append(bound_field.name)
    for name, formset in form.formsets.items():
        if name not in NOT_CONTENT and not formset.forms:
            empty.append(name)
    return empty


def fullest_page(model, editor):
    """The page of this type in the default language with the most relations filled in."""
    pages = model.objects.filter(locale=Locale.get_default())
    assert pages, f"complete_site builds no {model.__name__}"
    return min(pages, key=lambda page: len(empty_relations(page_edit_form(page, editor))))


def what_the_preview_must_show(form):
    """The titles of the pages the page links to, and the text of its inline panels."""
    texts = [form["title"].value()]
    forms_of_page = [
        form,
        *(f for n, s in form.formsets.items() if n not in NOT_CONTENT for f in s),
    ]
    for each_form in forms_of_page:
        for bound_field in each_form:
            field = bound_field.field
            value = bound_field.value()
            if isinstance(field, forms.ModelChoiceField) and issubclass(field.queryset.model, Page):
                chosen = value if isinstance(value, list) else [value] if value else []
                texts += Page.objects.filter(pk__in=chosen).values_list("title", flat=True)
            elif (
                each_form is not form
                and isinstance(field, forms.CharField)
                and not getattr(field, "choices", None)
                and value
            ):
                texts.append(value)
    return texts


def shown_text(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def editor(db):
    return AdminUserFactory(username="editor", editor=True)


@pytest.fixture
def reviewer(db):
    return AdminUserFactory(username="reviewer", reviewer=True)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_an_editor_previews_every_page_type_with_everything_filled_in(
    client, complete_site_to_read, editor, model
):
    page = fullest_page(model, editor)
    form = page_edit_form(page, editor)
    assert empty_relations(form) == [], "complete_site should fill these in"
    data = form_data(form)
    data["title"] = f"Edited: {page.title}"
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    validity = client.post(preview_url, data).json()
    preview = client.get(preview_url)

    assert validity["is_valid"], validity
    assert preview.status_code == 200
    shown = shown_text(preview)
    missing = [text for text in what_the_preview_must_show(form) if text not in shown]
    assert f"Edited: {page.title}" in shown
    assert missing == []


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_reviewer_previews_every_page_type_awaiting_approval(
    client, complete_site_to_read, editor, reviewer, model
):
    page = fullest_page(model, editor)
    expected = what_the_preview_must_show(page_edit_form(page, editor))
    submitted_title = f"Submitted: {page.title}"
    revised = page.get_latest_revision_as_object()
    revised.title = submitted_title
    revised.save_revision(user=editor)
    workflow = Workflow.objects.get(name="Communications review")
    task_state = workflow.start(page, editor).current_task_state
    client.force_login(reviewer)

    preview = client.get(
        reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_state.task_id])
    )

    assert preview.status_code == 200
    shown = shown_text(preview)
    assert submitted_title in shown
    assert [text for text in expected[1:] if text not in shown] == []
