"""The wire format, defined once and used by the kiosk and the central server."""

from sync.protocol.content import (
    Catalogue,
    Closure,
    Hub,
    HubList,
    Interval,
    LocalizedText,
    Service,
    Weekday,
)

PROTOCOL_VERSION = 1

__all__ = [
    "PROTOCOL_VERSION",
    "Catalogue",
    "Closure",
    "Hub",
    "HubList",
    "Interval",
    "LocalizedText",
    "Service",
    "Weekday",
]
