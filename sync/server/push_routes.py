"""``POST /v1/push`` (a batch of kiosk records, answered item by item) and
``GET /v1/records/{id}`` (one stored record of the device's hub).

The body (already checked for size, nesting and encoding) is parsed here rather than by FastAPI, so a batch
too large, of an unknown protocol version, or naming another hub gets its own clear error.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sync.protocol import SUPPORTED_PROTOCOL_VERSIONS
from sync.protocol.wire import PushBatch, PushResponse, TypedPushBatch
from sync.server import ingest
from sync.server.deps import (
    ApiError,
    ClockDep,
    DatabaseDep,
    DeviceDep,
    SessionDep,
    SettingsDep,
    TimezoneDep,
    UncountedDeviceDep,
    count_request,
    counted,
    revoked_token,
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
    device: UncountedDeviceDep,
    settings: SettingsDep,
    database: DatabaseDep,
    clock: ClockDep,
    tz: TimezoneDep,
) -> Response:
    """Store each new record once; answer accepted, duplicate or rejected per item.

    The answer is sent as built (a :class:`PushResponse`, already valid), not checked
    again against ``response_model``: for a batch of 500 that second pass cost as much as
    storing it. ``response_model`` still documents it in the OpenAPI schema.
    """
    # Size, nesting and encoding were checked before (sync.server.limits).
    raw = await request.body()
    try:
        batch = _batch(raw, device, settings)
    except ApiError:
        # Refused before storing anything: the request still counts (in a transaction of
        # its own), and a device over its limit hears that first.
        await run_in_threadpool(counted, database, device, settings, clock())
        raise

    def store() -> PushResponse | ApiError:
        # Every item checked against its kind's schema straight from the body (one pass);
        # when one fails, ingest checks them apart, for each one's reason.
        checked = ingest.validate_body(raw)
        for attempt in range(3):
            try:
                with database.session() as session:
                    row = session.get(Device, device.id, with_for_update=True)
                    if row is None or row.revoked_at is not None:
                        raise revoked_token()
                    now = clock()
                    try:
                        count_request(row, settings, now)
                    except ApiError as limited:
                        # Over the limit: the count is committed, nothing is stored.
                        return limited
                    return ingest.ingest_batch(session, row, batch, now=now, tz=tz, checked=checked)
            except IntegrityError:
                # The same id at the same moment through another request is skipped by the
                # insert (ON CONFLICT DO NOTHING); any other race is tried again, and the
                # next attempt sees what was stored and answers duplicate or conflict.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    answer = await run_in_threadpool(store)
    if isinstance(answer, ApiError):
        raise answer
    return Response(answer.model_dump_json(), media_type="application/json")


def _batch(raw: bytes, device: Device, settings: ServerSettings) -> PushBatch:
    """The push body as a batch, or the :class:`ApiError` that refuses it whole."""
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except ValueError:
        raise ApiError(400, "invalid_json", "The body is not JSON.") from None
    items = data.get("items") if isinstance(data, dict) else None
    if isinstance(items, list) and len(items) > settings.max_batch_items:
        raise ApiError(
            413,
            "batch_too_large",
            f"The batch has {len(items)} items; the limit is {settings.max_batch_items}. "
            "Send smaller batches.",
        )
    if isinstance(data, dict) and data.get("protocol_version") not in SUPPORTED_PROTOCOL_VERSIONS:
        raise update_required(data.get("protocol_version"))
    try:
        batch = PushBatch.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ApiError(422, "invalid_batch", f"{where}: {first['msg']}") from None
    foreign = ingest.foreign_hub_ids(batch, device.hub_id)
    if foreign:
        raise ApiError(
            403,
            "wrong_hub",
            f"{len(foreign)} item(s) name another hub; this device belongs to "
            f"'{device.hub_id}'. Nothing in this batch was stored.",
            ids=foreign,
        )
    return batch


@router.get("/records/{record_id}")
def get_record(record_id: uuid.UUID, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """One record as stored for the device's hub (another hub's: 404)."""
    record = session.scalars(
        select(IngestedRecord).where(
            IngestedRecord.id == record_id, IngestedRecord.hub_id == device.hub_id
        )
    ).first()
    if record is None:
        raise ApiError(404, "not_found", "No such record for this hub.")
    return {
        "id": str(record.id),
        "kind": record.kind,
        "server_seq": record.seq,
        "received_at": record.received_at.isoformat(),
        "payload": record.payload,
    }
