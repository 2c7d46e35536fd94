"""``GET /v1/config`` (the hub's configuration snapshot, with an ETag) and
``GET /v1/hubs/{hub_id}/appointments`` (today's bookings at the device's own hub).

A kiosk asks for its configuration at the end of every sync cycle, and nearly always
holds it already: the answer (304 from the ETag, or the snapshot) is made in one
transaction on one thread, its device found and its request counted there too (as the
push does), not in a transaction and a thread hop of its own for the device."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Header, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from sync.protocol.wire import AppointmentEntry, ConfigSnapshot
from sync.server import config
from sync.server.db import Database
from sync.server.deps import (
    ApiError,
    ClockDep,
    DatabaseDep,
    DeviceDep,
    LockedDevice,
    ProtocolDep,
    SessionDep,
    SettingsDep,
    TimezoneDep,
    count_request,
)
from sync.server.settings import ServerSettings

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1", tags=["kiosk"])


@router.get(
    "/config",
    response_model=None,
    responses={200: {"model": ConfigSnapshot}, 304: {"description": "Not modified"}},
)
async def get_config(
    _protocol: ProtocolDep,
    settings: SettingsDep,
    database: DatabaseDep,
    clock: ClockDep,
    tz: TimezoneDep,
    authorization: Annotated[str | None, Header()] = None,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """The device's hub configuration; 304 when the kiosk already has this version."""
    answer = await run_in_threadpool(
        _config_answer, database, authorization, if_none_match, settings, clock(), tz
    )
    if isinstance(answer, ApiError):
        raise answer
    return answer


def _config_answer(
    database: Database,
    authorization: str | None,
    if_none_match: str | None,
    settings: ServerSettings,
    now: dt.datetime,
    tz: ZoneInfo,
) -> Response | ApiError:
    """The answer to ``GET /v1/config``, in one transaction: the device behind the token
    (401 otherwise), its request counted (429 over its limit, the count committed), and
    its hub's snapshot, or 304 when ``if_none_match`` names its ETag."""
    with database.session() as session:
        connection = session.connection()
        found = LockedDevice.find(connection, authorization)
        try:
            count_request(found.device, settings, now)
        except ApiError as limited:
            found.save(connection)
            return limited
        hub_id = found.device.hub_id
        day = now.astimezone(tz).date()
        known = config.snapshot_etag(session, hub_id, day=day)
        held = known is not None and f'"{known}"' in _tags(if_none_match)
        # The kiosk holds this version (it was checked when first sent): not built again.
        body = None if held else config.snapshot_body(session, hub_id, day=day, now=now)
        # Written last: on SQLite, other devices' writes wait only for this one statement.
        found.save(connection)
    if held:
        return Response(status_code=304, headers=_headers(f'"{known}"'))
    if body is None:
        return ApiError(404, "no_config", "No configuration has been published for this hub.")
    headers = _headers(f'"{body["etag"]}"')
    try:
        snapshot = ConfigSnapshot.model_validate(body)
    except ValidationError as exc:
        log.error("config for hub %s does not validate: %s", hub_id, exc.error_count())
        return ApiError(404, "no_config", "No configuration has been published for this hub.")
    return Response(snapshot.model_dump_json(), media_type="application/json", headers=headers)


def _tags(if_none_match: str | None) -> list[str]:
    return [tag.strip() for tag in if_none_match.split(",")] if if_none_match else []


def _headers(etag: str) -> dict[str, str]:
    return {"ETag": etag, "Cache-Control": "no-cache"}


@router.get("/hubs/{hub_id}/appointments", response_model=list[AppointmentEntry])
def hub_appointments(
    hub_id: str, device: DeviceDep, session: SessionDep, clock: ClockDep, tz: TimezoneDep
) -> list[AppointmentEntry]:
    """Today's appointments at the device's own hub (another hub's: 403)."""
    if hub_id != device.hub_id:
        raise ApiError(403, "wrong_hub", "This device may only read its own hub's data.")
    now = clock()
    try:
        snapshot = config.build_snapshot(session, hub_id, day=now.astimezone(tz).date(), now=now)
    except ValidationError:
        snapshot = None
    if snapshot is None:
        raise ApiError(404, "no_config", "No configuration has been published for this hub.")
    return snapshot.appointments
