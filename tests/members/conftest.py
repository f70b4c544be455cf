import pytest

from tests.members.factories import members_in_every_region


@pytest.fixture
def member_map(site_tree):
    """The member directory with 13 members placed in the five regions (12 on the map)."""
    return members_in_every_region()
