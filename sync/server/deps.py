"""What every kiosk endpoint needs: the protocol check, the device from its token, errors.

Route modules declare ``device: DeviceDep`` (and ``session: SessionDep``) and get the
enrolled, rate-limited device; the database, settings and clock come from ``app.state``
(set by :func:`sync.server.app.create_app`), so routes can live in their own modules.
The push finds its device itself, in its own transaction (:class:`LockedDevice`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import math
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, cast
from zoneinfo import ZoneInfo

from fastapi import Depends, Header, Query, Request
from sqlalchemy import ColumnElement, Connection, Select, bindparam, select, update
from sqlalchemy.orm import Session

from sync.protocol import SUPPORTED_PROTOCOL_VERSIONS
from sync.protocol.wire import PROTOCOL_HEADER, ErrorBody, UpdateRequired
from sync.server.db import Database
from sync.server.models import Device
from sync.server.security import hash_secret
from sync.server.settings import ServerSettings

Clock = Callable[[], dt.datetime]


class ApiError(Exception):
    """An error answered as an :class:`ErrorBody` with ``status``."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        *,
        ids: list[uuid.UUID] | None = None,
        headers: dict[str, str] | None = None,
        body: ErrorBody | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = body or ErrorBody(error=error, message=message, ids=ids or [])
        self.headers = headers or {}


def update_required(version: object) -> ApiError:
    supported = list(SUPPORTED_PROTOCOL_VERSIONS)
    return ApiError(
        426,
        "update_required",
        "",
        body=UpdateRequired(
            message=f"This server speaks sync protocol {supported}, not {version!r}: "
            "update the kiosk software.",
            supported_versions=supported,
        ),
    )


def database(request: Request) -> Database:
    return cast(Database, request.app.state.database)


def settings(request: Request) -> ServerSettings:
    return cast(ServerSettings, request.app.state.settings)


def clock(request: Request) -> Clock:
    return cast(Clock, request.app.state.clock)


def timezone(request: Request) -> ZoneInfo:
    return ZoneInfo(settings(request).timezone)


# The dependencies below read the app's state and do no I/O: declared ``async`` so FastAPI
# calls them on the event loop, not each in a worker thread (a thread hop apiece cost a
# push request about as much as storing ten records).


async def _database(request: Request) -> Database:
    return database(request)


async def _settings(request: Request) -> ServerSettings:
    return settings(request)


async def _clock(request: Request) -> Clock:
    return clock(request)


async def _timezone(request: Request) -> ZoneInfo:
    return timezone(request)


DatabaseDep = Annotated[Database, Depends(_database)]
SettingsDep = Annotated[ServerSettings, Depends(_settings)]
ClockDep = Annotated[Clock, Depends(_clock)]
TimezoneDep = Annotated[ZoneInfo, Depends(_timezone)]


def get_session(request: Request) -> Iterator[Session]:
    with database(request).session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


async def protocol(
    hubkiosk_protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
) -> int:
    if hubkiosk_protocol is None:
        raise ApiError(
            400, "protocol_missing", f"Every request needs the {PROTOCOL_HEADER} header."
        )
    try:
        version = int(hubkiosk_protocol)
    except ValueError:
        raise update_required(hubkiosk_protocol) from None
    if version not in SUPPORTED_PROTOCOL_VERSIONS:
        raise update_required(version)
    return version


ProtocolDep = Annotated[int, Depends(protocol)]


def _token_hash(authorization: str | None) -> str:
    """The hash of the bearer token (401 when there is none)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(
            401,
            "not_enrolled",
            "No device token: enrol this kiosk.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return hash_secret(token)


def token_device(session: Session, authorization: str | None, *, lock: bool) -> Device:
    """The enrolled, unrevoked device behind the bearer token (401 otherwise), its row
    locked for the caller's transaction when ``lock``."""
    query = select(Device).where(Device.token_hash == _token_hash(authorization))
    device = session.scalars(query.with_for_update() if lock else query).first()
    if device is None or device.revoked_at is not None:
        raise revoked_token()
    return device


_DEVICE_COLUMNS = list(Device.__table__.columns)
#: A device's row by its token's hash, locked: built once (a select of every column costs
#: more to build than to run).
_FIND_DEVICE = (
    select(*_DEVICE_COLUMNS)
    .where(Device.__table__.c.token_hash == bindparam("token_hash"))
    .with_for_update()
)


#: A device's row written: the columns set are the parameters given (built once).
_UPDATE_DEVICE = update(Device).where(Device.id == bindparam("device_id"))


@functools.lru_cache(maxsize=8)
def _find_device(also: tuple[ColumnElement[Any], ...]) -> Select[Any]:
    """:data:`_FIND_DEVICE` with ``also`` (the same few expressions each time, module
    constants of the callers)."""
    return _FIND_DEVICE.add_columns(*also) if also else _FIND_DEVICE


@dataclass
class LockedDevice:
    """A device's row, locked for the caller's transaction, as a :class:`Device` that no
    session tracks (``device``: read and changed freely), written back by :meth:`save`.

    For the push, where the ORM's load and unit-of-work flush of this one row cost more
    than storing a batch's records: one ``SELECT`` and one ``UPDATE`` of what changed."""

    device: Device
    loaded: dict[str, Any]

    @classmethod
    def find(
        cls,
        connection: Connection,
        authorization: str | None,
        *,
        also: Sequence[ColumnElement[Any]] = (),
    ) -> LockedDevice:
        """The enrolled, unrevoked device behind the bearer token (401 otherwise).
        ``also``: expressions evaluated in the same statement, on the device's row (a lock
        of its hub: no round trip of its own)."""
        query = _find_device(tuple(also))
        row = connection.execute(query, {"token_hash": _token_hash(authorization)}).first()
        if row is None or row.revoked_at is not None:
            raise revoked_token()
        loaded = {column.key: row._mapping[column] for column in _DEVICE_COLUMNS}
        return cls(Device(**loaded), loaded)

    def changed(self) -> dict[str, Any]:
        """The columns of :attr:`device` that changed since it was read or written."""
        return {
            key: value
            for key, old in self.loaded.items()
            if (value := getattr(self.device, key)) != old
        }

    def written(self, values: dict[str, Any]) -> None:
        """Note that the caller wrote ``values`` (columns of :attr:`device`) to the row."""
        self.loaded.update(values)

    def save(self, connection: Connection) -> None:
        """Write the columns of :attr:`device` that changed since it was read (and were
        not written since, :meth:`written`)."""
        changed = self.changed()
        if changed:
            connection.execute(_UPDATE_DEVICE, {**changed, "device_id": self.loaded["id"]})
            self.written(changed)


def revoked_token() -> ApiError:
    return ApiError(
        401,
        "not_enrolled",
        "This device is not enrolled or its token was revoked.",
        headers={"WWW-Authenticate": "Bearer"},
    )


def count_request(device: Device, config: ServerSettings, now: dt.datetime) -> None:
    """Count one request of ``device`` (a row of the caller's transaction) against its rate
    limit; :class:`ApiError` 429 when it is over, to be raised once the count is committed."""
    window = dt.timedelta(seconds=config.rate_limit_window_seconds)
    if device.rate_window_start is None or now - device.rate_window_start >= window:
        device.rate_window_start = now
        device.rate_count = 0
    device.rate_count += 1
    if device.rate_count > config.rate_limit_requests:
        retry_after = math.ceil((device.rate_window_start + window - now).total_seconds())
        raise ApiError(
            429,
            "rate_limited",
            f"Too many requests from this device; try again in {retry_after} s.",
            headers={"Retry-After": str(max(1, retry_after))},
        )


def current_device(
    request: Request,
    _protocol: ProtocolDep,
    authorization: Annotated[str | None, Header()] = None,
) -> Device:
    """The enrolled device behind the bearer token, counted against its rate limit."""
    config = settings(request)
    now = clock(request)()
    limited: ApiError | None = None
    with database(request).session() as session:
        device = token_device(session, authorization, lock=True)
        try:
            count_request(device, config, now)
        except ApiError as exc:
            limited = exc
        session.flush()
        session.expunge(device)
    if limited is not None:
        raise limited
    return device


DeviceDep = Annotated[Device, Depends(current_device)]


def report_access(
    request: Request,
    key: Annotated[str | None, Query()] = None,
    authorization: Annotated[str | None, Header()] = None,
) -> None:
    """Managers' reports: served only with a report key set, and only to who gives it; an
    address that gave too many wrong keys waits (:func:`sync.server.counters.report_key_tried`)."""
    expected = settings(request).report_key
    if not expected:
        raise ApiError(404, "reports_disabled", "Reports are not served: no report key is set.")
    given = key or (authorization or "").removeprefix("Bearer ").strip()
    right = hmac.compare_digest(given.encode(), expected.encode())
    from sync.server import counters  # counters needs this module's helpers

    counters.report_key_tried(request, right=right)  # 429 past the wrong keys' limit
    if not right:
        raise ApiError(401, "report_key", "A valid report key is needed.")


#: What a report route answers (documented in OpenAPI): JSON, CSV or a page, by ``format``.
REPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The report, in the asked ``format``.",
        "content": {"application/json": {}, "text/csv": {}, "text/html": {}},
    }
}
