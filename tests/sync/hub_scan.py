"""The hub figures as they were computed before they were kept at ingest: scans of every
ingested ticket and queue event (the test's oracle for :mod:`sync.server.hub_aggregates`).

Kept as it was (issue 16 item 6), so the report that reads the tallies can be compared,
figure for figure, with figures counted from the raw rows by an independent computation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Date,
    Float,
    Integer,
    Select,
    Uuid,
    and_,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session, aliased

from sync.server import reports
from sync.server.models import AppointmentRow, HubRow, IngestedRecord
from sync.server.reports import ALL_HUBS, ChannelShift, Figures, HubReport, Key, Period

R = IngestedRecord


def _period(session: Session, period: Period) -> Any:
    if period == "day":
        return R.day
    if period == "week":
        if session.get_bind().dialect.name == "postgresql":
            return cast(func.date_trunc("week", R.day), Date)
        return func.date(R.day, "weekday 0", "-6 days")
    return literal(None)


def _tickets(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    *,
    by_hub: bool,
    period: Period,
) -> Any:
    query = select(
        (R.hub_id if by_hub else literal(ALL_HUBS)).label("hub_id"),
        R.hub_id.label("own_hub_id"),
        _period(session, period).label("day"),
        R.service_id,
        R.id,
    ).where(R.kind == "ticket", R.day >= start, R.day <= end)
    if hub_ids:
        query = query.where(R.hub_id.in_(hub_ids))
    return query.subquery("t")


def _group(t: Any, period: Period) -> list[Any]:
    return [t.c.hub_id, t.c.day] if period else [t.c.hub_id]


def _key(row: Any, period: Period) -> Key:
    day = row.day if period else None
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return (row.hub_id, day)


def _booking_starts(session: Session) -> Any:
    """Each ticket for a booking with its appointment's start (seconds since the epoch;
    bookings are made to the minute), from the ticket's payload and the bookings table."""
    a, ticket = AppointmentRow, aliased(R)
    named = ticket.payload["appointment_id"].as_string()
    if session.get_bind().dialect.name == "postgresql":
        same = a.id == cast(named, Uuid)
        start = cast(func.extract("epoch", a.starts_at), Float)
    else:
        same = func.lower(func.replace(named, "-", "")) == a.id
        start = cast(func.strftime("%s", a.starts_at), Float)
    return (
        select(ticket.id.label("ticket_id"), start.label("start"))
        .join(a, and_(same, a.hub_id == ticket.hub_id))
        .where(ticket.kind == "ticket")
        .subquery("booked")
    )


def _wait_minutes(session: Session, t: Any) -> Any:
    """A resident waits from check-in to first call; early for a booking, from its start
    (none if called before it)."""
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
    booked = _booking_starts(session)
    later = func.greatest if session.get_bind().dialect.name == "postgresql" else func.max
    since = later(per_ticket.c.checked, func.coalesce(booked.c.start, per_ticket.c.checked))
    return (
        select(
            t.c.hub_id,
            t.c.day,
            (later(per_ticket.c.called - since, 0.0) / 60.0).label("wait"),
        )
        .join(
            per_ticket,
            and_(per_ticket.c.ticket_id == t.c.id, per_ticket.c.hub_id == t.c.own_hub_id),
        )
        .outerjoin(booked, booked.c.ticket_id == t.c.id)
        .where(per_ticket.c.checked.is_not(None), per_ticket.c.called.is_not(None))
        .where(per_ticket.c.called >= per_ticket.c.checked)
        .subquery("w")
    )


def _percentiles(session: Session, t: Any, period: Period) -> Select[Any]:
    w = _wait_minutes(session, t)
    keys = [w.c.hub_id, w.c.day] if period else [w.c.hub_id]
    if session.get_bind().dialect.name == "postgresql":
        return select(
            *keys,
            func.count().label("n"),
            func.percentile_cont(0.5).within_group(w.c.wait).label("median"),
            func.percentile_cont(0.9).within_group(w.c.wait).label("p90"),
        ).group_by(*keys)
    ranked = select(
        *keys,
        w.c.wait,
        (func.row_number().over(partition_by=keys, order_by=w.c.wait) - 1).label("rn"),
        func.count().over(partition_by=keys).label("n"),
    ).subquery("r")
    rkeys = [ranked.c.hub_id, ranked.c.day] if period else [ranked.c.hub_id]

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


def scanned_figures(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    names: dict[str, str],
    *,
    by_hub: bool,
    period: Period,
) -> list[Figures]:
    t = _tickets(session, start, end, hub_ids, by_hub=by_hub, period=period)
    group = _group(t, period)
    found: dict[Key, Figures] = {}

    def figures(key: Key) -> Figures:
        if key not in found:
            name = names.get(key[0], key[0]) or "All hubs"
            found[key] = Figures(hub_id=key[0], hub_name=name, day=key[1])
        return found[key]

    by_service = select(*group, t.c.service_id, func.count().label("n")).group_by(
        *group, t.c.service_id
    )
    for row in session.execute(by_service):
        f = figures(_key(row, period))
        f.tickets_by_service[row.service_id] = int(row.n)
        f.visits += int(row.n)

    e = aliased(R)
    served = (
        select(*group, e.outcome, e.referred_to.label("destination"), func.count().label("n"))
        .join(
            e,
            and_(
                e.ticket_id == t.c.id,
                e.hub_id == t.c.own_hub_id,
                e.kind == "queue_event",
                e.event_kind == "served",
            ),
        )
        .where(e.outcome.is_not(None))
        .group_by(*group, e.outcome, e.referred_to)
    )
    for row in session.execute(served):
        f = figures(_key(row, period))
        if row.outcome == "referred":
            f.referrals += int(row.n)
            destination = row.destination or "unspecified"
            by_destination = f.referrals_by_destination
            by_destination[destination] = by_destination.get(destination, 0) + int(row.n)
        elif row.outcome == "resolved_first_contact":
            f.resolved_first_contact += int(row.n)
        elif row.outcome == "follow_up_booked":
            f.follow_up_booked += int(row.n)

    for row in session.execute(_percentiles(session, t, period)):
        f = figures(_key(row, period))
        f.waits_counted = int(row.n)
        f.wait_median_minutes = round(float(row.median), 1)
        f.wait_p90_minutes = round(float(row.p90), 1)

    return sorted(found.values(), key=lambda f: (f.hub_id, f.day or dt.date.min))


def scanned_channel_shift(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    names: dict[str, str],
) -> list[ChannelShift]:
    week = _period(session, "week").label("week")
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
    labels = reports._labels(session)
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


def scanned_hub_report(
    session: Session,
    start: dt.date,
    end: dt.date,
    *,
    now: dt.datetime,
    hub_ids: list[str] | None = None,
) -> HubReport:
    """The managers' report with every figure counted from the raw rows (devices, names
    and baseline as the report gives them)."""
    report = reports.hub_report(session, start, end, now=now, hub_ids=hub_ids)
    names: dict[str, str] = dict(session.execute(select(HubRow.id, HubRow.name)).all())
    hubs = scanned_figures(session, start, end, hub_ids, names, by_hub=True, period=None)
    listed = {f.hub_id for f in hubs}
    hubs += [
        Figures(hub_id=hub_id, hub_name=name)
        for hub_id, name in names.items()
        if hub_id not in listed and (not hub_ids or hub_id in hub_ids)
    ]
    hubs.sort(key=lambda f: f.hub_name)
    report.hubs = hubs
    by_day = scanned_figures(session, start, end, hub_ids, names, by_hub=True, period="day")
    # Every day of every hub, a day nothing was recorded in with zeros.
    dates = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    daily = {(f.hub_id, f.day) for f in by_day}
    by_day += [
        Figures(hub_id=f.hub_id, hub_name=f.hub_name, day=day)
        for f in hubs
        for day in dates
        if (f.hub_id, day) not in daily
    ]
    report.days = sorted(by_day, key=lambda f: (f.hub_id, f.day or dt.date.min))
    reported_days = _reporting(session, start, end, hub_ids, "day")
    report.days_without_records = {
        (f.hub_id, f.day) for f in report.days if (f.hub_id, f.day) not in reported_days
    }
    weeks = scanned_figures(session, start, end, hub_ids, names, by_hub=False, period="week")
    # Every week of the range, a week nothing was recorded in with zeros.
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    mondays = sorted({day - dt.timedelta(days=day.weekday()) for day in days})
    weekly = {f.day for f in weeks}
    weeks += [
        Figures(hub_id=ALL_HUBS, hub_name="All hubs", day=m) for m in mondays if m not in weekly
    ]
    report.weeks = sorted(weeks, key=lambda f: f.day or dt.date.min)
    reported = _reporting(session, start, end, hub_ids)
    report.without_records = {
        m: [f.hub_id for f in hubs if (f.hub_id, m) not in reported] for m in mondays
    }
    # Each hub's week with no ticket, check-in or form: one row of zeros.
    shift = scanned_channel_shift(session, start, end, hub_ids, names)
    weekly_shift = {(row.hub_id, row.week) for row in shift}
    shift += [
        ChannelShift(
            hub_id=f.hub_id,
            hub_name=f.hub_name,
            week=m,
            activity="",
            service_id=None,
            self_service=0,
            assisted=0,
            no_records=(f.hub_id, m) not in reported,
        )
        for f in hubs
        for m in mondays
        if (f.hub_id, m) not in weekly_shift
    ]
    report.channel_shift = sorted(shift, key=lambda row: (row.hub_id, row.week))
    return report


def _reporting(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    period: Period = "week",
) -> set[Key]:
    """(hub, day or Monday) of each day or week a hub's ticket, check-in, form or check-in
    turned away is dated in, from the raw rows."""
    query = (
        select(R.hub_id, _period(session, period).label("day"))
        .where(R.day >= start, R.day <= end)
        .where(
            (R.kind == "ticket")
            | R.activity.is_not(None)
            | ((R.kind == "check_in_turned_away") & R.outcome.is_not(None))
        )
        .distinct()
    )
    if hub_ids:
        query = query.where(R.hub_id.in_(hub_ids))
    return {_key(row, period) for row in session.execute(query)}
