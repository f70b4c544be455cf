"""The secretariat's screens for events in the Wagtail admin (Nexus → Event registrations):
registration for an event page (audience, places, questions), and per registration the
attendee list with answers, filters, counts per organisation and country, exports, manual
additions and removals, the check-in page for the day, and a message to those holding a place
or to the waiting list. Only those with the registration model's permissions (the
Secretariat group) see them; every change goes through services.py."""

import django_filters
from django import forms
from django.contrib import messages
from django.db.models import Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView
from django_countries import countries
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from events.models import EventPage
from extranet.core.auth import nexus_profile
from extranet.core.rich_text import RichTextField

from . import exports, services
from .models import Mode, Registration, Status

register_permission_policy(Registration, ModelPermissionPolicy(Registration))

NEXUS_ADMIN_MENU_HOOK = "register_nexus_admin_menu_item"
SEARCH_MAX_LENGTH = 100
SUBJECT_MAX_LENGTH = 200


def event_label(page):
    when = page.date_text()
    return f"{page.title} ({when})" if when else page.title


class RegistrationForm(WagtailAdminModelForm):
    """The event is one of the default language's event pages that has no registration yet
    (the registration serves its translations too)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("event")
        if field is None:
            return
        free = Q(registration__isnull=True)
        if self.instance.event_id:
            free |= Q(pk=self.instance.event_id)
        field.queryset = (
            EventPage.objects.filter(locale=Locale.get_default())
            .filter(free)
            .order_by("-starts_on", "title")
        )
        field.label_from_instance = event_label


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return services.registrations_with_counts(super().get_base_queryset())

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if self.user_has_permission("change"):
            for name, label, icon in REGISTRATION_PAGES:
                buttons.append(
                    Button(
                        label,
                        url=reverse(f"nexus_event_registrations:{name}", args=[instance.pk]),
                        icon_name=icon,
                    )
                )
        return buttons


class RegistrationSavedMixin:
    """Places added go to those waiting; the page's privacy follows the audience; attendees
    are told of new joining details."""

    def save_instance(self):
        before = Registration.objects.filter(pk=self.form.instance.pk).first()
        instance = super().save_instance()
        services.registration_saved(instance, before)
        return instance


class RegistrationCreateView(RegistrationSavedMixin, CreateView):
    pass


class RegistrationEditView(RegistrationSavedMixin, EditView):
    def get_header_more_buttons(self):
        return [
            *super().get_header_more_buttons(),
            *(
                Button(
                    label,
                    url=reverse(f"nexus_event_registrations:{name}", args=[self.object.pk]),
                    icon_name=icon,
                )
                for name, label, icon in REGISTRATION_PAGES
            ),
        ]


def counted(status, mode):
    return Column(
        f"{status}_{mode}",
        label={
            (Status.GOING, Mode.IN_PERSON): gettext_lazy("Going in person"),
            (Status.WAITING, Mode.IN_PERSON): gettext_lazy("Waiting in person"),
            (Status.GOING, Mode.ONLINE): gettext_lazy("Going online"),
            (Status.WAITING, Mode.ONLINE): gettext_lazy("Waiting online"),
        }[(status, mode)],
        sort_key=f"{status}_{mode}",
    )


# The registration's own pages: (URL name, label, icon).
REGISTRATION_PAGES = [
    ("attendees", gettext_lazy("Attendees"), "group"),
    ("check_in", gettext_lazy("Check-in"), "tick"),
    ("message", gettext_lazy("Message attendees"), "mail"),
    ("cancel_event", gettext_lazy("Cancel the event"), "warning"),
]


# Attendees


class RegistrationPageMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """A page about one registration, for those who may change registrations."""

    model = Registration
    permission_required = "change"
    header_icon = "group"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # The services know the secretariat by its Nexus account, as in Nexus.
        request.nexus_profile = nexus_profile(request.user)

    @cached_property
    def registration(self):
        return get_object_or_404(Registration.objects.select_related("event"), pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return self.registration.event.title

    def get_header_title(self):
        return f"{self.get_page_title()}: {self.registration.event.title}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("nexus_event_registrations:index"),
                "label": _("Event registrations"),
            },
            {
                "url": reverse("nexus_event_registrations:edit", args=[self.registration.pk]),
                "label": self.registration.event.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def url(self, name, *args):
        return reverse(f"nexus_event_registrations:{name}", args=[self.registration.pk, *args])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            registration=self.registration,
            attendees_url=self.url("attendees"),
            **kwargs,
        )


def country_name(code):
    return countries.name(code) if code else _("No country (registered from the public)")


ANY = gettext_lazy("Any")


class AttendeeFilterSet(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Answer"), choices=Status.choices, empty_label=ANY
    )
    mode = django_filters.ChoiceFilter(
        label=gettext_lazy("Attends"), choices=Mode.choices, empty_label=ANY
    )
    organisation = django_filters.ChoiceFilter(label=gettext_lazy("Organisation"), empty_label=ANY)
    country = django_filters.ChoiceFilter(
        label=gettext_lazy("Country"), field_name="profile__member__country", empty_label=ANY
    )

    def __init__(self, data=None, *args, registration, **kwargs):
        super().__init__(data, *args, **kwargs)
        answered = registration.attendances.order_by()
        organisations = answered.values_list("organisation", flat=True).distinct()
        self.filters["organisation"].extra["choices"] = [
            (name, name) for name in sorted(organisations) if name
        ]
        codes = answered.filter(profile__member__isnull=False).values_list(
            "profile__member__country", flat=True
        )
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in set(codes)), key=lambda item: item[1]
        )


class AttendeeListView(RegistrationPageMixin, TemplateView):
    template_name = "extranet/events/admin/attendees.html"
    page_title = gettext_lazy("Attendees")

    @cached_property
    def filters(self):
        return AttendeeFilterSet(
            self.request.GET or None,
            queryset=services.attendee_list(self.registration),
            registration=self.registration,
        )

    @cached_property
    def questions(self):
        return list(self.registration.questions.all())

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            make = exports.csv_response if export == "csv" else exports.xlsx_response
            return make(self.registration, self.filters.qs, self.questions)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        attendances = self.filters.qs
        rows = [
            (
                attendance,
                [(attendance.answers or {}).get(str(q.pk), "") for q in self.questions],
            )
            for attendance in attendances
        ]
        query = self.request.GET.copy()
        query.pop("export", None)
        return super().get_context_data(
            filters=self.filters,
            questions=self.questions,
            rows=rows,
            by_organisation=services.counts_by(attendances, "organisation"),
            by_country=[
                (country_name(code), people)
                for code, people in services.counts_by(attendances, "profile__member__country")
            ],
            taken=services.places_taken(self.registration),
            export_query=query.urlencode(),
            add_url=self.url("add_attendee"),
            check_in_url=self.url("check_in"),
            message_url=self.url("message"),
            **kwargs,
        )


class ProfileChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, profile):
        organisation = profile.member.name if profile.member_id else _("Secretariat")
        return f"{profile.display_name} ({organisation})"


class AddAttendeeForm(forms.Form):
    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["profile"] = ProfileChoiceField(
            label=_("Person"),
            queryset=services.addable_profiles(registration),
            help_text=_("Nexus accounts that have not answered yet."),
        )
        modes = registration.modes()
        if len(modes) > 1:
            self.fields["mode"] = forms.ChoiceField(
                label=_("Attends"),
                choices=[(mode, Mode(mode).label) for mode in modes],
                widget=forms.RadioSelect,
            )


class AddAttendeeView(RegistrationPageMixin, FormView):
    form_class = AddAttendeeForm
    template_name = "extranet/events/admin/form.html"
    page_title = gettext_lazy("Add an attendee")
    header_icon = "plus"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "registration": self.registration}

    def get_context_data(self, **kwargs):
        return super().get_context_data(submit_label=_("Add to the list"), **kwargs)

    def form_valid(self, form):
        profile = form.cleaned_data["profile"]
        try:
            attendance = services.add_attendee(
                self.request, self.registration, profile, form.cleaned_data.get("mode")
            )
        except services.Refused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        if attendance.has_place:
            text = _("%(name)s holds a place now; they are told in Nexus.")
        else:
            text = _("The event is full: %(name)s is on the waiting list; they are told in Nexus.")
        messages.success(self.request, text % {"name": attendance.display_name})
        return redirect(self.url("attendees"))


class RemoveAttendeeView(RegistrationPageMixin, TemplateView):
    """Asks first; the place freed goes to the first person waiting."""

    template_name = "extranet/events/admin/remove_attendee.html"
    page_title = gettext_lazy("Remove an attendee")
    header_icon = "bin"

    @cached_property
    def attendance(self):
        return get_object_or_404(
            self.registration.attendances.select_related("profile"), pk=self.kwargs["attendance_pk"]
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(attendance=self.attendance, **kwargs)

    def post(self, request, *args, **kwargs):
        name = self.attendance.display_name
        services.remove_attendee(request, self.attendance)
        messages.success(request, _("%(name)s is off the list.") % {"name": name})
        return redirect(self.url("attendees"))


class CancelEventView(RegistrationPageMixin, TemplateView):
    """Asks first: everyone expecting to come is told, and their calendars drop the event."""

    template_name = "extranet/events/admin/cancel_event.html"
    page_title = gettext_lazy("Cancel the event")
    header_icon = "warning"

    def post(self, request, *args, **kwargs):
        try:
            services.cancel_event(request, self.registration)
        except services.Refused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("The event is cancelled; its attendees are told."))
        return redirect(self.url("attendees"))


# Check-in on the day


class CheckInSearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Name or organisation"), required=False, max_length=SEARCH_MAX_LENGTH
    )


class CheckInForm(CheckInSearchForm):
    """One button: check the person in, or undo it (`present` off); the search is kept."""

    attendance = forms.IntegerField(min_value=1)
    present = forms.BooleanField(required=False)


class CheckInView(RegistrationPageMixin, TemplateView):
    """People holding a place, found by name or organisation, each with one big button."""

    template_name = "extranet/events/admin/check_in.html"
    page_title = gettext_lazy("Check-in")
    header_icon = "tick"

    def get_context_data(self, **kwargs):
        search = CheckInSearchForm(self.request.GET)
        holding = services.attendee_list(self.registration).holding_places()
        found = holding
        words = search.cleaned_data["q"].strip() if search.is_valid() else ""
        if words:
            found = holding.filter(Q(name__icontains=words) | Q(organisation__icontains=words))
        return super().get_context_data(
            search=search,
            words=words,
            attendances=found,
            expected=holding.count(),
            checked_in=holding.filter(checked_in_at__isnull=False).count(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = CheckInForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest(_("Choose someone to check in."))
        attendance = get_object_or_404(
            self.registration.attendances.holding_places(), pk=form.cleaned_data["attendance"]
        )
        services.check_in(request, attendance, present=form.cleaned_data["present"])
        target = self.url("check_in")
        if form.cleaned_data["q"]:
            target += "?" + urlencode({"q": form.cleaned_data["q"]})
        return redirect(f"{target}#attendee-{attendance.pk}")


# Messages to attendees


class MessageAttendeesForm(forms.Form):
    recipients = forms.ChoiceField(label=gettext_lazy("To"), widget=forms.RadioSelect)
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=SUBJECT_MAX_LENGTH)
    body = RichTextField(label=gettext_lazy("Message"))

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        members = registration.attendances.filter(profile__isnull=False)
        holding = members.holding_places().count()
        waiting = members.waiting().count()
        self.fields["recipients"].choices = [
            (
                services.HOLDING_PLACES,
                _("Everyone holding a place (%(count)d with a Nexus account)") % {"count": holding},
            ),
            (
                services.WAITING_LIST,
                _("The waiting list (%(count)d with a Nexus account)") % {"count": waiting},
            ),
        ]
        self.fields["recipients"].help_text = _(
            "Each person receives the message in a conversation of their own in Nexus and is "
            "notified. People registered from the public have no account: write to them by "
            "e-mail (their addresses are in the export)."
        )


class MessageAttendeesView(RegistrationPageMixin, FormView):
    form_class = MessageAttendeesForm
    template_name = "extranet/events/admin/form.html"
    page_title = gettext_lazy("Message attendees")
    header_icon = "mail"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "registration": self.registration}

    def get_context_data(self, **kwargs):
        return super().get_context_data(submit_label=_("Send the message"), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            broadcast = services.message_attendees(
                self.request,
                self.registration,
                data["recipients"],
                subject=data["subject"],
                body=data["body"],
            )
        except services.Refused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        count = broadcast.deliveries.count()
        messages.success(
            self.request,
            ngettext(
                "The message is on its way to %(count)d person.",
                "The message is on its way to %(count)d people.",
                count,
            )
            % {"count": count},
        )
        return redirect(self.url("attendees"))


class RegistrationViewSet(ModelViewSet):
    model = Registration
    url_prefix = "nexus/event-registrations"
    url_namespace = "nexus_event_registrations"
    icon = "date"
    menu_label = gettext_lazy("Event registrations")
    menu_hook = NEXUS_ADMIN_MENU_HOOK
    menu_order = 40
    index_view_class = RegistrationIndexView
    add_view_class = RegistrationCreateView
    edit_view_class = RegistrationEditView
    search_fields = ["event__title"]
    search_backend_name = None  # the database: registrations are not in the admin's index
    list_display = [
        "event",
        Column(
            "date",
            label=gettext_lazy("Date"),
            accessor=lambda registration: registration.event.date_text(),
            sort_key="event__starts_on",
        ),
        Column(
            "audience",
            label=gettext_lazy("Audience"),
            accessor="audience_text",
            sort_key="audience",
        ),
        *(
            counted(status, mode)
            for mode in Mode.values
            for status in (Status.GOING, Status.WAITING)
        ),
    ]
    list_filter = ["audience", "is_open"]
    list_per_page = 50
    copy_view_enabled = False
    add_to_reference_index = False
    edit_handler = ObjectList(
        [
            FieldPanel("event", widget=forms.Select),
            MultiFieldPanel(
                [FieldPanel("audience"), FieldPanel("group")],
                heading=gettext_lazy("Audience"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("is_open"),
                    FieldPanel("deadline"),
                    FieldRowPanel(
                        [FieldPanel("in_person_capacity"), FieldPanel("online_capacity")]
                    ),
                    FieldPanel("colleagues_allowed"),
                    FieldPanel("public_registration"),
                ],
                heading=gettext_lazy("Answers and places"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("join_url"),
                    FieldPanel("join_passcode"),
                    FieldPanel("join_instructions"),
                ],
                heading=gettext_lazy("Joining details (only for those holding a place)"),
            ),
            InlinePanel(
                "questions",
                heading=gettext_lazy("Questions to attendees"),
                label=gettext_lazy("Question"),
            ),
        ],
        base_form_class=RegistrationForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/attendees/", AttendeeListView.as_view(), name="attendees"),
            path("<int:pk>/attendees/add/", AddAttendeeView.as_view(), name="add_attendee"),
            path(
                "<int:pk>/attendees/<int:attendance_pk>/remove/",
                RemoveAttendeeView.as_view(),
                name="remove_attendee",
            ),
            path("<int:pk>/check-in/", CheckInView.as_view(), name="check_in"),
            path("<int:pk>/message/", MessageAttendeesView.as_view(), name="message"),
            path("<int:pk>/cancel/", CancelEventView.as_view(), name="cancel_event"),
        ]
