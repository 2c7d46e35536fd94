"""The central server's HTTP API (FastAPI).

Kiosk endpoints live under ``/v1`` and need the ``Hubkiosk-Protocol`` header and a device
bearer token: hub and device always come from the token, never from the body. Every error
is an :class:`~sync.protocol.wire.ErrorBody`. Managers' reports are under ``/reports``,
served only when a report key is configured.

A database that cannot be used (stopped, refusing connections, locked past its wait) is
answered 503 with ``Retry-After`` and logged in one line per request: a JSON
``database_unavailable`` (a kiosk tries again later), a short page for a person reading a
report, and the resident's own page at ``/queue``.
"""

import logging
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.wire import ErrorBody
from sync.server import (
    appointment_routes,
    config_routes,
    counters,
    enrol_routes,
    fleet,
    follow,
    health_routes,
    hub_status,
    offline_docs,
    pages,
    push_routes,
    report_routes,
    survey_routes,
)
from sync.server.db import UNAVAILABLE, Database, unavailable_reason
from sync.server.deps import ApiError, Clock
from sync.server.limits import RequestLimits
from sync.server.models import utcnow
from sync.server.settings import ServerSettings

log = logging.getLogger(__name__)

__all__ = ["ApiError", "create_app"]

#: What a client is asked to wait (seconds) while the database cannot be used.
UNAVAILABLE_RETRY_AFTER = 30


def database_unavailable(request: Request, exc: Exception) -> Response:
    """A 503 for a request the database could not serve, in the way of the page asked."""
    log.warning(
        "database unavailable (%s %s): %s",
        request.method,
        request.url.path,
        unavailable_reason(exc),
    )
    headers = {"Retry-After": str(UNAVAILABLE_RETRY_AFTER)}
    if request.url.path == follow.PATH:
        return follow.unavailable(request, headers)
    wants_page = request.query_params.get("format", "html") == "html" and "text/html" in (
        request.headers.get("accept", "")
    )
    if request.url.path.startswith("/reports/") and wants_page:
        page = pages.render("unavailable.html", retry_after=UNAVAILABLE_RETRY_AFTER)
        return HTMLResponse(page, 503, headers={**headers, "Cache-Control": "no-store"})
    body = ErrorBody(
        error="database_unavailable",
        message=f"The server's database is not answering; try again in {UNAVAILABLE_RETRY_AFTER} s.",
    )
    return JSONResponse(body.model_dump(mode="json"), 503, headers=headers)


def create_app(settings: ServerSettings, *, clock: Clock = utcnow) -> FastAPI:
    """The API over the database named in ``settings`` (which must be migrated)."""
    database = Database(settings.db_url, checkpointed=True)
    app = FastAPI(
        title="Hub Kiosk central server",
        version=str(PROTOCOL_VERSION),
        description="Enrolment, idempotent ingest, config snapshots and reports for hub kiosks.",
    )
    app.state.database = database
    app.state.settings = settings
    app.state.clock = clock
    app.add_middleware(
        RequestLimits, max_bytes=settings.max_body_bytes, max_depth=settings.max_json_depth
    )

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

    for unavailable in UNAVAILABLE:
        app.add_exception_handler(unavailable, database_unavailable)

    document = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            push_routes.add_schemas(document())
        return app.openapi_schema or document()

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented override

    app.include_router(health_routes.router)  # /health, for load balancers
    app.include_router(enrol_routes.router)  # a one-time code for a device token
    app.include_router(push_routes.router)  # records in, answered item by item
    app.include_router(config_routes.router)  # the hub's configuration and appointments
    app.include_router(report_routes.router)  # the managers' hub report
    app.include_router(survey_routes.router)  # survey results and quick feedback (issue 6)
    app.include_router(hub_status.router)  # waits at every hub, for the appointment-only redirect
    app.include_router(appointment_routes.router)  # bookings at any hub, for check-in answers
    # /queue: a resident follows their ticket on their phone (pages limited per address)
    app.include_router(follow.router, dependencies=[Depends(counters.queue_limit)])
    app.include_router(fleet.router)  # /reports/fleet: every kiosk's health, for IT
    offline_docs.install(app)  # /docs and /redoc with their assets served here, no CDN
    return app
