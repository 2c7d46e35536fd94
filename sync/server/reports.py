"""Managers' figures per hub, per day and per week over a date range, computed in SQL.

The figures mean what :mod:`sync.protocol.hub_figures` says (the kiosk's "Today at this
hub" computes the same from its own store): visits are tickets (by the ticket's local day);
waits are the minutes from a ticket's first ``checked_in`` to its first ``called`` event
(for a resident who checked in early for an appointment, from the appointment's start),
summarised by the median and the 90th percentile (``percentile_cont`` on PostgreSQL, the
same interpolation with window functions on SQLite); referrals (by destination) and
first-contact resolutions are ``served`` events by outcome; rates are shares of visits.
Every published hub is listed, with zeros when it had no visits. The totals stand beside
the council's published baseline (``resources/data/baseline.json``).

Beside the visits, not in them: the residents turned away at appointment check-in (a
visit that came to check in for a booking and ended without a check-in, one record per
visit, :class:`sync.protocol.records.CheckInTurnedAway`), by the reason the kiosk last
gave. Without them a hub that turns many away looks as if it served everyone who came.

No figure scans the ingested records: ingest keeps counts per hub and day (tickets by
service, outcomes by destination, the channel shift, check-ins turned away by reason) and
one narrow row per ticket with its first check-in and first call
(:mod:`sync.server.hub_aggregates`), and the report sums those over the range asked for,
so it answers in well under a second over a million records.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from babel.dates import format_date
from sqlalchemy import Date, Integer, Select, case, cast, func, literal, select
from sqlalchemy.orm import Session

from sync.protocol.hub_figures import Rates
from sync.protocol.records import TurnedAwayReason
from sync.server import config, fleet, hub_aggregates
from sync.server.models import (
    Device,
    HubChannelTally,
    HubOutcomeTally,
    HubRow,
    HubTicketTally,
    HubTicketWait,
    HubTurnedAwayTally,
)
from sync.sqltypes import as_utc

#: The longest period a report covers: five years. Every day and week of a period is
#: listed (a day with no records says so), so a report of centuries was a page of hundreds
#: of thousands of rows that kept the server busy for minutes.
MAX_PERIOD_DAYS = 1827


class PeriodTooLong(ValueError):
    """A report asked for a period longer than :data:`MAX_PERIOD_DAYS` (said as it is)."""


def check_period(start: dt.date, end: dt.date) -> None:
    """Raise :class:`PeriodTooLong` for a period a report does not cover."""
    days = (end - start).days + 1
    if days > MAX_PERIOD_DAYS:
        raise PeriodTooLong(
            f"a report covers at most {MAX_PERIOD_DAYS:,} days (five years); "
            f"{start.isoformat()} to {end.isoformat()} is {days:,} days: ask for a shorter period"
        )


class UnknownHub(ValueError):
    """A report asked for a hub no configuration has published (a mistyped id)."""


def check_hubs(session: Session, hub_ids: Sequence[str] | None) -> None:
    """Raise :class:`UnknownHub`, naming the hubs there are, if a hub asked for is not one
    (a report of it would only be empty)."""
    known = sorted(session.scalars(select(HubRow.id)))
    unknown = [hub for hub in dict.fromkeys(hub_ids or []) if hub not in known]
    if unknown:
        named = ", ".join(repr(hub[:60]) for hub in unknown)
        there = ", ".join(known) if known else "none (no configuration is published yet)"
        plural = "s" if len(unknown) > 1 else ""
        raise UnknownHub(f"unknown hub{plural} {named}; the hubs are: {there}")


Key = tuple[str, dt.date | None]
Period = Literal["day", "week"] | None
#: The hub id of figures over every hub together (the trend by week).
ALL_HUBS = ""
#: Why residents were turned away at appointment check-in, as the report names them, in
#: the order it lists them (keys: :class:`~sync.protocol.records.TurnedAwayReason`).
TURNED_AWAY_REASONS: dict[str, str] = {
    TurnedAwayReason.EARLY.value: "too early",
    TurnedAwayReason.LATE.value: "too late",
    TurnedAwayReason.ANOTHER_DAY.value: "another day",
    TurnedAwayReason.ANOTHER_HUB.value: "another hub",
    TurnedAwayReason.NOT_FOUND.value: "no booking found",
}


def no_reasons() -> dict[str, int]:
    """Every reason for turning a resident away, with none turned away for it."""
    return dict.fromkeys(TURNED_AWAY_REASONS, 0)


@dataclass
class Figures(Rates):
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
    #: Residents turned away at appointment check-in (one a visit), not in ``visits``,
    #: and how many for each reason (every reason listed, 0 for none).
    turned_away: int = 0
    turned_away_by_reason: dict[str, int] = field(default_factory=no_reasons)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["day"] = self.day.isoformat() if self.day else None
        return data | self.rates()


@dataclass(frozen=True)
class Totals(Rates):
    """The listed hubs' visits, referrals and first-contact resolutions, together."""

    visits: int
    referrals: int
    resolved_first_contact: int


@dataclass(frozen=True)
class TurnedAway:
    """The listed hubs' residents turned away at appointment check-in, together."""

    count: int
    by_reason: dict[str, int]


@dataclass(frozen=True)
class Baseline(Rates):
    """The council's published figures the totals are set beside (a data file, not code)."""

    source: str
    period: str
    months: int
    visits: int
    referrals: int
    resolved_first_contact: int


def load_baseline() -> Baseline | None:
    """``baseline.json`` beside the shipped hubs and catalogue, or None if there is none."""
    path = config.default_data_dir() / "baseline.json"
    if not path.is_file():
        return None
    body = json.loads(path.read_text(encoding="utf-8"))
    return Baseline(
        source=str(body["source"]),
        period=str(body["period"]),
        months=int(body["months"]),
        visits=int(body["visits"]),
        referrals=int(body["referrals"]),
        resolved_first_contact=int(body["resolved_first_contact"]),
    )


@dataclass(frozen=True)
class WeekSpan:
    """The days of one week (from its Monday) inside a report's range: a range that does
    not start on a Monday and end on a Sunday leaves its first and last weeks part weeks,
    whose figures are of those days alone (beside whole weeks, a dip or a spike)."""

    monday: dt.date
    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def whole(self) -> bool:
        return self.days == 7

    @property
    def in_range(self) -> str:
        """The days in range, as a part week's label says them: "1 day in range: Sun 25 Oct",
        "3 days in range: Mon 26 Oct to Wed 28 Oct"."""
        days = "1 day" if self.days == 1 else f"{self.days} days"
        first = format_date(self.first, "EEE d MMM", locale="en")
        if self.days == 1:
            return f"{days} in range: {first}"
        return f"{days} in range: {first} to {format_date(self.last, 'EEE d MMM', locale='en')}"

    def to_json(self) -> dict[str, Any]:
        return {
            "days_in_range": self.days,
            "first_day_in_range": self.first.isoformat(),
            "last_day_in_range": self.last.isoformat(),
        }


def week_span(monday: dt.date, start: dt.date, end: dt.date) -> WeekSpan:
    """The days of the week from ``monday`` that are from ``start`` to ``end``."""
    return WeekSpan(monday, max(monday, start), min(monday + dt.timedelta(days=6), end))


def no_records_note(silent: Sequence[str], listed: dict[str, str], *, short: bool = False) -> str:
    """What a period says of the hubs of ``listed`` (id to name, in order) that sent no
    records for it, ``silent`` ("" if every hub did): "no records" (from the one hub, or
    from any), "no records from Town Hall Whitechapel"; ``short`` (a chart's label)
    counts them, "no records from 1 of 2 hubs"."""
    if not silent:
        return ""
    if len(silent) == len(listed):
        return (
            "no records"
            if len(silent) == 1 or short
            else f"no records from {'either' if len(silent) == 2 else 'any'} hub"
        )
    if short:
        return f"no records from {len(silent)} of {len(listed)} hubs"
    return "no records from " + ", ".join(listed.get(hub, hub) for hub in silent)


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
    #: The hub's published name (its id if it has none).
    hub_name: str = ""
    #: Silent longer than IT's threshold (or never seen): its counts are as at its last
    #: contact, and records it has not sent are missing from the figures.
    silent: bool = False
    #: Seconds since it was last seen (None: never).
    silent_seconds: float | None = None


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
    #: A row of a hub's week with no ticket, check-in or form (``activity`` ""): whether
    #: the hub sent no records at all for the week (a kiosk down, or the hub closed).
    no_records: bool = False

    @property
    def total(self) -> int:
        return self.self_service + self.assisted

    @property
    def assisted_share(self) -> float | None:
        """Percent done with an adviser (None when nothing was done: no share of nothing)."""
        return round(100.0 * self.assisted / self.total, 1) if self.total else None

    @property
    def self_service_share(self) -> float | None:
        return round(100.0 * self.self_service / self.total, 1) if self.total else None

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
    #: Every hub together, by the week's Monday (``hub_id`` is :data:`ALL_HUBS`).
    weeks: list[Figures] = field(default_factory=list)
    #: Service names (English) from the published catalogue, for labels.
    service_names: dict[str, str] = field(default_factory=dict)
    baseline: Baseline | None = None
    #: The hubs asked for (``hub=``), none for every hub.
    hub_ids: list[str] = field(default_factory=list)
    #: Self-service and assisted counts per hub, week, activity and service (issue 15).
    channel_shift: list[ChannelShift] = field(default_factory=list)
    #: By week (its Monday): the listed hubs that sent no records of its days in range (no
    #: ticket, check-in or form: a kiosk down or a hub closed), in the order of ``hubs``.
    without_records: dict[dt.date, list[str]] = field(default_factory=dict)
    #: (hub, day) of each row of :attr:`days` whose hub sent no records for that day.
    days_without_records: set[Key] = field(default_factory=set)

    @property
    def scope(self) -> str:
        """The hubs the report is of, as its titles say: "all hubs", or their names."""
        if not self.hub_ids:
            return "all hubs"
        return ", ".join(f.hub_name for f in self.hubs if f.hub_id in self.hub_ids)

    @property
    def named_weeks(self) -> list[Figures]:
        """The weeks, named for the hubs they are of ("All hubs", or the hubs asked for)."""
        if not self.hub_ids:
            return self.weeks
        return [replace(week, hub_name=self.scope) for week in self.weeks]

    def week_span(self, monday: dt.date) -> WeekSpan:
        """The days of the week from ``monday`` in the report's range."""
        return week_span(monday, self.start, self.end)

    @property
    def part_weeks(self) -> bool:
        """Whether a week of the trend holds only some of its days (the range's first or
        last week, the range not from a Monday or not to a Sunday)."""
        return any(f.day is not None and not self.week_span(f.day).whole for f in self.weeks)

    def hubs_without_records(self, monday: dt.date) -> list[str]:
        """The ids of the listed hubs that sent no records in the week from ``monday``."""
        return self.without_records.get(monday, [])

    def no_records(self, monday: dt.date, *, short: bool = False) -> str:
        """What the week from ``monday`` says of the hubs that sent nothing for it ("" if
        every hub did): "no records" (from the one hub, or from any), "no records from
        Town Hall Whitechapel"; ``short`` (a chart's label) counts them, "no records from
        1 of 2 hubs"."""
        listed = {f.hub_id: f.hub_name for f in self.hubs}
        return no_records_note(self.hubs_without_records(monday), listed, short=short)

    @property
    def any_without_records(self) -> bool:
        """Whether a hub sent no records for a week of the trend."""
        return any(self.without_records.values())

    def no_records_on(self, day: Figures) -> bool:
        """Whether the hub of a row of :attr:`days` sent no records for its day."""
        return (day.hub_id, day.day) in self.days_without_records

    @property
    def shift_without_any(self) -> bool:
        """Whether the channel shift has a row of a hub's week with nothing in it."""
        return any(not row.activity for row in self.channel_shift)

    @property
    def totals(self) -> Totals:
        return Totals(
            visits=sum(f.visits for f in self.hubs),
            referrals=sum(f.referrals for f in self.hubs),
            resolved_first_contact=sum(f.resolved_first_contact for f in self.hubs),
        )

    @property
    def rates(self) -> dict[str, float | None]:
        return self.totals.rates()

    @property
    def turned_away(self) -> TurnedAway:
        by_reason = no_reasons()
        for f in self.hubs:
            for reason, count in f.turned_away_by_reason.items():
                by_reason[reason] = by_reason.get(reason, 0) + count
        return TurnedAway(count=sum(f.turned_away for f in self.hubs), by_reason=by_reason)

    def destination_name(self, key: str) -> str:
        """A referral destination as shown: the catalogue service's name, else the key (an
        organisation's name)."""
        return self.service_names.get(key, key)

    @property
    def baseline_counts(self) -> bool:
        """Whether the baseline's counts stand beside the report's: they are of the five
        hubs together, so not beside a report of some hubs (its rates are: shares of
        visits, which one hub can be held to)."""
        return not self.hub_ids

    def _baseline_json(self, baseline: Baseline) -> dict[str, Any]:
        data = asdict(baseline) | baseline.rates() | {"scope": "all hubs"}
        if not self.baseline_counts:
            data |= {"visits": None, "referrals": None, "resolved_first_contact": None}
        return data

    def to_json(self) -> dict[str, Any]:
        baseline = self.baseline
        turned_away = self.turned_away
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "generated_at": self.generated_at.isoformat(),
            "totals": asdict(self.totals),
            "rates": self.rates,
            # Beside the totals, not in them: the visits leave these residents out.
            "turned_away": turned_away.count,
            "turned_away_by_reason": turned_away.by_reason,
            "baseline": None if baseline is None else self._baseline_json(baseline),
            "hubs": [f.to_json() for f in self.hubs],
            # Every day of every hub, saying whether the hub sent no records for it.
            "days": [f.to_json() | {"no_records": self.no_records_on(f)} for f in self.days],
            # Each week says how many of its days are in the range (its first and last
            # may hold only some): ``day`` stays its Monday.
            "weeks": [self._week_json(f) for f in self.named_weeks],
            "devices": [
                {
                    **asdict(d),
                    "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else None,
                }
                for d in self.devices
            ],
            "channel_shift": [
                row.to_json() | self.week_span(row.week).to_json() for row in self.channel_shift
            ],
        }

    def _week_json(self, week: Figures) -> dict[str, Any]:
        data = week.to_json()
        if not week.day:
            return data
        silent = {"hubs_without_records": self.hubs_without_records(week.day)}
        return data | self.week_span(week.day).to_json() | silent


def _period(session: Session, period: Period, day: Any) -> Any:
    """The day, the Monday of its week, or one constant (no period)."""
    if period == "day":
        return day
    if period == "week":
        return _week_start(session, day)
    return literal(None)


@dataclass(frozen=True)
class _Grouping:
    """How one table of figures groups a tally (``t``): by hub or not, by period or not."""

    session: Session
    start: dt.date
    end: dt.date
    hub_ids: list[str] | None
    by_hub: bool
    period: Period

    def rows(self, t: Any, *columns: Any) -> Any:
        """The rows of tally ``t`` in the range, as a subquery of ``hub_id`` (or
        :data:`ALL_HUBS`), ``day`` (the period's) and ``columns``."""
        hub = t.hub_id if self.by_hub else literal(ALL_HUBS)
        query = select(
            hub.label("hub_id"), _period(self.session, self.period, t.day).label("day"), *columns
        ).where(t.day >= self.start, t.day <= self.end)
        if self.hub_ids:
            query = query.where(t.hub_id.in_(self.hub_ids))
        return query.subquery("g")

    def group(self, g: Any) -> list[Any]:
        return [g.c.hub_id, g.c.day] if self.period else [g.c.hub_id]


def _key(row: Any, period: Period) -> Key:
    day = row.day if period else None
    if isinstance(day, str):  # SQLite's date() answers text
        day = dt.date.fromisoformat(day)
    return (row.hub_id, day)


def _percentiles(grouping: _Grouping) -> Select[Any]:
    """Waits' count, median and 90th percentile per group, from each ticket's first
    check-in and first call (tickets with both, called after checked in): a resident
    early for an appointment waits from its start, 0 if called before it
    (:func:`sync.protocol.queue_rules.waited_minutes`)."""
    t = HubTicketWait
    g = grouping.rows(t, t.checked_in, t.called, t.appointment_at)
    since = case((g.c.appointment_at > g.c.checked_in, g.c.appointment_at), else_=g.c.checked_in)
    wait = case((g.c.called > since, (g.c.called - since) / 60.0), else_=literal(0.0))
    w = (
        select(g.c.hub_id, g.c.day, wait.label("wait"))
        .where(g.c.checked_in.is_not(None), g.c.called.is_not(None))
        .where(g.c.called >= g.c.checked_in)
        .subquery("w")
    )
    keys = [w.c.hub_id, w.c.day] if grouping.period else [w.c.hub_id]
    if grouping.session.get_bind().dialect.name == "postgresql":
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
    rkeys = [ranked.c.hub_id, ranked.c.day] if grouping.period else [ranked.c.hub_id]

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
    """Raises :class:`UnknownHub`, or :class:`PeriodTooLong` (:func:`check_period`)."""
    check_period(start, end)
    check_hubs(session, hub_ids)
    names: dict[str, str] = dict(session.execute(select(HubRow.id, HubRow.name)).all())
    if hub_ids and set(names) <= set(hub_ids):
        hub_ids = None  # every hub named: the report of all hubs (its titles, its baseline)
    hubs = _figures(session, start, end, hub_ids, names, by_hub=True, period=None)
    # Every published hub has its row: a hub with no visits shows zeros, not nothing.
    listed = {f.hub_id for f in hubs}
    hubs += [
        Figures(hub_id=hub_id, hub_name=name)
        for hub_id, name in names.items()
        if hub_id not in listed and (not hub_ids or hub_id in hub_ids)
    ]
    hubs.sort(key=lambda f: f.hub_name)
    days = _figures(session, start, end, hub_ids, names, by_hub=True, period="day")
    # Every day of every listed hub has its row, 0 when nothing was recorded (a day left
    # out cannot be told from one not shown), and says whether the hub sent nothing.
    days = every_day(days, hubs, start, end)
    reported_days = hubs_reporting(session, start, end, hub_ids, period="day")
    weeks = _figures(session, start, end, hub_ids, names, by_hub=False, period="week")
    # Every week of the range has its row, with zeros when nothing was recorded in it (a
    # week left out reads as no gap in the trend), and says which hubs sent nothing.
    listed_weeks = {f.day for f in weeks}
    weeks += [
        Figures(hub_id=ALL_HUBS, hub_name="All hubs", day=monday)
        for monday in mondays(start, end)
        if monday not in listed_weeks
    ]
    weeks.sort(key=lambda f: f.day or dt.date.min)
    reported = hubs_reporting(session, start, end, hub_ids)
    without_records = {
        monday: [f.hub_id for f in hubs if (f.hub_id, monday) not in reported]
        for monday in mondays(start, end)
    }
    policy = fleet.load_policy(session)
    device_query = select(Device).order_by(Device.hub_id, Device.name)
    if hub_ids:
        device_query = device_query.where(Device.hub_id.in_(hub_ids))
    devices = [
        DeviceHealth(
            device_id=str(d.id),
            hub_id=d.hub_id,
            hub_name=names.get(d.hub_id, d.hub_id),
            name=d.name,
            last_seen_at=d.last_seen_at,
            pending=d.reported_pending,
            oldest_pending_seconds=d.reported_oldest_pending_seconds,
            dead_letters=d.reported_dead_letters,
            kiosk_version=d.kiosk_version,
            revoked=d.revoked_at is not None,
            silent=fleet.is_silent(silence, policy),
            silent_seconds=silence,
        )
        for d in session.scalars(device_query)
        for silence in [_silence(d, now)]
    ]
    return HubReport(
        start=start,
        end=end,
        generated_at=now,
        hubs=hubs,
        days=days,
        weeks=weeks,
        devices=devices,
        service_names=_service_names(_newest_body(session)),
        baseline=load_baseline(),
        hub_ids=list(hub_ids or []),
        channel_shift=every_week_of_shift(
            channel_shift(session, start, end, hub_ids, names), hubs, start, end, reported
        ),
        without_records=without_records,
        days_without_records={
            (f.hub_id, f.day) for f in days if (f.hub_id, f.day) not in reported_days
        },
    )


def _silence(device: Device, now: dt.datetime) -> float | None:
    """Seconds since ``device`` was last seen (None: never)."""
    seen = as_utc(device.last_seen_at)
    return None if seen is None else (now - seen).total_seconds()


def mondays(start: dt.date, end: dt.date) -> list[dt.date]:
    """The Monday of every week with a day from ``start`` to ``end``."""
    monday = start - dt.timedelta(days=start.weekday())
    weeks = (end - monday).days // 7 + 1
    return [monday + dt.timedelta(weeks=n) for n in range(max(weeks, 0))]


def hubs_reporting(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: Sequence[str] | None,
    period: Literal["day", "week"] = "week",
) -> set[Key]:
    """(hub, day or Monday) of every day or week a hub sent a record counted here for (a
    ticket, a booking check-in, a form or a check-in turned away) on a day in the range."""
    grouping = _Grouping(session, start, end, list(hub_ids or []), by_hub=True, period=period)
    found: set[Key] = set()
    for t in (HubTicketTally, HubChannelTally, HubTurnedAwayTally):
        g = grouping.rows(t)
        found.update(
            _key(row, period) for row in session.execute(select(g.c.hub_id, g.c.day).distinct())
        )
    return found


def every_day(
    days: list[Figures], hubs: list[Figures], start: dt.date, end: dt.date
) -> list[Figures]:
    """``days`` with a row of zeros for each day from ``start`` to ``end`` that a hub of
    ``hubs`` has none for, by hub and day."""
    have = {(f.hub_id, f.day) for f in days}
    dates = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    days = days + [
        Figures(hub_id=hub.hub_id, hub_name=hub.hub_name, day=day)
        for hub in hubs
        for day in dates
        if (hub.hub_id, day) not in have
    ]
    return sorted(days, key=lambda f: (f.hub_id, f.day or dt.date.min))


def every_week_of_shift(
    shift: list[ChannelShift],
    hubs: list[Figures],
    start: dt.date,
    end: dt.date,
    reported: set[Key],
) -> list[ChannelShift]:
    """``shift`` with one row for each week from ``start`` to ``end`` that a hub of
    ``hubs`` has none for (``activity`` "", 0 self-service and assisted), marked
    ``no_records`` if the hub sent no records at all for it (not in ``reported``). One row,
    not one per activity and service: a row of zeros for every service of every hub and
    week would bury the rows with figures."""
    have = {(row.hub_id, row.week) for row in shift}
    shift = shift + [
        ChannelShift(
            hub_id=hub.hub_id,
            hub_name=hub.hub_name,
            week=monday,
            activity="",
            service_id=None,
            self_service=0,
            assisted=0,
            no_records=(hub.hub_id, monday) not in reported,
        )
        for hub in hubs
        for monday in mondays(start, end)
        if (hub.hub_id, monday) not in have
    ]
    # By hub and week; within a week as the database ordered its rows (a stable sort).
    return sorted(shift, key=lambda row: (row.hub_id, row.week))


def _week_start(session: Session, day: Any) -> Any:
    """The Monday of ``day``'s ISO week, in SQL (each database says it its own way)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.date_trunc("week", day), Date)
    # SQLite: on to the week's Sunday (or the day itself), then back six days.
    return func.date(day, "weekday 0", "-6 days")


def channel_shift(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    names: dict[str, str],
) -> list[ChannelShift]:
    """The channel-shift figures (issue 15), summed from the counts kept at ingest
    (:class:`~sync.server.models.HubChannelTally`): tickets, appointment check-ins and
    forms per hub, week and service, self-service and assisted. A record without a
    channel (made before kiosks said so) counts as self-service."""
    t = HubChannelTally
    week = _week_start(session, t.day).label("week")
    assisted = case((t.channel == hub_aggregates.ASSISTED, t.records), else_=0)
    query = (
        select(
            t.hub_id,
            week,
            t.activity,
            t.service_id,
            func.sum(t.records - assisted).label("self_service"),
            func.sum(assisted).label("assisted"),
        )
        .where(t.day >= start, t.day <= end)
        .group_by(t.hub_id, week, t.activity, t.service_id)
        .order_by(t.hub_id, week, t.activity, t.service_id)
    )
    if hub_ids:
        query = query.where(t.hub_id.in_(hub_ids))
    labels = _labels(session)
    return [
        ChannelShift(
            hub_id=row.hub_id,
            hub_name=names.get(row.hub_id, row.hub_id),
            week=row.week if isinstance(row.week, dt.date) else dt.date.fromisoformat(row.week),
            activity=row.activity,
            service_id=row.service_id or None,
            self_service=int(row.self_service),
            assisted=int(row.assisted),
            service_name=labels.get(row.service_id, row.service_id),
        )
        for row in session.execute(query)
    ]


def _labels(session: Session) -> dict[str, str]:
    """Service and form ids to their English names, from the newest published configuration."""
    body = _newest_body(session)
    names = _service_names(body)
    for form in body.get("forms", []):
        if isinstance(form, dict) and "id" in form:
            title = form.get("title")
            english = title.get("en") if isinstance(title, dict) else None
            names[str(form["id"])] = str(english or form["id"])
    return names


def service_names(session: Session) -> dict[str, str]:
    """Service id to English name, from the newest published catalogue."""
    return _service_names(_newest_body(session))


def _service_names(body: dict[str, Any]) -> dict[str, str]:
    """Service id to English name, from a published configuration's ``body``."""
    services = body.get("catalogue", {}).get("services", [])
    return {s["id"]: s.get("name", {}).get("en", s["id"]) for s in services if "id" in s}


def _newest_body(session: Session) -> dict[str, Any]:
    """The newest published configuration's body ({} before any publish)."""
    newest = config.current_config(session)
    return {} if newest is None else newest.body


def _figures(
    session: Session,
    start: dt.date,
    end: dt.date,
    hub_ids: list[str] | None,
    names: dict[str, str],
    *,
    by_hub: bool,
    period: Period,
) -> list[Figures]:
    """Figures per hub (or every hub together) and period, summed from the tallies kept
    at ingest (:mod:`sync.server.hub_aggregates`)."""
    grouping = _Grouping(session, start, end, hub_ids, by_hub, period)
    found: dict[Key, Figures] = {}

    def figures(key: Key) -> Figures:
        if key not in found:
            name = names.get(key[0], key[0]) or "All hubs"
            found[key] = Figures(hub_id=key[0], hub_name=name, day=key[1])
        return found[key]

    t = HubTicketTally
    g = grouping.rows(t, t.service_id, t.tickets)
    by_service = select(
        *grouping.group(g), g.c.service_id, func.sum(g.c.tickets).label("n")
    ).group_by(*grouping.group(g), g.c.service_id)
    for row in session.execute(by_service):
        f = figures(_key(row, period))
        f.tickets_by_service[row.service_id] = int(row.n)
        f.visits += int(row.n)

    o = HubOutcomeTally
    g = grouping.rows(o, o.outcome, o.destination, o.events)
    served = select(
        *grouping.group(g), g.c.outcome, g.c.destination, func.sum(g.c.events).label("n")
    ).group_by(*grouping.group(g), g.c.outcome, g.c.destination)
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

    for row in session.execute(_percentiles(grouping)):
        f = figures(_key(row, period))
        f.waits_counted = int(row.n)
        f.wait_median_minutes = round(float(row.median), 1)
        f.wait_p90_minutes = round(float(row.p90), 1)

    # Residents turned away at appointment check-in, by reason: apart from the visits.
    a = HubTurnedAwayTally
    g = grouping.rows(a, a.reason, a.records)
    turned_away = select(*grouping.group(g), g.c.reason, func.sum(g.c.records).label("n")).group_by(
        *grouping.group(g), g.c.reason
    )
    for row in session.execute(turned_away):
        f = figures(_key(row, period))
        f.turned_away += int(row.n)
        by_reason = f.turned_away_by_reason
        by_reason[row.reason] = by_reason.get(row.reason, 0) + int(row.n)

    return sorted(found.values(), key=lambda f: (f.hub_id, f.day or dt.date.min))
