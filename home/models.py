from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from modelsearch import index
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PreviewableMixin, TranslatableMixin

from search.indexing import PublicPageIndexMixin

from .blocks import BaseStreamBlock

SOCIAL_IMAGE_FILTER = "fill-1200x630"


class BasePage(PublicPageIndexMixin, Page):
    """What every public page has: a picture for social media and a summary for listings."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when the page is shared on social media (at least 1200×630 pixels). "
            "Without one, the site's default image is used."
        ),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    search_fields = [*Page.search_fields, index.SearchField("search_description")]
    og_type = "website"
    # The field that summarises the page when the editor wrote no search description.
    summary_field = None

    class Meta:
        abstract = True

    def get_meta_description(self):
        """The page's summary for search engines, social cards and listings."""
        if self.search_description or not self.summary_field:
            return self.search_description
        return getattr(self, self.summary_field)

    def get_json_ld(self, request):
        """schema.org data for the page, or None. Page types that describe a thing say so."""
        return None

    def get_sitemap_urls(self, request=None):
        # What home.sitemaps needs to pair the page with its translations.
        return [
            {**url, "translation_key": str(self.translation_key), "locale_id": self.locale_id}
            for url in super().get_sitemap_urls(request)
        ]

    def get_social_image_url(self, request):
        """Absolute address of the 1200×630 picture for social cards, or None."""
        image = self.social_image or SiteSettings.load(request_or_site=request).default_social_image
        if image is None:
            return None
        return request.build_absolute_uri(image.get_rendition(SOCIAL_IMAGE_FILTER).url)


class HomePage(BasePage):
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the site title that say what WeGO is."),
    )
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
        FieldPanel("introduction"),
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
    summary_field = "introduction"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .home_sections import home_page_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self))
        return context

    def get_json_ld(self, request):
        from .structured_data import organization

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


class StandardPage(BasePage):
    """About the organisation, its secretariat, how to join: text pages of any kind."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph shown under the title.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    summary_field = "introduction"

    class Meta:
        verbose_name = _("standard page")


class PersonTeam(models.TextChoices):
    SECRETARIAT = "secretariat", _("Secretariat")
    ADVISORY_BOARD = "advisory_board", _("Advisory board")
    OTHER = "other", _("Other")


class Person(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    position = models.CharField(
        _("position"), max_length=160, help_text=_("E.g. Professor, or Head of Programmes.")
    )
    organisation = models.CharField(
        _("organisation"), max_length=160, blank=True, help_text=_("E.g. Korea University.")
    )
    team = models.CharField(
        _("team"),
        max_length=20,
        choices=PersonTeam.choices,
        default=PersonTeam.OTHER,
        help_text=_("Groups people on the governance and contact pages."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait; set the focal point on the face."),
    )
    biography = models.TextField(_("short biography"), blank=True, max_length=1200)
    email = models.EmailField(
        _("public e-mail"),
        blank=True,
        help_text=_("Only if this person may be contacted publicly."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Lower numbers come first within a team.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("organisation"),
        FieldPanel("team"),
        FieldPanel("photo"),
        FieldPanel("biography"),
        FieldPanel("email"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("position"),
        index.SearchField("organisation"),
        index.FilterField("team"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "home/person_preview.html"


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", _("University or research centre")
    INSTITUTION = "institution", _("Institution or international organisation")
    CORPORATION = "corporation", _("Company")


class Partner(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=160, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Without a logo, the name is shown."),
    )
    show_on_home_page = models.BooleanField(_("show on the home page"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("show_on_home_page"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("partner")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class MenuLocation(models.TextChoices):
    MAIN = "main", _("Main menu (header)")
    FOOTER = "footer", _("Footer links")


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


class NavigationMenuItem(Orderable):
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

    def clean(self):
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Each link needs a page or an address (one of the two)."))
        if self.url and not self.label:
            raise ValidationError({"label": _("A link to another address needs a label.")})


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

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    x_handle = models.CharField(
        _("X (Twitter) handle"), max_length=40, blank=True, help_text=_("Without the @.")
    )
    x_url = models.URLField(_("X (Twitter) address"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn address"), blank=True)
    youtube_url = models.URLField(_("YouTube address"), blank=True)
    facebook_url = models.URLField(_("Facebook address"), blank=True)
    instagram_url = models.URLField(_("Instagram address"), blank=True)
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used when a page has no image of its own (1200×630 pixels)."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("x_handle"),
                FieldPanel("x_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("default_social_image"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("X", self.x_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
        ]
        return [(name, url) for name, url in links if url]
