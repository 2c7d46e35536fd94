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

from sync.protocol.wire import (  # noqa: E402
    PROTOCOL_HEADER,
    Adviser,
    AppointmentEntry,
    ConfigSnapshot,
    DeviceInfo,
    DeviceReport,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ItemResult,
    ItemStatus,
    PushBatch,
    PushItem,
    PushResponse,
    RecordKind,
    UpdateRequired,
)

SUPPORTED_PROTOCOL_VERSIONS = (PROTOCOL_VERSION,)

__all__ += [
    "PROTOCOL_HEADER",
    "SUPPORTED_PROTOCOL_VERSIONS",
    "Adviser",
    "AppointmentEntry",
    "ConfigSnapshot",
    "DeviceInfo",
    "DeviceReport",
    "EnrolRequest",
    "EnrolResponse",
    "ErrorBody",
    "ItemResult",
    "ItemStatus",
    "PushBatch",
    "PushItem",
    "PushResponse",
    "RecordKind",
    "UpdateRequired",
]
