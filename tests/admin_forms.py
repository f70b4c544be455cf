"""What a browser posts for a Wagtail admin form: every field as its widget holds it, the
inline panels' formsets and the StreamFields in the form the editor's JavaScript writes, so
that a test can post an edit form back as an editor would, whatever the page type."""

from django import forms
from wagtail import blocks
from wagtail.blocks.base import BlockWidget


def page_edit_form(page, user):
    """The edit form of the page's latest revision, as the admin's edit view builds it."""
    page = page.get_latest_revision_as_object()
    form_class = page.get_edit_handler().get_form_class()
    return form_class(instance=page, parent_page=page.get_parent().specific, for_user=user)


def form_data(form, data=None):
    data = {} if data is None else data
    for bound_field in form:
        widget = bound_field.field.widget
        if isinstance(widget, BlockWidget):
            block_data(widget.block_def, bound_field.initial, bound_field.html_name, data)
        else:
            field_data(widget, bound_field.value(), bound_field.html_name, data)
    for formset in getattr(form, "formsets", {}).values():
        form_data(formset.management_form, data)
        for child_form in formset.forms:
            form_data(child_form, data)
    return data


def field_data(widget, value, name, data):
    if isinstance(widget, forms.CheckboxInput):
        if value:
            data[name] = "on"
    elif getattr(widget, "allow_multiple_selected", False):
        data[name] = [str(item) for item in value or []]
    else:
        formatted = widget.format_value(value)
        if isinstance(formatted, list):  # a single choice is rendered from a list of one
            formatted = formatted[0] if formatted else ""
        data[name] = "" if formatted is None else formatted


def block_data(block, value, prefix, data):
    """The inputs the editor's JavaScript writes for a block's value (what each block's
    value_from_datadict reads back)."""
    if isinstance(block, blocks.BaseStreamBlock):
        data[f"{prefix}-count"] = len(value)
        for index, child in enumerate(value):
            data[f"{prefix}-{index}-type"] = child.block_type
            data[f"{prefix}-{index}-id"] = child.id or ""
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = index
            block_data(child.block, child.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, blocks.ListBlock):
        children = value.bound_blocks
        data[f"{prefix}-count"] = len(children)
        for index, child in enumerate(children):
            data[f"{prefix}-{index}-id"] = child.id or ""
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = index
            block_data(block.child_block, child.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, blocks.BaseStructBlock):
        for name, child_block in block.child_blocks.items():
            block_data(child_block, value.get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.BooleanBlock):
        if value:
            data[prefix] = "on"
    else:
        state = block.get_form_state(value)
        if isinstance(state, dict):  # choosers: the chosen object's id, and how to show it
            state = state["id"]
        data[prefix] = "" if state is None else state
