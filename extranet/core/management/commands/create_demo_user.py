from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from extranet.core.models import Profile, Role
from members.models import Member

# Local development only: the command refuses to run unless DEBUG is on.
DEMO_ACCOUNTS = [
    # email, password, Nexus role, organisation
    ("admin@example.org", "demo-admin-password", Role.SECRETARIAT, None),
    ("member@example.org", "demo-member-password", Role.MEMBER_ADMIN, "Seoul"),
]


class Command(BaseCommand):
    help = (
        "Create the demo accounts of `make run`: a secretariat administrator (Wagtail admin and "
        "Nexus) and a member administrator for Seoul. Refuses to run unless DEBUG is on."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo accounts only exist in development (DEBUG on).")
        for email, password, role, member_name in DEMO_ACCOUNTS:
            created = self.ensure_account(email, password, role, member_name)
            kept = "" if created else " (already there; a changed password is kept)"
            self.stdout.write(f"Demo login ({role.label}): {email} / {password}{kept}")

    def ensure_account(self, email, password, role, member_name):
        user, created = get_user_model().objects.get_or_create(
            username=email,
            defaults={
                "email": email,
                "is_staff": role == Role.SECRETARIAT,
                "is_superuser": role == Role.SECRETARIAT,
            },
        )
        if created:
            user.set_password(password)
            user.save()
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"primary": True, "verified": True}
        )
        member = (
            Member.objects.canonical().filter(name=member_name).first() if member_name else None
        )
        Profile.objects.get_or_create(
            user=user,
            defaults={"role": role, "member": member, "name": email.split("@")[0].title()},
        )
        if role == Role.SECRETARIAT:
            user.groups.add(Group.objects.get(name="Secretariat"))
        return created
