"""The people of Nexus in each role (tests/extranet/conftest.py), for the walks here that cover
Nexus as well as the public site."""

from tests.extranet.conftest import as_role, nexus  # noqa: F401 (fixtures, found by name)
