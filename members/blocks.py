from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .models import MembershipCounts


class MembershipFiguresBlock(blocks.StructBlock):
    """The association's member figures, from the same source as the home page and the
    directory (MembershipCounts and the member records), so that a page never states others."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)

    class Meta:
        icon = "group"
        template = "blocks/membership_figures_block.html"
        label = _("Member figures")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        context["figures"] = MembershipCounts.figures(request)
        return context
