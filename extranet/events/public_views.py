"""Registration for public events by visitors without an account, outside Nexus: a form on
the public site, then a confirmation link by e-mail that gives the place (or the waiting list).
Neither page is ever cached: each carries its own form token and answers one person."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from foundation.locales import active_locale

from . import services
from .models import Registration, Status
from .public_forms import PublicRegistrationForm

TOO_MANY = 429


def publicly_registrable_or_404(pk):
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None or not services.publicly_registrable(registration):
        raise Http404
    return registration


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, pk):
    registration = publicly_registrable_or_404(pk)
    event = services.localized_event(registration, active_locale())
    refusal = services.public_registration_refusal(registration)
    form = PublicRegistrationForm(registration, request.POST or None)
    context = {"registration": registration, "event": event, "closed": refusal, "form": form}
    if request.method != "POST" or refusal:
        return render(request, "extranet/events/public_registration.html", context)
    if services.public_registrations_exceeded(request):
        form.is_valid()  # what was typed is shown again, with its own errors
        context["error"] = _(
            "Too many registrations were sent from your connection. Please try again in an "
            "hour; what you typed is kept below."
        )
        return render(request, "extranet/events/public_registration.html", context, status=TOO_MANY)
    if form.is_valid():
        if form.is_from_a_robot():
            # Told what a person is told, so that it learns nothing; nothing is recorded.
            return registration_sent(request, event, form.cleaned_data["email"])
        try:
            services.register_public(
                request,
                registration,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                organisation=form.cleaned_data["organisation"],
                mode=form.cleaned_data.get("mode"),
                answers=form.answers(),
            )
        except services.AlreadyRegistered as refusal:
            form.add_error("email", str(refusal))
        except services.Refused as refusal:
            form.add_error(None, str(refusal))
        else:
            return registration_sent(request, event, form.cleaned_data["email"])
    return render(request, "extranet/events/public_registration.html", context)


def registration_sent(request, event, email):
    return render(
        request,
        "extranet/events/public_registration_sent.html",
        {"event": event, "email": email},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link of the confirmation mail: the event and a button (mail programs that open
    links to check them confirm nothing); the place or the waiting list once pressed."""
    attendance = services.public_attendance_for(token)
    if attendance is None:
        return render(request, "extranet/events/public_confirmation.html", {}, status=404)
    registration = attendance.registration
    error = ""
    if request.method == "POST":
        try:
            attendance = services.confirm_public(attendance)
        except services.Refused as refusal:
            error = str(refusal)
    context = {
        "attendance": attendance,
        "event": services.localized_event(registration, active_locale()),
        "error": error,
        "unconfirmed": attendance.status == Status.UNCONFIRMED,
        "position": services.waiting_position(attendance),
    }
    return render(request, "extranet/events/public_confirmation.html", context)
