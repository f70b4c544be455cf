"""Every change to groups: creating and editing them, joining, requests and invitations,
roles, leaving, posts and comments. Each function checks who acts (the request's Nexus profile),
changes the models in a transaction and notifies those concerned through the core's notify,
which e-mails as each person prefers."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from extranet.core import search
from extranet.core import services as core
from extranet.core.attachments import save_attachments
from extranet.core.mentions import mentioned
from extranet.core.models import Profile, SecurityEventKind
from extranet.core.registry import Activity
from extranet.core.rich_text import excerpt, plain_text, searchable_text
from extranet.core.security import record
from foundation.private_files import delete_after_commit

from .models import (
    MANAGING_ROLES,
    Comment,
    Decision,
    Group,
    Invitation,
    JoinPolicy,
    JoinRequest,
    Membership,
    MembershipRole,
    Post,
    PostAttachment,
    Visibility,
)

Refused = core.Refused
# Characters of a post or comment shown in the dashboard's activity stream.
EXCERPT_LENGTH = 140


# Reading


def visible_groups(profile):
    return Group.objects.visible_to(profile)


def listed_groups(profile):
    """The groups this person sees, with how many members each has and whether they belong."""
    mine = Membership.objects.filter(group=OuterRef("pk"), user=profile.user_id)
    return visible_groups(profile).annotate(
        members_count=Count("memberships", distinct=True), is_member=Exists(mine)
    )


def count_of(queryset):
    """A count per group as a subquery: several counts in one list without joining them."""
    counted = queryset.order_by().values("group").annotate(count=Count("pk")).values("count")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def administered_groups():
    """Every group for the secretariat's list in the admin, with how many members and posts it
    has and when someone last posted or commented in it: one query, however many groups."""
    shown_posts = Post.objects.filter(group=OuterRef("pk"), deleted_at__isnull=True)
    latest_post = shown_posts.order_by().values("group").annotate(at=Max("created_at"))
    latest_comment = (
        Comment.objects.filter(post__group=OuterRef("pk"), deleted_at__isnull=True)
        .order_by()
        .values("post__group")
        .annotate(at=Max("created_at"))
    )
    posted = Subquery(latest_post.values("at"))
    commented = Subquery(latest_comment.values("at"))
    return Group.objects.annotate(
        members_count=count_of(Membership.objects.filter(group=OuterRef("pk"))),
        posts_count=count_of(shown_posts),
        # Either may be missing: SQLite's GREATEST is NULL as soon as one argument is.
        last_activity=Greatest(Coalesce(posted, commented), Coalesce(commented, posted)),
    )


def membership_of(group, user):
    return Membership.objects.filter(group=group, user=user).first()


def may_manage(profile, membership):
    """Managers and owners manage their group; the secretariat may manage every group."""
    return profile.is_secretariat or (membership is not None and membership.manages)


def may_read(profile, group, membership):
    """Posts and members of a listed group are for every member of Nexus; those of a secret
    group for its members (someone invited sees only its welcome until they accept)."""
    return group.visibility == Visibility.LISTED or membership is not None or profile.is_secretariat


def is_owner(profile, membership):
    return profile.is_secretariat or (
        membership is not None and membership.role == MembershipRole.OWNER
    )


def stream(group):
    """The group's posts, pinned first, with their comments and who wrote them; a constant
    number of queries for a page, however many posts there are."""
    comments = Comment.objects.filter(deleted_at__isnull=True).select_related(
        "author__nexus_profile"
    )
    return (
        group.posts.filter(deleted_at__isnull=True)
        .select_related("author__nexus_profile")
        .prefetch_related(
            Prefetch("comments", queryset=comments, to_attr="shown_comments"), "attachments"
        )
        .order_by("-pinned", "-created_at", "-pk")
    )


def files_of(group):
    """The files attached to the group's posts still shown, the newest first."""
    return (
        PostAttachment.objects.filter(post__group=group, post__deleted_at__isnull=True)
        .select_related("post__author__nexus_profile")
        .order_by("-created_at", "-pk")
    )


def members_of(group):
    rank = {role: order for order, role in enumerate(MembershipRole.values)}
    memberships = group.memberships.select_related("user__nexus_profile__member")
    return sorted(
        memberships,
        key=lambda item: (rank[item.role], item.user.nexus_profile.name.casefold()),
    )


def pending_requests(group):
    return group.join_requests.pending().select_related("user__nexus_profile__member")


def pending_invitation(group, user):
    return group.invitations.pending().filter(user=user).first()


def pending_invitations_count(user):
    return Invitation.objects.pending().filter(user=user).count()


def pending_request(group, user):
    return group.join_requests.pending().filter(user=user).first()


def invitable_people(group):
    """Open accounts of active organisations (and the secretariat) not in the group yet."""
    member = Membership.objects.filter(group=group, user=OuterRef("user"))
    invited = Invitation.objects.pending().filter(group=group, user=OuterRef("user"))
    return (
        Profile.objects.visible().exclude(Exists(member)).exclude(Exists(invited)).order_by("name")
    )


def managers_of(group):
    return group.memberships.filter(role__in=MANAGING_ROLES).select_related("user")


def group_url(group):
    return reverse("nexus:group", args=[group.slug])


def personal_data(user):
    """For the person's data download: the groups they belong to, the posts they wrote (the
    group, when, the text without markup, the names of the files attached, and when deleted)
    and their comments."""

    def when(moment):
        return moment.isoformat() if moment else None

    posts = (
        Post.objects.filter(author=user)
        .select_related("group")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )
    comments = Comment.objects.filter(author=user).select_related("post__group")
    return {
        "memberships": [
            {
                "group": membership.group.name,
                "role": membership.role,
                "joined": when(membership.joined_at),
            }
            for membership in user.group_memberships.select_related("group").order_by("pk")
        ],
        "posts": [
            {
                "group": post.group.name,
                "posted": when(post.created_at),
                "edited": when(post.edited_at),
                "deleted": when(post.deleted_at),
                "text": plain_text(post.body),
                "attachments": [
                    {"name": file.original_name, "size": file.size}
                    for file in post.attachments.all()
                ],
            }
            for post in posts
        ],
        "comments": [
            {
                "group": comment.post.group.name,
                "written": when(comment.created_at),
                "deleted": when(comment.deleted_at),
                "text": plain_text(comment.body),
            }
            for comment in comments.order_by("created_at", "pk")
        ],
    }


def signature(post_or_comment):
    """Who signs a post or a comment, as (profile or None, name)."""
    if getattr(post_or_comment, "by_secretariat", False):
        return None, _("WeGO Secretariat")
    profile = getattr(post_or_comment.author, "nexus_profile", None)
    return profile, profile.display_name if profile else _("Former member")


def activity(user, since, limit):
    """For the dashboard's activity stream: the latest posts and comments others wrote in the
    groups the person belongs to (whose posts members always read), deleted ones never. Two
    queries, however many groups and posts there are."""
    mine = Membership.objects.filter(user=user).values("group_id")
    posts = (
        Post.objects.filter(group__in=mine, deleted_at__isnull=True)
        .exclude(author=user)
        .select_related("group", "author__nexus_profile")
        .order_by("-created_at", "-pk")[:limit]
    )
    comments = (
        Comment.objects.filter(
            post__group__in=mine, deleted_at__isnull=True, post__deleted_at__isnull=True
        )
        .exclude(author=user)
        .select_related("post__group", "author__nexus_profile")
        .order_by("-created_at", "-pk")[:limit]
    )
    items = []
    for post in posts:
        actor, name = signature(post)
        items.append(
            Activity(
                when=post.created_at,
                actor=actor,
                actor_name=name,
                summary=_("%(author)s posted in %(group)s.")
                % {"author": name, "group": post.group.name},
                title=excerpt(post.body, EXCERPT_LENGTH),
                url=post_url(post),
            )
        )
    for comment in comments:
        actor, name = signature(comment)
        items.append(
            Activity(
                when=comment.created_at,
                actor=actor,
                actor_name=name,
                summary=_("%(author)s commented on a post in %(group)s.")
                % {"author": name, "group": comment.post.group.name},
                title=excerpt(comment.body, EXCERPT_LENGTH),
                url=f"{group_url(comment.post.group)}#comment-{comment.pk}",
            )
        )
    return items


# Search


def search_document(post_id):
    """What Nexus search finds of a post: its words and those of its comments, for those who
    may read the group (may_read): every Nexus account for a listed group, its members and the
    secretariat for a secret one. A deleted post is found by nobody."""
    post = Post.objects.select_related("group").filter(pk=post_id, deleted_at__isnull=True).first()
    if post is None:
        return None
    text = searchable_text(post.body)
    comments = post.comments.filter(deleted_at__isnull=True).order_by("created_at", "pk")
    group = post.group
    if group.visibility == Visibility.LISTED:
        audiences = [search.EVERY_ACCOUNT]
    else:
        audiences = [f"group:{group.pk}", "role:secretariat"]
    return {
        "title": f"{group.name}: {Truncator(text).words(8)}",
        "body": "\n".join([text, *(searchable_text(comment.body) for comment in comments)]),
        "url": post_url(post),
        "created_at": post.created_at,
        "audiences": audiences,
    }


def searchable_post_ids():
    return Post.objects.filter(deleted_at__isnull=True).values_list("pk", flat=True)


def forget_deleted_post(sender, instance, **kwargs):
    search.reindex_later("group_post", instance.pk)


def group_by_slug(slug):
    return Group.objects.filter(slug=slug).first() if slug else None


def group_ids_of(user):
    """The groups a person belongs to, as a query other capabilities can filter with."""
    return Membership.objects.filter(user=user).values("group_id")


def search_audiences(user):
    """The groups a person belongs to, whose secret posts they find."""
    return [
        f"group:{group_id}"
        for group_id in Membership.objects.filter(user=user).values_list("group_id", flat=True)
    ]


def reindex_group(group):
    """Who may read the group's posts, or its name, changed."""
    search.reindex_many("group_post", group.posts.values_list("pk", flat=True))


# Checks


def require_member(request, group):
    membership = membership_of(group, request.user)
    if membership is None:
        raise PermissionDenied
    return membership


def require_manager(request, group):
    membership = membership_of(group, request.user)
    if not may_manage(request.nexus_profile, membership):
        raise PermissionDenied
    return membership


def notify_managers(of_group, kind, **data):
    url = reverse("nexus:group_members", args=[of_group.slug])
    for manager in managers_of(of_group):
        core.notify(manager.user, kind, url=url, **data)


# Groups


def unique_slug(name):
    base = slugify(name, allow_unicode=True)[:120] or "group"
    slug, number = base, 2
    # "new" is the address of the form that creates a group.
    while slug == "new" or Group.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def create_group(request, form):
    """The secretariat creates a group; whoever creates it is its first owner."""
    if not request.nexus_profile.is_secretariat:
        raise PermissionDenied
    group = form.save(commit=False)
    group.slug = unique_slug(group.name)
    group.save()
    Membership.objects.create(group=group, user=request.user, role=MembershipRole.OWNER)
    return group


@transaction.atomic
def update_group(request, form):
    require_manager(request, form.instance)
    group = form.save()
    reindex_group(group)
    return group


@transaction.atomic
def administer_group(request, form):
    """The secretariat's changes to a group in the admin, with the rules of the Nexus form: the
    address stays as it is, and memberships (so the owners) are changed on the group's pages
    only. The change goes into the group's history (the admin's audit log)."""
    if not request.user.has_perm("nexus_groups.change_group"):
        raise PermissionDenied
    group = form.save()
    log(group, "wagtail.edit", user=request.user, content_changed=form.has_changed())
    return group


# Joining and leaving


@transaction.atomic
def join(request, group):
    """Join an open group, or any group one was invited to (the invitation is accepted)."""
    invitation = pending_invitation(group, request.user)
    if invitation is None and group.join_policy != JoinPolicy.OPEN:
        raise PermissionDenied
    membership, created = Membership.objects.get_or_create(group=group, user=request.user)
    if not created:
        raise Refused(_("You are already a member of this group."))
    if invitation:
        invitation.answer(Decision.APPROVED)
    # A request still waiting has no purpose left.
    group.join_requests.pending().filter(user=request.user).delete()
    return membership


@transaction.atomic
def request_to_join(request, group):
    if group.join_policy != JoinPolicy.REQUEST:
        raise PermissionDenied
    if membership_of(group, request.user):
        raise Refused(_("You are already a member of this group."))
    if pending_request(group, request.user):
        raise Refused(_("Your request is already with the group's managers."))
    try:
        with transaction.atomic():
            join_request = JoinRequest.objects.create(group=group, user=request.user)
    except IntegrityError:  # two clicks at once
        raise Refused(_("Your request is already with the group's managers.")) from None
    notify_managers(
        group, "group_join_request", person=request.nexus_profile.name, group=group.name
    )
    return join_request


@transaction.atomic
def decide_request(request, join_request, approve):
    """A manager approves or declines a request; the person who asked is told."""
    group = join_request.group
    require_manager(request, group)
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.status != Decision.PENDING:
        raise Refused(_("This request was already answered."))
    join_request.answer(
        Decision.APPROVED if approve else Decision.DECLINED, decided_by=request.user
    )
    if approve:
        Membership.objects.get_or_create(group=group, user=join_request.user)
        core.notify(
            join_request.user, "group_request_approved", url=group_url(group), group=group.name
        )
    else:
        core.notify(
            join_request.user,
            "group_request_declined",
            url=reverse("nexus:groups"),
            group=group.name,
        )
    return join_request


@transaction.atomic
def invite(request, group, profile):
    require_manager(request, group)
    if membership_of(group, profile.user):
        raise Refused(_("%(name)s is already a member.") % {"name": profile.name})
    if pending_invitation(group, profile.user):
        raise Refused(_("%(name)s was already invited.") % {"name": profile.name})
    invitation = Invitation.objects.create(group=group, user=profile.user, invited_by=request.user)
    core.notify(
        profile.user,
        "group_invitation",
        url=group_url(group),
        person=request.nexus_profile.name,
        group=group.name,
    )
    return invitation


@transaction.atomic
def decline_invitation(request, group):
    invitation = pending_invitation(group, request.user)
    if invitation is None:
        raise PermissionDenied
    invitation.answer(Decision.DECLINED)


def owners_left(group, without):
    return group.memberships.filter(role=MembershipRole.OWNER).exclude(pk=without.pk).exists()


@transaction.atomic
def leave(request, group):
    membership = require_member(request, group)
    # Locked, so that two owners leaving at once cannot leave the group without one.
    list(group.memberships.select_for_update().filter(role=MembershipRole.OWNER))
    if membership.role == MembershipRole.OWNER and not owners_left(group, membership):
        raise Refused(
            _("You are the group's last owner: make another member an owner before you leave.")
        )
    membership.delete()


@transaction.atomic
def remove_member(request, membership):
    """Managers remove members; only owners remove managers and other owners; the last owner
    stays."""
    group = membership.group
    mine = require_manager(request, group)
    if membership.role != MembershipRole.MEMBER and not is_owner(request.nexus_profile, mine):
        raise PermissionDenied
    list(group.memberships.select_for_update().filter(role=MembershipRole.OWNER))
    if membership.role == MembershipRole.OWNER and not owners_left(group, membership):
        raise Refused(_("The group's last owner cannot be removed."))
    membership.delete()
    record(
        SecurityEventKind.GROUP_MEMBER_REMOVED,
        request,
        membership.user,
        group=group.name,
        role=membership.role,
    )


@transaction.atomic
def change_role(request, membership, role):
    """Managers make members managers and back; only owners give or take the owner's role,
    and the last owner keeps it."""
    if role not in MembershipRole.values:
        raise Refused(_("Choose a role."))
    group = membership.group
    mine = require_manager(request, group)
    touches_owner = MembershipRole.OWNER in (role, membership.role)
    if touches_owner and not is_owner(request.nexus_profile, mine):
        raise PermissionDenied
    list(group.memberships.select_for_update().filter(role=MembershipRole.OWNER))
    demoting_owner = membership.role == MembershipRole.OWNER and role != MembershipRole.OWNER
    if demoting_owner and not owners_left(group, membership):
        raise Refused(_("Make another member an owner first: a group keeps at least one."))
    previous, membership.role = membership.role, role
    membership.save(update_fields=["role"])
    if previous != role:
        record(
            SecurityEventKind.GROUP_OWNERSHIP_CHANGED
            if touches_owner
            else SecurityEventKind.GROUP_ROLE_CHANGED,
            request,
            membership.user,
            group=group.name,
            previous=previous,
            role=role,
        )
    return membership


# Posts and comments


def post_url(post):
    return f"{group_url(post.group)}#post-{post.pk}"


def mentionable(group):
    """The profiles that may be mentioned in the group: its members with an open account."""
    return [
        membership.user.nexus_profile
        for membership in group.memberships.filter(
            user__is_active=True, user__nexus_profile__closed_at__isnull=True
        ).select_related("user__nexus_profile")
    ]


def notify_mentioned(request, group, body, url):
    """Tell the members the text mentions (not its author); the ids of those told."""
    told = []
    for profile in mentioned(body, mentionable(group)):
        if profile.user_id != request.user.pk:
            core.notify(
                profile.user,
                "group_mentioned",
                url=url,
                author=request.nexus_profile.name,
                group=group.name,
            )
            told.append(profile.user_id)
    return told


@transaction.atomic
def add_post(request, group, form):
    """A member's post, with the files attached to it; every other member is told."""
    require_member(request, group)
    post = Post.objects.create(group=group, author=request.user, body=form.cleaned_data["body"])
    save_attachments(PostAttachment, form.cleaned_data.get("attachments", []), post=post)
    told = notify_mentioned(request, group, post.body, post_url(post))
    recipients = (
        group.memberships.exclude(user=request.user)
        .exclude(user__in=told)
        .filter(user__is_active=True, user__nexus_profile__closed_at__isnull=True)
        .select_related("user__nexus_profile")
    )
    for membership in recipients:
        core.notify(
            membership.user,
            "group_post",
            url=post_url(post),
            author=request.nexus_profile.name,
            group=group.name,
        )
    search.reindex_later("group_post", post.pk)
    return post


def require_visible_post(post):
    if post.deleted_at:
        raise PermissionDenied


@transaction.atomic
def edit_post(request, post, form):
    """The author changes the text and the files of their post; the files removed leave the
    private storage once the change is committed."""
    require_visible_post(post)
    if post.author_id != request.user.pk or not membership_of(post.group, request.user):
        raise PermissionDenied
    post.body, post.edited_at = form.cleaned_data["body"], timezone.now()
    post.save(update_fields=["body", "edited_at"])
    for attachment in form.cleaned_data.get("remove_attachments") or []:
        delete_after_commit(attachment.file.storage, attachment.file.name)
        attachment.delete()
    save_attachments(PostAttachment, form.cleaned_data.get("attachments", []), post=post)
    search.reindex_later("group_post", post.pk)
    return post


@transaction.atomic
def delete_post(request, post):
    """Authors delete their own posts, managers any post of their group."""
    require_visible_post(post)
    mine = membership_of(post.group, request.user)
    own = post.author_id == request.user.pk and mine is not None
    if not own and not may_manage(request.nexus_profile, mine):
        raise PermissionDenied
    post.deleted_at, post.deleted_by = timezone.now(), request.user
    post.save(update_fields=["deleted_at", "deleted_by"])
    search.reindex_later("group_post", post.pk)


@transaction.atomic
def set_pinned(request, post, pinned):
    require_visible_post(post)
    require_manager(request, post.group)
    post.pinned = pinned
    post.save(update_fields=["pinned"])


@transaction.atomic
def add_comment(request, post, body):
    require_visible_post(post)
    require_member(request, post.group)
    comment = Comment.objects.create(post=post, author=request.user, body=body)
    told = notify_mentioned(request, post.group, body, post_url(post))
    author_still_in = post.author_id and membership_of(post.group, post.author_id)
    if author_still_in and post.author_id not in (request.user.pk, *told):
        core.notify(
            post.author,
            "group_reply",
            url=post_url(post),
            author=request.nexus_profile.name,
            group=post.group.name,
        )
    search.reindex_later("group_post", post.pk)
    return comment


@transaction.atomic
def delete_comment(request, comment):
    if comment.deleted_at or comment.post.deleted_at:
        raise PermissionDenied
    mine = membership_of(comment.post.group, request.user)
    own = comment.author_id == request.user.pk and mine is not None
    if not own and not may_manage(request.nexus_profile, mine):
        raise PermissionDenied
    comment.deleted_at, comment.deleted_by = timezone.now(), request.user
    comment.save(update_fields=["deleted_at", "deleted_by"])
    search.reindex_later("group_post", comment.post_id)


def search_filter(queryset, words):
    return queryset.filter(Q(name__icontains=words) | Q(description__icontains=words))
