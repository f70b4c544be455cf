import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelsearch import index
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PreviewableMixin, TranslatableMixin

from foundation.blocks import BaseStreamBlock
from foundation.event_facts import EventFacts
from foundation.locales import active_locale, default_locale_id, language_of_locale
from foundation.models import (
    BasePage,
    IntroductionMixin,
    LeadImageMixin,
    ListingImageMixin,
    with_listing_images,
)
from foundation.page_cache import shown_on_public_pages
from foundation.phones import validate_international_phone
from foundation.structured_data import event_facts, publisher
from foundation.translatable_fields import synchronized
from foundation.translations import in_language_or_default
from foundation.widgets import FilterableCheckboxSelectMultiple

from .choices import KIND_SLUGS, KINDS_BY_SLUG, NewsKind
from .embargo import EmbargoLink, EmbargoLinkOpening
from .feeds import ArticleFeed
from .filters import ArticleFilterSet

__all__ = ["EmbargoLink", "EmbargoLinkOpening"]  # models of embargo.py, found here by Django

ARTICLES_PER_PAGE = 12
SYNDICATIONS = ("rss", "atom")


@shown_on_public_pages
class MediaContact(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=160, help_text=_("E.g. Programme Officer, WeGO Secretariat.")
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("The address journalists should write to.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[validate_international_phone],
        help_text=_("In international form, e.g. +82 2 2133 5463: journalists abroad call it."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("phone", help_text=_("With the country code, e.g. +82 2 720 2935.")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = synchronized("phone")

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
                "tag_label": self.tag_label(filters.values.get("tag")),
            },
        )

    def tag_label(self, slug):
        """The label, in the page's language, of the tag the list is filtered by."""
        tag = Tag.objects.filter(slug=slug).first() if slug else None
        return TagLabel.labelled([tag], self.locale)[0][1] if tag else slug

    @path("feed/<str:syndication>/", name="feed")
    @path("feed/<str:kind_slug>/<str:syndication>/", name="kind_feed")
    def feed(self, request, syndication, kind_slug=None):
        if syndication not in SYNDICATIONS or (kind_slug and kind_slug not in KINDS_BY_SLUG):
            raise Http404
        return ArticleFeed(self, syndication, KINDS_BY_SLUG.get(kind_slug))(request)

    def feed_path(self, syndication, kind=None):
        """The feed's address below the index: feed/rss/, feed/press-releases/atom/..."""
        if kind:
            return self.reverse_subpage("kind_feed", args=[KIND_SLUGS[kind], syndication])
        return self.reverse_subpage("feed", args=[syndication])

    def feed_links(self, kinds=True):
        """(label, syndication, address) of every feed: all news, then each kind's."""
        links = [
            (_("All news"), syndication, self.url + self.feed_path(syndication))
            for syndication in SYNDICATIONS
        ]
        for kind, label in NewsKind.choices if kinds else ():
            for syndication in SYNDICATIONS:
                links.append((label, syndication, self.url + self.feed_path(syndication, kind)))
        return links


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


@shown_on_public_pages
class TagLabel(TranslatableMixin, models.Model):
    """How a tag of the news reads in one language. A tag is the same in every language, so
    that the news filter's address (?tag=youth) survives a change of language; its label is
    translated like any snippet ("Translate" on the English label, which is made with the
    tag)."""

    tag = models.ForeignKey(
        "taggit.Tag", verbose_name=_("tag"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(_("label"), max_length=100)

    panels = [FieldPanel("label")]
    override_translatable_fields = synchronized("tag")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag label")
        ordering = ["label"]
        constraints = [
            models.UniqueConstraint(fields=["tag", "locale"], name="one_label_per_tag_and_locale")
        ]

    def __str__(self):
        return self.label

    @classmethod
    def labelled(cls, tags, locale=None):
        """[(tag, label, language code of the label)] in the given (or the visitor's)
        language: the English label where it is not translated yet, the tag's name where it
        has no label at all; one query."""
        tags = list(tags)
        locale = locale or active_locale()
        labels = {}
        for tag_id, locale_id, label in cls.objects.filter(
            tag__in=tags, locale_id__in={locale.pk, default_locale_id()}
        ).values_list("tag_id", "locale_id", "label"):
            if locale_id == locale.pk or tag_id not in labels:
                labels[tag_id] = (label, locale_id)
        labelled = []
        for tag in tags:
            label, locale_id = labels.get(tag.pk, (tag.name, default_locale_id()))
            labelled.append((tag, label, language_of_locale(locale_id)))
        return labelled


class NewsArticlePage(EventFacts, LeadImageMixin, ListingImageMixin, BasePage):
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=NewsKind.choices,
        default=NewsKind.NEWS,
        help_text=_(
            "A press release is the organisation's official statement; a media advisory "
            "invites journalists to an event (only media advisories keep the event's details); "
            "news is everything else."
        ),
    )
    date = models.DateField(
        _("date shown on the article"),
        null=True,
        blank=True,
        help_text=_(
            "Leave it empty to show the day the article goes live: the go-live date of a "
            "scheduled release (set in the Status panel, “Set schedule”), or else the day it "
            "is published."
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
            help_text=_("For media advisories only: other kinds are saved without an event."),
            # Shown only while the kind is “media advisory” (Wagtail's rules controller).
            attrs={
                "data-controller": "w-rules",
                "data-action": "change@document->w-rules#resolve",
                "data-w-rules-target": "show",
                "data-w-rules": json.dumps({"kind": [NewsKind.MEDIA_ADVISORY]}),
            },
        ),
        InlinePanel("downloads", label=_("Downloads"), heading=_("Downloads")),
        FieldPanel("media_contact"),
        FieldPanel("tags"),
        FieldPanel("related_programs", widget=FilterableCheckboxSelectMultiple),
        FieldPanel("related_members", widget=FilterableCheckboxSelectMultiple),
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
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *EventFacts.event_fact_translatable_fields,
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
        if not self.is_media_advisory:
            # The editor hides the event's panel for other kinds: what it still holds (from
            # before the kind changed) is dropped rather than kept out of sight.
            self.clear_event_facts()
            self.event_what = self.event_who = ""
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

    def save(self, *args, **kwargs):
        if self.date is None and (self.live or self.go_live_at):
            self.date = self.default_date()
        super().save(*args, **kwargs)

    def default_date(self):
        """The day the article goes live, in the site's time zone: what it shows when the
        editor gave no date."""
        moment = self.go_live_at or self.first_published_at or timezone.now()
        return timezone.localdate(moment, timezone.get_default_timezone())

    def get_context(self, request, *args, **kwargs):
        # A preview (the editor's, or a journalist's embargoed one) of an article without a
        # date shows the day it would go live.
        if self.date is None:
            self.date = self.default_date()
        return super().get_context(request, *args, **kwargs)

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

    def labelled_tags(self):
        return TagLabel.labelled(self.tags.all(), self.locale)

    @cached_property
    def localized_media_contact(self):
        """The media contact in the article's language once it is translated, however long
        after the article (which keeps pointing to the contact it was translated with)."""
        contact = self.media_contact
        if contact is None or contact.locale_id == self.locale_id:
            return contact
        return contact.get_translation_or_none(self.locale) or contact

    def event_participants(self):
        return [line.strip(" •-") for line in self.event_who.splitlines() if line.strip(" •-")]

    @classmethod
    def latest(cls, locale=None):
        """The latest articles for readers of `locale`: its own, and those of the default
        language that are not translated into it."""
        return in_language_or_default(
            cls.objects.live().public(), locale or active_locale()
        ).order_by("-date", "-first_published_at")


class ArticleDownload(TranslatableMixin, Orderable):
    """A document offered with the article. Translatable, so that translators translate its
    label with the article (the document itself is the same unless an editor changes it)."""

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

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("download")
