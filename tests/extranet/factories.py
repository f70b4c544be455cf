import io

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from PIL import Image

from extranet.core.models import Profile, Role
from tests.members.factories import MemberFactory

PASSWORD = "correct horse battery staple 42"


def png_bytes(size=(40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 92, 173)).save(buffer, format="PNG")
    return buffer.getvalue()


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


class ProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    member = factory.SubFactory(MemberFactory)
    role = Role.MEMBER_USER
    name = factory.Sequence(lambda number: f"Person {number}")
    contact_email = factory.LazyAttribute(lambda profile: profile.user.email)

    class Meta:
        model = Profile


class SecretariatProfileFactory(ProfileFactory):
    member = None
    role = Role.SECRETARIAT
    user = factory.SubFactory(UserFactory, is_staff=True)
