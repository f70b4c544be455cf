"""What every page of the site builds on: the base page, small mixins that carry their own
fields and panels, the site-wide settings and the people pages quote."""

from django.db import models
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelsearch import index
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageQuerySet, PreviewableMixin, TranslatableMixin

from .addresses import absolute_url
from .page_cache import shown_on_public_pages
from .scheduling import SchedulePublishingPanel
from .search_index import PublicPageIndexMixin
from .translatable_fields import SynchronizedSlug

SOCIAL_IMAGE_FILTER = "fill-1200x630"
LISTING_IMAGE_FILTER = "fill-640x360"


def optional_image(verbose_name, help_text=""):
    """A link to a picture of the image library that editors may leave empty; deleting the
    picture empties the link rather than deleting what points to it."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class IntroductionMixin(models.Model):
    """A short paragraph under the page's title, which also summarises the page in listings,
    search results and social cards when the editor wrote no search description."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph shown under the title.")
    )

    # Spread into the page's own panels: as `content_panels` it would replace them.
    introduction_panels = [FieldPanel("introduction")]
    summary_field = "introduction"

    class Meta:
        abstract = True


class ListingImageMixin(models.Model):
    """A picture for the cards that list the page (the home page, its section, related pages)."""

    listing_image = optional_image(
        _("listing image"),
        help_text=_(
            "Shown above the title where the page is listed: on the home page, in its section "
            "and beside related pages. Cropped to 16:9; at least 640×360 pixels."
        ),
    )

    listing_image_panels = [FieldPanel("listing_image")]

    class Meta:
        abstract = True

    @property
    def card_image(self):
        """The picture of the page's cards: its listing image, else its lead image if the page
        has one (LeadImageMixin)."""
        return self.listing_image or getattr(self, "lead_image", None)


class LeadImageMixin(models.Model):
    """A picture at the top of the page, cropped around the focal point editors set in the
    image library, with a caption and a credit. Cards fall back to it without a listing image,
    social cards without a social image."""

    lead_image = optional_image(
        _("lead image"),
        help_text=_(
            "Shown at the top of the page, cropped to fit the screen around the image's focal "
            "point (set it in the image library: edit the image, then “Set focal point”); "
            "also on social media when the page has no social media image of its own. "
            "At least 1600×900 pixels."
        ),
    )
    lead_image_is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick only if the picture says nothing the page does not say: screen readers then "
            "skip it. Otherwise they read the image's description from the image library."
        ),
    )
    lead_image_caption = models.CharField(_("caption"), max_length=250, blank=True)
    lead_image_credit = models.CharField(
        _("credit"),
        max_length=120,
        blank=True,
        help_text=_("Photographer or source, shown after the caption."),
    )

    # Spread into the page's content panels, after the text that opens the page.
    lead_image_panels = [
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_is_decorative"),
                FieldPanel("lead_image_caption"),
                FieldPanel("lead_image_credit"),
            ],
            heading=_("Lead image"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def lead_image_alt(self):
        """The text screen readers read for the lead image: empty only for a decorative one."""
        if self.lead_image is None or self.lead_image_is_decorative:
            return ""
        return self.lead_image.default_alt_text


def card_image_prefetches(model):
    """The pictures cards of this model's pages may show, with their card renditions."""
    fields = ["listing_image"]
    if issubclass(model, LeadImageMixin):
        fields.append("lead_image")
    renditions = get_image_model().objects.prefetch_renditions(LISTING_IMAGE_FILTER)
    return [Prefetch(field, queryset=renditions) for field in fields]


def with_listing_images(pages):
    """The pages (a queryset or a list of one kind) with the pictures their cards show (the
    listing image, else the lead image) and their card renditions, in two queries per kind of
    picture however many pages there are."""
    if isinstance(pages, QuerySet):
        return pages.prefetch_related(*card_image_prefetches(pages.model))
    pages = list(pages)
    if pages:
        prefetch_related_objects(pages, *card_image_prefetches(type(pages[0])))
    return pages


def live_public_pages(relation):
    """The pages of a relation to pages (`page.related_programs`) that visitors may open, as a
    page queryset, whether the relation is saved or held in memory: in a preview, a revision
    under review or a translation being synced, modelcluster keeps it as a list-like stand-in
    that knows no page queries."""
    pages = relation.all()
    if not isinstance(pages, PageQuerySet):
        pages = relation.model.objects.filter(pk__in=[page.pk for page in pages])
    return pages.live().public()


class SocialImageMixin(models.Model):
    social_image = optional_image(
        _("social media image"),
        help_text=_(
            "Shown when the page is shared on social media (at least 1200×630 pixels). "
            "Without one, the site's default image is used."
        ),
    )

    social_image_panels = [FieldPanel("social_image")]

    class Meta:
        abstract = True

    def get_social_image_url(self, request):
        """Absolute address of the 1200×630 picture for social cards, or None."""
        image = (
            self.social_image
            # Pages with a lead image (LeadImageMixin) are shared with it.
            or getattr(self, "lead_image", None)
            or SiteSettings.load(request_or_site=request).default_social_image
        )
        if image is None:
            return None
        return absolute_url(image.get_rendition(SOCIAL_IMAGE_FILTER).url, request)


class BasePage(PublicPageIndexMixin, SocialImageMixin, Page):
    """What every public page has: a picture for social media and a summary for listings."""

    # Wagtail's fields, named for editors. "Show in menus" is left out: the site's menus are
    # snippets (Site content → Navigation menus), which that box does not change.
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel(
                    "slug",
                    heading=_("Web address (slug)"),
                    help_text=_(
                        "The last part of the page's address, e.g. smart-city-prize in "
                        "/en/news/smart-city-prize/: lower-case letters, digits and hyphens. "
                        "Changing it on a published page breaks links shared elsewhere."
                    ),
                ),
                FieldPanel(
                    "seo_title",
                    heading=_("Title in search engine results"),
                    help_text=_(
                        "The clickable headline in Google and other search engines, and the "
                        "browser tab's text. Leave it empty to use the page title."
                    ),
                ),
                FieldPanel(
                    "search_description",
                    heading=_("Summary for search engines, social media and listings"),
                    help_text=_(
                        "One or two sentences (about 160 characters) shown under the headline "
                        "in search engines, in link previews on social media and in the site's "
                        "own lists. Leave it empty to use the page's introduction or lead."
                    ),
                ),
            ],
            heading=_("For search engines and social media"),
        ),
        *SocialImageMixin.social_image_panels,
    ]
    # Wagtail's publishing schedule (its first settings panel) in the editor's time zone.
    settings_panels = [SchedulePublishingPanel(), *Page.settings_panels[1:]]
    search_fields = [*Page.search_fields, index.SearchField("search_description")]
    # Page types that override this too spread it into their own list.
    override_translatable_fields = [SynchronizedSlug()]
    og_type = "website"
    # The field that summarises the page when the editor wrote no search description.
    summary_field = None

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Lists inside blocks (documents, key figures, timeline entries) written by code as plain
        # lists, as the initial content does, are stored as Wagtail writes them from the editor:
        # with an id per item. wagtail-localize offers an item for translation only then.
        for field in self._meta.get_fields():
            if isinstance(field, StreamField):
                list(getattr(self, field.attname))  # reading the blocks converts their lists
        super().save(*args, **kwargs)

    def get_meta_description(self):
        """The page's summary for search engines, social cards and listings."""
        if self.search_description or not self.summary_field:
            return self.search_description
        return getattr(self, self.summary_field)

    def get_json_ld(self, request):
        """schema.org data for the page, or None. Page types that describe a thing say so."""
        return None

    def get_sitemap_urls(self, request=None):
        # What foundation.sitemaps needs to pair the page with its translations.
        return [
            {**url, "translation_key": str(self.translation_key), "locale_id": self.locale_id}
            for url in super().get_sitemap_urls(request)
        ]


@shown_on_public_pages
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
    default_social_image = optional_image(
        _("default social media image"),
        help_text=_("Used when a page has no image of its own (1200×630 pixels)."),
    )
    contact_email = models.EmailField(
        _("secretariat's e-mail"),
        blank=True,
        help_text=_(
            "Where visitors write to the secretariat, e.g. about a member: member profiles "
            "offer it with the member's name in the subject."
        ),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The secretariat's contact page, offered when there is no e-mail above."),
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
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_page")],
            heading=_("Contact"),
        ),
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


class PersonTeam(models.TextChoices):
    SECRETARIAT = "secretariat", _("Secretariat")
    ADVISORY_BOARD = "advisory_board", _("Advisory board")
    OTHER = "other", _("Other")


@shown_on_public_pages
class Person(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    """Someone of the secretariat or the advisory board, whom pages of any kind may list."""

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
    photo = optional_image(_("photo"), help_text=_("A portrait; set the focal point on the face."))
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
        return "foundation/person_preview.html"
