"""Nexus, the members' extranet: the core (extranet.core) and one Django app per capability
(extranet.directory, extranet.profile_changes, …), which plug into the core's registry."""
