from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from modelsearch import index
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin

from foundation.blocks import BaseStreamBlock
from foundation.models import BasePage, IntroductionMixin, LeadImageMixin
from foundation.page_cache import shown_on_public_pages
from foundation.structured_data import organization
from foundation.translatable_fields import synchronized
from members.blocks import MembershipFiguresBlock

from .home_sections import home_page_sections


class HomePage(IntroductionMixin, LeadImageMixin, BasePage):
    lead_story = models.ForeignKey(
        "news.NewsArticlePage",
        verbose_name=_("lead story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The story shown first. Without one, the latest press release leads."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel(
            "introduction",
            help_text=_("One or two sentences under the site title that say what WeGO is."),
        ),
        *LeadImageMixin.lead_image_panels,
        PageChooserPanel("lead_story", "news.NewsArticlePage"),
        InlinePanel(
            "featured_programs",
            label=_("Featured programmes"),
            help_text=_("Without any, the first programmes of the programme index are shown."),
            max_num=6,
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self))
        return context

    def get_json_ld(self, request):
        return organization(request)


class HomePageFeaturedProgram(Orderable):
    page = ParentalKey(HomePage, related_name="featured_programs", on_delete=models.CASCADE)
    program = models.ForeignKey(
        "programs.ProgramPage",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("program", "programs.ProgramPage")]


class StandardStreamBlock(BaseStreamBlock):
    membership_figures = MembershipFiguresBlock()


class StandardPage(IntroductionMixin, BasePage):
    """About the organisation, its secretariat, how to join: text pages of any kind."""

    body = StreamField(StandardStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        *IntroductionMixin.introduction_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class MenuLocation(models.TextChoices):
    MAIN = "main", _("Main menu (header)")
    FOOTER = "footer", _("Footer links")


@shown_on_public_pages
class NavigationMenu(TranslatableMixin, ClusterableModel):
    location = models.CharField(
        _("location"),
        max_length=10,
        choices=MenuLocation.choices,
        help_text=_("One menu per location and language."),
    )

    panels = [FieldPanel("location"), InlinePanel("items", label=_("Links"), min_num=1)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        constraints = [
            models.UniqueConstraint(
                fields=["location", "locale"], name="one_navigation_menu_per_location_and_locale"
            )
        ]

    def __str__(self):
        return str(self.get_location_display())


@shown_on_public_pages
class NavigationMenuItem(TranslatableMixin, Orderable):
    """A link of a menu. Translatable, so that a label typed in the menu is translated with it;
    the page it links to is shown in the visitor's language anyway."""

    menu = ParentalKey(NavigationMenu, related_name="items", on_delete=models.CASCADE)
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to use the page's title."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("or another address"), blank=True)

    panels = [FieldPanel("label"), PageChooserPanel("page"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu link")

    def clean(self):
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Each link needs a page or an address (one of the two)."))
        if self.url and not self.label:
            raise ValidationError({"label": _("A link to another address needs a label.")})


@shown_on_public_pages
class FooterContent(TranslatableMixin, models.Model):
    contact_heading = models.CharField(_("contact heading"), max_length=80, default="Contact")
    address = RichTextField(
        _("address"), features=["bold", "italic", "link"], help_text=_("The secretariat's address.")
    )
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("contact_heading"),
        FieldPanel("address"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    override_translatable_fields = synchronized("phone")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})
