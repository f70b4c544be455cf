from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelsearch import index
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin

from foundation.models import (
    BasePage,
    IntroductionMixin,
    LeadImageMixin,
    ListingImageMixin,
    with_listing_images,
)
from foundation.widgets import FilterableCheckboxSelectMultiple

from .blocks import ProgramStreamBlock
from .snippets import FeasibilityStudy, Partner

__all__ = ["FeasibilityStudy", "Partner", "ProgramIndexPage", "ProgramPage", "ProgramPhase"]


class ProgramIndexPage(IntroductionMixin, BasePage):
    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programs.ProgramPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index")

    def programs(self):
        return ProgramPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programs = with_listing_images(self.programs())
        context["programs_by_category"] = [
            (label, [program for program in programs if program.category == category])
            for category, label in ProgramCategory.choices
            if any(program.category == category for program in programs)
        ]
        return context


class ProgramCategory(models.TextChoices):
    CAPACITY = "capacity", _("Capacity building")
    KNOWLEDGE = "knowledge", _("Knowledge and data")
    MATCHMAKING = "matchmaking", _("Matchmaking and projects")
    NETWORKS = "networks", _("Regional networks")
    AWARDS = "awards", _("Awards and competitions")
    GOVERNANCE = "governance", _("Governance")


class ProgramPage(IntroductionMixin, LeadImageMixin, ListingImageMixin, BasePage):
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=ProgramCategory.choices,
        help_text=_("Groups the programme on the programme index."),
    )
    # Required here: the programme index and the home page list programmes by it.
    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("What the programme does, in one or two sentences; shown in listings."),
    )
    audience = models.TextField(
        _("who it is for"),
        blank=True,
        max_length=400,
        help_text=_("E.g. Young people under 35, whatever their nationality."),
    )
    theme = models.CharField(
        _("theme"),
        max_length=200,
        blank=True,
        help_text=_("The programme's focus this year, in a line."),
    )
    body = StreamField(ProgramStreamBlock(), verbose_name=_("body"), blank=True)
    how_to_take_part = RichTextField(
        _("how to take part"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Steps, deadlines and whom to contact."),
    )
    related_members = ParentalManyToManyField(
        "members.Member",
        verbose_name=_("members taking part"),
        blank=True,
        related_name="related_programs",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("The programme is listed on these members' profiles."),
    )
    partners = ParentalManyToManyField(
        "programs.Partner", verbose_name=_("partners"), blank=True, related_name="programs"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("category"),
        FieldPanel("introduction"),
        *LeadImageMixin.lead_image_panels,
        FieldPanel("audience"),
        FieldPanel("theme"),
        FieldPanel("body"),
        InlinePanel("phases", label=_("Phase"), heading=_("Phases and timeline")),
        FieldPanel("how_to_take_part"),
        FieldPanel("partners", widget=FilterableCheckboxSelectMultiple),
        FieldPanel("related_members", widget=FilterableCheckboxSelectMultiple),
    ]
    promote_panels = [*BasePage.promote_panels, *ListingImageMixin.listing_image_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("audience"),
        index.SearchField("theme"),
        index.SearchField("body"),
        index.FilterField("category"),
    ]
    parent_page_types = ["programs.ProgramIndexPage", "programs.ProgramPage"]
    subpage_types = ["programs.ProgramPage"]

    class Meta:
        verbose_name = _("programme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["components"] = with_listing_images(
            ProgramPage.objects.live().public().child_of(self)
        )
        context["phases"] = self.phases.all()
        context["program_partners"] = self.partners.select_related("logo")
        return context


class ProgramPhase(TranslatableMixin, Orderable):
    """A step of the programme's timeline; translated with the programme."""

    page = ParentalKey(ProgramPage, related_name="phases", on_delete=models.CASCADE)
    period = models.CharField(
        _("when"), max_length=60, help_text=_("E.g. March–April 2022, or Weeks 1–8.")
    )
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), blank=True, max_length=600)

    panels = [FieldPanel("period"), FieldPanel("title"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("phase")
