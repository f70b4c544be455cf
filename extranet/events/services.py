"""Every change to event registrations: members' answers, colleagues they add, the waiting
list and its promotions, the secretariat's additions, removals and check-ins.

Places are never given beyond the capacity, however many people answer at the same moment:
every change of who holds a place locks the event's registration row first (SELECT … FOR
UPDATE), so answers to one event are decided one after the other, in the order they arrive,
while answers to different events do not wait for each other."""

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction

from events.models import EventPage
from extranet.core import search
from extranet.core import services as core
from extranet.core.models import Profile
from extranet.groups import services as groups
from extranet.messaging import services as messaging
from foundation.addresses import absolute_url
from foundation.clients import exceeds_hourly_limit
from foundation.locales import locale_for
from foundation.tasks import enqueue_after_commit
from foundation.translations import in_language_or_default

from .models import (
    ANSWERS,
    Attendance,
    AttendeeSettings,
    Audience,
    Mode,
    Registration,
    Status,
    new_calendar_token,
)

Refused = core.Refused

# Entries of the registration's history (Wagtail's log), registered in wagtail_hooks.py.
ANSWER_ACTION = "nexus.event_answer"
ADD_ACTION = "nexus.event_attendee_added"
REMOVE_ACTION = "nexus.event_attendee_removed"


# Reading


def registration_of(page):
    """The registration of an event page, whichever translation of it is given."""
    return (
        Registration.objects.filter(event__translation_key=page.translation_key)
        .select_related("event", "group")
        .first()
    )


def visible_registrations(profile):
    """The registrations of the events this person may see in Nexus: every event for the
    secretariat; public and members' events, and those of their groups, for members."""
    registrations = Registration.objects.filter(event__live=True)
    if profile.is_secretariat:
        return registrations
    return registrations.filter(
        Q(audience__in=(Audience.PUBLIC, Audience.MEMBERS))
        | Q(audience=Audience.GROUP, group__in=groups.group_ids_of(profile.user_id))
    )


def may_see(profile, registration):
    if profile.is_secretariat or registration.audience != Audience.GROUP:
        return True
    return registration.group is not None and (
        groups.membership_of(registration.group, profile.user_id) is not None
    )


def require_visible(profile, registration):
    if registration is None or not registration.event.live or not may_see(profile, registration):
        raise PermissionDenied


def localized_event(registration, locale=None):
    """The event's page in the reader's language, or in the default one."""
    if locale is None:
        return registration.event
    pages = EventPage.objects.live().filter(translation_key=registration.event.translation_key)
    return in_language_or_default(pages, locale).first() or registration.event


def attendance_of(registration, profile):
    return (
        Attendance.objects.filter(registration=registration, profile=profile)
        .select_related("added_by")
        .first()
    )


def places_taken(registration):
    """{mode: places held}, counted in one query."""
    counts = dict.fromkeys(Mode.values, 0)
    rows = registration.attendances.holding_places().values("mode").annotate(taken=Count("pk"))
    counts.update({row["mode"]: row["taken"] for row in rows})
    return counts


def places_left(registration, mode, taken=None):
    """How many places of that mode are free; None when there is no limit."""
    capacity = registration.capacity_of(mode)
    if capacity is None:
        return None
    taken = places_taken(registration) if taken is None else taken
    return max(capacity - taken[mode], 0)


def waiting_position(attendance):
    """1 for the first person waiting for a place of their mode."""
    if attendance.status != Status.WAITING:
        return None
    return (
        with_waiting_positions(Attendance.objects.filter(pk=attendance.pk))
        .values_list("position", flat=True)
        .get()
    )


def sees_joining_details(profile, registration, attendance=None):
    """The joining link and passcode are for people holding a place (and the secretariat)."""
    if profile.is_secretariat:
        return True
    if attendance is None:
        attendance = attendance_of(registration, profile)
    return attendance is not None and attendance.has_place


def why_closed(registration, now=None):
    """Why answers cannot be given or changed now, or "" when they can."""
    now = now or timezone.now()
    event = registration.event
    if registration.cancelled_at:
        return _("This event is cancelled.")
    if event.starts_on is None or event.is_month_only:
        return _("Registration opens once the date of the event is set.")
    if event.ends_at and event.ends_at < now:
        return _("This event is over.")
    if not registration.is_open:
        return _("Registration is closed.")
    if registration.deadline and registration.deadline < now:
        return _("The deadline for answers has passed.")
    return ""


def colleagues_to_add(profile, registration):
    """Colleagues of the person's organisation who have not answered yet."""
    if not (registration.colleagues_allowed and profile.member_id):
        return Profile.objects.none()
    answered = Attendance.objects.filter(registration=registration, profile=OuterRef("pk"))
    return (
        Profile.objects.visible()
        .filter(member_id=profile.member_id)
        .exclude(pk=profile.pk)
        .exclude(Exists(answered))
        .order_by("name")
    )


def settings_of(profile):
    settings, _created = AttendeeSettings.objects.get_or_create(profile=profile)
    return settings


# Answering


def event_url(registration):
    return reverse("nexus:event", args=[registration.pk])


def answer(request, registration, status, *, mode=None, answers=None, for_profile=None):
    """The signed-in person answers (or answers for a colleague of their organisation).
    "going" gives a place, or a position on the waiting list when the mode is full; leaving a
    place gives it to the first person waiting. Returns the attendance."""
    profile = request.nexus_profile
    attendee = for_profile or profile
    require_visible(profile, registration)
    if status not in ANSWERS:
        raise Refused(_("Choose going, maybe or not going."))
    if for_profile is not None and for_profile.pk != profile.pk:
        if not registration.colleagues_allowed or for_profile.member_id != profile.member_id:
            raise PermissionDenied
        require_visible(for_profile, registration)
    reason = why_closed(registration)
    if reason:
        raise Refused(reason)
    mode = chosen_mode(registration, mode)
    with transaction.atomic():
        attendance = place_answer(
            registration,
            attendee,
            status,
            mode,
            answers,
            added_by=profile if attendee.pk != profile.pk else None,
        )
    if attendee.pk != profile.pk:
        core.notify(
            attendee.user,
            "event_registered_by_colleague",
            url=event_url(registration),
            person=profile.display_name,
            event=registration.event.title,
        )
    log(registration, ANSWER_ACTION, user=request.user, data={"status": attendance.status})
    return attendance


def chosen_mode(registration, mode):
    modes = registration.modes()
    if mode in modes:
        return mode
    if len(modes) == 1 or mode is None:
        return modes[0]
    raise Refused(_("Choose how you attend: in person or online."))


def place_answer(registration, attendee, status, mode, answers, added_by=None, attendance=None):
    """Record the answer under the registration's lock; a place it frees goes to the first
    person waiting for one of that mode. A registration from the public (no account) gives
    its attendance instead of an attendee."""
    locked = Registration.objects.select_for_update().get(pk=registration.pk)
    if attendance is not None:
        attendance = Attendance.objects.select_for_update().get(pk=attendance.pk)
    else:
        attendance = (
            Attendance.objects.select_for_update()
            .filter(registration=locked, profile=attendee)
            .first()
        ) or Attendance(registration=locked, profile=attendee, added_by=added_by)
    previous_status, previous_mode = attendance.status, attendance.mode
    if attendee is not None:
        attendance.name = attendee.name
        attendance.email = attendee.user.email
        attendance.organisation = str(attendee.member) if attendee.member_id else _("Secretariat")
    if answers is not None:
        attendance.answers = answers
    keeps_place = previous_status == Status.GOING and previous_mode == mode
    keeps_position = previous_status == Status.WAITING and previous_mode == mode
    attendance.mode = mode
    if status != Status.GOING:
        attendance.status, attendance.waiting_since = status, None
    elif keeps_place:
        pass
    elif keeps_position:
        # Still waiting, unless a place is free (the capacity was raised meanwhile).
        if places_left(locked, mode) != 0:
            attendance.status, attendance.waiting_since = Status.GOING, None
    elif places_left(locked, mode) == 0:
        attendance.status, attendance.waiting_since = Status.WAITING, timezone.now()
    else:
        attendance.status, attendance.waiting_since = Status.GOING, None
    attendance.save()
    if previous_status == Status.GOING and not (attendance.has_place and mode == previous_mode):
        promote_waiting(locked, previous_mode)
    return attendance


def promote_waiting(registration, mode):
    """Give the free places of that mode to those waiting, first come first served, and tell
    them. To be called with the registration locked."""
    free = places_left(registration, mode)
    waiting = registration.attendances.waiting().filter(mode=mode).select_related("profile__user")
    promoted = list(waiting if free is None else waiting[:free])
    for attendance in promoted:
        attendance.status, attendance.waiting_since = Status.GOING, None
        attendance.save(update_fields=["status", "waiting_since", "updated_at"])
        if attendance.profile_id:
            core.notify(
                attendance.profile.user,
                "event_place_given",
                url=event_url(registration),
                event=registration.event.title,
            )
        else:
            send_public_place(attendance)
    return promoted


# The secretariat


def require_secretariat(request):
    """The secretariat's Nexus accounts, and admin users allowed to manage registrations."""
    profile = getattr(request, "nexus_profile", None)
    is_secretariat = profile is not None and profile.is_secretariat
    if not (is_secretariat or request.user.has_perm("nexus_events.change_registration")):
        raise PermissionDenied


# What attendees are told about when the secretariat changes it (their calendars too).
JOINING_FIELDS = ("join_url", "join_passcode", "join_instructions")


def registration_saved(registration, before=None):
    """After the secretariat creates or edits a registration (`before`: its values as they
    were): places added go to those waiting, the page's privacy follows the audience, and
    attendees are told when the joining details changed."""
    capacity_changed(registration)
    if before is not None and any(
        getattr(before, name) != getattr(registration, name) for name in JOINING_FIELDS
    ):
        event_changed(registration)


def capacity_changed(registration):
    """Places added go to those waiting, and the page's privacy follows the audience."""
    with transaction.atomic():
        locked = Registration.objects.select_for_update().get(pk=registration.pk)
        for mode in Mode.values:
            promote_waiting(locked, mode)
        share_audience(locked)


def share_audience(registration):
    """Events for members or a group leave the public site: a view restriction that lets
    nobody in (Wagtail's "private, for these groups" with no group) keeps the page out of
    public listings, feeds, the sitemap and search; Nexus shows it to those invited. The
    restriction goes to every translation (foundation.translated_privacy)."""
    page = registration.event
    restrictions = PageViewRestriction.objects.filter(page=page)
    if registration.is_public:
        ours = restrictions.filter(restriction_type=PageViewRestriction.GROUPS, groups=None)
        for restriction in ours:
            restriction.delete()
    elif not restrictions.exists():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)


def add_attendee(request, registration, profile, mode=None):
    """The secretariat registers someone: a place if one is free, the waiting list if not."""
    require_secretariat(request)
    with transaction.atomic():
        attendance = place_answer(
            registration,
            profile,
            Status.GOING,
            chosen_mode(registration, mode),
            None,
            added_by=getattr(request, "nexus_profile", None),
        )
    core.notify(
        profile.user,
        "event_registered_by_secretariat",
        url=event_url(registration),
        event=registration.event.title,
    )
    log(registration, ADD_ACTION, user=request.user, data={"name": profile.name})
    return attendance


def remove_attendee(request, attendance):
    """The secretariat takes someone off the list; their place goes to the first waiting."""
    require_secretariat(request)
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=attendance.registration_id)
        held = attendance.status == Status.GOING
        attendance.delete()
        if held:
            promote_waiting(registration, attendance.mode)
        if attendance.profile_id:
            core.notify(
                attendance.profile.user,
                "event_removed_by_secretariat",
                url=event_url(registration),
                event=registration.event.title,
            )
    log(
        registration,
        REMOVE_ACTION,
        user=request.user,
        data={"name": attendance.display_name},
    )


def check_in(request, attendance, present=True):
    require_secretariat(request)
    attendance.checked_in_at = timezone.now() if present else None
    attendance.save(update_fields=["checked_in_at", "updated_at"])
    return attendance


# Dashboard


def with_waiting_positions(attendances):
    """Each attendance annotated with `position`, its place on the waiting list (1 for the
    first waiting for its mode; 1 too for those not waiting, which do not show it), in the
    same query."""
    ahead = (
        Attendance.objects.filter(
            registration=OuterRef("registration"), mode=OuterRef("mode"), status=Status.WAITING
        )
        .filter(
            Q(waiting_since__lt=OuterRef("waiting_since"))
            | Q(waiting_since=OuterRef("waiting_since"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("registration")
        .annotate(ahead=Count("pk"))
        .values("ahead")
    )
    return attendances.annotate(position=Coalesce(Subquery(ahead), 0) + 1)


def upcoming_for(profile, limit=5):
    """The person's events to come: those they hold a place for or wait for (with their
    position on the waiting list)."""
    return with_waiting_positions(
        Attendance.objects.filter(
            profile=profile,
            status__in=(Status.GOING, Status.WAITING, Status.MAYBE),
            registration__event__ends_at__gte=timezone.now(),
            registration__cancelled_at__isnull=True,
        )
        .select_related("registration__event")
        .order_by("registration__event__starts_at")
    )[:limit]


def awaiting_answer(profile, limit=5):
    """Events open for answers that the person has not answered yet."""
    answered = Attendance.objects.filter(registration=OuterRef("pk"), profile=profile)
    now = timezone.now()
    return (
        visible_registrations(profile)
        .filter(is_open=True, cancelled_at__isnull=True, event__starts_at__gte=now)
        .exclude(event__date_precision="month")
        .exclude(deadline__lt=now)
        .exclude(Exists(answered))
        .select_related("event")
        .order_by("event__starts_at")[:limit]
    )


def personal_data(user):
    """The person's answers to events, for their data download."""
    return [
        {
            "event": attendance.registration.event.title,
            "starts_at": attendance.registration.event.starts_at.isoformat()
            if attendance.registration.event.starts_at
            else None,
            "answer": attendance.status,
            "attends": attendance.mode,
            "answers": attendance.answers,
            "answered_at": attendance.created_at.isoformat(),
        }
        for attendance in Attendance.objects.filter(profile__user=user).select_related(
            "registration__event"
        )
    ]


# Nexus search


def search_document(registration_id):
    """What Nexus search finds of an event: its title, summary and place, for those who may
    see it (every account for public and members' events; a group's members and the
    secretariat for a group's). Never the joining details. A cancelled or unpublished event,
    or one of a deleted group, is found by nobody."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or not registration.event.live:
        return None
    if registration.audience == Audience.GROUP:
        if registration.group_id is None:
            return None
        audiences = [f"group:{registration.group_id}", "role:secretariat"]
    else:
        audiences = [search.EVERY_ACCOUNT]
    event = registration.event
    return {
        "title": event.title,
        "body": "\n".join(
            part for part in (event.summary, event.venue_and_city(), event.date_text()) if part
        ),
        "url": event_url(registration),
        "created_at": registration.created_at,
        "audiences": audiences,
    }


def searchable_registration_ids():
    return Registration.objects.values_list("pk", flat=True)


def reindex_registration(sender, instance, **kwargs):
    search.reindex_later("event", instance.pk)


def reindex_event_page(sender, instance, **kwargs):
    """An event page published or unpublished, in any language: its registration's document
    follows (its title, its date)."""
    for registration_id in Registration.objects.filter(
        event__translation_key=instance.translation_key
    ).values_list("pk", flat=True):
        search.reindex_later("event", registration_id)


# Calendars, changes and reminders (calendar.py, changes.py, reminders.py)

# Who is told when an event changes or is cancelled: everyone still expecting to come.
TOLD_OF_CHANGES = (Status.GOING, Status.WAITING, Status.MAYBE)
CANCEL_ACTION = "nexus.event_cancelled"


def profile_of_calendar_token(token):
    """The open account whose personal calendar feed has this secret address, or None."""
    settings = (
        AttendeeSettings.objects.filter(calendar_token=token)
        .select_related("profile__user", "profile__member")
        .first()
    )
    if settings is None or not settings.profile.has_access:
        return None
    return settings.profile


def change_event_settings(request, *, reminders):
    settings = settings_of(request.nexus_profile)
    settings.reminders = reminders
    settings.save(update_fields=["reminders"])
    return settings


def renew_calendar_token(request):
    """A new secret address for the person's calendar feed: the old one stops working."""
    settings = settings_of(request.nexus_profile)
    settings.calendar_token = new_calendar_token()
    settings.save(update_fields=["calendar_token"])
    return settings


def calendar_url(registration):
    return reverse("nexus:event_calendar", args=[registration.pk])


def bump_sequence(registration):
    """Attendees' calendar files of this event replace the ones they have (SEQUENCE)."""
    Registration.objects.filter(pk=registration.pk).update(sequence=F("sequence") + 1)
    registration.refresh_from_db(fields=["sequence"])


def tell_attendees(registration, kind):
    """Notify everyone expecting to come (going, waiting, maybe) that the event changed or is
    cancelled, with the address of their updated calendar file (the notification e-mail is
    plain text, so the file is linked rather than attached)."""
    event = registration.event
    attendances = registration.attendances.filter(
        status__in=TOLD_OF_CHANGES, profile__isnull=False, profile__closed_at__isnull=True
    ).select_related("profile__user")
    for attendance in attendances:
        core.notify(
            attendance.profile.user,
            kind,
            url=event_url(registration),
            event=event.title,
            calendar=absolute_url(calendar_url(registration)),
        )


@task()
def tell_attendees_task(registration_id, kind):
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is not None:
        tell_attendees(registration, kind)


def event_changed(registration):
    """The event's page was published with another date, time, venue or online access."""
    with transaction.atomic():
        bump_sequence(registration)
        enqueue_after_commit(tell_attendees_task, registration.pk, "event_changed")


def cancel_event(request, registration):
    """The secretariat cancels the event: answers close, calendar files say it is cancelled,
    and everyone expecting to come is told."""
    require_secretariat(request)
    if registration.cancelled_at:
        raise Refused(_("This event is cancelled already."))
    with transaction.atomic():
        locked = Registration.objects.select_for_update().get(pk=registration.pk)
        locked.cancelled_at = timezone.now()
        locked.sequence += 1
        locked.save(update_fields=["cancelled_at", "sequence", "updated_at"])
        enqueue_after_commit(tell_attendees_task, locked.pk, "event_cancelled")
    registration.cancelled_at, registration.sequence = locked.cancelled_at, locked.sequence
    log(registration, CANCEL_ACTION, user=request.user)
    return registration


# The secretariat's screens in the Wagtail admin


def registrations_with_counts(registrations=None):
    """Registrations with the places held and the people waiting per mode, counted by the
    query that lists them."""
    registrations = Registration.objects.all() if registrations is None else registrations
    counts = {
        f"{status}_{mode}": Count(
            "attendances", filter=Q(attendances__status=status, attendances__mode=mode)
        )
        for status in (Status.GOING, Status.WAITING)
        for mode in Mode.values
    }
    return registrations.select_related("event", "group").annotate(**counts)


def attendee_list(registration):
    """Everyone who answered, with what the list shows of them, in one query."""
    return registration.attendances.select_related("profile__member", "profile__user").order_by(
        "name", "pk"
    )


def counts_by(attendances, field):
    """[(value, how many)] of the attendances, the largest first."""
    rows = (
        attendances.order_by().values(field).annotate(people=Count("pk")).order_by("-people", field)
    )
    return [(row[field], row["people"]) for row in rows]


def addable_profiles(registration):
    """Nexus accounts that have not answered this event yet."""
    answered = Attendance.objects.filter(registration=registration, profile=OuterRef("pk"))
    return (
        Profile.objects.visible()
        .exclude(Exists(answered))
        .select_related("member")
        .order_by("name")
    )


HOLDING_PLACES, WAITING_LIST = "holding", "waiting"


def message_attendees(request, registration, recipients, *, subject, body):
    """A message of the secretariat to those holding a place or to the waiting list, through
    the messaging capability (one conversation per person). People registered from the
    public have no account and are not reached. Returns the broadcast."""
    require_secretariat(request)
    attendances = registration.attendances.filter(profile__isnull=False)
    if recipients == WAITING_LIST:
        attendances = attendances.waiting()
    else:
        attendances = attendances.holding_places()
    people = list(Profile.objects.filter(pk__in=attendances.values("profile_id")))
    return messaging.send_broadcast(request, people=people, subject=subject, body=body)


# Registrations from the public


class AlreadyRegistered(Refused):
    """The address is registered for the event already (nothing else is said about it)."""


def public_registration_refusal(registration, now=None):
    """Why visitors cannot register for the event now, or "" when they can."""
    if not (registration.is_public and registration.public_registration):
        return _("This event takes no registrations from the public.")
    return why_closed(registration, now)


def publicly_registrable(registration):
    """Whether the event's public registration form exists: a public event, its page live and
    open to anyone, taking registrations from the public."""
    return (
        registration.is_public
        and registration.public_registration
        and EventPage.objects.live().public().filter(pk=registration.event_id).exists()
    )


def public_registrations_exceeded(request):
    """Whether the connection sent the public registration form too often this hour; this
    submission counts."""
    return exceeds_hourly_limit(
        request, "events:public-registrations", settings.EVENT_PUBLIC_REGISTRATIONS_PER_HOUR
    )


def confirmation_digest(token):
    """The database keeps only this of a confirmation link's token."""
    return hashlib.sha256(token.encode()).hexdigest()


def register_public(request, registration, *, name, email, organisation, mode=None, answers=None):
    """A visitor registers with their name and e-mail address: no place yet, only a
    confirmation link by e-mail; the place (or the waiting list) comes when they open it."""
    reason = public_registration_refusal(registration)
    if reason:
        raise Refused(reason)
    mode = chosen_mode(registration, mode)
    email = email.strip().lower()
    already = _(
        "This e-mail address is already registered for this event. The confirmation link "
        "was sent to it when it was registered."
    )
    if Attendance.objects.filter(
        registration=registration, profile=None, email__iexact=email
    ).exists():
        raise AlreadyRegistered(already)
    token = secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            attendance = Attendance.objects.create(
                registration=registration,
                name=name,
                email=email,
                organisation=organisation,
                status=Status.UNCONFIRMED,
                mode=mode,
                answers=answers or {},
                confirmation_token=confirmation_digest(token),
                language=translation.get_language() or settings.LANGUAGE_CODE,
            )
    except IntegrityError:  # the same address, registered at the same moment
        raise AlreadyRegistered(already) from None
    send_public_confirmation(request, attendance, token)
    return attendance


def public_attendance_for(token):
    """The registration from the public a confirmation link names, or None."""
    if not token or len(token) > 100:
        return None
    return (
        Attendance.objects.filter(profile=None, confirmation_token=confirmation_digest(token))
        .select_related("registration__event")
        .first()
    )


def confirm_public(attendance):
    """The visitor opened their confirmation link and confirms: a place if one is free, the
    waiting list if not, decided under the registration's lock like members' answers. Opened
    again, it changes nothing. The joining details go by e-mail to those holding a place."""
    if attendance.status != Status.UNCONFIRMED:
        return attendance
    registration = attendance.registration
    reason = why_closed(registration)
    if reason:
        raise Refused(reason)
    with transaction.atomic():
        attendance = place_answer(
            registration, None, Status.GOING, attendance.mode, None, attendance=attendance
        )
    if attendance.has_place:
        send_public_place(attendance)
    return attendance


def send_public_confirmation(request, attendance, token):
    """The confirmation link, in the language the visitor registered in."""
    registration = attendance.registration
    language = attendance.language or settings.LANGUAGE_CODE
    with translation.override(language):
        event = localized_event(registration, locale_for(language))
        link = absolute_url(reverse("event_public_confirmation", args=[token]), request)
        body = render_to_string(
            "extranet/events/email/public_confirmation.txt",
            {"attendance": attendance, "event": event, "link": link},
        )
        subject = _("Confirm your registration for %(event)s") % {"event": event.title}
    send_mail(subject, body, None, [attendance.email])


def send_public_place(attendance):
    """Tell a visitor they hold a place, with the joining details (theirs now)."""
    registration = attendance.registration
    language = attendance.language or settings.LANGUAGE_CODE
    with translation.override(language):
        event = localized_event(registration, locale_for(language))
        body = render_to_string(
            "extranet/events/email/public_place.txt",
            {
                "attendance": attendance,
                "event": event,
                "registration": registration,
                "event_url": event.get_full_url(),
            },
        )
        subject = _("You have a place at %(event)s") % {"event": event.title}
    send_mail(subject, body, None, [attendance.email])
