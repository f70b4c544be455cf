"""Messages: the inbox, a conversation, writing one, and the files attached. Only those taking
part in a conversation see it; for anyone else it does not exist (404)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from extranet.core.access import nexus_view
from extranet.core.attachments import attachment_response
from extranet.core.services import Refused

from . import services
from .forms import AddParticipantsForm, ComposeForm, ReplyForm

CONVERSATIONS_PER_PAGE = 25
MESSAGES_PER_PAGE = 50
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


@nexus_view()
def compose(request):
    form = ComposeForm(
        request.POST or None,
        request.FILES or None,
        sender=request.user,
        initial={"people": [pk for pk in request.GET.getlist("to") if pk.isdigit()][:20]},
    )
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            conversation = services.start_conversation(
                request,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                people=form.cleaned_data["people"],
                organisations=form.cleaned_data["organisations"],
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
