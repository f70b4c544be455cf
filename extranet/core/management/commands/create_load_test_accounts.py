from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from extranet.core.models import Notification, Profile, Role
from members.models import Member

EMAIL_PATTERN = "load-member-{number}@example.org"
NOTIFICATIONS_EACH = 3


class Command(BaseCommand):
    help = (
        "Create member accounts for the load run (`make load`): load-member-N@example.org, "
        "verified, each a member user of one of the organisations, with a few notifications, "
        "all with the password given. Refuses to run unless DEBUG is on."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many accounts (1 to 10000).")
        parser.add_argument("--password", required=True, help="The password of every account.")

    def handle(self, *args, count, password, **options):
        if not settings.DEBUG:
            raise CommandError("Load-test accounts only exist outside production (DEBUG on).")
        if not 1 <= count <= 10_000:
            raise CommandError("Give a number of accounts between 1 and 10000.")
        organisations = list(Member.objects.canonical().filter(active=True).order_by("pk"))
        if not organisations:
            raise CommandError("There are no members yet: run load_initial_content first.")
        # One hash for all: hashing is deliberately slow, and the accounts share the password.
        password_hash = make_password(password)
        emails = {EMAIL_PATTERN.format(number=number): number for number in range(1, count + 1)}
        existing = set(
            get_user_model().objects.filter(username__in=emails).values_list("username", flat=True)
        )
        new_emails = [email for email in emails if email not in existing]
        with transaction.atomic():
            users = get_user_model().objects.bulk_create(
                get_user_model()(username=email, email=email, password=password_hash)
                for email in new_emails
            )
            EmailAddress.objects.bulk_create(
                EmailAddress(user=user, email=user.email, primary=True, verified=True)
                for user in users
            )
            Profile.objects.bulk_create(
                Profile(
                    user=user,
                    member=organisations[emails[user.email] % len(organisations)],
                    role=Role.MEMBER_USER,
                    name=f"Load member {emails[user.email]}",
                    contact_email=user.email,
                )
                for user in users
            )
            Notification.objects.bulk_create(
                Notification(
                    recipient=user,
                    kind="role_changed",
                    data={"role": Role.MEMBER_USER.value},
                    emailed_at=timezone.now(),
                )
                for user in users
                for _ in range(NOTIFICATIONS_EACH)
            )
        self.stdout.write(
            f"{len(users)} load-test accounts created, {len(existing)} already there: "
            f"{EMAIL_PATTERN.format(number=1)} to {EMAIL_PATTERN.format(number=count)}."
        )
