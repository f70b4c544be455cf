"""The groups' pages: the list, a group's stream, its members, its settings and the buttons
that join, leave, post and moderate. A group the person may not see is "not found", whatever
the address names in it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from extranet.core.access import nexus_view, private_image
from extranet.core.attachments import attachment_response
from extranet.core.roles import SECRETARIAT

from . import services
from .filters import GroupFilter
from .forms import CommentForm, EditPostForm, GroupForm, InviteForm, NewPostForm, RoleForm
from .models import Comment, JoinPolicy, Membership, Post, PostAttachment

GROUPS_PER_PAGE = 24
POSTS_PER_PAGE = 20
FILES_PER_PAGE = 50


def group_or_404(request, slug):
    return get_object_or_404(services.visible_groups(request.nexus_profile), slug=slug)


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def back_to_group(group):
    return redirect("nexus:group", group.slug)


def files_not_stored():
    return _("Your files could not be stored just now. Please try again later.")


def invitations_badge(request):
    """Next to "Groups" in the menu: the invitations waiting for an answer."""
    waiting = services.pending_invitations_count(request.user)
    if not waiting:
        return ""
    return ngettext("%(counter)s invitation", "%(counter)s invitations", waiting) % {
        "counter": waiting
    }


@nexus_view()
def groups(request):
    found = GroupFilter(request.GET, queryset=services.listed_groups(request.nexus_profile))
    page = Paginator(found.qs.order_by("name", "pk"), GROUPS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "extranet/groups/groups.html",
        {"form": found.form, "groups": page, "query": query_without_page(request)},
    )


@nexus_view(SECRETARIAT)
def create_group(request):
    form = GroupForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                group = services.create_group(request, form)
            except OSError as error:
                form.image_not_stored(error)
            else:
                messages.success(request, _("The group is created; you are its owner."))
                return back_to_group(group)
        form.keep_uploaded_image()
    return render(request, "extranet/groups/edit_group.html", {"form": form, "group": None})


def page_context(request, group):
    membership = services.membership_of(group, request.user)
    profile = request.nexus_profile
    return {
        "group": group,
        "membership": membership,
        "may_read": services.may_read(profile, group, membership),
        "may_manage": services.may_manage(profile, membership),
        "invitation": None if membership else services.pending_invitation(group, request.user),
        "join_request": None if membership else services.pending_request(group, request.user),
        "managers": services.managers_of(group).select_related("user__nexus_profile"),
    }


@nexus_view()
def group(request, slug):
    """The group's page: its welcome text and its stream; members write a new post here."""
    shown = group_or_404(request, slug)
    context = page_context(request, shown)
    if request.method == "POST" and context["membership"] is None:
        raise PermissionDenied  # before any file is kept for a form that cannot be sent
    form = NewPostForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_post(request, shown, form)
        except OSError:  # an attachment could not be stored: nothing was saved
            form.add_error("attachments", files_not_stored())
        else:
            messages.success(request, _("Your post is in the group's stream."))
            return back_to_group(shown)
    stream = services.stream(shown) if context["may_read"] else Post.objects.none()
    posts = Paginator(stream, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "extranet/groups/group.html",
        {
            **context,
            "form": form,
            "posts": posts,
            "comment_form": CommentForm(),
            "mentionable": services.mentionable(shown) if context["may_read"] else [],
        },
    )


@nexus_view()
def group_image(request, slug):
    shown = group_or_404(request, slug)
    return private_image(shown.image)


@nexus_view()
def post_attachment(request, slug, pk):
    """A file of a post, for those who see the group; not once the post is deleted."""
    shown = group_or_404(request, slug)
    membership = services.membership_of(shown, request.user)
    if not services.may_read(request.nexus_profile, shown, membership):
        raise Http404
    attachment = get_object_or_404(
        PostAttachment, pk=pk, post__group=shown, post__deleted_at__isnull=True
    )
    return attachment_response(attachment)


@nexus_view()
def group_files(request, slug):
    shown = group_or_404(request, slug)
    context = page_context(request, shown)
    files = services.files_of(shown) if context["may_read"] else PostAttachment.objects.none()
    page = Paginator(files, FILES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "extranet/groups/group_files.html", {**context, "files": page})


@nexus_view()
def edit_group(request, slug):
    shown = group_or_404(request, slug)
    services.require_manager(request, shown)
    form = GroupForm(request.POST or None, request.FILES or None, instance=shown)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.update_group(request, form)
            except OSError as error:
                form.image_not_stored(error)
            else:
                messages.success(request, _("The group is saved."))
                return back_to_group(shown)
        form.keep_uploaded_image()
    return render(request, "extranet/groups/edit_group.html", {"form": form, "group": shown})


@nexus_view()
def group_members(request, slug):
    shown = group_or_404(request, slug)
    context = page_context(request, shown)
    manages = context["may_manage"]
    return render(
        request,
        "extranet/groups/group_members.html",
        {
            **context,
            "members": services.members_of(shown) if context["may_read"] else [],
            "requests": services.pending_requests(shown) if manages else [],
            "invite_form": InviteForm(people=services.invitable_people(shown)) if manages else None,
            "is_owner": services.is_owner(request.nexus_profile, context["membership"]),
        },
    )


def act(request, action, success):
    """Run a service; its refusal is told to the person, like its success."""
    try:
        action()
    except services.Refused as refusal:
        messages.error(request, str(refusal))
        return False
    messages.success(request, success)
    return True


@require_POST
@nexus_view()
def join_group(request, slug):
    shown = group_or_404(request, slug)
    if shown.join_policy == JoinPolicy.REQUEST and not services.pending_invitation(
        shown, request.user
    ):
        act(
            request,
            lambda: services.request_to_join(request, shown),
            _("Your request is with the group's managers: you will be told their answer."),
        )
    else:
        act(
            request,
            lambda: services.join(request, shown),
            _("Welcome to %(group)s.") % {"group": shown.name},
        )
    return back_to_group(shown)


@require_POST
@nexus_view()
def decline_invitation(request, slug):
    shown = group_or_404(request, slug)
    services.decline_invitation(request, shown)
    messages.success(request, _("You declined the invitation."))
    return redirect("nexus:groups")


@require_POST
@nexus_view()
def leave_group(request, slug):
    shown = group_or_404(request, slug)
    if act(
        request,
        lambda: services.leave(request, shown),
        _("You left %(group)s.") % {"group": shown.name},
    ):
        return redirect("nexus:groups")
    return back_to_group(shown)


@require_POST
@nexus_view()
def invite_to_group(request, slug):
    shown = group_or_404(request, slug)
    services.require_manager(request, shown)
    form = InviteForm(request.POST, people=services.invitable_people(shown))
    if form.is_valid():
        person = form.cleaned_data["person"]
        act(
            request,
            lambda: services.invite(request, shown, person),
            _("%(name)s is invited.") % {"name": person.name},
        )
    else:
        messages.error(request, _("Choose a person from the list."))
    return redirect("nexus:group_members", shown.slug)


@require_POST
@nexus_view()
def change_membership(request, slug, pk):
    """A manager's action on one member: a new role, or removal."""
    shown = group_or_404(request, slug)
    membership = get_object_or_404(
        Membership.objects.select_related("group", "user__nexus_profile"), pk=pk, group=shown
    )
    name = membership.user.nexus_profile.display_name
    if "remove" in request.POST:
        act(
            request,
            lambda: services.remove_member(request, membership),
            _("%(name)s is no longer a member.") % {"name": name},
        )
    else:
        form = RoleForm(request.POST)
        if form.is_valid():
            act(
                request,
                lambda: services.change_role(request, membership, form.cleaned_data["role"]),
                _("%(name)s's role is changed.") % {"name": name},
            )
        else:
            messages.error(request, _("Choose a role from the list."))
    return redirect("nexus:group_members", shown.slug)


@require_POST
@nexus_view()
def decide_join_request(request, slug, pk):
    shown = group_or_404(request, slug)
    join_request = get_object_or_404(
        shown.join_requests.select_related("group", "user__nexus_profile"), pk=pk
    )
    approve = "approve" in request.POST
    name = join_request.user.nexus_profile.display_name
    act(
        request,
        lambda: services.decide_request(request, join_request, approve),
        (_("%(name)s is now a member.") if approve else _("%(name)s's request is declined."))
        % {"name": name},
    )
    return redirect("nexus:group_members", shown.slug)


def post_or_404(request, slug, pk):
    shown = group_or_404(request, slug)
    return get_object_or_404(
        Post.objects.select_related("group"), pk=pk, group=shown, deleted_at__isnull=True
    )


@nexus_view()
def edit_post(request, slug, pk):
    post = post_or_404(request, slug, pk)
    if post.author_id != request.user.pk:
        raise PermissionDenied
    form = EditPostForm(request.POST or None, request.FILES or None, instance=post)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(request, post, form)
        except OSError:  # a new file could not be stored: nothing was changed
            form.add_error("attachments", files_not_stored())
        else:
            messages.success(request, _("Your post is saved."))
            return redirect(services.post_url(post))
    return render(request, "extranet/groups/edit_post.html", {"form": form, "post": post})


@require_POST
@nexus_view()
def delete_post(request, slug, pk):
    post = post_or_404(request, slug, pk)
    services.delete_post(request, post)
    messages.success(request, _("The post is deleted."))
    return back_to_group(post.group)


@require_POST
@nexus_view()
def pin_post(request, slug, pk):
    post = post_or_404(request, slug, pk)
    pinned = request.POST.get("pinned") == "1"
    services.set_pinned(request, post, pinned)
    messages.success(request, _("The post is pinned.") if pinned else _("The post is unpinned."))
    return back_to_group(post.group)


@require_POST
@nexus_view()
def add_comment(request, slug, pk):
    post = post_or_404(request, slug, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        services.add_comment(request, post, form.cleaned_data["body"])
        messages.success(request, _("Your comment is added."))
    else:
        messages.error(request, _("Write a comment (at most 4,000 characters)."))
    return redirect(services.post_url(post))


@require_POST
@nexus_view()
def delete_comment(request, slug, pk):
    shown = group_or_404(request, slug)
    comment = get_object_or_404(
        Comment.objects.select_related("post__group"), pk=pk, post__group=shown
    )
    services.delete_comment(request, comment)
    messages.success(request, _("The comment is deleted."))
    return redirect(services.post_url(comment.post))
