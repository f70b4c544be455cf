"""Records the programme pages show: the partners who support them and the feasibility
studies done with member cities. Apart from the pages so that blocks can query them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelsearch import index
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from foundation.models import optional_image
from foundation.page_cache import shown_on_public_pages
from foundation.widgets import FilterableSelect


@shown_on_public_pages
class FeasibilityStudy(index.Indexed, models.Model):
    """A feasibility study carried out with a city; listed on the Project Implementer page."""

    year = models.PositiveSmallIntegerField(_("year"))
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))
    title = models.CharField(_("title"), max_length=200)
    member = models.ForeignKey(
        "members.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feasibility_studies",
        help_text=_("The member organisation, when the city is one; links to its profile."),
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("country", widget=FilterableSelect)]),
        FieldPanel("city"),
        FieldPanel("title", help_text=_("The study's subject, e.g. Smart parking.")),
        FieldPanel("member"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("city"),
        index.AutocompleteField("title"),
        index.FilterField("year"),
    ]

    class Meta:
        verbose_name = _("feasibility study")
        verbose_name_plural = _("feasibility studies")
        ordering = ["-year", "city"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "city", "title"], name="unique_feasibility_study"
            )
        ]

    def __str__(self):
        return f"{self.year} · {self.city} · {self.title}"

    def clean(self):
        if self.year and not 1990 <= self.year <= 2100:
            raise ValidationError({"year": _("Give a year between 1990 and 2100.")})
        if self.member_id and self.country and self.member.country != self.country:
            raise ValidationError({"member": _("This member is in another country.")})


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", _("University or research centre")
    INSTITUTION = "institution", _("Institution or international organisation")
    CORPORATION = "corporation", _("Company")


@shown_on_public_pages
class Partner(index.Indexed, models.Model):
    """An organisation that supports WeGO's programmes; the home page shows them all."""

    name = models.CharField(_("name"), max_length=160, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    website = models.URLField(_("website"), blank=True)
    logo = optional_image(_("logo"), help_text=_("Without a logo, the name is shown."))
    show_on_home_page = models.BooleanField(_("show on the home page"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel(
            "show_on_home_page",
            help_text=_("The home page shows the logos of the partners ticked here."),
        ),
        FieldPanel("sort_order", help_text=_("Lower numbers come first.")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("partner")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
