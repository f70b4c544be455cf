from itertools import groupby

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelsearch import index
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

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
from foundation.structured_data import event_facts
from foundation.translations import in_language_or_default
from foundation.widgets import FilterableCheckboxSelectMultiple

from .calendar import event_calendar

PAST_EVENTS_PER_PAGE = 24
# Apps that take registrations for events (Nexus) describe them on the public page.
REGISTRATION_HOOK = "event_page_registration"


class EventIndexPage(RoutablePageMixin, IntroductionMixin, BasePage):
    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return with_listing_images(
            EventPage.objects.live().public().child_of(self).select_related("locale")
        )

    @path("")
    def listing(self, request):
        now = timezone.now()
        upcoming = self.events().filter(ends_at__gte=now).order_by("starts_at")
        past = self.events().filter(ends_at__lt=now).order_by("-starts_at")
        past_page = Paginator(past, PAST_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "upcoming_by_quarter": group_by_quarter(upcoming),
                "past_page": past_page,
                "past_by_quarter": group_by_quarter(past_page.object_list),
            },
        )


def quarter_of(event):
    return event.starts_on.year, (event.starts_on.month - 1) // 3 + 1


def group_by_quarter(events):
    """[((year, quarter), [events...]), ...] in the order the events come."""
    return [(key, list(group)) for key, group in groupby(events, key=quarter_of)]


class EventPage(RoutablePageMixin, EventFacts, LeadImageMixin, ListingImageMixin, BasePage):
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("What the event is, in one or two sentences; shown in listings."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=160, default="WeGO")
    registration_url = models.URLField(
        _("registration address"), blank=True, help_text=_("Where people sign up, if they must.")
    )
    related_programs = ParentalManyToManyField(
        "programs.ProgramPage", verbose_name=_("related programmes"), blank=True
    )
    host_members = ParentalManyToManyField(
        "members.Member",
        verbose_name=_("host members"),
        blank=True,
        related_name="hosted_events",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("Member organisations that host the event; it is listed on their profiles."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        *LeadImageMixin.lead_image_panels,
        MultiFieldPanel(EventFacts.event_fact_panels, heading=_("When and where")),
        FieldPanel("body"),
        FieldPanel("organiser"),
        FieldPanel("registration_url"),
        FieldPanel("related_programs", widget=FilterableCheckboxSelectMultiple),
        FieldPanel("host_members", widget=FilterableCheckboxSelectMultiple),
    ]
    promote_panels = [*BasePage.promote_panels, *ListingImageMixin.listing_image_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("venue"),
        index.FilterField("starts_at"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *EventFacts.event_fact_translatable_fields,
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    summary_field = "summary"

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        self.clean_event_facts(required=_("An event needs a start date."))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["registration_notes"] = self.registration_notes()
        return context

    def registration_notes(self):
        """What the apps that take registrations say about this event on its public page
        (hook "event_page_registration": a function of the page returning HTML, or ""). The
        same for every reader: the page is cached for anonymous visitors."""
        notes = (hook(self) for hook in hooks.get_hooks(REGISTRATION_HOOK))
        return [note for note in notes if note]

    def get_json_ld(self, request):
        return event_facts(self, self.title, request, description=self.summary)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        if self.is_month_only:
            return HttpResponse(status=404)
        response = HttpResponse(
            event_calendar(self, request), content_type="text/calendar; charset=utf-8"
        )
        filename = slugify(self.title) or "event"
        response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
        return response

    def calendar_url(self):
        if self.is_month_only:
            return None
        return self.url + self.reverse_subpage("calendar")

    @classmethod
    def upcoming(cls, locale=None, limit=None):
        """The events to come for readers of `locale`: its own, and those of the default
        language that are not translated into it."""
        events = in_language_or_default(
            cls.objects.live().public().filter(ends_at__gte=timezone.now()),
            locale or active_locale(),
        ).order_by("starts_at")
        return events[:limit] if limit else events
