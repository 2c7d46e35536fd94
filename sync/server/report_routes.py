"""``GET /reports/hubs``: the managers' hub report as JSON, CSV or an HTML page.

Served only when a report key is configured (:func:`sync.server.deps.report_access`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

from sync.server import reports
from sync.server.deps import REPORT_RESPONSES, ApiError, ClockDep, SessionDep, report_access
from sync.server.render import to_csv, to_html

router = APIRouter(prefix="/reports", tags=["reports"], dependencies=[Depends(report_access)])


@router.get("/hubs", response_model=None, responses=REPORT_RESPONSES)
def hub_report(
    session: SessionDep,
    clock: ClockDep,
    start: Annotated[dt.date, Query(alias="from")],
    end: Annotated[dt.date, Query(alias="to")],
    format: Annotated[str, Query(pattern="^(json|csv|html)$")] = "html",
    hub: Annotated[list[str] | None, Query()] = None,
    table: Annotated[
        str, Query(pattern="^(all|hubs|weeks|days|destinations|channel_shift|devices)$")
    ] = "all",
    key: Annotated[str | None, Query()] = None,
) -> Response:
    """Visits, tickets by service, waits, referrals, outcomes and rates per hub, per day and
    per week, beside the council's baseline; ``table`` picks one table of the page as CSV."""
    if end < start:
        raise ApiError(422, "invalid_range", "'to' is before 'from'.")
    try:
        report = reports.hub_report(session, start, end, now=clock(), hub_ids=hub)
    except reports.UnknownHub as exc:
        raise ApiError(422, "unknown_hub", str(exc)) from None
    except reports.PeriodTooLong as exc:
        raise ApiError(422, "invalid_range", str(exc)) from None
    if format == "json":
        return JSONResponse(report.to_json())
    if format == "csv":
        return PlainTextResponse(to_csv(report, table), media_type="text/csv")
    return HTMLResponse(to_html(report, key))
