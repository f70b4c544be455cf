import datetime
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries
from django_countries.fields import CountryField
from modelsearch import index
from modelsearch.queryset import SearchableQuerySetMixin
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PreviewableMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from foundation.addresses import absolute_url
from foundation.blocks import BaseStreamBlock
from foundation.locales import active_locale, default_locale_id
from foundation.models import (
    BasePage,
    IntroductionMixin,
    SiteSettings,
    optional_image,
    with_listing_images,
)
from foundation.page_cache import shown_on_public_pages
from foundation.structured_data import publisher
from foundation.translations import localized
from foundation.widgets import FilterableSelect

from .choices import (
    MEMBER_TYPE_COUNTS,
    MEMBER_TYPE_FIGURE_LABELS,
    MemberType,
    Region,
    RoleKind,
)
from .filters import SORTS, MemberFilterSet
from .geojson import member_feature_collection
from .panels import DegreesInput, MapPositionPanel

MEMBERS_PER_PAGE = 48
PROFILE_ARTICLES = 5
PROFILE_EVENTS = 10
# Logos keep their proportions on social cards.
LOGO_CARD_FILTER = "max-1200x630"


class MemberQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def canonical(self):
        """One row per organisation: the row in the site's default language. Translations of a
        member only carry its description in another language."""
        return self.filter(locale_id=default_locale_id())

    def public(self):
        return self.canonical().filter(active=True)

    def unplaced(self):
        """Members the map cannot show: no position yet."""
        return self.filter(Q(latitude__isnull=True) | Q(longitude__isnull=True))

    def holding(self, role_kind, on=None):
        current = MemberRole.objects.current(on).filter(member=OuterRef("pk"), kind=role_kind)
        return self.filter(Exists(current))


@shown_on_public_pages
class Member(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("name"), max_length=160, help_text=_("As the organisation writes it, e.g. Beyoğlu.")
    )
    slug = models.SlugField(
        _("address name"),
        max_length=160,
        help_text=_("The last part of the profile's address, e.g. seoul."),
    )
    member_type = models.CharField(_("type"), max_length=20, choices=MemberType.choices)
    country = CountryField(_("country"))
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        help_text=_("The organisation's own grouping of members, not a continent."),
    )
    city = models.CharField(
        _("city or area"),
        max_length=160,
        blank=True,
        help_text=_("Where the organisation is, when it is not the name itself."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Degrees north (negative for south), e.g. 37.56667."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Degrees east (negative for west), e.g. 126.97806."),
    )
    logo = optional_image(_("logo"))
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=3000,
        help_text=_("What the organisation does and what it brings to the network."),
    )
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2010), MaxValueValidator(2100)],
        help_text=_("WeGO was founded in 2010."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active members appear on the public site.")
    )

    objects = MemberQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel(
            "slug",
            heading=_("Web address (slug)"),
            help_text=_(
                "The last part of the member's profile address, e.g. seoul in "
                "/en/members/seoul/. Changing it breaks links shared elsewhere."
            ),
        ),
        FieldRowPanel([FieldPanel("member_type"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("country", widget=FilterableSelect), FieldPanel("city")]),
        MapPositionPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("latitude", widget=DegreesInput(limit=90)),
                        FieldPanel("longitude", widget=DegreesInput(limit=180)),
                    ]
                )
            ],
            heading=_("Position on the map"),
            help_text=_("Decimal degrees: click the map, or type them."),
        ),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("year_joined"), FieldPanel("active")]),
    ]
    # Names and facts stay as they are in every language; only the description is translated.
    override_translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("city", overridable=False),
        SynchronizedField("website", overridable=False),
        TranslatableField("description"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.FilterField("region"),
        index.FilterField("member_type"),
        index.FilterField("active"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("member")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_member_slug"),
            models.UniqueConstraint(
                fields=["locale", "name", "country"], name="unique_member_name_in_country"
            ),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def publicly_indexed(cls, queryset):
        # The public index holds only members with a public profile (foundation.search_index).
        return queryset.public()

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
        if self.year_joined and self.year_joined > timezone.localdate().year:
            raise ValidationError({"year_joined": _("The year joined cannot be in the future.")})

    @property
    def has_position(self):
        return self.latitude is not None and self.longitude is not None

    def get_preview_template(self, request, mode_name):
        return "members/member_preview.html"

    @property
    def is_local_government(self):
        return self.member_type == MemberType.LOCAL_GOVERNMENT

    def get_json_ld(self, profile_url, request, description="", logo_url=None):
        """schema.org data of the member's profile: a government organisation for local
        governments, an organisation otherwise, member of WeGO."""
        address = {"@type": "PostalAddress", "addressCountry": self.country.code}
        if self.city:
            address["addressLocality"] = self.city
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization" if self.is_local_government else "Organization",
            "name": self.name,
            "url": profile_url,
            "address": address,
            "memberOf": publisher(request),
        }
        if description:
            data["description"] = description
        if self.website:
            data["sameAs"] = [self.website]
        if logo_url:
            data["logo"] = logo_url
        return data


def membership_count_field(verbose_name):
    return models.PositiveIntegerField(
        verbose_name,
        null=True,
        blank=True,
        help_text=_(
            "How many the association counts, listed in the directory or not. Leave empty to "
            "count the members the directory lists."
        ),
    )


@shown_on_public_pages
@register_setting(icon="group")
class MembershipCounts(BaseGenericSetting):
    """How many members of each type the association counts, including those the directory
    does not list yet. The home page, the directory and the about pages give their member
    figures from here and the member records alone, so that they never contradict."""

    local_governments = membership_count_field(_("local governments"))
    corporations = membership_count_field(_("corporations"))
    institutions = membership_count_field(_("institutions"))

    FIELDS = {
        MemberType.LOCAL_GOVERNMENT: "local_governments",
        MemberType.CORPORATION: "corporations",
        MemberType.INSTITUTION: "institutions",
    }

    class Meta:
        verbose_name = _("membership counts")

    @classmethod
    def figures(cls, request=None):
        """The member figures every page shows: listed and counted, by type."""
        counts = cls.load(request_or_site=request)
        listed = dict(
            Member.objects.public()
            .values_list("member_type")
            .annotate(total=Count("pk"))
            .order_by()
        )
        return MembershipFigures(
            [
                TypeFigure(
                    member_type,
                    listed=listed.get(member_type, 0),
                    # The association counts at least those it lists.
                    counted=max(getattr(counts, field) or 0, listed.get(member_type, 0)),
                )
                for member_type, field in cls.FIELDS.items()
            ]
        )


@dataclass(frozen=True)
class TypeFigure:
    member_type: str
    listed: int
    counted: int

    @property
    def not_listed(self):
        return self.counted - self.listed

    @property
    def label(self):
        return MEMBER_TYPE_FIGURE_LABELS[self.member_type] % {"count": self.counted}


@dataclass(frozen=True)
class MembershipFigures:
    all_types: list

    @property
    def types(self):
        """The types the association has members of."""
        return [figure for figure in self.all_types if figure.counted]

    @property
    def listed(self):
        return sum(figure.listed for figure in self.all_types)

    @property
    def counted(self):
        return sum(figure.counted for figure in self.all_types)

    def summary(self):
        """The figures in a sentence: "160 local governments listed in the directory; the
        association also counts 35 corporations and 16 institutions, not listed yet."
        """
        listed = phrase_list(
            (figure.member_type, figure.listed) for figure in self.all_types if figure.listed
        )
        unlisted = phrase_list(
            (figure.member_type, figure.not_listed)
            for figure in self.all_types
            if figure.not_listed
        )
        if not unlisted:
            return _("%(listed)s listed in the directory.") % {"listed": listed}
        if not listed:
            return _("The association counts %(unlisted)s, not listed in the directory yet.") % {
                "unlisted": unlisted
            }
        return _(
            "%(listed)s listed in the directory; the association also counts %(unlisted)s, "
            "not listed yet."
        ) % {"listed": listed, "unlisted": unlisted}


def phrase_list(counts):
    return get_text_list(
        [str(MEMBER_TYPE_COUNTS[member_type] % {"count": count}) for member_type, count in counts],
        pgettext_lazy("before the last item of a list", "and"),
    )


class MemberRoleQuerySet(models.QuerySet):
    def current(self, on=None):
        """Roles held on the given day (today by default)."""
        on = on or timezone.localdate()
        return self.filter(Q(ends_on__isnull=True) | Q(ends_on__gt=on), starts_on__lte=on)

    def by_rank(self):
        """The highest role first (RoleKind's order: president city, vice-president cities,
        executive committee, regional offices), the newest first within a role."""
        rank = Case(
            *(When(kind=kind, then=Value(order)) for order, kind in enumerate(RoleKind.values)),
            default=Value(len(RoleKind.values)),
        )
        return self.order_by(rank, "-starts_on", "office_name")


@shown_on_public_pages
class MemberRole(models.Model):
    """A role a member holds from one date until another (or until now)."""

    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="roles",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    kind = models.CharField(_("role"), max_length=30, choices=RoleKind.choices)
    office_name = models.CharField(
        _("office"),
        max_length=80,
        blank=True,
        help_text=_("For regional offices: the region it serves, e.g. East Asia."),
    )
    starts_on = models.DateField(
        _("from"), help_text=_("When the role began (or the first date it is known to be held).")
    )
    ends_on = models.DateField(
        _("until"),
        null=True,
        blank=True,
        help_text=_("The first day it was no longer held. Leave empty while it is held."),
    )

    objects = MemberRoleQuerySet.as_manager()

    panels = [
        FieldPanel("member"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("office_name")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
    ]

    class Meta:
        verbose_name = _("governance role")
        ordering = ["kind", "office_name", "-starts_on", "member__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "kind", "office_name", "starts_on"], name="unique_member_role"
            )
        ]

    def __str__(self):
        label = self.get_kind_display()
        if self.office_name:
            label = f"{label} ({self.office_name})"
        return f"{self.member}: {label}"

    def clean(self):
        errors = {}
        if self.kind == RoleKind.REGIONAL_OFFICE and not self.office_name.strip():
            errors["office_name"] = _("Name the region the office serves.")
        if self.kind != RoleKind.REGIONAL_OFFICE and self.office_name.strip():
            errors["office_name"] = _("Only regional offices have an office name.")
        if self.starts_on and self.ends_on and self.ends_on <= self.starts_on:
            errors["ends_on"] = _("The role ends before it starts.")
        if errors:
            raise ValidationError(errors)

    def is_current(self, on=None):
        on = on or timezone.localdate()
        return self.starts_on <= on and (self.ends_on is None or self.ends_on > on)


class MemberDirectoryPage(RoutablePageMixin, IntroductionMixin, BasePage):
    """The member directory and map; also serves each member's profile at <slug>/."""

    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member directory")

    @classmethod
    def for_active_locale(cls):
        return cls.objects.live().filter(locale=active_locale()).first()

    def member_url(self, member):
        return self.url + self.reverse_subpage("member", args=[member.slug])

    def get_sitemap_urls(self, request=None):
        base = self.get_full_url(request)
        members = Member.objects.public().order_by("name").values_list("slug", flat=True)
        return [
            *super().get_sitemap_urls(request),
            *(
                {
                    "location": f"{base}{slug}/",
                    "translation_key": f"{self.translation_key}/{slug}",
                    "locale_id": self.locale_id,
                }
                for slug in members
            ),
        ]

    @path("")
    def directory(self, request):
        members = Member.objects.public()
        filters = MemberFilterSet(request.GET, queryset=members)
        page = Paginator(filters.qs, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
        region_counts, type_counts = filters.facet_counts()
        present = members.values_list("country", flat=True).distinct().order_by()
        directory_url = self.get_url(request)
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "members": page,
                "region_counts": region_counts,
                "type_counts": type_counts,
                "countries": sorted(
                    ((code, countries.name(code)) for code in present), key=lambda item: item[1]
                ),
                "membership": MembershipCounts.figures(request),
                "roles": RoleKind.choices,
                "sorts": [(value, label) for value, (label, _ordering) in SORTS.items()],
                "geojson_url": directory_url + self.reverse_subpage("geojson"),
                # Worked out once: every member's link starts with it.
                "directory_url": directory_url,
                "unplaced_members": filters.qs.unplaced().order_by("name").only("name", "slug"),
            },
        )

    @path("map-data/", name="geojson")
    def geojson(self, request):
        members = MemberFilterSet(request.GET, queryset=Member.objects.public()).qs
        return JsonResponse(
            member_feature_collection(members, self),
            content_type="application/geo+json",
            json_dumps_params={"ensure_ascii": False},
        )

    @path("<slug:slug>/", name="member")
    def member(self, request, slug):
        member = get_object_or_404(Member.objects.public().select_related("logo"), slug=slug)
        locale = active_locale()
        translated = (
            Member.objects.filter(translation_key=member.translation_key, locale=locale).first()
            if locale.language_code != settings.LANGUAGE_CODE
            else member
        )
        description = (translated or member).description
        # Editors relate articles, programmes and events to members in the default language;
        # visitors see their translations where there are some.
        in_default_language = {"locale_id": default_locale_id()}
        return self.render(
            request,
            template="members/member_profile.html",
            context_overrides={
                "member": member,
                "description": (translated or member).description,
                "description_source": translated or member,
                "member_roles": member.roles.by_rank(),
                # Editors relate articles and programmes to members in the default language;
                # visitors see their translations where there are some.
                "related_articles": with_listing_images(
                    localized(
                        member.related_articles.live()
                        .public()
                        .filter(**in_default_language)
                        .order_by("-date")[:PROFILE_ARTICLES],
                        locale,
                    )
                ),
                "related_programs": localized(
                    member.related_programs.live().public().filter(**in_default_language),
                    locale,
                ),
                "hosted_events": with_listing_images(
                    localized(
                        member.hosted_events.live()
                        .public()
                        .filter(**in_default_language)
                        .order_by("-starts_at")[:PROFILE_EVENTS],
                        locale,
                    )
                ),
                "feasibility_studies": member.feasibility_studies.all(),
                "contact": secretariat_contact(request, member, locale),
                "subpage_meta": self.profile_meta(request, member, description),
            },
        )

    def profile_meta(self, request, member, description):
        """The profile's title, description, social card and schema.org data."""
        summary = _("%(name)s: %(type)s member of WeGO in %(country)s.") % {
            "name": member.name,
            "type": member.get_member_type_display(),
            "country": member.country.name,
        }
        meta = {
            "title": member.name,
            "description": description or summary,
            "og_type": "website",
        }
        logo_url = None
        if member.logo:
            logo = member.logo.get_rendition(LOGO_CARD_FILTER)
            logo_url = absolute_url(logo.url, request)
            meta.update(image_url=logo_url, image_width=logo.width, image_height=logo.height)
        profile_url = absolute_url(request.path, request)
        meta["json_ld"] = member.get_json_ld(profile_url, request, description, logo_url)
        return meta


def secretariat_contact(request, member, locale):
    """How visitors reach a member: through the secretariat, by e-mail with the member's name
    in the subject, or on the contact page. None when the site settings give neither."""
    site_settings = SiteSettings.load(request_or_site=request)
    if site_settings.contact_email:
        subject = _("About %(member)s (WeGO member)") % {"member": member.name}
        return f"mailto:{site_settings.contact_email}?subject={quote(subject)}"
    if site_settings.contact_page_id:
        page = localized([site_settings.contact_page], locale, specific=False)[0]
        if page.live:
            return page.url
    return None


class GovernancePage(IntroductionMixin, BasePage):
    """Who leads the organisation on a given day, from the members' roles, with earlier terms."""

    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Shown after the roles: the advisory board, the secretariat, statutes..."),
    )

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
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("governance page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        on, date_error = requested_date(request.GET.get("on", ""))
        roles = list(
            MemberRole.objects.select_related("member").order_by("starts_on", "member__name")
        )
        current = [role for role in roles if role.is_current(on)]
        context.update(
            {
                "on": on,
                "date_error": date_error,
                "president_cities": [r for r in current if r.kind == RoleKind.PRESIDENT_CITY],
                "vice_president_cities": [
                    r for r in current if r.kind == RoleKind.VICE_PRESIDENT_CITY
                ],
                "executive_committee": [
                    r for r in current if r.kind == RoleKind.EXECUTIVE_COMMITTEE
                ],
                "regional_offices": sorted(
                    (r for r in current if r.kind == RoleKind.REGIONAL_OFFICE),
                    key=lambda role: role.office_name,
                ),
                "role_history": [
                    (label, newest_first([r for r in roles if r.kind == kind]))
                    for kind, label in RoleKind.choices
                ],
                "directory": MemberDirectoryPage.for_active_locale(),
            }
        )
        return context


def newest_first(roles):
    """Terms still running first, then those that ended most recently; the latest start first
    among equals, then by member name."""
    by_name = sorted(roles, key=lambda role: role.member.name)
    by_start = sorted(by_name, key=lambda role: role.starts_on, reverse=True)
    return sorted(by_start, key=lambda role: role.ends_on or datetime.date.max, reverse=True)


def requested_date(value):
    """The day asked for in ?on=YYYY-MM-DD, or today with an error message when it is wrong."""
    today = timezone.localdate()
    if not value:
        return today, None
    try:
        return datetime.date.fromisoformat(value), None
    except ValueError:
        return today, _("“%(value)s” is not a date; showing today.") % {"value": value[:20]}


class MemberContact(models.Model):
    """Someone at a member organisation the secretariat writes to: access codes for Nexus go
    to these addresses. Never shown on the public site."""

    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="contacts",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    position = models.CharField(_("position"), max_length=160, blank=True)

    panels = [FieldPanel("member"), FieldPanel("name"), FieldPanel("email"), FieldPanel("position")]

    class Meta:
        verbose_name = _("member contact")
        ordering = ["member__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["member", "email"], name="unique_member_contact")
        ]

    def __str__(self):
        return f"{self.name} <{self.email}> ({self.member})"
