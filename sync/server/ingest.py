"""Idempotent ingest of a push batch: each record stored once, whatever the re-sends.

The same id with the same payload is a duplicate (answered with the stored sequence); the
same id with a different payload, or an id another hub's device already used, is rejected
as a ``conflict`` and kept aside by the kiosk for IT. Hub and device come from the token.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.wire import (
    DeviceReport,
    ItemResult,
    ItemStatus,
    PushBatch,
    PushItem,
    PushResponse,
    RecordKind,
)
from sync.server.models import Device, IngestedRecord

QUEUE_EVENT_KINDS = {"checked_in", "called", "recalled", "no_show", "transferred", "served"}


class InvalidPayload(ValueError):
    """A payload that cannot be a record of its kind (rejected, the rest of the batch goes on)."""


def payload_hash(payload: dict[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def foreign_hub_ids(batch: PushBatch, hub_id: str) -> list[uuid.UUID]:
    """Items whose payload names a hub other than the device's own."""
    return [
        item.id
        for item in batch.items
        if "hub_id" in item.payload and item.payload["hub_id"] != hub_id
    ]


def _time(value: Any, field: str) -> dt.datetime:
    if not isinstance(value, str):
        raise InvalidPayload(f"'{field}' must be an ISO time")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidPayload(f"'{field}' is not an ISO time") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _text(payload: dict[str, Any], field: str, *, required: bool = True) -> str | None:
    value = payload.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise InvalidPayload(f"'{field}' must be a non-empty string")
    return value


def extract(item: PushItem, tz: ZoneInfo) -> dict[str, Any]:
    """The report columns of ``item`` (raises :class:`InvalidPayload` when it cannot be one)."""
    payload = item.payload
    if "id" in payload and str(payload["id"]) != str(item.id):
        raise InvalidPayload("the payload's id differs from the item's id")
    columns: dict[str, Any] = {
        "day": None,
        "service_id": None,
        "ticket_id": None,
        "event_kind": None,
        "event_epoch": None,
        "outcome": None,
        "referred_to": None,
    }
    if item.kind is RecordKind.TICKET:
        day = _text(payload, "day")
        try:
            columns["day"] = dt.date.fromisoformat(str(day))
        except ValueError as exc:
            raise InvalidPayload("'day' is not an ISO date") from exc
        columns["service_id"] = _text(payload, "service_id")
        _text(payload, "number")
    elif item.kind is RecordKind.QUEUE_EVENT:
        try:
            columns["ticket_id"] = uuid.UUID(str(_text(payload, "ticket_id")))
        except ValueError as exc:
            raise InvalidPayload("'ticket_id' is not a UUID") from exc
        kind = _text(payload, "kind")
        if kind not in QUEUE_EVENT_KINDS:
            raise InvalidPayload(f"unknown queue event kind '{kind}'")
        at = _time(payload.get("at"), "at")
        columns.update(
            event_kind=kind,
            event_epoch=at.timestamp(),
            day=at.astimezone(tz).date(),
            outcome=_text(payload, "outcome", required=False),
            referred_to=_text(payload, "referred_to", required=False)
            or _text(payload, "to_service_id", required=False),
        )
    else:
        made = payload.get("created_at")
        moment = _time(made, "created_at") if made is not None else item.kiosk_time
        if moment is not None:
            columns["day"] = moment.astimezone(tz).date() if moment.tzinfo else moment.date()
        if item.kind is RecordKind.FEEDBACK:
            columns["service_id"] = _text(payload, "service_id", required=False)
    return columns


@dataclass(frozen=True)
class _Stored:
    hub_id: str
    payload_hash: str
    seq: int


def ingest_batch(
    session: Session, device: Device, batch: PushBatch, *, now: dt.datetime, tz: ZoneInfo
) -> PushResponse:
    """Store the new items of ``batch`` for ``device`` and answer for every item."""
    ids = [item.id for item in batch.items]
    stored: dict[uuid.UUID, _Stored] = {}
    if ids:
        rows = session.execute(
            select(
                IngestedRecord.id,
                IngestedRecord.hub_id,
                IngestedRecord.payload_hash,
                IngestedRecord.seq,
            ).where(IngestedRecord.id.in_(set(ids)))
        ).all()
        stored = {row.id: _Stored(row.hub_id, row.payload_hash, row.seq) for row in rows}

    results: dict[uuid.UUID, ItemResult] = {}
    answers: list[tuple[uuid.UUID, ItemResult | None]] = []
    new_rows: list[dict[str, Any]] = []
    in_batch: dict[uuid.UUID, str] = {}
    for item in batch.items:
        digest = payload_hash(item.payload)
        if item.id in in_batch:
            # Sent twice in one batch: the first copy decides, the second follows it.
            same = in_batch[item.id] == digest
            answers.append((item.id, None if same else _conflict(item.id)))
            continue
        in_batch[item.id] = digest
        known = stored.get(item.id)
        if known is not None:
            if known.hub_id == device.hub_id and known.payload_hash == digest:
                result = ItemResult(id=item.id, status=ItemStatus.DUPLICATE, server_seq=known.seq)
            else:
                result = _conflict(item.id)
            results[item.id] = result
            answers.append((item.id, result))
            continue
        try:
            columns = extract(item, tz)
        except InvalidPayload as exc:
            result = ItemResult(id=item.id, status=ItemStatus.REJECTED, reason=f"invalid: {exc}")
            results[item.id] = result
            answers.append((item.id, result))
            continue
        new_rows.append(
            {
                "id": item.id,
                "kind": item.kind.value,
                "hub_id": device.hub_id,
                "device_id": device.id,
                "received_at": now,
                "kiosk_time": _aware(item.kiosk_time),
                "payload": item.payload,
                "payload_hash": digest,
                **columns,
            }
        )
        answers.append((item.id, None))

    if new_rows:
        # Core insert on the session's connection: one multi-row INSERT ... RETURNING per
        # batch ("insertmanyvalues"); rows are matched back by id, not by position.
        statement = insert(IngestedRecord).returning(IngestedRecord.id, IngestedRecord.seq)
        inserted = session.connection().execute(statement, new_rows).all()
        for row in inserted:
            results[row.id] = ItemResult(id=row.id, status=ItemStatus.ACCEPTED, server_seq=row.seq)
        device.high_water = max([device.high_water, *(row.seq for row in inserted)])

    final: list[ItemResult] = []
    answered: set[uuid.UUID] = set()
    for item_id, answer in answers:
        if answer is None:
            first = results[item_id]
            answer = _as_duplicate(first) if item_id in answered else first
        answered.add(item_id)
        final.append(answer)

    device.last_seen_at = now
    if batch.device is not None:
        _record_health(device, batch.device)
    return PushResponse(
        protocol_version=PROTOCOL_VERSION, results=final, high_water=device.high_water
    )


def _conflict(item_id: uuid.UUID) -> ItemResult:
    return ItemResult(id=item_id, status=ItemStatus.REJECTED, reason="conflict")


def _as_duplicate(result: ItemResult) -> ItemResult:
    if result.status is ItemStatus.REJECTED:
        return result
    return ItemResult(id=result.id, status=ItemStatus.DUPLICATE, server_seq=result.server_seq)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _record_health(device: Device, report: DeviceReport) -> None:
    device.reported_pending = report.pending
    device.reported_oldest_pending_seconds = report.oldest_pending_seconds
    device.reported_dead_letters = report.dead_letters
    device.kiosk_version = report.kiosk_version
    health = report.health
    if health is not None:  # older kiosks send none: their last known health stays
        device.health_at = device.last_seen_at
        device.uptime_seconds = health.uptime_seconds
        device.printer_state = health.printer.value if health.printer else None
        device.printer_fault = health.printer_fault
        device.free_disk_bytes = health.free_disk_bytes
        device.last_backup_at = _aware(health.last_backup_at)
        device.last_error = health.last_error
