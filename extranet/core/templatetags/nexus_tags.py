from dataclasses import dataclass

from django import template
from django.urls import reverse

from extranet.core import mentions, registry, rich_text

register = template.Library()


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
