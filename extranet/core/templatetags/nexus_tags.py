from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from extranet.core import mentions, registry, rich_text, services

register = template.Library()

# Backgrounds of initials (avatar--colour-N in nexus.css), each with white text at a contrast of
# 6.4:1 or more.
AVATAR_COLOURS = 8
AVATAR_SIZES = {"s": 32, "m": 48, "l": 120}


@dataclass
class MenuLink:
    label: str
    url: str
    badge: str
    current: bool = False


@register.simple_tag
def person_page_url(profile):
    """{% person_page_url person as url %}: where the person's page is, if a capability has one."""
    return registry.person_page_url(profile)


@register.simple_tag(takes_context=True)
def nexus_menu(context):
    """The registered menu entries the signed-in person may see, the current section marked:
    the entry whose address is the page's, or starts it (a person's page is under People)."""
    request = context["request"]
    profile = getattr(request, "nexus_profile", None)
    links, current, longest = [], None, -1
    for entry in registry.menu_entries(profile.role if profile else None):
        link = MenuLink(entry.label, reverse(entry.url_name), entry.badge_text(request))
        matches = request.path == link.url or (
            entry.match_sub_pages and request.path.startswith(link.url)
        )
        if matches and len(link.url) > longest:
            current, longest = link, len(link.url)
        links.append(link)
    if current:
        current.current = True
    return links


@register.filter(name="rich_text")
def rich_text_filter(value):
    """{{ message.body|rich_text }}: stored rich text (extranet/core/rich_text.py), sanitised
    again and shown as HTML."""
    return rich_text.render(value)


@register.filter
def rich_text_mentioning(value, profiles):
    """{{ message.body|rich_text_mentioning:participants }}: as rich_text, and "@name" of one
    of the profiles given links to their page (extranet/core/mentions.py)."""
    return mentions.render_with_mentions(value, profiles)


def initials(name):
    """The first letters of the first and the last word: "Hye-jin Lee" → "HL"; a name written
    without spaces (이혜진, 李明) gives its first character."""
    words = name.split()
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


@register.inclusion_tag("extranet/core/avatar.html")
def avatar(profile, size="s", name="", labelled=False):
    """{% avatar profile size="s" %}: the person's photo, or their initials on a colour of
    their own. Decorative beside their name (the usual case); `labelled=True` where it is the
    only label, so that it is named. `name` is for who is not a profile (the secretariat as a
    whole, a former member whose account is gone): `profile` is then None."""
    shown_name = profile.display_name if profile else name or _("Former member")
    # Closed accounts' photos are served to nobody (core.views.person_photo).
    has_photo = bool(profile and profile.photo and not profile.closed_at)
    return {
        "name": shown_name,
        "labelled": labelled,
        "size": size,
        "pixels": AVATAR_SIZES.get(size, AVATAR_SIZES["s"]),
        "photo_url": reverse("nexus:person_photo", args=[profile.pk]) if has_photo else "",
        "initials": initials(shown_name),
        "colour": profile.pk % AVATAR_COLOURS if profile else 0,
    }


@register.simple_tag(takes_context=True)
def nexus_bell(context):
    """The header's bell: how many notifications are unread."""
    return {"count": services.unread_notifications_count(context["request"])}
