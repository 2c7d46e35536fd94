"""Sync: the wire protocol, the kiosk-side sync client and the central server.

Nothing in this package imports from ``hubkiosk`` or from Qt: the kiosk depends on it,
never the other way round.
"""
