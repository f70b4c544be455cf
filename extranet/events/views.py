"""Events in Nexus: the list of those a member may see, an event with the member's answer,
their place or position on the waiting list, and the joining details once they have a place.
An event the person may not see is "not found"."""

from functools import wraps

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from extranet.core.access import nexus_view
from foundation.addresses import absolute_url
from foundation.locales import active_locale

from . import calendar, services
from .filters import EventFilter
from .forms import AnswerForm, ColleagueForm
from .models import Attendance, Status
from .times import times_of

EVENTS_PER_PAGE = 20


def registration_or_404(request, pk):
    registration = (
        services.visible_registrations(request.nexus_profile)
        .select_related("event", "group")
        .filter(pk=pk)
        .first()
    )
    if registration is None:
        raise Http404
    return registration


def events_shortcut(request):
    profile = request.nexus_profile
    return {
        "upcoming": list(services.upcoming_for(profile)),
        "awaiting": list(services.awaiting_answer(profile)),
    }


@nexus_view()
def events(request):
    profile = request.nexus_profile
    mine = Attendance.objects.filter(registration=OuterRef("pk"), profile=profile)
    registrations = services.visible_registrations(profile).annotate(
        my_status=Subquery(mine.values("status")[:1])
    )
    found = EventFilter(request.GET, queryset=registrations)
    page = Paginator(found.qs.select_related("event"), EVENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "extranet/events/registration_list.html",
        {"form": found.form, "registrations": page, "query": query.urlencode()},
    )


def answer_form(registration, attendance, data=None):
    questions = registration.questions.all()
    initial = {}
    if attendance:
        shown = Status.GOING if attendance.status == Status.WAITING else attendance.status
        initial = {"status": shown, "mode": attendance.mode}
        initial |= {f"question_{key}": value for key, value in attendance.answers.items()}
    return AnswerForm(registration, data, questions=questions, initial=initial)


@nexus_view()
def event(request, pk):
    registration = registration_or_404(request, pk)
    profile = request.nexus_profile
    attendance = services.attendance_of(registration, profile)
    form = answer_form(registration, attendance)
    if request.method == "POST":
        form = answer_form(registration, attendance, request.POST)
        if form.is_valid():
            try:
                attendance = services.answer(
                    request,
                    registration,
                    form.cleaned_data["status"],
                    mode=form.cleaned_data.get("mode"),
                    answers=form.answers(),
                )
            except services.Refused as refusal:
                messages.error(request, str(refusal))
            else:
                messages.success(request, answer_message(attendance))
                return redirect("nexus:event", registration.pk)
    return render(
        request,
        "extranet/events/registration_detail.html",
        detail_context(request, registration, attendance, form),
    )


def answer_message(attendance):
    if attendance.status == Status.WAITING:
        return _("The event is full: you are on the waiting list, number %(position)d.") % {
            "position": services.waiting_position(attendance)
        }
    if attendance.status == Status.GOING:
        return _("You are going. See you there!")
    return _("Your answer is saved.")


def detail_context(request, registration, attendance, form, colleague_form=None):
    profile = request.nexus_profile
    taken = services.places_taken(registration)
    places = [
        {
            "mode": mode,
            "capacity": registration.capacity_of(mode),
            "taken": taken[mode],
            "left": services.places_left(registration, mode, taken),
        }
        for mode in registration.modes()
    ]
    colleagues = services.colleagues_to_add(profile, registration)
    if colleague_form is None and registration.colleagues_allowed:
        colleague_form = ColleagueForm(colleagues, registration)
    return {
        "registration": registration,
        "event": services.localized_event(registration, active_locale()),
        "attendance": attendance,
        "position": services.waiting_position(attendance) if attendance else None,
        "form": form,
        "closed": services.why_closed(registration),
        "places": places,
        "times": times_of(registration.event, profile.time_zone),
        "sees_joining_details": services.sees_joining_details(profile, registration, attendance),
        "colleague_form": colleague_form if colleagues.exists() else None,
        "added_colleagues": registration.attendances.filter(added_by=profile)
        .exclude(profile=profile)
        .select_related("profile"),
        "language": get_language(),
    }


@require_POST
@nexus_view()
def add_colleague(request, pk):
    registration = registration_or_404(request, pk)
    profile = request.nexus_profile
    colleagues = services.colleagues_to_add(profile, registration)
    form = ColleagueForm(colleagues, registration, request.POST)
    if form.is_valid():
        colleague = form.cleaned_data["colleague"]
        try:
            attendance = services.answer(
                request,
                registration,
                Status.GOING,
                mode=form.cleaned_data.get("mode"),
                for_profile=colleague,
            )
        except services.Refused as refusal:
            messages.error(request, str(refusal))
        else:
            if attendance.status == Status.WAITING:
                message = _("%(name)s is on the waiting list.")
            else:
                message = _("%(name)s is registered and told so.")
            messages.success(request, message % {"name": colleague.display_name})
            return redirect("nexus:event", registration.pk)
    attendance = services.attendance_of(registration, profile)
    context = detail_context(
        request, registration, attendance, answer_form(registration, attendance), form
    )
    return render(request, "extranet/events/registration_detail.html", context)


# Calendars and reminders


def calendar_response(text, filename):
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@nexus_view()
def event_calendar(request, pk):
    """The event's .ics for the signed-in member, with the joining details once they have a
    place. Events with only a month known have none."""
    registration = registration_or_404(request, pk)
    if not calendar.has_calendar(registration.event):
        raise Http404
    profile = request.nexus_profile
    attendance = services.attendance_of(registration, profile)
    text = calendar.attendee_calendar(
        registration,
        services.localized_event(registration, active_locale()),
        with_joining=services.sees_joining_details(profile, registration, attendance),
        status=attendance.status if attendance else None,
    )
    return calendar_response(text, f"{registration.event.slug}.ics")


def calendar_token_view(view):
    """A Nexus address that calendar programs open without a session: the secret token in the
    address stands for the person (request.nexus_profile); an unknown or revoked token, or a
    closed account, is "not found", whoever asks. Marked for the authorization matrix
    (tests/extranet/test_authorization_matrix.py), where the address is open to every role."""

    @wraps(view)
    def wrapped(request, token, *args, **kwargs):
        profile = services.profile_of_calendar_token(token)
        if profile is None:
            raise Http404
        request.nexus_profile = profile
        return view(request, *args, **kwargs)

    wrapped.nexus_roles = ()
    wrapped.nexus_calendar_token = True
    return wrapped


@calendar_token_view
def event_feed(request):
    profile = request.nexus_profile
    return calendar_response(calendar.personal_feed(profile), "wego-events.ics")


class EventSettingsForm(forms.Form):
    reminders = forms.BooleanField(
        label=_("Remind me by e-mail a day and an hour before the events I have a place for"),
        required=False,
    )


@nexus_view()
def event_settings(request):
    profile = request.nexus_profile
    settings = services.settings_of(profile)
    data = request.POST if request.method == "POST" else None
    form = EventSettingsForm(data, initial={"reminders": settings.reminders})
    if request.method == "POST" and form.is_valid():
        services.change_event_settings(request, reminders=form.cleaned_data["reminders"])
        messages.success(request, _("Your event settings are saved."))
        return redirect("nexus:event_settings")
    feed_url = absolute_url(reverse("nexus:event_feed", args=[settings.calendar_token]))
    return render(
        request,
        "extranet/events/event_settings.html",
        {"form": form, "feed_url": feed_url},
    )


@require_POST
@nexus_view()
def renew_event_feed(request):
    services.renew_calendar_token(request)
    messages.success(
        request,
        _("Your calendar feed has a new address: the old one no longer works. Subscribe again."),
    )
    return redirect("nexus:event_settings")
