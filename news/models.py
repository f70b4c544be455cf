import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelsearch import index
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PreviewableMixin, TranslatableMixin

from foundation.blocks import BaseStreamBlock
from foundation.event_facts import EventFacts
from foundation.locales import active_locale
from foundation.models import (
    BasePage,
    IntroductionMixin,
    LeadImageMixin,
    ListingImageMixin,
    with_listing_images,
)
from foundation.page_cache import shown_on_public_pages
from foundation.structured_data import event_facts, publisher

from .choices import KIND_SLUGS, KINDS_BY_SLUG, NewsKind
from .embargo import EmbargoLink, EmbargoLinkOpening
from .feeds import ArticleFeed
from .filters import ArticleFilterSet

__all__ = ["EmbargoLink", "EmbargoLinkOpening"]  # models of embargo.py, found here by Django

ARTICLES_PER_PAGE = 12


@shown_on_public_pages
class MediaContact(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=160, help_text=_("E.g. Programme Officer, WeGO Secretariat.")
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("The address journalists should write to.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("media contact")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "news/media_contact_preview.html"


class NewsIndexPage(RoutablePageMixin, IntroductionMixin, BasePage):
    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return (
            NewsArticlePage.objects.live()
            .public()
            .child_of(self)
            .order_by("-date", "-first_published_at")
        )

    @path("")
    def listing(self, request):
        filters = ArticleFilterSet(request.GET, queryset=self.articles())
        articles = with_listing_images(filters.qs.prefetch_related("tagged_items__tag"))
        page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "articles": page,
                "kinds": NewsKind.choices,
                "years": self.articles().dates("date", "year", order="DESC"),
                "feeds": self.feed_links(),
            },
        )

    @path("feed/<str:syndication>/", name="feed")
    @path("feed/<str:kind_slug>/<str:syndication>/", name="kind_feed")
    def feed(self, request, syndication, kind_slug=None):
        if syndication not in ("rss", "atom") or (kind_slug and kind_slug not in KINDS_BY_SLUG):
            raise Http404
        return ArticleFeed(self, syndication, KINDS_BY_SLUG.get(kind_slug))(request)

    def feed_links(self):
        links = [
            (_("All news"), "rss", self.url + self.reverse_subpage("feed", args=["rss"])),
            (_("All news"), "atom", self.url + self.reverse_subpage("feed", args=["atom"])),
        ]
        for kind, label in NewsKind.choices:
            slug = KIND_SLUGS[kind]
            for syndication in ("rss", "atom"):
                url = self.url + self.reverse_subpage("kind_feed", args=[slug, syndication])
                links.append((label, syndication, url))
        return links


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsArticlePage(EventFacts, LeadImageMixin, ListingImageMixin, BasePage):
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=NewsKind.choices,
        default=NewsKind.NEWS,
        help_text=_(
            "A press release is the organisation's official statement; a media advisory "
            "invites journalists to an event; news is everything else."
        ),
    )
    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_(
            "The date shown on the article. For an embargoed release, give the embargo date "
            "and schedule publication under Settings → “Go-live date/time”."
        ),
    )
    lead = models.TextField(
        _("lead"),
        blank=True,
        max_length=600,
        help_text=_("The opening summary in one or two sentences. Required for press releases."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        through=NewsArticleTag,
        verbose_name=_("tags"),
        blank=True,
        help_text=_("Topics readers can filter by, e.g. youth, digital inclusion."),
    )
    related_programs = ParentalManyToManyField(
        "programs.ProgramPage", verbose_name=_("related programmes"), blank=True
    )
    related_members = ParentalManyToManyField(
        "members.Member",
        verbose_name=_("members concerned"),
        blank=True,
        related_name="related_articles",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("The article is listed on these members' profiles."),
    )
    media_contact = models.ForeignKey(
        MediaContact,
        verbose_name=_("media contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who journalists should contact about this article."),
    )
    event_what = models.TextField(
        _("what"),
        blank=True,
        max_length=600,
        help_text=_("Media advisories: what happens, in a sentence."),
    )
    event_who = models.TextField(
        _("who"),
        blank=True,
        help_text=_("Media advisories: who takes part, one speaker or group per line."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("lead"),
        *LeadImageMixin.lead_image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("event_what"), *EventFacts.event_fact_panels, FieldPanel("event_who")],
            heading=_("Media advisory: the event"),
            help_text=_("Fill these in for media advisories only."),
        ),
        InlinePanel("downloads", label=_("Downloads"), heading=_("Downloads")),
        FieldPanel("media_contact"),
        FieldPanel("tags"),
        FieldPanel("related_programs"),
        FieldPanel("related_members"),
    ]
    promote_panels = [*BasePage.promote_panels, *ListingImageMixin.listing_image_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("event_what"),
        index.FilterField("kind"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    og_type = "article"
    summary_field = "lead"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @property
    def is_media_advisory(self):
        return self.kind == NewsKind.MEDIA_ADVISORY

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == NewsKind.PRESS_RELEASE and not self.lead.strip():
            errors["lead"] = _("A press release needs a lead.")
        try:
            self.clean_event_facts(
                required=_("A media advisory needs the date of its event.")
                if self.is_media_advisory
                else None
            )
        except ValidationError as error:
            errors.update(error.message_dict)
        if self.is_media_advisory and not self.event_what.strip():
            errors["event_what"] = _("Say what happens at the event.")
        if errors:
            raise ValidationError(errors)

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead or self.search_description,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": self.get_full_url(request),
            "author": publisher(request),
            "publisher": publisher(request),
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        image = self.get_social_image_url(request)
        if image:
            data["image"] = [image]
        if self.is_media_advisory and self.starts_on:
            return [data, event_facts(self, self.event_what or self.title, request)]
        return data

    def event_participants(self):
        return [line.strip(" •-") for line in self.event_who.splitlines() if line.strip(" •-")]

    @classmethod
    def latest(cls, locale=None):
        return (
            cls.objects.live()
            .public()
            .filter(locale=locale or active_locale())
            .order_by("-date", "-first_published_at")
        )


class ArticleDownload(Orderable):
    page = ParentalKey(NewsArticlePage, related_name="downloads", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        help_text=_("E.g. Press kit, Presentation, or This release in Korean."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The document's language, when it is not the article's."),
    )

    panels = [FieldPanel("document"), FieldPanel("label"), FieldPanel("language")]
