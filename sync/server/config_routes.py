"""``GET /v1/config`` (the hub's configuration snapshot, with an ETag) and
``GET /v1/hubs/{hub_id}/appointments`` (today's bookings at the device's own hub)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Header, Response
from pydantic import ValidationError

from sync.protocol.wire import AppointmentEntry, ConfigSnapshot
from sync.server import config
from sync.server.deps import ApiError, ClockDep, DeviceDep, SessionDep, TimezoneDep

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1", tags=["kiosk"])


@router.get(
    "/config",
    response_model=None,
    responses={200: {"model": ConfigSnapshot}, 304: {"description": "Not modified"}},
)
def get_config(
    device: DeviceDep,
    session: SessionDep,
    clock: ClockDep,
    tz: TimezoneDep,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """The device's hub configuration; 304 when the kiosk already has this version."""
    now = clock()
    body = config.snapshot_body(session, device.hub_id, day=now.astimezone(tz).date(), now=now)
    if body is None:
        raise ApiError(404, "no_config", "No configuration has been published for this hub.")
    etag = f'"{body["etag"]}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match and etag in [tag.strip() for tag in if_none_match.split(",")]:
        # The kiosk holds this version (it was checked when first sent): not built again.
        return Response(status_code=304, headers=headers)
    try:
        snapshot = ConfigSnapshot.model_validate(body)
    except ValidationError as exc:
        log.error("config for hub %s does not validate: %s", device.hub_id, exc.error_count())
        raise ApiError(
            404, "no_config", "No configuration has been published for this hub."
        ) from None
    return Response(snapshot.model_dump_json(), media_type="application/json", headers=headers)


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
