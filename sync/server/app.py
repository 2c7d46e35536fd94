"""The central server's HTTP API (FastAPI).

Kiosk endpoints live under ``/v1`` and need the ``Hubkiosk-Protocol`` header and a device
bearer token: hub and device always come from the token, never from the body. Every error
is an :class:`~sync.protocol.wire.ErrorBody`. Managers' reports are under ``/reports``,
served only when a report key is configured.
"""

import datetime as dt
import hmac
import json
import logging
import uuid
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from pydantic import ValidationError
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from sync.protocol import PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS
from sync.protocol.wire import (
    AppointmentEntry,
    DeviceInfo,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    PushBatch,
    PushResponse,
)
from sync.server import (
    admin,
    appointment_routes,
    config,
    fleet,
    follow,
    hub_status,
    ingest,
    offline_docs,
    reports,
    survey_routes,
)
from sync.server.db import Database
from sync.server.deps import (
    ApiError,
    Clock,
    DeviceDep,
    ProtocolDep,
    SessionDep,
)
from sync.server.deps import update_required as _update_required
from sync.server.models import Device, IngestedRecord, utcnow
from sync.server.render import to_csv, to_html
from sync.server.settings import ServerSettings

log = logging.getLogger(__name__)

__all__ = ["ApiError", "create_app"]


class BodyLimit:
    """Refuses bodies over ``limit`` bytes from their Content-Length, before reading them."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                    response = JSONResponse(
                        _too_large(int(value), self.limit).body.model_dump(mode="json"),
                        status_code=413,
                    )
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def _too_large(size: int, limit: int, *, at_least: bool = False) -> ApiError:
    more = "more than " if at_least else ""
    return ApiError(
        413,
        "payload_too_large",
        f"The request body is {more}{size:,} bytes; the limit is {limit:,}. Send smaller batches.",
    )


def create_app(settings: ServerSettings, *, clock: Clock = utcnow) -> FastAPI:
    """The API over the database named in ``settings`` (which must be migrated)."""
    database = Database(settings.db_url)
    tz = ZoneInfo(settings.timezone)
    app = FastAPI(
        title="Hub Kiosk central server",
        version=str(PROTOCOL_VERSION),
        description="Enrolment, idempotent ingest, config snapshots and reports for hub kiosks.",
    )
    app.state.database = database
    app.state.settings = settings
    app.state.clock = clock
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            exc.body.model_dump(mode="json"), status_code=exc.status, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        body = ErrorBody(error="invalid_request", message=f"{where}: {first.get('msg', 'invalid')}")
        return JSONResponse(body.model_dump(mode="json"), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = ErrorBody(error=f"http_{exc.status_code}", message=str(exc.detail))
        return JSONResponse(body.model_dump(mode="json"), status_code=exc.status_code)

    @app.get("/health")
    def health(session: SessionDep) -> dict[str, Any]:
        session.execute(text("SELECT 1"))
        return {"status": "ok", "protocol_version": PROTOCOL_VERSION, "database": database.dialect}

    @app.post("/v1/enrol", status_code=201, response_model=EnrolResponse)
    def enrol(request_body: EnrolRequest, _protocol: ProtocolDep) -> EnrolResponse:
        if request_body.protocol_version not in SUPPORTED_PROTOCOL_VERSIONS:
            raise _update_required(request_body.protocol_version)
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

    @app.get("/v1/device", response_model=DeviceInfo)
    def device_info(device: DeviceDep) -> DeviceInfo:
        return DeviceInfo(device_id=device.id, hub_id=device.hub_id, high_water=device.high_water)

    @app.post(
        "/v1/push",
        response_model=PushResponse,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": PushBatch.model_json_schema()}},
            }
        },
    )
    async def push(request: Request, device: DeviceDep) -> PushResponse:
        # Read at most the limit (a chunked body has no Content-Length to refuse early).
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > settings.max_body_bytes:
                raise _too_large(size, settings.max_body_bytes, at_least=True)
            chunks.append(chunk)
        raw = b"".join(chunks)
        try:
            data = json.loads(raw)
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
        if (
            isinstance(data, dict)
            and data.get("protocol_version") not in SUPPORTED_PROTOCOL_VERSIONS
        ):
            raise _update_required(data.get("protocol_version"))
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
        return await run_in_threadpool(_ingest, device.id, batch)

    def _ingest(device_id: uuid.UUID, batch: PushBatch) -> PushResponse:
        for attempt in range(3):
            try:
                with database.session() as session:
                    device = session.get(Device, device_id, with_for_update=True)
                    assert device is not None
                    return ingest.ingest_batch(session, device, batch, now=clock(), tz=tz)
            except IntegrityError:
                # The same id arrived at the same moment through another request: the next
                # attempt sees it stored and answers duplicate or conflict.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    @app.get(
        "/v1/config",
        response_model=None,
        responses={200: {"model": config.ConfigSnapshot}, 304: {"description": "Not modified"}},
    )
    def get_config(
        device: DeviceDep,
        session: SessionDep,
        if_none_match: Annotated[str | None, Header()] = None,
    ) -> Response:
        now = clock()
        try:
            snapshot = config.build_snapshot(
                session, device.hub_id, day=now.astimezone(tz).date(), now=now
            )
        except ValidationError as exc:
            log.error("config for hub %s does not validate: %s", device.hub_id, exc.error_count())
            snapshot = None
        if snapshot is None:
            raise ApiError(404, "no_config", "No configuration has been published for this hub.")
        etag = f'"{snapshot.etag}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if if_none_match and etag in [tag.strip() for tag in if_none_match.split(",")]:
            return Response(status_code=304, headers=headers)
        return Response(snapshot.model_dump_json(), media_type="application/json", headers=headers)

    @app.get("/v1/hubs/{hub_id}/appointments", response_model=list[AppointmentEntry])
    def hub_appointments(
        hub_id: str, device: DeviceDep, session: SessionDep
    ) -> list[AppointmentEntry]:
        if hub_id != device.hub_id:
            raise ApiError(403, "wrong_hub", "This device may only read its own hub's data.")
        now = clock()
        try:
            snapshot = config.build_snapshot(
                session, hub_id, day=now.astimezone(tz).date(), now=now
            )
        except ValidationError:
            snapshot = None
        if snapshot is None:
            raise ApiError(404, "no_config", "No configuration has been published for this hub.")
        return snapshot.appointments

    @app.get("/v1/records/{record_id}")
    def get_record(record_id: uuid.UUID, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
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

    def report_access(
        key: Annotated[str | None, Query()] = None,
        authorization: Annotated[str | None, Header()] = None,
    ) -> None:
        if not settings.report_key:
            raise ApiError(404, "reports_disabled", "Reports are not served: no report key is set.")
        given = key or (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), settings.report_key.encode()):
            raise ApiError(401, "report_key", "A valid report key is needed.")

    @app.get("/reports/hubs", response_model=None, dependencies=[Depends(report_access)])
    def hub_report(
        session: SessionDep,
        start: Annotated[dt.date, Query(alias="from")],
        end: Annotated[dt.date, Query(alias="to")],
        format: Annotated[str, Query(pattern="^(json|csv|html)$")] = "html",
        hub: Annotated[list[str] | None, Query()] = None,
    ) -> Response:
        if end < start:
            raise ApiError(422, "invalid_range", "'to' is before 'from'.")
        report = reports.hub_report(session, start, end, now=clock(), hub_ids=hub)
        if format == "json":
            return JSONResponse(report.to_json())
        if format == "csv":
            return PlainTextResponse(to_csv(report), media_type="text/csv")
        return HTMLResponse(to_html(report))

    app.include_router(survey_routes.router)  # survey results and quick feedback (issue 6)
    app.include_router(hub_status.router)  # waits at every hub, for the appointment-only redirect
    app.include_router(appointment_routes.router)  # bookings at any hub, for check-in answers
    app.include_router(follow.router)  # /queue: a resident follows their ticket on their phone
    app.include_router(fleet.router)  # /reports/fleet: every kiosk's health, for IT
    offline_docs.install(app)  # /docs and /redoc with their assets served here, no CDN
    return app
