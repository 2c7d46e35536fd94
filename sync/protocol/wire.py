"""The sync wire format: push batches and their results, config snapshots, enrolment, errors.

Every request carries the protocol version twice: in the ``Hubkiosk-Protocol`` header and in
the body. A server that does not speak that version answers 426 with :class:`UpdateRequired`
rather than guessing. Times a kiosk sends (``kiosk_time``) are data only: order and cursors
come from the server's receive sequence (``server_seq``).
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
import uuid
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from sync.protocol.content import SLUG, Catalogue, Hub
from sync.protocol.records import PERSONAL, RecordItem
from sync.protocol.records import RecordKind as RecordKind  # defined with the schemas

#: The header that carries the protocol version on every request.
PROTOCOL_HEADER = "Hubkiosk-Protocol"

PIN_HASH = r"^pbkdf2_sha256\$[0-9]{4,7}\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$"


def no_control_characters(text: str | None) -> str | None:
    """``text`` unless it holds a control character (an escape, a newline, a carriage return,
    a bell...): a name or version shown in IT's terminal must not be able to steer it."""
    for char in text or "":
        if unicodedata.category(char) == "Cc" or char in "\u2028\u2029":
            raise ValueError(f"must not hold a control character ({char!r})")
    return text


#: Refuses text from a kiosk that is not one line of plain text (a device name, a version).
PLAIN_TEXT = AfterValidator(no_control_characters)

# A heartbeat is a hint for IT, never a reason to refuse the records pushed with it: a value
# the schema takes but no database column holds (or no report can show) is clamped to what
# the column holds, or dropped (None).

#: The largest count a BIGINT column holds on every database.
BIGINT_MAX = 2**63 - 1
#: The largest count an INTEGER column holds on every database.
INT_MAX = 2**31 - 1
#: The longest duration reported (some 31,700 years): more says nothing more.
MAX_SECONDS = 1e12


def _at_most(limit: int) -> AfterValidator:
    return AfterValidator(lambda value: value if value is None else min(value, limit))


def _seconds(value: float | None) -> float | None:
    """A finite duration, at most :data:`MAX_SECONDS`; ``inf`` (``1e400``) is no duration."""
    if value is None or not math.isfinite(value):
        return None
    return min(value, MAX_SECONDS)


def _utc_or_none(value: dt.datetime | None) -> dt.datetime | None:
    """A time that has a UTC form (what the database stores), else None: year 1 at +01:00
    and year 9999 at -01:00 fall outside the calendar once in UTC."""
    if value is None or value.tzinfo is None:
        return value
    try:
        value.astimezone(dt.UTC)
    except OverflowError:
        return None
    return value


class Wire(BaseModel):
    """Base for wire messages: unknown fields are an error, so a mangled body shows up."""

    model_config = ConfigDict(extra="forbid")


class PrinterState(StrEnum):
    """The ticket printer as the kiosk last saw it."""

    NONE = "none"  # no printer configured: tickets are shown on screen only
    OK = "ok"
    FAULT = "fault"


class DeviceHealth(Wire):
    """The machine's side of a heartbeat, for IT's fleet page (every field optional, so a
    kiosk that cannot tell one still reports the rest). No personal data."""

    uptime_seconds: Annotated[float | None, Field(ge=0), AfterValidator(_seconds)] = None
    printer: PrinterState | None = None
    #: The last printer fault in words for IT (no ticket holder's data).
    printer_fault: Annotated[str | None, Field(max_length=300)] = None
    free_disk_bytes: Annotated[int | None, Field(ge=0), _at_most(BIGINT_MAX)] = None
    last_backup_at: Annotated[dt.datetime | None, AfterValidator(_utc_or_none)] = None
    #: The last sync or configuration error the kiosk met.
    last_error: Annotated[str | None, Field(max_length=300)] = None


class DeviceReport(Wire):
    """How the kiosk's outbox looks, sent with each push for the device-health report.

    ``health`` was added later and is optional: older kiosks still validate. Counts and
    durations past what the database holds are clamped, and an infinite one is dropped."""

    pending: Annotated[int, Field(ge=0), _at_most(INT_MAX)]
    oldest_pending_seconds: Annotated[float | None, Field(ge=0), AfterValidator(_seconds)] = None
    dead_letters: Annotated[int, Field(ge=0), _at_most(INT_MAX)] = 0
    #: When the kiosk clears the personal fields of the oldest set-aside record still
    #: holding them (its ``set_aside_days`` after it was set aside); added later, optional.
    set_aside_cleared_at: Annotated[dt.datetime | None, AfterValidator(_utc_or_none)] = None
    kiosk_version: Annotated[str | None, Field(max_length=40), PLAIN_TEXT] = None
    health: DeviceHealth | None = None
    #: The kiosk's clock when it made this report (added later, optional): the server
    #: flags a clock far from its own, which would put the kiosk's visits on wrong days.
    kiosk_now: Annotated[dt.datetime | None, AfterValidator(_utc_or_none)] = None


class PushItem(Wire):
    id: uuid.UUID
    kind: RecordKind
    #: When the kiosk made the record, by its own clock: kept as data, never used for order.
    kiosk_time: dt.datetime | None = None
    payload: dict[str, Any]


class PushBatch(Wire):
    """A batch as read off the wire: each item's payload is checked on its own, so one bad
    item is rejected alone (see :class:`TypedPushBatch` for what a payload must be)."""

    protocol_version: int
    items: list[PushItem]
    device: DeviceReport | None = None


class TypedPushBatch(Wire):
    """What a push batch must hold, kind by kind (the schema published for ``/v1/push``)."""

    protocol_version: int
    items: list[RecordItem]
    device: DeviceReport | None = None


class ItemStatus(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class ItemResult(Wire):
    id: uuid.UUID
    status: ItemStatus
    #: The server's receive sequence of the stored record (accepted and duplicate items).
    server_seq: int | None = None
    #: Why an item was rejected: ``conflict`` (same id, different payload) or ``invalid: ...``.
    reason: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ItemResult:
        if self.status is ItemStatus.REJECTED:
            if not self.reason:
                raise ValueError("a rejected item needs a reason")
        elif self.server_seq is None:
            raise ValueError(f"an item that is {self.status.value} needs its server_seq")
        return self


class PushResponse(Wire):
    protocol_version: int
    results: list[ItemResult]
    #: The highest server sequence stored for this device so far.
    high_water: int


class Adviser(Wire):
    id: Annotated[str, Field(pattern=SLUG)]
    name: Annotated[str, Field(min_length=1, max_length=100)]
    #: ``pbkdf2_sha256$rounds$salt$digest``, as made by ``hubkiosk.core.pin.hash_pin``.
    pin_hash: Annotated[str, Field(pattern=PIN_HASH)]
    #: The hubs where the adviser may sign in; empty means every hub.
    hub_ids: list[str] = []


class AppointmentEntry(Wire):
    """A booking as the snapshot carries it. Both stores' ``appointment`` tables keep these
    fields under these names, so this model is the one mapping each way: a row is
    ``Row(**entry.model_dump())`` (the server's adds its ``day``) and a row read back is
    ``AppointmentEntry.model_validate(row, from_attributes=True)``."""

    id: uuid.UUID
    hub_id: Annotated[str, Field(pattern=SLUG)]
    service_id: Annotated[str, Field(pattern=SLUG)]
    starts_at: dt.datetime
    # Personal: purged by both sides' retention once the appointment is past.
    reference: Annotated[str, Field(min_length=1, max_length=20, json_schema_extra=PERSONAL)]
    surname: Annotated[str, Field(min_length=1, max_length=80, json_schema_extra=PERSONAL)]
    phone: Annotated[str | None, Field(max_length=20, json_schema_extra=PERSONAL)] = None

    @model_validator(mode="after")
    def _aware(self) -> AppointmentEntry:
        if self.starts_at.tzinfo is None:
            raise ValueError("starts_at needs a time zone")
        return self


class ConfigSnapshot(Wire):
    """Everything the server configures for one hub's kiosks, validated and applied whole."""

    protocol_version: int
    #: The published configuration's version (grows by one per ``config publish``).
    version: Annotated[int, Field(ge=1)]
    #: Identity of this exact body (version plus a hash): the HTTP ETag, without quotes.
    etag: Annotated[str, Field(min_length=1, max_length=80)]
    published_at: dt.datetime
    hub_id: Annotated[str, Field(pattern=SLUG)]
    hubs: list[Hub]
    catalogue: Catalogue
    #: Form definitions (shape owned by ``sync.protocol.forms``).
    forms: list[dict[str, Any]] = []
    #: Survey definitions (shape owned by ``sync.protocol.surveys``).
    surveys: list[dict[str, Any]] = []
    advisers: list[Adviser] = []
    #: The local day the appointments are for.
    appointments_day: dt.date
    appointments: list[AppointmentEntry] = []
    recommended_kiosk_version: str | None = None

    @model_validator(mode="after")
    def _references(self) -> ConfigSnapshot:
        hub_ids = {hub.id for hub in self.hubs}
        if len(hub_ids) != len(self.hubs):
            raise ValueError("hub ids used twice")
        if self.hub_id not in hub_ids:
            raise ValueError(f"the snapshot's hub '{self.hub_id}' is not among its hubs")
        service_ids = {service.id for service in self.catalogue.services}
        for appointment in self.appointments:
            if appointment.hub_id != self.hub_id:
                raise ValueError(f"appointment {appointment.id} is for another hub")
            if appointment.service_id not in service_ids:
                raise ValueError(
                    f"appointment {appointment.id} names unknown service '{appointment.service_id}'"
                )
        adviser_ids = [adviser.id for adviser in self.advisers]
        if len(set(adviser_ids)) != len(adviser_ids):
            raise ValueError("adviser ids used twice")
        return self


def validation_problems(exc: ValidationError, whole: str | None = "snapshot") -> list[str]:
    """Each problem of ``exc`` as "where: what" (a problem with the whole: ``whole``, or the
    bare "what" when None), for IT. Values are never quoted (``include_input=False``): a
    snapshot and a bookings file carry residents' references, surnames and phones."""
    problems = []
    for error in exc.errors(include_input=False, include_url=False, include_context=False):
        what = error["msg"].removeprefix("Value error, ")
        where = ".".join(str(part) for part in error["loc"]) or whole
        problems.append(f"{where}: {what}" if where else what)
    return problems


class EnrolRequest(Wire):
    protocol_version: int
    code: Annotated[str, Field(min_length=6, max_length=64)]
    device_name: Annotated[str, Field(min_length=1, max_length=100), PLAIN_TEXT] = "kiosk"


class EnrolResponse(Wire):
    protocol_version: int
    device_id: uuid.UUID
    hub_id: str
    #: The device's bearer token: shown once, stored only as a hash on the server.
    token: str


class DeviceInfo(Wire):
    device_id: uuid.UUID
    hub_id: str
    high_water: int


class ErrorBody(Wire):
    """Every error the server sends: a stable code, a sentence for people, maybe item ids.

    Extra fields are ignored, so a client reads the common part of any error body.
    """

    model_config = ConfigDict(extra="ignore")

    error: str
    message: str
    ids: list[uuid.UUID] = []


class UpdateRequired(ErrorBody):
    error: Literal["update_required"] = "update_required"
    supported_versions: list[int]
