"""The fault suite: each file makes one service the site depends on fail for real (a closed
port, a dropped connection, a full disk) and checks that people get a clear message and that
nothing is lost."""

import socket

from tests.extranet.conftest import as_role, nexus

__all__ = ["as_role", "nexus", "unused_port"]


def unused_port():
    """A loopback port where nothing listens: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
