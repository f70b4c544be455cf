from django import template

from extranet.models import Notification

register = template.Library()


@register.simple_tag(takes_context=True)
def nexus_unread_count(context):
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


@register.filter
def visible_to(person, viewer):
    """{% if person|visible_to:request.nexus_profile %}: may the viewer see the contact details?"""
    return viewer.can_see_contact_details_of(person)
