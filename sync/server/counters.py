"""Request limits counted in the database: booking lookups per device, enrolments and
queue pages per client address.

Each limit is a fixed window per key (``lookup:device:<id>``, ``enrol:ip:<address>``,
``queue:ip:<address>``), counted by one atomic upsert, so every server process behind a
load balancer shares the count and a restart does not reset it. The count is committed in
its own transaction straight away: a refused request counts too.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from fastapi import Request
from sqlalchemy import case
from sqlalchemy.dialects import postgresql, sqlite

from sync.server import deps
from sync.server.db import Database
from sync.server.deps import ApiError
from sync.server.models import RateCounter
from sync.server.settings import ServerSettings

HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


def count(
    database: Database, key: str, *, limit: int, window: dt.timedelta, now: dt.datetime
) -> int | None:
    """Count one request for ``key``: None when within ``limit`` per ``window``, else the
    whole seconds until the window ends (for Retry-After)."""
    insert: Any = postgresql.insert if database.dialect == "postgresql" else sqlite.insert
    cutoff = now - window
    expired = RateCounter.window_start <= cutoff
    statement = (
        insert(RateCounter)
        .values(key=key, window_start=now, count=1)
        .on_conflict_do_update(
            index_elements=[RateCounter.key],
            set_={
                "count": case((expired, 1), else_=RateCounter.count + 1),
                "window_start": case((expired, now), else_=RateCounter.window_start),
            },
        )
        .returning(RateCounter.count.label("n"), RateCounter.window_start.label("started"))
    )
    with database.session() as session:
        row = session.execute(statement).one()
    n, started = int(row.n), row.started
    if n <= limit:
        return None
    return max(1, math.ceil((started + window - now).total_seconds()))


def waiting(
    database: Database, key: str, *, limit: int, window: dt.timedelta, now: dt.datetime
) -> int | None:
    """Without counting: the whole seconds until ``key``'s window ends when it is already
    over ``limit``, else None."""
    with database.session() as session:
        row = session.get(RateCounter, key)
        if row is None or row.count <= limit or row.window_start <= now - window:
            return None
        return max(1, math.ceil((row.window_start + window - now).total_seconds()))


def check(
    database: Database,
    key: str,
    *,
    limit: int,
    window: dt.timedelta,
    now: dt.datetime,
    error: str,
    what: str,
) -> None:
    """Count a request for ``key``; raise 429 (with Retry-After) when over the limit."""
    wait = count(database, key, limit=limit, window=window, now=now)
    if wait is not None:
        raise ApiError(
            429,
            error,
            f"Too many {what}; try again in {wait} s.",
            headers={"Retry-After": str(wait)},
        )


def _report_key_limited(wait: int) -> ApiError:
    return ApiError(
        429,
        "report_key_limited",
        f"Too many wrong report keys from this address; try again in {wait} s.",
        headers={"Retry-After": str(wait)},
    )


def report_key_tried(request: Request, *, right: bool) -> None:
    """Count a wrong report key against the client address (at most
    ``report_key_limit_per_hour``); an address over it gets 429 until its hour is over,
    whatever key it gives, so guessing gains nothing. The right key is never counted."""
    database, settings = deps.database(request), deps.settings(request)
    key, limit = f"report:ip:{_client(request)}", settings.report_key_limit_per_hour
    now = deps.clock(request)()
    wait = (
        waiting(database, key, limit=limit, window=HOUR, now=now)
        if right
        else count(database, key, limit=limit, window=HOUR, now=now)
    )
    if wait is not None:
        raise _report_key_limited(wait)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def address_limit(
    area: str,
    limit: Callable[[ServerSettings], int],
    *,
    window: dt.timedelta,
    error: str,
    what: str,
) -> Callable[[Request], None]:
    """A dependency: at most ``limit(settings)`` requests to ``area`` per ``window`` from
    one client address (counted under ``<area>:ip:<address>``)."""

    def dependency(request: Request) -> None:
        check(
            deps.database(request),
            f"{area}:ip:{_client(request)}",
            limit=limit(deps.settings(request)),
            window=window,
            now=deps.clock(request)(),
            error=error,
            what=what,
        )

    return dependency


#: Dependency: at most ``enrol_limit_per_hour`` enrolment attempts per client address.
enrol_limit = address_limit(
    "enrol",
    lambda settings: settings.enrol_limit_per_hour,
    window=HOUR,
    error="enrol_limited",
    what="enrolment attempts from this address",
)
#: Dependency: at most ``queue_limit_per_minute`` queue pages per client address.
queue_limit = address_limit(
    "queue",
    lambda settings: settings.queue_limit_per_minute,
    window=MINUTE,
    error="rate_limited",
    what="queue pages from this address",
)
