"""``POST /v1/push`` (a batch of kiosk records, answered item by item) and
``GET /v1/records/{id}`` (one stored record, to the kiosk that sent it).

The body (already checked for size, nesting and encoding) is parsed here rather than by FastAPI, so a batch
too large, of an unknown protocol version, or naming another hub gets its own clear error.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask

from sync.protocol import SUPPORTED_PROTOCOL_VERSIONS
from sync.protocol.wire import PushBatch, PushResponse, TypedPushBatch
from sync.server import hub_aggregates, ingest
from sync.server.db import Database
from sync.server.deps import (
    ApiError,
    Clock,
    ClockDep,
    DatabaseDep,
    DeviceDep,
    LockedDevice,
    ProtocolDep,
    SessionDep,
    SettingsDep,
    TimezoneDep,
    count_request,
    update_required,
)
from sync.server.models import Device, IngestedRecord
from sync.server.settings import ServerSettings

router = APIRouter(prefix="/v1", tags=["kiosk"])


COMPONENTS = "#/components/schemas/"


def add_schemas(document: dict[str, Any]) -> None:
    """Put :class:`TypedPushBatch` and every record schema in the OpenAPI components (the
    push body is read by hand, so FastAPI does not know them)."""
    schema = TypedPushBatch.model_json_schema(ref_template=COMPONENTS + "{model}")
    components = document.setdefault("components", {}).setdefault("schemas", {})
    components.update(schema.pop("$defs", {}))
    components["TypedPushBatch"] = schema


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


@router.post(
    "/push",
    response_model=PushResponse,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"{COMPONENTS}TypedPushBatch"}}},
        }
    },
)
async def push(
    request: Request,
    _protocol: ProtocolDep,
    settings: SettingsDep,
    database: DatabaseDep,
    clock: ClockDep,
    tz: TimezoneDep,
    authorization: Annotated[str | None, Header()] = None,
) -> Response:
    """Store each new record once; answer accepted, duplicate or rejected per item.

    One connection and one transaction per push: the device found from its token (its row
    locked, with its hub's tally lock when the batch may need it), its request counted, the
    batch stored and tallied, committed once. Each statement is a round trip to the
    database, so none is spent on a session of its own for the token.

    The answer is sent as built (a :class:`PushResponse`, already valid), not checked
    again against ``response_model``: for a batch of 500 that second pass cost as much as
    storing it. ``response_model`` still documents it in the OpenAPI schema.
    """
    # Size, nesting and encoding were checked before (sync.server.limits).
    raw = await request.body()

    def store() -> PushResponse | ApiError:
        for attempt in range(3):
            try:
                return _store(database, authorization, raw, settings, clock, tz)
            except IntegrityError:
                # The same id at the same moment through another request is skipped by the
                # insert (ON CONFLICT DO NOTHING); any other race is tried again, and the
                # next attempt sees what was stored and answers duplicate or conflict.
                if attempt == 2:
                    raise
            except DBAPIError as exc:
                # A connection the database dropped (a restart): found out on first use, as
                # connections are not pinged before each. Nothing was committed; the pool
                # has let every old connection go, so the next attempt connects afresh.
                if not exc.connection_invalidated or attempt == 2:
                    raise
        raise AssertionError("unreachable")

    answer = await run_in_threadpool(store)
    if isinstance(answer, ApiError):
        raise answer
    # Once the answer is sent, SQLite's log is copied into the database file, off the
    # next push's commit (see sync.server.db.Checkpointer).
    return Response(
        answer.model_dump_json(),
        media_type="application/json",
        background=BackgroundTask(_written, database),
    )


async def _written(database: Database) -> None:
    database.written()  # only asks the checkpointer's thread: no thread of the pool needed


#: The lock of the device's hub, taken with its row (see :mod:`sync.server.hub_aggregates`).
_HUB_LOCK = hub_aggregates.hub_lock(Device.hub_id)


def _store(
    database: Database,
    authorization: str | None,
    raw: bytes,
    settings: ServerSettings,
    clock: Clock,
    tz: ZoneInfo,
) -> PushResponse | ApiError:
    """One attempt at a push, in one transaction (see :func:`push`)."""
    with database.session() as session:
        connection = session.connection()
        postgresql = connection.dialect.name == "postgresql"
        also = [_HUB_LOCK] if postgresql and _may_count_queue(raw) else []
        found = LockedDevice.find(connection, authorization, also=also)
        device = found.device
        if also:
            hub_aggregates.holding(session, device.hub_id)
        answer = _answer(session, found, raw, settings, clock(), tz)
        # The device's row (its count, then what ingest records) is written once: by
        # ingest's insert on PostgreSQL, else here at the end, even when the push is
        # refused (what ingest wrote is not written again). It is locked meanwhile.
        found.save(connection)
        return answer


def _may_count_queue(raw: bytes) -> bool:
    """Whether the body may hold tickets or queue events, whose tallies need the hub's
    lock (taken with the device's row then, at no cost of its own). Read from the bytes,
    as the body is parsed only once its device is known; a kind spelt with escapes is
    missed here, and :func:`sync.server.hub_aggregates.record` takes the lock itself."""
    return any(f'"{kind}"'.encode() in raw for kind in _QUEUE_KINDS)


_QUEUE_KINDS = (hub_aggregates.TICKET, hub_aggregates.QUEUE_EVENT)


def _answer(
    session: Session,
    found: LockedDevice,
    raw: bytes,
    settings: ServerSettings,
    now: dt.datetime,
    tz: ZoneInfo,
) -> PushResponse | ApiError:
    """The push's answer, its request counted on ``found``'s device: the body is parsed only now,
    for an enrolled device within its limit (a device over its limit hears that first; a
    body refused whole still counts)."""
    device = found.device
    try:
        count_request(device, settings, now)
    except ApiError as limited:
        return limited  # over the limit: the count is committed, nothing is stored
    batch = _batch(raw, settings)
    if isinstance(batch, ApiError):
        return batch
    foreign = ingest.foreign_hub_ids(batch, device.hub_id)
    if foreign:
        return ApiError(
            403,
            "wrong_hub",
            f"{len(foreign)} item(s) name another hub; this device belongs to "
            f"'{device.hub_id}'. Nothing in this batch was stored.",
            ids=foreign,
        )
    # Every item checked against its kind's schema straight from the body (one pass);
    # when one fails, ingest checks them apart, for each one's reason.
    checked = ingest.validate_body(raw)
    return ingest.ingest_batch(
        session, device, batch, now=now, tz=tz, checked=checked, device_row=found
    )


def _batch(raw: bytes, settings: ServerSettings) -> PushBatch | ApiError:
    """The push body as a batch, or the :class:`ApiError` that refuses it whole (one
    naming another hub is refused by :func:`_answer`, which knows the device).

    Read straight from the bytes, strictly, in one pass (parsing with ``json.loads`` and
    then validating what it gave took half as long again); a body that pass refuses, or
    that may hold ``NaN`` or ``Infinity`` (which it would take for numbers), is read the
    standard library's way, which says why it is refused. What the strict pass accepts,
    the other reads the same: every value of the type it must be, every number as read.
    """
    if b"NaN" not in raw and b"Infinity" not in raw:
        try:
            batch = PushBatch.model_validate_json(raw, strict=True)
        except ValueError:  # ValidationError included
            pass
        else:
            refused = _refused(len(batch.items), batch.protocol_version, settings)
            return batch if refused is None else refused
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except ValueError as exc:
        if "integer string conversion" in str(exc):  # valid JSON Python will not read
            return ApiError(400, "invalid_json", "The body holds a number with too many digits.")
        return ApiError(400, "invalid_json", "The body is not JSON.")
    items = data.get("items") if isinstance(data, dict) else None
    if isinstance(items, list) and len(items) > settings.max_batch_items:
        return _too_large(len(items), settings)
    if isinstance(data, dict) and data.get("protocol_version") not in SUPPORTED_PROTOCOL_VERSIONS:
        return update_required(data.get("protocol_version"))
    try:
        return PushBatch.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return ApiError(422, "invalid_batch", f"{where}: {first['msg']}")


def _refused(items: int, protocol_version: int, settings: ServerSettings) -> ApiError | None:
    """Why a well-formed batch of ``items`` items is refused whole, if it is."""
    if items > settings.max_batch_items:
        return _too_large(items, settings)
    if protocol_version not in SUPPORTED_PROTOCOL_VERSIONS:
        return update_required(protocol_version)
    return None


def _too_large(items: int, settings: ServerSettings) -> ApiError:
    return ApiError(
        413,
        "batch_too_large",
        f"The batch has {items} items; the limit is {settings.max_batch_items}. "
        "Send smaller batches.",
    )


@router.get("/records/{record_id}")
def get_record(record_id: uuid.UUID, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """One record as stored, for the device that sent it (any other's: 404). Another
    kiosk of the hub may not read it: a ticket's id is in the QR code printed on it, and
    a kiosk token found on a hub machine must not read the call names of the hub's
    tickets, or a form's answers, from the tickets left behind."""
    record = session.scalars(
        select(IngestedRecord).where(
            IngestedRecord.id == record_id, IngestedRecord.device_id == device.id
        )
    ).first()
    if record is None:
        raise ApiError(404, "not_found", "No such record sent by this kiosk.")
    return {
        "id": str(record.id),
        "kind": record.kind,
        "server_seq": record.seq,
        "received_at": record.received_at.isoformat(),
        "payload": record.payload,
    }
