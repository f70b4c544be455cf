"""A database of the release before: its photos, proposed logos and kept images move out of
the public media into the private storage, its security events learn who did them, its
accounts take the names of their profiles, and sign-in addresses that joining made contact
addresses stop being shown unless the person saved their profile since."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from extranet.core.models import Profile, SecurityEvent
from extranet.profile_changes.models import PublicProfileChange
from tests.extranet.factories import ProfileFactory, png_bytes
from tests.members.factories import MemberFactory

BEFORE_PRIVATE_FILES = [
    ("extranet", "0004_move_publicprofilechange"),
    ("nexus_profile_changes", "0001_initial"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([node for node in targets if node[1]]).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_files_and_events_of_the_previous_release_are_carried_forward(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private-media")
    public = storages["default"]
    seoul = MemberFactory(name="Seoul", slug="seoul")
    admin = ProfileFactory(member=seoul, member_admin=True, name="Seoul administrator")
    colleague = ProfileFactory(member=seoul, name="Ji-woo Kim")
    edited = ProfileFactory(member=seoul, name="Edited since joining")
    try:
        old = migrate(BEFORE_PRIVATE_FILES)
        photo = public.save("nexus/photos/0123abcd.png", io.BytesIO(png_bytes()))
        logo = public.save("nexus/proposed-logos/4567ef01.png", io.BytesIO(png_bytes()))
        kept = public.save("nexus/pending/89abcdef.png", io.BytesIO(png_bytes()))
        old.get_model("extranet", "Profile").objects.filter(pk=colleague.pk).update(photo=photo)
        old.get_model("nexus_profile_changes", "PublicProfileChange").objects.create(
            member_id=seoul.pk, description="Seoul.", logo=logo
        )
        events = old.get_model("extranet", "SecurityEvent").objects
        signed_in = events.create(
            kind="signed_in", user_id=colleague.user_id, ip_address="198.51.100.2"
        )
        role_changed = events.create(
            kind="role_changed",
            user_id=colleague.user_id,
            ip_address="203.0.113.7",
            details={"by": admin.user.email, "previous": "member_user", "role": "member_admin"},
        )
        old.get_model("auth", "User").objects.filter(pk=colleague.user_id).update(first_name="")
        old.get_model("extranet", "Profile").objects.filter(pk=edited.pk).update(
            updated_at=edited.created_at + datetime.timedelta(days=3)
        )
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    private = Path(settings.PRIVATE_MEDIA_ROOT)
    for name in (photo, logo, kept):
        assert (private / name).is_file()
        assert not public.exists(name)
    moved = Profile.objects.get(pk=colleague.pk)
    assert moved.photo.name == photo
    assert moved.photo.storage.exists(photo)
    assert PublicProfileChange.objects.get().logo.name == logo

    assert SecurityEvent.objects.get(pk=signed_in.pk).actor_id == colleague.user_id
    assert SecurityEvent.objects.get(pk=role_changed.pk).actor_id == admin.user_id
    assert moved.user.get_full_name() == "Ji-woo Kim"
    # Joining copied the sign-in address; only a person who saved their profile since keeps it.
    assert moved.contact_email == ""
    assert Profile.objects.get(pk=edited.pk).contact_email == edited.user.email
