"""Managers' figures per hub (and per day) over a date range, computed in SQL.

Visits are tickets (by the ticket's local day); waits are the minutes from a ticket's first
``checked_in`` to its first ``called`` event, summarised by the median and the 90th
percentile (``percentile_cont`` on PostgreSQL, the same interpolation with window functions
on SQLite); referrals and first-contact resolutions are ``served`` events by outcome.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Date, Integer, Select, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session, aliased

from sync.server.models import Device, HubRow, IngestedRecord, PublishedConfig

R = IngestedRecord
Key = tuple[str, dt.date | None]


@dataclass
class Figures:
    hub_id: str
    hub_name: str
    day: dt.date | None = None
    visits: int = 0
    tickets_by_service: dict[str, int] = field(default_factory=dict)
    waits_counted: int = 0
    wait_median_minutes: float | None = None
    wait_p90_minutes: float | None = None
    referrals: int = 0
    referrals_by_destination: dict[str, int] = field(default_factory=dict)
    resolved_first_contact: int = 0
    follow_up_booked: int = 0


@dataclass
class DeviceHealth:
    device_id: str
    hub_id: str
    name: str
    last_seen_at: dt.datetime | None
    pending: int | None
    oldest_pending_seconds: float | None
    dead_letters: int | None
    kiosk_version: str | None
    revoked: bool


@dataclass
class ChannelShift:
    """Per hub, ISO week (its Monday), activity and service: how many of the residents'
    tickets, appointment check-ins or forms were done self-service and how many assisted.
    For forms, ``service_id`` is the form's id."""

    hub_id: str
    hub_name: str
    week: dt.date
    activity: str
    service_id: str | None
    self_service: int
    assisted: int
    #: The service's or form's English name from the published configuration.
    service_name: str = ""

    @property
    def total(self) -> int:
        return self.self_service + self.assisted

    @property
    def assisted_share(self) -> float:
        """Percent done with an adviser (0 when nothing was done)."""
        return round(100.0 * self.assisted / self.total, 1) if self.total else 0.0

    @property
    def self_service_share(self) -> float:
        return round(100.0 - self.assisted_share, 1) if self.total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "week": self.week.isoformat(),
            "total": self.total,
            "self_service_share": self.self_service_share,
            "assisted_share": self.assisted_share,
        }


@dataclass
class HubReport:
    start: dt.date
    end: dt.date
    generated_at: dt.datetime
    hubs: list[Figures]
    days: list[Figures]
    devices: list[DeviceHealth]
    #: Service names (English) from the published catalogue, for labels.
    service_names: dict[str, str] = field(default_factory=dict)
    #: Self-service and assisted counts per hub, week, activity and service (issue 15).
    channel_shift: list[ChannelShift] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, int]:
        return {
            "visits": sum(f.visits for f in self.hubs),
            "referrals": sum(f.referrals for f in self.hubs),
            "resolved_first_contact": sum(f.resolved_first_contact for f in self.hubs),
        }

    def to_json(self) -> dict[str, Any]:
        def plain(figures: Figures) -> dict[str, Any]:
            data = asdict(figures)
            data["day"] = figures.day.isoformat() if figures.day else None
            return data

        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "generated_at": self.generated_at.isoformat(),
            "totals": self.totals,
            "hubs": [plain(f) for f in self.hubs],
            "days": [plain(f) for f in self.days],
            "devices": [
                {
                    **asdict(d),
                    "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else None,
                }
                for d in self.devices
            ],
            "channel_shift": [row.to_json() for row in self.channel_shift],
        }


def _tickets(start: dt.date, end: dt.date, hub_ids: list[str] | None) -> Any:
    query = select(R.hub_id, R.day, R.service_id, R.id).where(
        R.kind == "ticket", R.day >= start, R.day <= end
    )
    if hub_ids:
        query = query.where(R.hub_id.in_(hub_ids))
    return query.subquery("t")


def _group(t: Any, by_day: bool) -> list[Any]:
    return [t.c.hub_id, t.c.day] if by_day else [t.c.hub_id]


def _key(row: Any, by_day: bool) -> Key:
    return (row.hub_id, row.day if by_day else None)


def _wait_minutes(t: Any) -> Any:
    """Per ticket in ``t``: minutes from first check-in to first call (tickets with both)."""
    e = aliased(R)
    per_ticket = (
        select(
            e.ticket_id.label("ticket_id"),
            e.hub_id.label("hub_id"),
            func.min(case((e.event_kind == "checked_in", e.event_epoch))).label("checked"),
            func.min(case((e.event_kind == "called", e.event_epoch))).label("called"),
        )
        .where(e.kind == "queue_event", e.event_kind.in_(["checked_in", "called"]))
        .group_by(e.ticket_id, e.hub_id)
        .subquery("pt")
    )
    return (
        select(
            t.c.hub_id,
            t.c.day,
            ((per_ticket.c.called - per_ticket.c.checked) / 60.0).label("wait"),
        )
        # Only the ticket's own hub's events count (see sync.server.ingest).
        .join(
            per_ticket,
            and_(per_ticket.c.ticket_id == t.c.id, per_ticket.c.hub_id == t.c.hub_id),
        )
        .where(per_ticket.c.checked.is_not(None), per_ticket.c.called.is_not(None))
        .where(per_ticket.c.called >= per_ticket.c.checked)
        .subquery("w")
    )


def _percentiles(session: Session, t: Any, by_day: bool) -> Select[Any]:
    w = _wait_minutes(t)
    keys = [w.c.hub_id, w.c.day] if by_day else [w.c.hub_id]
    if session.get_bind().dialect.name == "postgresql":
        return select(
            *keys,
            func.count().label("n"),
            func.percentile_cont(0.5).within_group(w.c.wait).label("median"),
            func.percentile_cont(0.9).within_group(w.c.wait).label("p90"),
        ).group_by(*keys)
    # SQLite has no percentile_cont: rank the waits per group, then interpolate between the
    # two rows around position p * (n - 1), exactly as percentile_cont does.
    ranked = select(
        *keys,
        w.c.wait,
        (func.row_number().over(partition_by=keys, order_by=w.c.wait) - 1).label("rn"),
        func.count().over(partition_by=keys).label("n"),
    ).subquery("r")
    rkeys = [ranked.c.hub_id, ranked.c.day] if by_day else [ranked.c.hub_id]

    def interpolated(p: float) -> Any:
        position = literal(p) * (ranked.c.n - 1)
        low = cast(position, Integer)
        fraction = position - low
        return func.sum(
            case(
                (ranked.c.rn == low, ranked.c.wait * (1 - fraction)),
                (ranked.c.rn == low + 1, ranked.c.wait * fraction),
                else_=0.0,
            )
        )

    return select(
        *rkeys,
        func.max(ranked.c.n).label("n"),
        interpolated(0.5).label("median"),
        interpolated(0.9).label("p90"),
    ).group_by(*rkeys)


def hub_report(
    session: Session,
    start: dt.date,
    end: dt.date,
    *,
    now: dt.datetime,
    hub_ids: list[str] | None = None,
) -> HubReport:
    names: dict[str, str] = dict(session.execute(select(HubRow.id, HubRow.name)).all())
    hubs = _figures(session, start, end, hub_ids, names, by_day=False)
    days = _figures(session, start, end, hub_ids, names, by_day=True)
    device_query = select(Device).order_by(Device.hub_id, Device.name)
    if hub_ids:
        device_query = device_query.where(Device.hub_id.in_(hub_ids))
    devices = [
        DeviceHealth(
            device_id=str(d.id),
            hub_id=d.hub_id,
            name=d.name,
            last_seen_at=d.last_seen_at,
            pending=d.reported_pending,
            oldest_pending_seconds=d.reported_oldest_pending_seconds,
            dead_letters=d.reported_dead_letters,
            kiosk_version=d.kiosk_version,
            revoked=d.revoked_at is not None,
        )
        for d in session.scalars(device_query)
    ]
    return HubReport(
        start=start,
        end=end,
        generated_at=now,
        hubs=hubs,
        days=days,
        devices=devices,
        service_names=_service_names(session),
        channel_shift=channel_shift(session, start, end, hub_ids, names),
    )


def _week_start(session: Session, day: Any) -> Any:
    """The Monday of ``day``'s ISO week, in SQL (each database says it its own way)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.date_trunc("week", day), Date)
    return func.date(day, "weekday 0", "-6 days")


def channel_shift(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    names: dict[str, str],
) -> list[ChannelShift]:
    """The channel-shift figures (issue 15), counted in SQL: tickets, appointment
    check-ins and forms per hub, week and service, self-service and assisted. A record
    without a channel (made before kiosks said so) counts as self-service."""
    week = _week_start(session, R.day).label("week")
    assisted = case((R.channel == "assisted", 1), else_=0)
    query = (
        select(
            R.hub_id,
            week,
            R.activity,
            R.service_id,
            func.sum(1 - assisted).label("self_service"),
            func.sum(assisted).label("assisted"),
        )
        .where(R.activity.is_not(None), R.day >= start, R.day <= end)
        .group_by(R.hub_id, week, R.activity, R.service_id)
        .order_by(R.hub_id, week, R.activity, R.service_id)
    )
    if hub_ids:
        query = query.where(R.hub_id.in_(hub_ids))
    labels = _labels(session)
    return [
        ChannelShift(
            hub_id=row.hub_id,
            hub_name=names.get(row.hub_id, row.hub_id),
            week=row.week if isinstance(row.week, dt.date) else dt.date.fromisoformat(row.week),
            activity=row.activity,
            service_id=row.service_id,
            self_service=int(row.self_service),
            assisted=int(row.assisted),
            service_name=labels.get(row.service_id or "", row.service_id or ""),
        )
        for row in session.execute(query)
    ]


def _labels(session: Session) -> dict[str, str]:
    """Service and form ids to their English names, from the newest published configuration."""
    body = session.scalar(
        select(PublishedConfig.body).order_by(PublishedConfig.version.desc()).limit(1)
    )
    names = _service_names(session)
    for form in (body or {}).get("forms", []):
        if isinstance(form, dict) and "id" in form:
            title = form.get("title")
            english = title.get("en") if isinstance(title, dict) else None
            names[str(form["id"])] = str(english or form["id"])
    return names


def _service_names(session: Session) -> dict[str, str]:
    """Service id to English name, from the newest published configuration."""
    body = session.scalar(
        select(PublishedConfig.body).order_by(PublishedConfig.version.desc()).limit(1)
    )
    if not body:
        return {}
    services = body.get("catalogue", {}).get("services", [])
    return {s["id"]: s.get("name", {}).get("en", s["id"]) for s in services if "id" in s}


def _figures(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    names: dict[str, str],
    *,
    by_day: bool,
) -> list[Figures]:
    t = _tickets(start, end, hub_ids)
    group = _group(t, by_day)
    found: dict[Key, Figures] = {}

    def figures(key: Key) -> Figures:
        if key not in found:
            found[key] = Figures(hub_id=key[0], hub_name=names.get(key[0], key[0]), day=key[1])
        return found[key]

    by_service = select(*group, t.c.service_id, func.count().label("n")).group_by(
        *group, t.c.service_id
    )
    for row in session.execute(by_service):
        f = figures(_key(row, by_day))
        f.tickets_by_service[row.service_id] = int(row.n)
        f.visits += int(row.n)

    e = aliased(R)
    served = (
        select(
            *group,
            e.outcome,
            e.referred_to.label("destination"),
            func.count().label("n"),
        )
        .join(
            e,
            and_(
                e.ticket_id == t.c.id,
                e.hub_id == t.c.hub_id,
                e.kind == "queue_event",
                e.event_kind == "served",
            ),
        )
        .where(e.outcome.is_not(None))
        .group_by(*group, e.outcome, e.referred_to)
    )
    for row in session.execute(served):
        f = figures(_key(row, by_day))
        if row.outcome == "referred":
            f.referrals += int(row.n)
            destination = row.destination or "unspecified"
            by_destination = f.referrals_by_destination
            by_destination[destination] = by_destination.get(destination, 0) + int(row.n)
        elif row.outcome == "resolved_first_contact":
            f.resolved_first_contact += int(row.n)
        elif row.outcome == "follow_up_booked":
            f.follow_up_booked += int(row.n)

    for row in session.execute(_percentiles(session, t, by_day)):
        f = figures(_key(row, by_day))
        f.waits_counted = int(row.n)
        f.wait_median_minutes = round(float(row.median), 1)
        f.wait_p90_minutes = round(float(row.p90), 1)

    return sorted(found.values(), key=lambda f: (f.hub_id, f.day or dt.date.min))
