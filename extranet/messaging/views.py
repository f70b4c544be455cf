"""Messages: the inbox, a conversation, writing one, and the files attached. Only those taking
part in a conversation see it; for anyone else it does not exist (404). Recipient lists (a
member's own exist for them only) and the secretariat's broadcasts."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from extranet.core.access import nexus_view
from extranet.core.attachments import attachment_response
from extranet.core.models import Profile
from extranet.core.roles import SECRETARIAT
from extranet.core.services import Refused

from . import services
from .forms import (
    AddParticipantsForm,
    BroadcastForm,
    ComposeForm,
    PersonalListForm,
    ReplyForm,
    ReportForm,
)

CONVERSATIONS_PER_PAGE = 25
MESSAGES_PER_PAGE = 50
PEOPLE_PER_PAGE = 100
BROADCASTS_PER_PAGE = 25
ACTIONS = {
    "read": lambda part: services.mark_read(part),
    "unread": lambda part: services.mark_unread(part),
    "mute": lambda part: services.set_muted(part, True),
    "unmute": lambda part: services.set_muted(part, False),
    "archive": lambda part: services.set_archived(part, True),
    "unarchive": lambda part: services.set_archived(part, False),
    "leave": lambda part: services.leave(part),
}
ACTION_DONE = {
    "unread": lambda: _("The conversation is marked as unread."),
    "archive": lambda: _("The conversation is archived; it comes back when someone writes."),
    "leave": lambda: _("You left the conversation."),
}


def unread_badge(request):
    """The menu's "Messages" badge: how many conversations have something new."""
    count = services.unread_count(request.user)
    return (
        ngettext("%(count)d unread", "%(count)d unread", count) % {"count": count} if count else ""
    )


def unread_shortcut(request):
    """For the dashboard's shortcut."""
    return {"unread_conversations": services.unread_count(request.user)}


@nexus_view()
def inbox(request):
    archived = request.GET.get("archived") == "1"
    page = Paginator(
        services.inbox(request.user, archived=archived), CONVERSATIONS_PER_PAGE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "extranet/messaging/inbox.html",
        {
            "parts": page,
            "archived": archived,
            "query": "archived=1" if archived else "",
            "unread_count": services.unread_count(request.user),
        },
    )


def ids_from(request, name):
    return [pk for pk in request.GET.getlist(name) if pk.isdigit()][:20]


@nexus_view()
def compose(request):
    form = ComposeForm(
        request.POST or None,
        request.FILES or None,
        sender=request.user,
        initial={
            "people": ids_from(request, "to"),
            "lists": ids_from(request, "list"),
            "secretariat_lists": ids_from(request, "secretariat_list"),
        },
    )
    status = 200
    if request.method == "POST" and "preview" in request.POST:
        return render(
            request, "extranet/messaging/compose.html", {"form": form, **preview(request, form)}
        )
    if request.method == "POST" and form.is_valid():
        try:
            conversation = services.start_conversation(
                request,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                people=form.cleaned_data["people"],
                organisations=form.cleaned_data["organisations"],
                lists=form.chosen_lists(),
                files=form.cleaned_data["attachments"],
            )
        except services.RateLimited as refusal:
            form.add_error(None, str(refusal))
            form.keep_attachments()
            status = 429
        except Refused as refusal:
            form.add_error(None, str(refusal))
            form.keep_attachments()
        else:
            return redirect("nexus:conversation", conversation.pk)
    return render(request, "extranet/messaging/compose.html", {"form": form}, status=status)


def preview(request, form):
    """Who the message would reach, shown before it is sent ("Show recipients"): the form
    comes back with what was typed and the files attached, without asking yet for what only
    sending needs."""
    if form.is_valid():
        form.keep_attachments()
    for name in ("subject", "body"):
        form.errors.pop(name, None)
    cleaned = form.cleaned_data
    reached = services.recipients(
        request.user,
        cleaned.get("people", ()),
        cleaned.get("organisations", ()),
        form.chosen_lists(),
    )
    try:  # a list beyond the hourly limit is told now, not only when sending
        services.check_limits(request, 1, len(reached))
    except services.RateLimited as refusal:
        form.add_error(None, str(refusal))
    profiles = sorted((user.nexus_profile for user in reached), key=lambda p: p.name.casefold())
    return {"preview": profiles}


@nexus_view()
def conversation(request, pk):
    part = services.participation(request.user, pk)
    form = ReplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        services.reply(
            request, part, body=form.cleaned_data["body"], files=form.cleaned_data["attachments"]
        )
        return redirect(f"{request.path}#latest")
    messages_ = services.visible_messages(part)
    paginator = Paginator(messages_, MESSAGES_PER_PAGE)
    # A link to one message (from Nexus search) opens the page that shows it.
    shown = services.page_of_message(messages_, request.GET.get("message", ""), MESSAGES_PER_PAGE)
    page = paginator.get_page(request.GET.get("page") or shown or paginator.num_pages)
    if request.method == "GET" and page.number == paginator.num_pages:
        services.mark_read(part)
    return render(
        request,
        "extranet/messaging/conversation.html",
        {
            "part": part,
            "conversation": part.conversation,
            "conversation_messages": page,
            "participants": services.current_participants(part.conversation),
            "mentionable": services.mentionable(part.conversation),
            "form": form,
        },
    )


@require_POST
@nexus_view()
def conversation_action(request, pk):
    part = services.participation(request.user, pk)
    action = request.POST.get("action", "")
    if action not in ACTIONS:
        return redirect("nexus:conversation", pk)
    ACTIONS[action](part)
    if action in ACTION_DONE:
        messages.success(request, ACTION_DONE[action]())
    if action in ("unread", "archive", "leave"):
        return redirect("nexus:messages")
    return redirect("nexus:conversation", pk)


@nexus_view()
def add_participants(request, pk):
    part = services.participation(request.user, pk)
    form = AddParticipantsForm(request.POST or None, sender=request.user)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            added = services.add_participants(
                request,
                part,
                people=form.cleaned_data["people"],
                organisations=form.cleaned_data["organisations"],
                with_history=form.cleaned_data["with_history"],
            )
        except Refused as refusal:
            form.add_error(None, str(refusal))
            status = 429 if isinstance(refusal, services.RateLimited) else 200
        else:
            messages.success(
                request,
                ngettext("%(count)d person was added.", "%(count)d people were added.", len(added))
                % {"count": len(added)},
            )
            return redirect("nexus:conversation", pk)
    return render(
        request,
        "extranet/messaging/add_participants.html",
        {"form": form, "conversation": part.conversation},
        status=status,
    )


@nexus_view()
def attachment(request, pk):
    return attachment_response(services.attachment_for(request.user, pk))


# Recipient lists


@nexus_view()
def recipient_lists(request):
    """The person's lists and the secretariat's, each with how many accounts it reaches."""
    profile = request.nexus_profile
    return render(
        request,
        "extranet/messaging/recipient_lists.html",
        {
            "personal_lists": [
                (item, services.reached_profiles(item, request.user).count())
                for item in services.personal_lists(request.user)
            ],
            "secretariat_lists": [
                (item, services.reached_profiles(item, request.user).count())
                for item in services.secretariat_lists(profile)
            ],
        },
    )


def edit_personal_list(request, personal_list):
    form = PersonalListForm(
        request.POST or None,
        sender=request.user,
        initial={
            "name": personal_list.name,
            "people": list(personal_list.people.values_list("pk", flat=True)),
            "organisations": list(personal_list.organisations.values_list("pk", flat=True)),
        }
        if personal_list
        else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.save_personal_list(
                request,
                personal_list,
                name=form.cleaned_data["name"],
                people=form.cleaned_data["people"],
                organisations=form.cleaned_data["organisations"],
            )
        except Refused as refusal:
            form.add_error("name", str(refusal))
        else:
            messages.success(request, _("The list “%(name)s” is saved.") % {"name": saved.name})
            return redirect("nexus:recipient_list", saved.pk)
    return render(
        request,
        "extranet/messaging/personal_list_form.html",
        {"form": form, "personal_list": personal_list},
    )


@nexus_view()
def create_list(request):
    return edit_personal_list(request, None)


@nexus_view()
def edit_list(request, pk):
    return edit_personal_list(request, services.personal_list(request.user, pk))


@require_POST
@nexus_view()
def delete_list(request, pk):
    personal_list = services.personal_list(request.user, pk)
    services.delete_personal_list(personal_list)
    messages.success(request, _("The list “%(name)s” is deleted.") % {"name": personal_list.name})
    return redirect("nexus:recipient_lists")


def list_reach_page(request, recipient_list, write_query):
    page = Paginator(
        services.reached_profiles(recipient_list, request.user), PEOPLE_PER_PAGE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "extranet/messaging/list_reach.html",
        {"recipient_list": recipient_list, "people": page, "write_query": write_query},
    )


@nexus_view()
def recipient_list(request, pk):
    personal_list = services.personal_list(request.user, pk)
    return list_reach_page(request, personal_list, f"list={personal_list.pk}")


@nexus_view()
def secretariat_list(request, pk):
    chosen = services.secretariat_list(request.nexus_profile, pk)
    return list_reach_page(request, chosen, f"secretariat_list={chosen.pk}")


# Broadcasts


@nexus_view(roles=SECRETARIAT)
def broadcasts(request):
    page = Paginator(services.broadcasts(), BROADCASTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "extranet/messaging/broadcasts.html", {"broadcasts": page})


@nexus_view(roles=SECRETARIAT)
def new_broadcast(request):
    form = BroadcastForm(
        request.POST or None, initial={"lists": ids_from(request, "secretariat_list")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            broadcast = services.send_broadcast(
                request,
                lists=form.cleaned_data["lists"],
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
            )
        except Refused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request,
                ngettext(
                    "The broadcast reached %(count)d account.",
                    "The broadcast reached %(count)d accounts.",
                    broadcast.deliveries.count(),
                )
                % {"count": broadcast.deliveries.count()},
            )
            return redirect("nexus:broadcasts")
    return render(request, "extranet/messaging/broadcast_form.html", {"form": form})


@nexus_view()
def report_message(request, pk):
    message = services.message_for_report(request.user, pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_message(request, message, **form.cleaned_data)
        except Refused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request,
                _("Thank you: the secretariat will look at the message you reported."),
            )
            return redirect("nexus:conversation", message.conversation_id)
    return render(
        request,
        "extranet/messaging/report_message.html",
        {
            "form": form,
            "message": message,
            "already_reported": services.has_open_report(request.user, message),
        },
    )


def back_or(request, url_name):
    """Where the form came from (a path on this site), or the named page. Only a path: anything
    else (a name, a bare word) would be taken for a view's name by redirect()."""
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, {request.get_host()}, request.is_secure()
    ):
        return HttpResponseRedirect(next_url)
    return redirect(url_name)


@require_POST
@nexus_view()
def block_person(request, pk):
    person = get_object_or_404(Profile.objects.visible(), pk=pk)
    try:
        services.block(request, person)
    except Refused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            _(
                "You blocked %(name)s: they can no longer start a conversation with you or add "
                "you to one, and you are not told of their messages."
            )
            % {"name": person.display_name},
        )
    return back_or(request, "nexus:blocked_people")


@nexus_view()
def blocked_people(request):
    if request.method == "POST":
        person = request.POST.get("person", "")
        unblocked = services.unblock(request, int(person)) if person.isdigit() else None
        if unblocked:
            messages.success(
                request,
                _("You unblocked %(name)s: they can write to you again.")
                % {"name": unblocked.blocked.nexus_profile.display_name},
            )
        return redirect("nexus:blocked_people")
    return render(
        request,
        "extranet/messaging/blocked_people.html",
        {"blocks": services.blocked_people(request.user)},
    )
