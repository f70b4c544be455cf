import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from modelsearch import index
from modelsearch.queryset import SearchableQuerySetMixin
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PreviewableMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from foundation.blocks import BaseStreamBlock
from foundation.locales import active_locale, default_locale_id
from foundation.models import BasePage, IntroductionMixin, optional_image, with_listing_images
from foundation.page_cache import shown_on_public_pages
from foundation.translations import localized

from .choices import MemberType, Region, RoleKind
from .filters import SORTS, MemberFilterSet
from .geojson import member_feature_collection

MEMBERS_PER_PAGE = 48


class MemberQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def canonical(self):
        """One row per organisation: the row in the site's default language. Translations of a
        member only carry its description in another language."""
        return self.filter(locale_id=default_locale_id())

    def public(self):
        return self.canonical().filter(active=True)

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
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("member_type"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Position on the map"),
            help_text=_(
                "Decimal degrees. `manage.py locate_members` proposes them from a gazetteer."
            ),
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
    def get_indexed_objects(cls):
        # Only what has a public profile may be found.
        return super().get_indexed_objects().public()

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


class MemberRoleQuerySet(models.QuerySet):
    def current(self, on=None):
        """Roles held on the given day (today by default)."""
        on = on or timezone.localdate()
        return self.filter(Q(ends_on__isnull=True) | Q(ends_on__gt=on), starts_on__lte=on)


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
                "roles": RoleKind.choices,
                "sorts": [(value, label) for value, (label, _ordering) in SORTS.items()],
                "geojson_url": self.url + self.reverse_subpage("geojson"),
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
        return self.render(
            request,
            template="members/member_profile.html",
            context_overrides={
                "member": member,
                "description": (translated or member).description,
                "description_source": translated or member,
                "member_roles": member.roles.order_by("-starts_on", "kind"),
                # Editors relate articles and programmes to members in the default language;
                # visitors see their translations where there are some.
                "related_articles": with_listing_images(
                    localized(
                        member.related_articles.live()
                        .public()
                        .filter(locale_id=default_locale_id())
                        .order_by("-date")[:5],
                        locale,
                    )
                ),
                "related_programs": localized(
                    member.related_programs.live().public().filter(locale_id=default_locale_id()),
                    locale,
                ),
                "feasibility_studies": member.feasibility_studies.all(),
            },
        )


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
                    (label, [r for r in reversed(roles) if r.kind == kind])
                    for kind, label in RoleKind.choices
                ],
                "directory": MemberDirectoryPage.for_active_locale(),
            }
        )
        return context


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
