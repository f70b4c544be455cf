from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from foundation.blocks import BaseStreamBlock

from .snippets import FeasibilityStudy


class FeasibilityStudiesBlock(blocks.StructBlock):
    """The feasibility studies WeGO carried out with member cities, newest first."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    from_year = blocks.IntegerBlock(label=_("From year"), required=False, min_value=2000)
    to_year = blocks.IntegerBlock(label=_("To year"), required=False, min_value=2000)

    class Meta:
        icon = "list-ul"
        template = "blocks/feasibility_studies_block.html"
        label = _("Feasibility studies")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        studies = FeasibilityStudy.objects.select_related("member")
        if value.get("from_year"):
            studies = studies.filter(year__gte=value["from_year"])
        if value.get("to_year"):
            studies = studies.filter(year__lte=value["to_year"])
        context["studies"] = studies
        return context


class ProgramStreamBlock(BaseStreamBlock):
    feasibility_studies = FeasibilityStudiesBlock()
