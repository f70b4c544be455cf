from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo-admin-password"  # noqa: S105  (local development only, see below)


class Command(BaseCommand):
    help = "Create the demo administrator used by `make run`. Refuses to run unless DEBUG is on."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo administrator only exists in development (DEBUG on).")
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        self.stdout.write(
            f"Demo login for /admin/: {DEMO_USERNAME} / {DEMO_PASSWORD}"
            + ("" if created else " (already there; a changed password is kept)")
        )
