import datetime
import io

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from events.models import EventIndexPage
from extranet.core.models import AccessCode, Notification, Profile, Role, SecurityEvent, hash_code
from extranet.events.models import Attendance, Audience, Mode, Registration, Status
from extranet.groups.models import Comment, Membership, MembershipRole, Post, Visibility
from extranet.groups.models import Group as NexusGroup
from extranet.messaging.models import (
    Conversation,
    Message,
    Participant,
    PersonalList,
    SecretariatList,
)
from extranet.profile_changes.models import ChangeStatus, PublicProfileChange
from tests.events.factories import EventPageFactory
from tests.members.factories import MemberFactory

PASSWORD = "correct horse battery staple 42"


def png_bytes(size=(40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 92, 173)).save(buffer, format="PNG")
    return buffer.getvalue()


def png_file(name):
    return ContentFile(png_bytes(), name=name)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda number: f"person-{number}")
    email = factory.Sequence(lambda number: f"person{number}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create:
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)


class AdminUserFactory(UserFactory):
    """Someone who uses the admin through one of the site's groups (`group`, or a trait per
    group), with the authenticator app that two-factor authentication requires of them."""

    class Params:
        editor = factory.Trait(group__name="Communications editors")
        reviewer = factory.Trait(group__name="Communications reviewers")
        secretariat = factory.Trait(group__name="Secretariat")

    @factory.post_generation
    def group(user, create, extracted, name=None, **kwargs):
        """`group=<Group>`, or a group of the site by its name (what the traits give)."""
        if create and (extracted or name):
            user.groups.add(extracted or Group.objects.get(name=name))

    @factory.post_generation
    def second_factor(user, create, extracted, **kwargs):
        if create:
            TOTP.activate(user, generate_totp_secret())


class ProfileFactory(factory.django.DjangoModelFactory):
    """A member user of a new organisation; traits for the other roles and states."""

    user = factory.SubFactory(UserFactory)
    member = factory.SubFactory(MemberFactory)
    role = Role.MEMBER_USER
    name = factory.Sequence(lambda number: f"Person {number}")
    contact_email = factory.LazyAttribute(lambda profile: profile.user.email)

    class Meta:
        model = Profile
        skip_postgeneration_save = True

    class Params:
        member_admin = factory.Trait(role=Role.MEMBER_ADMIN)
        # A secretariat officer: no organisation, staff, in the Secretariat group, with an
        # authenticator app (its secret in `totp_secret`), as two-factor requires.
        secretariat = factory.Trait(
            member=None, role=Role.SECRETARIAT, user=factory.SubFactory(UserFactory, is_staff=True)
        )

    @factory.post_generation
    def secretariat_access(profile, create, extracted, **kwargs):
        if create and profile.role == Role.SECRETARIAT:
            profile.user.groups.add(Group.objects.get(name="Secretariat"))
            profile.totp_secret = generate_totp_secret()
            TOTP.activate(profile.user, profile.totp_secret)


class AccessCodeFactory(factory.django.DjangoModelFactory):
    """An invitation waiting to be used; `code` is what its e-mail carried."""

    member = factory.SubFactory(MemberFactory)
    email = factory.Sequence(lambda number: f"invited{number}@example.org")
    role = Role.MEMBER_USER
    code = factory.Sequence(lambda number: f"TEST-{number:04d}-CODE")
    code_hash = factory.LazyAttribute(lambda access_code: hash_code(access_code.code))
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    class Meta:
        model = AccessCode

    class Params:
        redeemed = factory.Trait(redeemed_at=factory.LazyFunction(timezone.now))
        revoked = factory.Trait(revoked_at=factory.LazyFunction(timezone.now))
        expired = factory.Trait(
            expires_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(seconds=1))
        )

    @classmethod
    def _create(cls, model_class, *args, code, **kwargs):
        # Only the hash is stored, as in the application; tests keep the code to redeem it.
        access_code = super()._create(model_class, *args, **kwargs)
        access_code.code = code
        return access_code


class PublicProfileChangeFactory(factory.django.DjangoModelFactory):
    """A proposal waiting for the secretariat; traits for the reviewed ones."""

    member = factory.SubFactory(MemberFactory)
    description = "A city that shares its data with its citizens."
    submitted_by = factory.SubFactory(UserFactory)

    class Meta:
        model = PublicProfileChange

    class Params:
        with_logo = factory.Trait(logo=factory.LazyFunction(lambda: png_file("logo.png")))
        approved = factory.Trait(
            status=ChangeStatus.APPROVED, reviewed_at=factory.LazyFunction(timezone.now)
        )
        rejected = factory.Trait(
            status=ChangeStatus.REJECTED,
            reviewed_at=factory.LazyFunction(timezone.now),
            review_note="Please send a logo with a transparent background.",
        )


class NotificationFactory(factory.django.DjangoModelFactory):
    recipient = factory.SubFactory(UserFactory)
    kind = "role_changed"
    data = factory.LazyFunction(lambda: {"role": Role.MEMBER_USER.value})
    url = "/en/nexus/"

    class Meta:
        model = Notification

    class Params:
        read = factory.Trait(read_at=factory.LazyFunction(timezone.now))


class SecurityEventFactory(factory.django.DjangoModelFactory):
    kind = "sign_in_failed"
    email = factory.Sequence(lambda number: f"someone{number}@example.org")

    class Meta:
        model = SecurityEvent


def conversation_between(author, *others, subject="EXCOM meeting", body="<p>Is the date set?</p>"):
    """A conversation the author (a profile) started with the others, its first message with
    a PDF attached (in the private storage: use the private_media fixture)."""
    conversation = Conversation.objects.create(subject=subject, created_by=author.user)
    Participant.objects.create(
        conversation=conversation, user=author.user, last_read_at=conversation.last_message_at
    )
    for other in others:
        Participant.objects.create(conversation=conversation, user=other.user, added_by=author.user)
    message = Message.objects.create(conversation=conversation, author=author.user, body=body)
    message.attachments.create(
        file=ContentFile(b"%PDF-1.7", name="minutes.pdf"),
        original_name="minutes.pdf",
        size=8,
        content_type="application/pdf",
    )
    return conversation


class GroupFactory(factory.django.DjangoModelFactory):
    """A listed, open group; `owner=<user>` makes someone its owner."""

    name = factory.Sequence(lambda number: f"Group {number}")
    slug = factory.Sequence(lambda number: f"group-{number}")
    description = "Cities sharing what works."
    welcome_text = "Welcome: say who you are."

    class Meta:
        model = NexusGroup
        skip_postgeneration_save = True

    class Params:
        secret = factory.Trait(visibility=Visibility.SECRET)
        with_image = factory.Trait(image=factory.LazyFunction(lambda: png_file("group.png")))

    @factory.post_generation
    def owner(group, create, extracted, **kwargs):
        if create and extracted:
            Membership.objects.create(group=group, user=extracted, role=MembershipRole.OWNER)


class MembershipFactory(factory.django.DjangoModelFactory):
    group = factory.SubFactory(GroupFactory)
    user = factory.SubFactory(UserFactory)
    role = MembershipRole.MEMBER

    class Meta:
        model = Membership


class PostFactory(factory.django.DjangoModelFactory):
    group = factory.SubFactory(GroupFactory)
    author = factory.SubFactory(UserFactory)
    body = "<p>Has the date of the meeting been set?</p>"

    class Meta:
        model = Post


class CommentFactory(factory.django.DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    author = factory.SubFactory(UserFactory)
    body = "<p>Not yet.</p>"

    class Meta:
        model = Comment


class PersonalListFactory(factory.django.DjangoModelFactory):
    """A member's list; `people=[profiles]`, `organisations=[members]`."""

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda number: f"My list {number}")

    class Meta:
        model = PersonalList
        skip_postgeneration_save = True

    @factory.post_generation
    def people(personal_list, create, extracted, **kwargs):
        if create and extracted:
            personal_list.people.set(extracted)

    @factory.post_generation
    def organisations(personal_list, create, extracted, **kwargs):
        if create and extracted:
            personal_list.organisations.set(extracted)


class SecretariatListFactory(factory.django.DjangoModelFactory):
    """A secretariat list without criteria (every account) unless given some."""

    name = factory.Sequence(lambda number: f"Secretariat list {number}")

    class Meta:
        model = SecretariatList


def event_index():
    """The events section of the site tree (tests/home/factories.py builds it)."""
    return EventIndexPage.objects.get()


class RegistrationFactory(factory.django.DjangoModelFactory):
    """Registration for an event of members, open, with places for ten in person."""

    event = factory.SubFactory(EventPageFactory, parent=factory.LazyFunction(event_index))
    audience = Audience.MEMBERS
    in_person_capacity = 10

    class Meta:
        model = Registration

    class Params:
        public = factory.Trait(audience=Audience.PUBLIC)
        open_to_public = factory.Trait(audience=Audience.PUBLIC, public_registration=True)
        for_group = factory.Trait(
            audience=Audience.GROUP, group=factory.SubFactory(GroupFactory, secret=True)
        )
        online = factory.Trait(
            event__online=True,
            in_person_capacity=None,
            online_capacity=10,
            join_url="https://meet.example.org/wego-board-42",
            join_passcode="583 201",
        )
        hybrid = factory.Trait(
            event__hybrid=True,
            online_capacity=20,
            join_url="https://meet.example.org/wego-board-42",
            join_passcode="583 201",
        )
        month_only = factory.Trait(
            event__month_only=True,
        )
        closed = factory.Trait(is_open=False)
        unlimited = factory.Trait(in_person_capacity=None)


class AttendanceFactory(factory.django.DjangoModelFactory):
    """A member's answer, written directly (services.answer decides places in real use)."""

    registration = factory.SubFactory(RegistrationFactory)
    profile = factory.SubFactory(ProfileFactory)
    name = factory.SelfAttribute("profile.name")
    email = factory.SelfAttribute("profile.user.email")
    status = Status.GOING

    class Meta:
        model = Attendance

    class Params:
        waiting = factory.Trait(
            status=Status.WAITING, waiting_since=factory.LazyFunction(timezone.now)
        )
        maybe = factory.Trait(status=Status.MAYBE)
        not_going = factory.Trait(status=Status.NOT_GOING)
        online = factory.Trait(mode=Mode.ONLINE)
