"""Mentions in what members write: "@" followed by the name of someone who may be mentioned
there (a conversation's participants, a group's members) links to that person's page and tells
them. Mentions are found in the sanitised text when it is shown or sent, never taken from what
was typed: a link someone typed stays an ordinary link, and only the names given count."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import registry
from .rich_text import OUTPUT_TAG, sanitise

OPENING_LINK = re.compile(r"<a[\s>]", re.IGNORECASE)
CLOSING_LINK = re.compile(r"</a\s*>", re.IGNORECASE)


def mentionable_names(profiles):
    """{name as it appears in sanitised HTML, case folded: profile} of the open accounts; a
    name two of them share mentions neither, rather than the wrong one."""
    names, shared = {}, set()
    for profile in profiles:
        if profile.closed_at or not profile.name.strip():
            continue
        key = escape(profile.name.strip()).casefold()
        if key in names:
            shared.add(key)
        names[key] = profile
    return {key: profile for key, profile in names.items() if key not in shared}


def mention_pattern(names):
    """ "@name" not within a word, the longest name first (so "@Seoul city hall" is not taken
    for "@Seoul")."""
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w@])@({alternatives})(?!\w)", re.IGNORECASE)


def replace_mentions(html, profiles, replace):
    """The sanitised HTML with each mention outside links given to `replace(match, profile)`."""
    names = mentionable_names(profiles)
    if not names or "@" not in html:
        return html
    pattern = mention_pattern(names)
    parts, in_link = OUTPUT_TAG.split(html), False
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            in_link = bool(OPENING_LINK.match(part)) or (in_link and not CLOSING_LINK.match(part))
        elif not in_link:
            parts[index] = pattern.sub(
                lambda match: replace(match, names[match.group(1).casefold()]), part
            )
    return "".join(parts)


def mentioned(html, profiles):
    """The profiles among `profiles` that the text mentions, each once."""
    found = {}

    def collect(match, profile):
        found[profile.pk] = profile
        return match.group(0)

    replace_mentions(sanitise(html), profiles, collect)
    return list(found.values())


def render_with_mentions(html, profiles):
    """Stored rich text, sanitised, its mentions of `profiles` as links to their pages."""

    def link(match, profile):
        url = registry.person_page_url(profile)
        if not url:
            return match.group(0)
        return f'<a href="{escape(url)}" class="mention">{match.group(0)}</a>'

    return mark_safe(replace_mentions(sanitise(html), profiles, link))  # noqa: S308 (escaped)
