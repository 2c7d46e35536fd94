"""``GET /v1/config`` (the hub's configuration snapshot, with an ETag) and
``GET /v1/hubs/{hub_id}/appointments`` (today's bookings at the device's own hub).

A kiosk asks for its configuration at the end of every sync cycle, and nearly always
holds it already: the answer (304 from the ETag, or the snapshot) is made in one
transaction on one thread, its device found and its request counted there too (as the
push does), not in a transaction and a thread hop of its own for the device."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Header, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from sync.protocol.wire import AppointmentEntry, ConfigSnapshot, ErrorBody, validation_problems
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

#: What the routes answer when the hub's snapshot cannot be sent.
SNAPSHOT_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No configuration is published (no_config)"},
    409: {
        "model": ErrorBody,
        "description": "The configuration in force cannot make this hub's snapshot "
        "(invalid_config): IT must publish it again",
    },
}


@router.get(
    "/config",
    response_model=None,
    responses={
        200: {"model": ConfigSnapshot},
        304: {"description": "Not modified"},
        **SNAPSHOT_ERRORS,
    },
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
        tags = _tags(if_none_match)
        # What the kiosk has in force (it offers only that ETag): for IT's fleet page.
        found.device.config_in_force = tags[0].removeprefix("W/").strip('"')[:80] if tags else None
        day = now.astimezone(tz).date()
        known = config.snapshot_etag(session, hub_id, day=day)
        held = known is not None and f'"{known}"' in tags
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
        return invalid_config(hub_id, body["version"], exc)
    return Response(snapshot.model_dump_json(), media_type="application/json", headers=headers)


def invalid_config(hub_id: str, version: object, exc: ValidationError) -> ApiError:
    """The answer (and the log line) when the configuration in force cannot make
    ``hub_id``'s snapshot (a database an older server published into: ``config publish``
    refuses such a configuration now). A kiosk keeps its last good snapshot and shows
    this; "no_config" would read as "nothing published". No values are quoted: the
    snapshot carries the day's bookings."""
    reasons = config.in_one_line(validation_problems(exc))
    log.error(
        "the configuration (version %s) does not make a valid snapshot for hub %s: %s",
        version,
        hub_id,
        reasons,
    )
    return ApiError(
        409,
        "invalid_config",
        f"The configuration published (version {version}) does not make a valid snapshot "
        f"for hub '{hub_id}' ({reasons}): IT must publish it again, corrected.",
    )


def _tags(if_none_match: str | None) -> list[str]:
    return [tag.strip() for tag in if_none_match.split(",")] if if_none_match else []


def _headers(etag: str) -> dict[str, str]:
    return {"ETag": etag, "Cache-Control": "no-cache"}


@router.get(
    "/hubs/{hub_id}/appointments",
    response_model=list[AppointmentEntry],
    responses=SNAPSHOT_ERRORS,
)
def hub_appointments(
    hub_id: str, device: DeviceDep, session: SessionDep, clock: ClockDep, tz: TimezoneDep
) -> list[AppointmentEntry]:
    """Today's appointments at the device's own hub (another hub's: 403)."""
    if hub_id != device.hub_id:
        raise ApiError(403, "wrong_hub", "This device may only read its own hub's data.")
    now = clock()
    body = config.snapshot_body(session, hub_id, day=now.astimezone(tz).date(), now=now)
    if body is None:
        raise ApiError(404, "no_config", "No configuration has been published for this hub.")
    try:
        return ConfigSnapshot.model_validate(body).appointments
    except ValidationError as exc:
        raise invalid_config(hub_id, body["version"], exc) from None
