"""Template tags every page uses: its meta data, its other languages, links in the visitor's
language, and the language of what is not in the page's (WCAG 3.1.2: language of parts)."""

import json

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from foundation import translations
from foundation.addresses import absolute_url as site_absolute_url
from foundation.locales import language_of
from foundation.models import SiteSettings, live_public_pages
from foundation.phones import e164

register = template.Library()

# What must not appear raw inside <script>: closing tags and HTML comment openers.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def localized(pages):
    """{% for program in page.related_programs|live_pages|localized %}: in the visitor's
    language."""
    return translations.localized(pages)


@register.filter
def live_pages(relation):
    """{% for program in page.related_programs|live_pages %}: the related pages visitors may
    open, in previews too. (`.live` on the relation fails there: see live_public_pages.)"""
    return live_public_pages(relation)


@register.filter
def tel_href(number):
    """{{ contact.phone|tel_href }}: "tel:+82221335463", or "" for a number not written in
    international form (it is shown without a link)."""
    number = e164(number)
    return f"tel:{number}" if number else ""


@register.simple_tag(takes_context=True)
def absolute_url(context, location):
    """{% absolute_url page_url %}: the address with the site's host (foundation.addresses)."""
    return site_absolute_url(location, context.get("request"))


@register.simple_tag(takes_context=True)
def language_links(context):
    return translations.language_links(context["request"], context.get("page"))


def attributes_for_language(code):
    """` lang="…" dir="…"` for text in `code` when it is not the page's language, else ""."""
    if not code or code == translation.get_language():
        return ""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag
def lang_attrs(item=None):
    """<h3{% lang_attrs article %}>: the language and direction of an item shown on a page in
    another language (an untranslated article, a footer or person in the default language).
    A language code names it directly; nothing means the default language, in which content
    that is not translatable (partners, office names) is written."""
    return attributes_for_language(item if isinstance(item, str) else language_of(item))


@register.filter
def in_default_language(text):
    """{{ role.office_name|in_default_language }}: text entered in the default language only,
    inside a sentence of the page's, marked with its language when that differs."""
    attributes = attributes_for_language(settings.LANGUAGE_CODE)
    return format_html("<span{}>{}</span>", attributes, text) if attributes and text else text


@register.simple_tag
def part_lang_attrs(page, part):
    """<p class="lead"{% part_lang_attrs page "introduction" %}>: the language of one of the
    page's own fields where a translator has left it untranslated."""
    gaps = translations.translation_gaps(page)
    return attributes_for_language(gaps.source_language) if part in gaps.untranslated else ""


@register.simple_tag
def child_lang_attrs(page, relation, child):
    """<li{% child_lang_attrs page "phases" phase %}>: the language of one of the page's
    translated child objects (a phase, a download) where a translator left it untranslated."""
    return part_lang_attrs(page, translations.child_part(relation, child.translation_key))


@register.simple_tag(takes_context=True)
def include_stream(context, page, field_name="body"):
    """{% include_block page.body %}, with the blocks left untranslated in the language they
    are in."""
    gaps = translations.translation_gaps(page)
    attributes = attributes_for_language(gaps.source_language)
    flat_context = context.flatten()
    rendered_blocks = []
    for block in getattr(page, field_name):
        rendered = block.render_as_block(context=flat_context)
        if attributes and block.id in gaps.untranslated:
            rendered = format_html("<div{}>{}</div>", attributes, rendered)
        rendered_blocks.append((rendered,))
    return format_html_join("", "{}", rendered_blocks)


@register.simple_tag
def item_language(item):
    """{% item_language article as language %}: the name, in the page's language, of the
    language `item` is written in when it is another one (for a visible label), else None."""
    code = language_of(item)
    if code == translation.get_language():
        return None
    return translation.get_language_info(code)["name_translated"]


@register.inclusion_tag("includes/translation_notice.html")
def translation_notice(page):
    """A notice on a translated page that still shows parts of its source."""
    if page is None or not hasattr(page, "translation_key"):
        return {}
    gaps = translations.translation_gaps(page)
    if not gaps.incomplete:
        return {}
    source_language = gaps.source_language
    return {
        "source_language": source_language,
        "source_language_name": translation.get_language_info(source_language)["name_translated"],
        "source": translations.live_versions(page).get(source_language),
    }


def json_ld_script(data):
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        JSON_SCRIPT_ESCAPES
    )
    # Safe: the JSON is escaped above for use inside <script>.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Canonical address, description, Open Graph and X cards, and schema.org data."""
    request = context["request"]
    page = context.get("page")
    canonical_url = site_absolute_url(request.path, request)
    meta = {
        "canonical_url": canonical_url,
        "og_locale": translation.to_locale(translation.get_language() or settings.LANGUAGE_CODE),
        "x_handle": SiteSettings.load(request_or_site=request).x_handle,
        "og_type": "website",
    }
    if page is None or not hasattr(page, "get_meta_description"):
        return {**meta, "title": context.get("meta_title", "WeGO")}
    described = {
        "title": page.seo_title or page.title,
        "description": page.get_meta_description() or "",
        "og_type": page.og_type,
        "image_url": page.get_social_image_url(request),
        "json_ld": page.get_json_ld(request),
    }
    # What a page serves below its own address (a member's profile) describes itself.
    described.update(context.get("subpage_meta") or {})
    return {
        **meta,
        **described,
        "description": Truncator(described["description"]).chars(300),
        "json_ld": json_ld_script(described["json_ld"]),
    }
