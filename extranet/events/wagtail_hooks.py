from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import services
from .viewsets import RegistrationViewSet


@hooks.register("register_log_actions")
def registration_log_actions(actions):
    actions.register_action(services.ANSWER_ACTION, _("Answer"), _("Answered the invitation"))
    actions.register_action(services.ADD_ACTION, _("Add an attendee"), _("Added an attendee"))
    actions.register_action(
        services.REMOVE_ACTION, _("Remove an attendee"), _("Removed an attendee")
    )


@hooks.register("register_log_actions")
def calendar_log_actions(actions):
    actions.register_action(services.CANCEL_ACTION, _("Cancel the event"), _("Cancelled the event"))


@hooks.register("register_admin_viewset")
def register_registrations_viewset():
    return RegistrationViewSet()


@hooks.register("event_page_registration")
def registration_note(page):
    """On the public page of an event: how to register. The same for every reader (the page
    is cached for anonymous visitors), and never the joining details."""
    registration = services.registration_of(page)
    if registration is None or not registration.is_public:
        return ""
    return render_to_string(
        "extranet/events/public_note.html",
        {
            "registration": registration,
            "closed": services.why_closed(registration),
            "takes_public": registration.public_registration,
        },
    )
