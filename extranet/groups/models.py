"""Groups of Nexus members: who belongs to each and with which role, how people join, and the
posts and comments of a group's stream. Every change goes through services.py."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from extranet.core.attachments import AttachmentBase
from extranet.core.models import PrivateFileName
from foundation.private_files import private_storage


class Visibility(models.TextChoices):
    LISTED = "listed", _("Listed to all members")
    SECRET = "secret", _("Secret: listed to its members only")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Open: any member may join")
    REQUEST = "request", _("On request: managers approve who joins")
    INVITATION = "invitation", _("Invitation only")


class MembershipRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    MANAGER = "manager", _("Manager")
    MEMBER = "member", _("Member")


MANAGING_ROLES = (MembershipRole.OWNER, MembershipRole.MANAGER)


class GroupQuerySet(models.QuerySet):
    def visible_to(self, profile):
        """The groups this person may see: every listed group and the secret ones they belong
        or are invited to; the secretariat sees them all."""
        if profile.is_secretariat:
            return self.all()
        belongs = Membership.objects.filter(group=OuterRef("pk"), user=profile.user_id)
        invited = Invitation.objects.pending().filter(group=OuterRef("pk"), user=profile.user_id)
        return self.filter(Q(visibility=Visibility.LISTED) | Exists(belongs) | Exists(invited))


class Group(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("address"), max_length=140, unique=True, allow_unicode=True)
    description = models.TextField(
        _("description"),
        max_length=1000,
        blank=True,
        help_text=_("What the group is about, shown in the list of groups."),
    )
    welcome_text = models.TextField(
        _("welcome text"),
        max_length=4000,
        blank=True,
        help_text=_("Shown at the top of the group's page."),
    )
    image = models.ImageField(
        _("image"), upload_to=PrivateFileName("groups"), storage=private_storage, blank=True
    )
    visibility = models.CharField(
        _("visibility"), max_length=20, choices=Visibility.choices, default=Visibility.LISTED
    )
    join_policy = models.CharField(
        _("who may join"), max_length=20, choices=JoinPolicy.choices, default=JoinPolicy.OPEN
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = GroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("group")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("group membership")
        ordering = ["joined_at"]
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group")
        ]

    def __str__(self):
        return f"{self.user} in {self.group} ({self.role})"

    @property
    def manages(self):
        return self.role in MANAGING_ROLES


class Decision(models.TextChoices):
    PENDING = "pending", _("Waiting")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class DecisionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=Decision.PENDING)


class AwaitsAnswer(models.Model):
    """What waits for an answer: a request to join (the managers answer) and an invitation (the
    person invited answers). Each model keeps its own names and its one pending per person."""

    status = models.CharField(
        _("status"), max_length=20, choices=Decision.choices, default=Decision.PENDING
    )

    objects = DecisionQuerySet.as_manager()

    class Meta:
        abstract = True

    def answer(self, decision, **fields):
        """Record the decision, when it was taken and `fields` (who decided)."""
        self.status, self.decided_at = decision, timezone.now()
        for name, value in fields.items():
            setattr(self, name, value)
        self.save(update_fields=["status", "decided_at", *fields])


class JoinRequest(AwaitsAnswer):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_join_requests"
    )
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        verbose_name = _("request to join a group")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "user"],
                condition=Q(status="pending"),
                name="one_pending_join_request",
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.group} ({self.status})"


class Invitation(AwaitsAnswer):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_invitations"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("invited"), auto_now_add=True)
    decided_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation to a group")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "user"],
                condition=Q(status="pending"),
                name="one_pending_group_invitation",
            )
        ]

    def __str__(self):
        return f"{self.user} invited to {self.group} ({self.status})"


class Post(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="posts")
    # A closed account's posts stay, signed "former member".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="group_posts"
    )
    # Written for the secretariat as a whole (the welcome posts of the initial content):
    # signed "WeGO Secretariat" rather than by a person.
    by_secretariat = models.BooleanField(_("signed by the secretariat"), default=False)
    body = models.TextField(_("message"))
    pinned = models.BooleanField(_("pinned"), default=False)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("group post")
        ordering = ["-pinned", "-created_at"]
        indexes = [models.Index(fields=["group", "-pinned", "-created_at"])]

    def __str__(self):
        return f"{self.group}: {self.body[:40]}"


class PostAttachment(AttachmentBase):
    """A document or image attached to a post; served only to those who see the group."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")

    class Meta(AttachmentBase.Meta):
        verbose_name = _("attachment of a group post")


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("comment")
        ordering = ["created_at"]

    def __str__(self):
        return self.body[:40]
