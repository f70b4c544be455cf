"""The directory keeps no tables of its own: it lists the core's profiles and the members'
organisations (see services.py)."""
