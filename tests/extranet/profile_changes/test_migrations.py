"""Proposals made before PublicProfileChange moved out of the core survive the move, with
their content type (and so their permissions)."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from extranet.profile_changes.models import ChangeStatus, PublicProfileChange
from tests.members.factories import MemberFactory

BEFORE_THE_MOVE = [("extranet", "0003_proposed_logo"), ("nexus_profile_changes", None)]


def migrate(targets):
    """Apply or unapply migrations up to `targets`; the models as they were there."""
    MigrationExecutor(connection).migrate(targets)
    applied = [target for target in targets if target[1] is not None]
    return MigrationExecutor(connection).loader.project_state(applied).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_waiting_proposal_moves_to_its_own_app_with_its_content_type():
    member = MemberFactory(name="Seoul", slug="seoul")
    content_type = ContentType.objects.get(
        app_label="nexus_profile_changes", model="publicprofilechange"
    )
    try:
        old_apps = migrate(BEFORE_THE_MOVE)
        assert ContentType.objects.get(pk=content_type.pk).app_label == "extranet"
        OldChange = old_apps.get_model("extranet", "PublicProfileChange")
        assert OldChange._meta.db_table == "extranet_publicprofilechange"
        old = OldChange.objects.create(
            member_id=member.pk, description="A capital of smart mobility.", status="pending"
        )
    finally:
        migrate(latest())

    change = PublicProfileChange.objects.get(pk=old.pk)
    assert (change.member, change.description, change.status) == (
        member,
        "A capital of smart mobility.",
        ChangeStatus.PENDING,
    )
    assert PublicProfileChange._meta.db_table == "nexus_profile_changes_publicprofilechange"
    # The same content type row, so the permissions attached to it followed. (Read from the
    # database: ContentType's cache is left as it was, the next tests rely on it.)
    moved = ContentType.objects.get(app_label="nexus_profile_changes", model="publicprofilechange")
    assert moved.pk == content_type.pk
    assert Permission.objects.filter(
        content_type=moved, codename="change_publicprofilechange"
    ).exists()
    assert not ContentType.objects.filter(
        app_label="extranet", model="publicprofilechange"
    ).exists()
