"""``POST /v1/enrol`` (a one-time code for a device token) and ``GET /v1/device``.

Enrolment is the only kiosk route without a token: the code IT typed is the credential,
spent once, and attempts are limited per client address (counted in the database).
``/v1/device`` tells an enrolled kiosk who the server thinks it is.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from sync.protocol import PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS
from sync.protocol.wire import DeviceInfo, EnrolRequest, EnrolResponse
from sync.server import admin, counters
from sync.server.deps import (
    ApiError,
    ClockDep,
    DatabaseDep,
    DeviceDep,
    ProtocolDep,
    update_required,
)

router = APIRouter(prefix="/v1", tags=["kiosk"])


@router.post(
    "/enrol",
    status_code=201,
    response_model=EnrolResponse,
    dependencies=[Depends(counters.enrol_limit)],
)
def enrol(
    request_body: EnrolRequest, _protocol: ProtocolDep, database: DatabaseDep, clock: ClockDep
) -> EnrolResponse:
    """Exchange IT's one-time enrolment code for this device's bearer token."""
    if request_body.protocol_version not in SUPPORTED_PROTOCOL_VERSIONS:
        raise update_required(request_body.protocol_version)
    try:
        # Committed before answering: the code is spent once the token is handed out.
        with database.session() as session:
            enrolled = admin.exchange_code(
                session, request_body.code, request_body.device_name, now=clock()
            )
    except admin.AdminError as exc:
        raise ApiError(403, "enrolment_refused", str(exc)) from exc
    return EnrolResponse(
        protocol_version=PROTOCOL_VERSION,
        device_id=enrolled.device_id,
        hub_id=enrolled.hub_id,
        token=enrolled.token,
    )


@router.get("/device", response_model=DeviceInfo)
def device_info(device: DeviceDep) -> DeviceInfo:
    """The device behind the token: its id, hub and high-water mark."""
    return DeviceInfo(device_id=device.id, hub_id=device.hub_id, high_water=device.high_water)
