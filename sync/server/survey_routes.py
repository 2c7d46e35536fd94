"""HTTP routes for the survey results and quick feedback (``/reports/surveys``, ``/reports/feedback``).

Registered by the app factory with ``app.include_router(survey_routes.router)``. Like the
hub report, they are served only when a report key is configured, and need it as
``?key=...`` or a Bearer header. The database and settings come from ``app.state``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from sqlalchemy.orm import Session

from sync.server import reports, survey_reports
from sync.server.deps import REPORT_RESPONSES, ApiError, report_access
from sync.server.models import utcnow

Format = Annotated[str, Query(pattern="^(json|csv|html)$")]


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.database.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(_session)]
router = APIRouter(prefix="/reports", dependencies=[Depends(report_access)], tags=["reports"])


@router.get("/surveys")
def list_surveys(session: SessionDep) -> list[dict[str, Any]]:
    """The surveys that can be reported on (:func:`survey_reports.listed_surveys`)."""
    return survey_reports.listed_surveys(session)


@router.get("/surveys/{survey_id}", response_model=None, responses=REPORT_RESPONSES)
def survey_results(
    survey_id: str,
    session: SessionDep,
    request: Request,
    start: Annotated[dt.date | None, Query(alias="from")] = None,
    end: Annotated[dt.date | None, Query(alias="to")] = None,
    hub: Annotated[list[str] | None, Query()] = None,
    partial: bool = False,
    format: Format = "html",
    channel: Annotated[str | None, Query(pattern="^(self_service|assisted)$")] = None,
) -> Response:
    """Appendix 7 figures for one survey (the period defaults to the survey's run);
    ``channel`` keeps the responses completed alone (``self_service``) or with an adviser
    beside the resident (``assisted``)."""
    try:
        report = survey_reports.survey_report(
            session,
            survey_id,
            start,
            end,
            now=utcnow(),
            hub_ids=hub,
            include_partial=partial,
            comments_kept_days=request.app.state.settings.retention_days,
            channel=channel,
        )
    except reports.UnknownHub as exc:
        raise ApiError(422, "unknown_hub", str(exc)) from None
    except survey_reports.UnknownSurvey as exc:
        raise ApiError(404, "unknown_survey", str(exc)) from None
    except survey_reports.InvalidSurvey as exc:
        raise ApiError(422, "invalid_survey", str(exc)) from None
    except survey_reports.SurveyReportError as exc:
        raise ApiError(422, "invalid_range", str(exc)) from None
    if format == "json":
        return JSONResponse(report.to_json())
    if format == "csv":
        return PlainTextResponse(survey_reports.survey_csv(report), media_type="text/csv")
    return HTMLResponse(survey_reports.survey_html(report))


@router.get("/feedback", response_model=None, responses=REPORT_RESPONSES)
def feedback_results(
    session: SessionDep,
    start: Annotated[dt.date, Query(alias="from")],
    end: Annotated[dt.date, Query(alias="to")],
    hub: Annotated[list[str] | None, Query()] = None,
    format: Format = "html",
) -> Response:
    """Quick-feedback scores overall, against waits, by service and by hub."""
    try:
        report = survey_reports.feedback_report(session, start, end, now=utcnow(), hub_ids=hub)
    except reports.UnknownHub as exc:
        raise ApiError(422, "unknown_hub", str(exc)) from None
    except reports.PeriodTooLong as exc:
        raise ApiError(422, "invalid_range", str(exc)) from None
    except survey_reports.SurveyReportError as exc:
        raise ApiError(422, "invalid_range", str(exc)) from None
    if format == "json":
        return JSONResponse(report.to_json())
    if format == "csv":
        return PlainTextResponse(survey_reports.feedback_csv(report), media_type="text/csv")
    return HTMLResponse(survey_reports.feedback_html(report))
