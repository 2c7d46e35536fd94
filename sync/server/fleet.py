"""IT's view of the fleet: every kiosk's latest heartbeat, and what needs a visit.

Each push carries a :class:`~sync.protocol.wire.DeviceReport` (outbox depth, dead letters,
version, and the machine's health: printer, free disk, last backup, last error); ingest keeps
the latest on the device's row. This module reads them back and flags a kiosk that has been
silent longer than IT's threshold, runs a version behind the wanted one, has a printer
fault, low disk or a stale backup, or whose adviser sign-in is locked (or refused a PIN two
advisers share) by its last sign-in records. The same rows feed ``/reports/fleet`` (HTML from
``templates/fleet.html``, or JSON; behind the report key) and ``hubkiosk-server devices``.

IT's policy (wanted version, thresholds) lives in the ``fleet_setting`` table, so every
server instance behind a load balancer sees the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.records import (
    ADVISER_LOCK_AFTER,
    ADVISER_LOCK_SECONDS,
    RecordKind,
    SignInOutcome,
)
from sync.server import pages
from sync.server.deps import SessionDep, report_access
from sync.server.models import Device, FleetSetting, HubRow, IngestedRecord, PublishedConfig
from sync.sqltypes import as_utc


@dataclass(frozen=True)
class FleetPolicy:
    """What IT wants of every kiosk; a kiosk that falls short is flagged."""

    #: The kiosk version every kiosk should run (None: no check).
    want_version: str | None = None
    #: A kiosk silent longer than this is flagged (it syncs every 30 s when well).
    silent_minutes: int = 30
    #: Free disk below this many megabytes is flagged.
    low_disk_mb: int = 1024
    #: A newest backup older than this many hours is flagged (backups are daily).
    stale_backup_hours: int = 36


POLICY_FIELDS = {f.name: f for f in dataclasses.fields(FleetPolicy)}


class PolicyError(ValueError):
    """A fleet setting IT typed that cannot be used; the message says which and why."""


def load_policy(session: Session) -> FleetPolicy:
    values: dict[str, Any] = {}
    for row in session.scalars(select(FleetSetting)):
        if row.name == "want_version":
            values["want_version"] = row.value or None
        elif row.name in POLICY_FIELDS:
            values[row.name] = int(row.value)
    return FleetPolicy(**values)


def set_policy(session: Session, name: str, value: str | None) -> FleetPolicy:
    """Set one policy value (``None`` or ``""`` resets it to its default)."""
    name = name.replace("-", "_")
    if name not in POLICY_FIELDS:
        raise PolicyError(f"unknown fleet setting '{name}' (one of: {', '.join(POLICY_FIELDS)})")
    row = session.get(FleetSetting, name)
    if not value:
        if row is not None:
            session.delete(row)
        session.flush()
        return load_policy(session)
    if name == "want_version":
        if version_key(value) is None:
            raise PolicyError(f"'{value}' is not a version like 0.2.0")
    elif not value.isdigit() or int(value) <= 0:
        raise PolicyError(f"{name} must be a whole number above 0, not '{value}'")
    if row is None:
        session.add(FleetSetting(name=name, value=value))
    else:
        row.value = value
    session.flush()
    return load_policy(session)


def version_key(version: str) -> tuple[int, ...] | None:
    """``"0.10.2"`` -> ``(0, 10, 2)``; None when it is not dotted numbers."""
    match = re.fullmatch(r"v?(\d+(?:\.\d+)*)", version.strip())
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def is_behind(version: str | None, wanted: str) -> bool:
    want = version_key(wanted)
    have = version_key(version) if version else None
    if want is None:
        return False
    if have is None:
        return True
    width = max(len(want), len(have))
    return have + (0,) * (width - len(have)) < want + (0,) * (width - len(want))


@dataclass(frozen=True)
class KioskHealth:
    """One kiosk on the fleet page."""

    device_id: uuid.UUID
    hub_id: str
    hub_name: str
    name: str
    version: str | None
    last_seen_at: dt.datetime | None
    silent_seconds: float | None
    #: Silent longer than IT's threshold (or never synced): what it last told is as it was
    #: then, not now.
    silent: bool
    #: As at its last heartbeat (while it is silent, how long it has been up is not known).
    uptime_seconds: float | None
    #: Records waiting to be sent, as at its last heartbeat (while silent, at least these).
    pending: int | None
    #: The oldest waiting record's age, as at its last heartbeat.
    oldest_pending_seconds: float | None
    #: How long that record has waited by now: its age then and the silence since (a kiosk
    #: sends a heartbeat with every push, so it has sent nothing since).
    oldest_pending_seconds_now: float | None
    dead_letters: int | None
    #: When the kiosk clears the personal fields of its oldest set-aside record.
    set_aside_cleared_at: dt.datetime | None
    #: When the kiosk last reported its machine's health (printer, free disk, last backup,
    #: last error): with its heartbeat, or earlier if its heartbeats since carried none.
    health_at: dt.datetime | None
    #: That report is older than IT's silent threshold: the printer, free disk and last
    #: error are as they were then, not now (the page and ``devices`` say as of when).
    health_stale: bool
    printer: str | None
    printer_fault: str | None
    free_disk_bytes: int | None
    last_backup_at: dt.datetime | None
    last_error: str | None
    #: The published configuration's version the kiosk has in force (None: the shipped one).
    configuration: str | None
    #: The kiosk's clock less the server's, seconds, at its last report (None: not sent).
    clock_offset_seconds: float | None
    #: What needs IT, in words ("silent for 2 h 5 min", "printer fault", ...).
    flags: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for key, value in data.items():
            if isinstance(value, dt.datetime):
                data[key] = value.isoformat()
            elif isinstance(value, uuid.UUID):
                data[key] = str(value)
            elif isinstance(value, tuple):
                data[key] = list(value)
        return data


def duration(seconds: float) -> str:
    """``7500`` -> ``"2 h 5 min"`` (days past 48 hours)."""
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{hours // 24} days"


def megabytes(size: int | None) -> str:
    return "" if size is None else f"{size / 1_000_000:,.0f} MB"


def as_of(row: KioskHealth) -> str:
    """``"as of 3 Nov 2026 09:14 UTC"``: when a kiosk told the health it last told, if that
    is stale (:attr:`KioskHealth.health_stale`); "" while it is current."""
    at = row.health_at
    return f"as of {at.day} {at:%b %Y %H:%M} UTC" if row.health_stale and at else ""


def _finite(value: float | None) -> float | None:
    # What an older server stored from a kiosk's "1e400" reads back as infinity.
    return value if value is None or math.isfinite(value) else None


def terminal_text(text: str) -> str:
    """``text`` with every character a terminal would act on (an escape, a newline, a
    carriage return, a bidirectional override...) written as its escape, ``\\x1b``: what
    a kiosk sent is shown in IT's terminal, never obeyed by it."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


@dataclass(frozen=True)
class Published:
    """The configuration in force at the centre: its version and when it was published."""

    version: int
    at: dt.datetime


def config_version(etag: str | None) -> str | None:
    """The published version an ETag names (``v3-1a2b...`` -> ``"3"``), None for none."""
    match = re.fullmatch(r"v(\d+)-.*", etag or "")
    return match.group(1) if match else None


#: A kiosk's clock further than this from the server's is flagged (a request's own time
#: on the way, and a kiosk synced by NTP, are well within it).
CLOCK_OFF_SECONDS = 300


def is_silent(silent_seconds: float | None, policy: FleetPolicy) -> bool:
    """Whether a kiosk last seen ``silent_seconds`` ago (None: never) is flagged silent."""
    return silent_seconds is None or silent_seconds > policy.silent_minutes * 60


def flags_for(
    device: Device,
    policy: FleetPolicy,
    now: dt.datetime,
    published: Published | None = None,
    *,
    kiosks_at_hub: int = 1,
) -> list[str]:
    flags: list[str] = []
    if kiosks_at_hub > 1:
        # Enrolled before a hub ran one kiosk (admin.hub_kiosks): each keeps its own queue,
        # so the two give out the same numbers.
        flags.append(f"{kiosks_at_hub} kiosks at this hub: a hub runs one, so revoke the other")
    seen = as_utc(device.last_seen_at)
    if seen is None:
        flags.append("never synced")
    elif is_silent((now - seen).total_seconds(), policy):
        flags.append(f"silent for {duration((now - seen).total_seconds())}")
    if policy.want_version and is_behind(device.kiosk_version, policy.want_version):
        flags.append(
            f"runs {device.kiosk_version or 'an unknown version'}, wanted {policy.want_version}"
        )
    offset = device.reported_clock_offset_seconds
    if offset is not None and abs(offset) > CLOCK_OFF_SECONDS:
        # Its records' times, days and service days are by its clock: wrong ones.
        flags.append(f"clock {duration(abs(offset))} {'behind' if offset < 0 else 'ahead'}")
    if device.printer_state == "fault":
        flags.append("printer fault")
    if (
        device.free_disk_bytes is not None
        and device.free_disk_bytes < policy.low_disk_mb * 1_000_000
    ):
        flags.append(f"low disk ({megabytes(device.free_disk_bytes)} free)")
    if device.health_at is not None:
        backup = as_utc(device.last_backup_at)
        if backup is None:
            flags.append("no backup")
        elif (now - backup).total_seconds() > policy.stale_backup_hours * 3600:
            flags.append(f"backup {duration((now - backup).total_seconds())} old")
    if device.reported_dead_letters:
        clears = as_utc(device.reported_set_aside_cleared_at)
        count = device.reported_dead_letters
        whose = "its" if count == 1 else "the oldest one's"
        flags.append(
            f"{count} record{'' if count == 1 else 's'} set aside"
            + (f" ({whose} personal details go on {clears:%Y-%m-%d %H:%M} UTC)" if clears else "")
        )
    if (
        published is not None
        and seen is not None
        and (now - published.at).total_seconds() > policy.silent_minutes * 60
    ):
        # A kiosk that checks every sync takes a new version up within a cycle: one still
        # without it after the silent time refused it (its last error says why).
        have = config_version(device.config_in_force)
        if have is None or int(have) < published.version:
            held = f"version {have} is" if have else "the shipped one is"
            flags.append(f"configuration {published.version} not in force ({held})")
    return flags


#: How far back the fleet page reads kiosks' adviser sign-in records: a lock lasts an hour.
SIGN_IN_DAYS = 2


def sign_in_flags(
    session: Session, devices: list[Device], now: dt.datetime
) -> dict[uuid.UUID, str]:
    """The adviser sign-in flag of each kiosk that has one, by its recent sign-in records
    (the kiosk sends every attempt): its last attempt locked sign-in (or was refused while
    locked) and the lock's hour (:data:`ADVISER_LOCK_SECONDS`, from the last wrong PIN
    that set it, by the kiosk's clock) is not over; or its last attempt typed a PIN two
    advisers share. A success, or a wrong PIN after IT unlocked it, ends the flag."""
    hubs = sorted({device.hub_id for device in devices})
    if not hubs:
        return {}
    since = (now - dt.timedelta(days=SIGN_IN_DAYS)).date()
    attempts: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for device_id, payload in session.execute(
        select(IngestedRecord.device_id, IngestedRecord.payload)
        .where(
            IngestedRecord.hub_id.in_(hubs),
            IngestedRecord.kind == RecordKind.ADVISER_SIGNIN.value,
            IngestedRecord.day >= since,
        )
        .order_by(IngestedRecord.seq)
    ):
        attempts.setdefault(device_id, []).append(payload)
    flags: dict[uuid.UUID, str] = {}
    for device_id, made in attempts.items():
        last = made[-1]
        at = _attempt_time(last)
        if last.get("outcome") == SignInOutcome.SHARED_PIN.value and at is not None:
            flags[device_id] = (
                f"a PIN typed at {at:%H:%M} UTC matched two advisers': neither was signed in "
                "(the kiosk's log names them; give one a new PIN: hubkiosk-server adviser pin)"
            )
            continue
        if last.get("success") or int(last.get("failures") or 0) < ADVISER_LOCK_AFTER:
            continue
        locking = [
            attempt
            for attempt in made
            if attempt.get("outcome") == SignInOutcome.WRONG_PIN.value
            and int(attempt.get("failures") or 0) >= ADVISER_LOCK_AFTER
        ]
        start = _attempt_time(locking[-1] if locking else made[0])
        if start is None:
            continue
        ends = start + dt.timedelta(seconds=ADVISER_LOCK_SECONDS)
        if now < ends:
            flags[device_id] = (
                f"adviser sign-in locked since {start:%H:%M} UTC (wrong PINs; no adviser can "
                f"sign in to call the queue): it ends at {ends:%H:%M} UTC, or now with a new PIN for an "
                "adviser at this hub (hubkiosk-server adviser pin ID) at its next sync"
            )
    return flags


def _attempt_time(payload: dict[str, Any]) -> dt.datetime | None:
    """When the kiosk made the attempt (by its clock), in UTC; None if it does not say."""
    try:
        return as_utc(dt.datetime.fromisoformat(str(payload.get("created_at")))).astimezone(dt.UTC)
    except ValueError:
        return None


def fleet(
    session: Session, *, now: dt.datetime, policy: FleetPolicy | None = None
) -> list[KioskHealth]:
    """Every active kiosk with its latest health and flags, flagged ones first."""
    policy = policy or load_policy(session)
    hub_names = {row.id: row.name for row in session.execute(select(HubRow.id, HubRow.name))}
    head = session.execute(
        select(PublishedConfig.version, PublishedConfig.published_at)
        .order_by(PublishedConfig.version.desc())
        .limit(1)
    ).first()
    at = None if head is None else as_utc(head.published_at)
    published = None if head is None or at is None else Published(head.version, at)
    rows: list[KioskHealth] = []
    devices = list(
        session.scalars(
            select(Device).where(Device.revoked_at.is_(None)).order_by(Device.hub_id, Device.name)
        )
    )
    per_hub = Counter(device.hub_id for device in devices)
    signing_in = sign_in_flags(session, devices, now)
    for device in devices:
        seen = as_utc(device.last_seen_at)
        silent_seconds = (now - seen).total_seconds() if seen else None
        oldest = _finite(device.reported_oldest_pending_seconds)
        health_at = as_utc(device.health_at)
        rows.append(
            KioskHealth(
                device_id=device.id,
                hub_id=device.hub_id,
                hub_name=hub_names.get(device.hub_id, device.hub_id),
                name=device.name,
                version=device.kiosk_version,
                last_seen_at=seen,
                silent_seconds=silent_seconds,
                silent=is_silent(silent_seconds, policy),
                uptime_seconds=_finite(device.uptime_seconds),
                pending=device.reported_pending,
                oldest_pending_seconds=oldest,
                oldest_pending_seconds_now=(
                    None if oldest is None else oldest + max(0.0, silent_seconds or 0.0)
                ),
                dead_letters=device.reported_dead_letters,
                set_aside_cleared_at=as_utc(device.reported_set_aside_cleared_at),
                health_at=health_at,
                health_stale=health_at is not None
                and is_silent((now - health_at).total_seconds(), policy),
                printer=device.printer_state,
                printer_fault=device.printer_fault,
                free_disk_bytes=device.free_disk_bytes,
                last_backup_at=as_utc(device.last_backup_at),
                last_error=device.last_error,
                configuration=config_version(device.config_in_force),
                clock_offset_seconds=_finite(device.reported_clock_offset_seconds),
                flags=tuple(
                    flags_for(device, policy, now, published, kiosks_at_hub=per_hub[device.hub_id])
                    + ([signing_in[device.id]] if device.id in signing_in else [])
                ),
            )
        )
    rows.sort(key=lambda row: (not row.flags, row.hub_id, row.name))
    return rows


def _waiting_text(row: KioskHealth) -> str:
    """``5, oldest 2 h``; for a silent kiosk ``5 at last contact, oldest 26 h by now``."""
    if row.pending is None:
        return "?"
    text = f"{row.pending}{' at last contact' if row.silent else ''}"
    if row.oldest_pending_seconds_now:
        text += f", oldest {duration(row.oldest_pending_seconds_now)}"
        text += " by now" if row.silent else ""
    return text


def text_table(rows: list[KioskHealth]) -> str:
    """``hubkiosk-server devices``: one line per kiosk, its flags after it, then its printer
    fault and its last error if it has them, as the fleet page shows them (what kiosks sent
    as :func:`terminal_text`). A printer fault names the ticket number at most, never a
    resident (the kiosk's printing service writes it; 300 characters at most on the wire).

    For a silent kiosk, what it told at its last heartbeat says so ("at last contact"),
    and its oldest waiting record's age is by now: it has sent nothing since. Its free
    disk, printer fault and last error, told longer ago than IT's silent threshold, say
    when ("disk 1,204 MB as of 3 Nov 2026 09:14 UTC")."""
    lines = []
    for row in rows:
        seen = row.last_seen_at.isoformat(timespec="seconds") if row.last_seen_at else "never"
        state = "NEEDS IT: " + "; ".join(row.flags) if row.flags else "ok"
        up = "?" if row.uptime_seconds is None else duration(row.uptime_seconds)
        if row.silent and row.uptime_seconds is not None:
            up += " at last contact"
        # Its printer, disk and last error as it last told them, if long ago: as of when.
        stale = f" {as_of(row)}" if row.health_stale else ""
        told = f" ({as_of(row)})" if row.health_stale else ""
        line = (
            f"{row.device_id}  {row.hub_id}  {row.name}  version {row.version or '?'}  "
            f"configuration {row.configuration or 'shipped'}  "
            f"last seen {seen}  up {up}  "
            f"pending {_waiting_text(row)}  "
            f"disk {megabytes(row.free_disk_bytes) or '?'}{stale}  {state}"
        )
        if row.printer_fault:  # as the fleet page's printer column
            line += f"  printer fault: {row.printer_fault}{told}"
        if row.last_error:  # as the fleet page's column: a kiosk that did not close, too
            line += f"  last error: {row.last_error}{told}"
        lines.append(terminal_text(line))
    return "\n".join(lines)


def fleet_html(rows: list[KioskHealth], policy: FleetPolicy, now: dt.datetime) -> str:
    return pages.render(
        "fleet.html",
        page_class="report fleet",
        duration=lambda seconds: "" if seconds is None else duration(float(seconds)),
        megabytes=megabytes,
        as_of=as_of,
        rows=rows,
        policy=policy,
        now=now,
        flagged=sum(1 for row in rows if row.flags),
    )


# -- HTTP ------------------------------------------------------------------------------


router = APIRouter(prefix="/reports", dependencies=[Depends(report_access)], tags=["fleet"])

#: What the fleet route answers (documented in OpenAPI): a page or JSON, by ``format``.
FLEET_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Every kiosk's latest heartbeat, in the asked ``format``.",
        "content": {"application/json": {}, "text/html": {}},
    }
}


@router.get("/fleet", response_model=None, responses=FLEET_RESPONSES)
def fleet_page(
    request: Request,
    session: SessionDep,
    format: Annotated[str, Query(pattern="^(json|html)$")] = "html",
) -> Response:
    """Every kiosk's latest heartbeat, flagged when it needs IT."""
    now = request.app.state.clock()
    policy = load_policy(session)
    rows = fleet(session, now=now, policy=policy)
    if format == "json":
        return JSONResponse(
            {
                "generated_at": now.isoformat(),
                "policy": dataclasses.asdict(policy),
                "devices": [row.to_json() for row in rows],
            }
        )
    return HTMLResponse(fleet_html(rows, policy, now), headers={"Cache-Control": "no-store"})
