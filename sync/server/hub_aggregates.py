"""Hub figures kept up to date at ingest, so the managers' report sums a few rows (and
reads one narrow row per ticket for the waits) instead of scanning every ticket and event.

The managers' report (:mod:`sync.server.reports`) filters by local day and hub. Five
tables hold what it needs, added to in the same transaction that stores the records
(:func:`record`, called by ingest with the rows it really inserted, so a re-sent record is
never counted twice):

:class:`~sync.server.models.HubTicketTally`    tickets per hub, day and service (visits);
:class:`~sync.server.models.HubOutcomeTally`   ``served`` events per outcome and destination,
                                               on their ticket's hub and day;
:class:`~sync.server.models.HubChannelTally`   tickets, booking check-ins and forms per hub,
                                               day, service and channel (the channel shift);
:class:`~sync.server.models.HubTicketWait`     each ticket's first check-in and first call,
                                               for the waits' median and 90th percentile
                                               (exact percentiles need the values), and a
                                               booking's start (:func:`appointments`);
:class:`~sync.server.models.HubTurnedAwayTally`
                                               residents turned away at appointment check-in
                                               per hub, day and reason (beside the visits,
                                               not in them).

A queue event counts only for a ticket of its own hub, and only once both are stored,
whichever came first and through whichever push: a new ticket counts the events already
stored for it, and a new event counts only if its ticket is already there. On PostgreSQL
two pushes of one hub may be stored at the same moment, one with a ticket and one with its
event, each unseen by the other: a lock per hub (held to the end of the transaction, taken
in a statement before the one that looks: PostgreSQL reads what was committed when a
statement began) makes the second look after the first committed, so the event is counted
once, by whichever looks second. The push takes it with its device's row, in the same
statement (:func:`hub_lock`), when the batch may hold tickets or queue events; ingest
(:func:`lock_for`) and :func:`record` take it only if not held yet. SQLite writes one
transaction at a time anyway.

On PostgreSQL ingest counts a batch in the very statement that inserts it
(:func:`counted_in`): the new records are counted from what the insert returns, and the
events and tickets stored before are looked up and counted in SQL, in the same round trip.
On SQLite (and for rows inserted some other way) :func:`record` looks them up
(:func:`_stored`) and counts them in Python.

The server's retention (:mod:`sync.server.retention`) rewrites only payloads and deletes
no record: none of the columns counted here changes, so it leaves these tables alone.
The migration that made the tables filled them from the stored records (:func:`backfill`).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Float,
    String,
    Uuid,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    null,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session, aliased

from sync.server.db import one_of
from sync.server.models import (
    AppointmentRow,
    HubChannelTally,
    HubOutcomeTally,
    HubTicketTally,
    HubTicketWait,
    HubTurnedAwayTally,
    IngestedRecord,
)
from sync.server.tally_sql import Derived, Write, added, earliest, merge, upsert_sql

TICKET = "ticket"
QUEUE_EVENT = "queue_event"
#: A visit that came to check in for a booking and ended without one; its reason is kept
#: in the record's ``outcome`` column (sync.server.ingest.extract).
TURNED_AWAY = "check_in_turned_away"
CHECKED_IN = "checked_in"
CALLED = "called"
SERVED = "served"
ASSISTED = "assisted"
SELF_SERVICE = "self_service"
#: The events these figures count.
COUNTED_EVENTS = (CHECKED_IN, CALLED, SERVED)
#: Stands for "none" in a key column (a record without a service, a referral without a
#: destination): keys cannot be NULL.
NONE = ""
#: The first half of the PostgreSQL advisory lock a hub's figures are written under.
LOCK_SPACE = 0x48554241


def channel_of(channel: str | None) -> str:
    """A record made before kiosks said how it was made was made alone."""
    return ASSISTED if channel == ASSISTED else SELF_SERVICE


@dataclass
class _Wait:
    hub_id: str
    day: dt.date
    checked_in: float | None = None
    called: float | None = None

    def add(self, event_kind: str | None, epoch: float | None) -> None:
        if epoch is None:
            return
        if event_kind == CHECKED_IN and (self.checked_in is None or epoch < self.checked_in):
            self.checked_in = epoch
        elif event_kind == CALLED and (self.called is None or epoch < self.called):
            self.called = epoch


@dataclass
class Tallies:
    """Counts to add per key, and per-ticket waits to merge into the stored ones."""

    tickets: Counter[tuple[str, dt.date, str]] = field(default_factory=Counter)
    outcomes: Counter[tuple[str, dt.date, str, str]] = field(default_factory=Counter)
    channels: Counter[tuple[str, dt.date, str, str, str]] = field(default_factory=Counter)
    waits: dict[uuid.UUID, _Wait] = field(default_factory=dict)
    turned_away: Counter[tuple[str, dt.date, str]] = field(default_factory=Counter)

    def event(self, ticket: _Wait, ticket_id: uuid.UUID, event: Mapping[Any, Any]) -> None:
        """Count ``event`` for its ticket (of the same hub: the caller checked)."""
        kind = event["event_kind"]
        if kind == SERVED:
            if event["outcome"] is not None:
                destination = event["referred_to"] or NONE
                self.outcomes[(ticket.hub_id, ticket.day, event["outcome"], destination)] += 1
        else:
            self.waits.setdefault(ticket_id, _Wait(ticket.hub_id, ticket.day)).add(
                kind, event["event_epoch"]
            )


def hub_lock(hub_id: Any) -> ColumnElement[Any]:
    """The lock of the hub ``hub_id`` (a value or a column) as an expression, for a
    statement the caller runs anyway (PostgreSQL): held to the end of the transaction.
    Note it with :func:`holding`, so :func:`record` does not take it again."""
    return func.pg_advisory_xact_lock(LOCK_SPACE, func.hashtext(hub_id))


def holding(session: Session, hub_id: str) -> None:
    """Note that the session's transaction holds ``hub_id``'s lock (see :func:`hub_lock`)."""
    transaction, hubs = session.info.get(_HELD, (None, set()))
    if transaction is not session.get_transaction():
        transaction, hubs = session.get_transaction(), set()
    hubs.add(hub_id)
    session.info[_HELD] = (transaction, hubs)


def _held(session: Session) -> set[str]:
    transaction, hubs = session.info.get(_HELD, (None, set()))
    return hubs if transaction is session.get_transaction() else set()


#: Where a session notes the hubs whose lock its current transaction holds.
_HELD = "hub_aggregates.held"


def _lock(session: Session, hub_ids: Iterable[str]) -> None:
    """Hold each hub's lock to the end of the transaction (PostgreSQL; in a fixed order,
    so that two transactions never wait for each other), unless it is held already."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    for hub_id in sorted(set(hub_ids) - _held(session)):
        connection.execute(select(hub_lock(hub_id)))
        holding(session, hub_id)


def record(session: Session, rows: Iterable[Mapping[str, Any]]) -> None:
    """Count the tickets, queue events, channel records and check-ins turned away among
    ``rows``: records ingest has just inserted (each a new one: a duplicate must not be
    passed), as the ``ingested_record`` columns they were inserted with, ``id`` included."""
    tallies = Tallies()
    tickets: dict[uuid.UUID, _Wait] = {}
    events: list[Mapping[str, Any]] = []
    #: The counted events among ``rows``, and the least ``seq`` of ``rows`` (None if one
    #: has none): see below.
    own: list[Mapping[str, Any]] = []
    least: int | None = None
    with_seq = True
    for row in rows:
        seq = row.get("seq")
        if seq is None:
            with_seq = False
        elif least is None or seq < least:
            least = seq
        if (
            row.get("kind") == QUEUE_EVENT
            and row.get("event_kind") in COUNTED_EVENTS
            and row.get("ticket_id") is not None
        ):
            own.append(row)
        day = row.get("day")
        if day is None:
            continue
        if row.get("activity") is not None:
            service = row.get("service_id") or NONE
            channel = channel_of(row.get("channel"))
            tallies.channels[(row["hub_id"], day, row["activity"], service, channel)] += 1
        kind = row.get("kind")
        if kind == TICKET:
            tallies.tickets[(row["hub_id"], day, row.get("service_id") or NONE)] += 1
            tickets[row["id"]] = tallies.waits[row["id"]] = _Wait(row["hub_id"], day)
        elif (
            kind == QUEUE_EVENT
            and row.get("event_kind") in COUNTED_EVENTS
            and row.get("ticket_id") is not None
        ):
            events.append(row)
        elif kind == TURNED_AWAY and row.get("outcome") is not None:
            tallies.turned_away[(row["hub_id"], day, row["outcome"])] += 1
    if not (tallies.tickets or events or tallies.channels or tallies.turned_away):
        return
    if tickets or events:
        _lock(session, [w.hub_id for w in tickets.values()] + [e["hub_id"] for e in events])
    connection = session.connection()
    later: dict[uuid.UUID, list[Mapping[str, Any]]] = {}
    for event in events:
        if event["ticket_id"] not in tickets:
            later.setdefault(event["ticket_id"], []).append(event)
    # SQLite writes one transaction at a time, so every record stored before this one has
    # a lower seq than those it inserted: the new tickets' events among ``rows`` are
    # counted from ``rows``, and only those stored before are read back (not the batch's
    # own again: a 1,900-record batch's lookup 4.5 -> 1.0 ms).
    before = least if with_seq and connection.dialect.name == "sqlite" else None
    if before is not None:
        for event in own:
            ticket = tickets.get(event["ticket_id"])
            if ticket is not None and event["hub_id"] == ticket.hub_id:
                tallies.event(ticket, event["ticket_id"], event)
    for found in _stored(connection, list(tickets), list(later), before=before):
        if found.event_kind is None:  # a ticket stored before: its new events count
            earlier = _Wait(found.hub_id, found.day)
            for event in later[found.ticket_id]:
                if event["hub_id"] == found.hub_id:
                    tallies.event(earlier, found.ticket_id, event)
        elif found.kind == QUEUE_EVENT:  # an event stored for a new ticket (see above)
            ticket = tickets[found.ticket_id]
            if found.hub_id == ticket.hub_id:
                tallies.event(ticket, found.ticket_id, found._mapping)
    apply(connection, tallies)


#: The columns of the rows just inserted that :func:`counted_in` reads (its ``fresh``).
COUNTED_COLUMNS = (
    "id",
    "kind",
    "hub_id",
    "day",
    "service_id",
    "ticket_id",
    "event_kind",
    "event_epoch",
    "outcome",
    "referred_to",
    "channel",
    "activity",
)

_EVENTS = f"('{CHECKED_IN}', '{CALLED}', '{SERVED}')"
_EVENT_COLUMNS = "ticket_id, hub_id, event_kind, event_epoch, outcome, referred_to"
_NO_EVENT = "NULL::text, NULL::double precision, NULL::text, NULL::text"
#: What :func:`counted_in` looks up, over the inserted rows (``{fresh}``): the new tickets
#: (``nt``) and counted events (``fe``), the counted events stored for the new tickets
#: (``stored_events``: the statement does not see the rows it inserts, so this batch's
#: own come from ``fe``), the hub and day of the tickets stored before that new events
#: name (``ne``, ``earlier``: their wait rows; not looked for when every event's ticket
#: is in the batch, as in a backlog, where the scan cost 0.06 ms a batch), and every
#: counted event ``found`` on its ticket's hub and day. An event is given its ticket's day by a window over its ticket and hub,
#: not a join: PostgreSQL cannot estimate how many rows an ``INSERT`` returns, and
#: joined them in nested loops (0.4 ms a batch of 100). The lookups are fenced
#: (``MATERIALIZED``) so each reads by its ticket index alone, whatever the table's
#: statistics (see :func:`_stored`).
_FOUND_SQL = [
    (
        "nt",
        f"SELECT id AS ticket_id, hub_id, day FROM {{fresh}} "
        f"WHERE kind = '{TICKET}' AND day IS NOT NULL",
    ),
    (
        "fe",
        f"SELECT {_EVENT_COLUMNS} FROM {{fresh}} WHERE kind = '{QUEUE_EVENT}' "
        f"AND event_kind IN {_EVENTS} AND ticket_id IS NOT NULL AND day IS NOT NULL",
    ),
    (
        "stored_events",
        f"SELECT {_EVENT_COLUMNS}, kind FROM {IngestedRecord.__tablename__} "
        f"WHERE ticket_id = ANY(ARRAY(SELECT ticket_id FROM nt)) AND event_kind IN {_EVENTS}",
    ),
    ("ne", "SELECT ticket_id FROM fe EXCEPT SELECT ticket_id FROM nt"),
    (
        "earlier",
        f"SELECT ticket_id, hub_id, day FROM {HubTicketWait.__tablename__} "
        "WHERE EXISTS (SELECT FROM ne) AND ticket_id = ANY(ARRAY(SELECT ticket_id FROM ne))",
    ),
    (
        "found",
        "SELECT * FROM (SELECT ticket_id, hub_id, "
        "max(day) OVER (PARTITION BY ticket_id, hub_id) AS day, "
        "event_kind, event_epoch, outcome, referred_to FROM ("
        f"SELECT ticket_id, hub_id, NULL::date AS day, event_kind, event_epoch, outcome, "
        f"referred_to FROM fe UNION ALL SELECT ticket_id, hub_id, NULL, event_kind, "
        f"event_epoch, outcome, referred_to FROM stored_events WHERE kind = '{QUEUE_EVENT}' "
        f"UNION ALL SELECT ticket_id, hub_id, day, {_NO_EVENT} FROM nt "
        f"UNION ALL SELECT ticket_id, hub_id, day, {_NO_EVENT} FROM earlier) AS rows) AS x "
        "WHERE day IS NOT NULL AND event_kind IS NOT NULL",
    ),
]
_FENCED = ("stored_events", "earlier")


def _derived() -> list[Derived]:
    """The five tallies' merges, each a ``SELECT`` over :data:`_FOUND_SQL` and the
    inserted rows (``{fresh}``) in key order, counted as :func:`record` counts them."""
    tables: list[Any] = [HubTicketTally, HubChannelTally, HubOutcomeTally, HubTicketWait]
    tickets, channels, outcomes, waits = (t.__table__ for t in tables)
    turned_away: Any = HubTurnedAwayTally.__table__
    return [
        Derived(
            tickets,
            f"SELECT hub_id, day, coalesce(service_id, '{NONE}'), count(*) FROM {{fresh}} "
            f"WHERE kind = '{TICKET}' AND day IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            ["hub_id", "day", "service_id"],
            {"tickets": added(tickets, "tickets")},
        ),
        Derived(
            channels,
            f"SELECT hub_id, day, activity, coalesce(service_id, '{NONE}'), "
            f"CASE WHEN channel = '{ASSISTED}' THEN '{ASSISTED}' ELSE '{SELF_SERVICE}' END, "
            "count(*) FROM {fresh} WHERE activity IS NOT NULL AND day IS NOT NULL "
            "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5",
            ["hub_id", "day", "activity", "service_id", "channel"],
            {"records": added(channels, "records")},
        ),
        Derived(
            outcomes,
            f"SELECT hub_id, day, outcome, coalesce(referred_to, '{NONE}'), count(*) "
            f"FROM found WHERE event_kind = '{SERVED}' AND outcome IS NOT NULL "
            "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            ["hub_id", "day", "outcome", "destination"],
            {"events": added(outcomes, "events")},
        ),
        Derived(
            waits,
            f"SELECT ticket_id, hub_id, day, "
            f"min(event_epoch) FILTER (WHERE event_kind = '{CHECKED_IN}'), "
            f"min(event_epoch) FILTER (WHERE event_kind = '{CALLED}'), NULL::double precision "
            "FROM (SELECT ticket_id, hub_id, day, event_kind, event_epoch FROM found "
            f"WHERE event_kind IN ('{CHECKED_IN}', '{CALLED}') UNION ALL "
            "SELECT ticket_id, hub_id, day, NULL::text, NULL::double precision FROM nt) AS x "
            # The booking's start is set after the insert (appointments()).
            "GROUP BY ticket_id, hub_id, day ORDER BY ticket_id",
            ["ticket_id"],
            {"checked_in": earliest(waits, "checked_in"), "called": earliest(waits, "called")},
        ),
        Derived(
            turned_away,
            f"SELECT hub_id, day, outcome, count(*) FROM {{fresh}} WHERE kind = '{TURNED_AWAY}' "
            "AND day IS NOT NULL AND outcome IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            ["hub_id", "day", "reason"],
            {"records": added(turned_away, "records")},
        ),
    ]


@functools.lru_cache(maxsize=4)
def counted_in(fresh: str) -> tuple[str, ...]:
    """PostgreSQL: ``WITH`` clauses (``name AS (...)``) that add the records of ``fresh``
    to the hub's tallies, as :func:`record` adds them, in the caller's own statement.

    ``fresh`` names a ``WITH`` clause of that statement: the ``INSERT ... RETURNING``
    :data:`COUNTED_COLUMNS` of the records it stores (each a new one), so a push stores
    and counts its records in one round trip, and the tallies are counted from the rows
    the insert returns, not read back. The caller holds the lock of the rows' hub if they
    may hold tickets or queue events (:func:`lock_for`), taken in an earlier statement."""
    clauses = [
        f"{name} AS {'MATERIALIZED ' if name in _FENCED else ''}({sql.format(fresh=fresh)})"
        for name, sql in _FOUND_SQL
    ]
    clauses += [
        f"tally_{n} AS ({upsert_sql(d.table, d.select.format(fresh=fresh), d.keys, d.sets)})"
        for n, d in enumerate(_derived())
    ]
    return tuple(clauses)


def counts(rows: Iterable[Mapping[str, Any]]) -> bool:
    """Whether any of ``rows`` (as :func:`record` takes them) is counted here."""
    return any(
        row.get("kind") in (TICKET, QUEUE_EVENT, TURNED_AWAY) or row.get("activity") is not None
        for row in rows
    )


def lock_for(session: Session, rows: Iterable[Mapping[str, Any]]) -> None:
    """Hold the lock of the hub of each of ``rows`` that is a ticket or a queue event,
    before the statement that counts them (:func:`counted_in`): see the module's notes."""
    _lock(session, [row["hub_id"] for row in rows if row.get("kind") in (TICKET, QUEUE_EVENT)])


def _stored(
    connection: Connection,
    tickets: list[uuid.UUID],
    later: list[uuid.UUID],
    *,
    before: int | None = None,
) -> Any:
    """In one query (SQLite): the counted events already stored for the new ``tickets``
    (only those with a seq below ``before`` when given: SQLite finds them in the ticket
    index, which holds the seq), and the hub and day of the ``later`` tickets (stored
    before: their wait rows say), as rows with no ``event_kind``.

    Records are found by ``ticket_id`` alone, their kind checked by the caller, as
    :func:`counted_in` does: with the kind in the query, PostgreSQL planned a scan
    of every stored queue event (through the hub, kind and day index) whenever the table's
    statistics were missing or old, as after a bulk load (2 ms a batch of 100 at 6,000
    events, growing with the table), instead of the ticket index."""
    r, w = IngestedRecord, HubTicketWait
    queries: list[Any] = []
    if tickets:
        queries.append(
            select(
                r.ticket_id,
                r.hub_id,
                r.kind,
                r.event_kind,
                r.event_epoch,
                r.outcome,
                r.referred_to,
                cast(null(), Date).label("day"),
            ).where(
                one_of(r.ticket_id, tickets, connection.dialect.name),
                r.event_kind.in_(COUNTED_EVENTS),
                *([] if before is None else [r.seq < before]),
            )
        )
    if later:
        queries.append(
            select(
                w.ticket_id,
                w.hub_id,
                cast(null(), String).label("kind"),
                cast(null(), String).label("event_kind"),
                cast(null(), Float).label("event_epoch"),
                cast(null(), String).label("outcome"),
                cast(null(), String).label("referred_to"),
                w.day,
            ).where(one_of(w.ticket_id, later, connection.dialect.name))
        )
    if not queries:
        return []
    query: Any = queries[0]
    if len(queries) > 1:
        query = union_all(queries[0], *queries[1:])
    return list(connection.execute(query))


# Writing ---------------------------------------------------------------------------------
def apply(connection: Connection, tallies: Tallies) -> None:
    """Add ``tallies`` to the stored figures (a wait row keeps the earliest times)."""
    merge(connection, writes(tallies))


def writes(tallies: Tallies) -> list[Write]:
    """What :func:`apply` merges, table by table."""
    tables: list[Any] = [HubTicketTally, HubOutcomeTally, HubChannelTally, HubTicketWait]
    tickets, outcomes, channels, waits = (t.__table__ for t in tables)
    turned_away: Any = HubTurnedAwayTally.__table__
    return [
        Write(
            tickets,
            [
                {"hub_id": hub, "day": day, "service_id": service, "tickets": n}
                for (hub, day, service), n in tallies.tickets.items()
            ],
            ["hub_id", "day", "service_id"],
            {"tickets": added(tickets, "tickets")},
        ),
        Write(
            outcomes,
            [
                {"hub_id": hub, "day": day, "outcome": outcome, "destination": to, "events": n}
                for (hub, day, outcome, to), n in tallies.outcomes.items()
            ],
            ["hub_id", "day", "outcome", "destination"],
            {"events": added(outcomes, "events")},
        ),
        Write(
            channels,
            [
                {
                    "hub_id": hub,
                    "day": day,
                    "activity": activity,
                    "service_id": service,
                    "channel": channel,
                    "records": n,
                }
                for (hub, day, activity, service, channel), n in tallies.channels.items()
            ],
            ["hub_id", "day", "activity", "service_id", "channel"],
            {"records": added(channels, "records")},
        ),
        Write(
            waits,
            [
                {
                    "ticket_id": ticket_id,
                    "hub_id": w.hub_id,
                    "day": w.day,
                    "checked_in": w.checked_in,
                    "called": w.called,
                    "appointment_at": None,  # kept as stored (see appointments())
                }
                for ticket_id, w in tallies.waits.items()
            ],
            ["ticket_id"],
            {"checked_in": earliest(waits, "checked_in"), "called": earliest(waits, "called")},
        ),
        Write(
            turned_away,
            [
                {"hub_id": hub, "day": day, "reason": reason, "records": n}
                for (hub, day, reason), n in tallies.turned_away.items()
            ],
            ["hub_id", "day", "reason"],
            {"records": added(turned_away, "records")},
        ),
    ]


def appointments(session: Session, starts: Mapping[uuid.UUID, float]) -> None:
    """Note on new tickets' wait rows the start (epoch seconds) of the booking each is
    for (``starts``, by ticket): a resident who checked in before it waits from then.
    The start is the one the server knew when the ticket came (a booking published
    later, or moved after, leaves it as it was: a report of a past day stays as read)."""
    if starts:
        _note_starts(session.connection(), starts)


def _note_starts(connection: Connection, starts: Mapping[uuid.UUID, float]) -> None:
    w = HubTicketWait
    connection.execute(
        update(w).where(w.ticket_id == bindparam("ticket")).values(appointment_at=bindparam("at")),
        [{"ticket": ticket, "at": start} for ticket, start in sorted(starts.items())],
    )


def note_bookings(connection: Connection) -> None:
    """Note on the stored tickets' wait rows the start of the booking each is for, where
    the server knows it (:func:`backfill`, and the migration that added the column)."""
    starts = _booked(connection)
    if starts:
        _note_starts(connection, starts)


def _booked(connection: Connection) -> dict[uuid.UUID, float]:
    """The stored tickets for a booking at their hub, with the booking's start (epoch
    seconds, as ingest notes it)."""
    r, a = IngestedRecord, AppointmentRow
    named = r.payload["appointment_id"].as_string()
    if connection.dialect.name == "postgresql":
        same = a.id == cast(named, Uuid)
    else:  # SQLite keeps a UUID as its 32 hex digits
        same = a.id == func.lower(func.replace(named, "-", ""))
    query = (
        select(r.id, a.starts_at)
        .join(a, and_(same, a.hub_id == r.hub_id))
        .where(r.kind == TICKET, r.activity == "check_in")
    )
    return {row.id: row.starts_at.timestamp() for row in connection.execute(query)}


def backfill(connection: Connection, *, bookings: bool = True, turned_away: bool = True) -> None:
    """Count every stored record from scratch, in SQL (the migration that made the
    tables, or a bulk load that inserted rows without :func:`record`); with ``bookings``,
    note the bookings' starts too (:func:`note_bookings`), and with ``turned_away`` count
    the check-ins turned away (:func:`count_turned_away`): neither in the migration that
    made the tables, before their column and table were there."""
    if turned_away:
        count_turned_away(connection)
    for table in (HubTicketTally, HubOutcomeTally, HubChannelTally, HubTicketWait):
        connection.execute(delete(table))
    r = IngestedRecord
    service = func.coalesce(r.service_id, literal(NONE))
    tickets = (r.kind == TICKET, r.day.is_not(None))
    connection.execute(
        insert(HubTicketTally).from_select(
            ["hub_id", "day", "service_id", "tickets"],
            select(r.hub_id, r.day, service, func.count())
            .where(*tickets)
            .group_by(r.hub_id, r.day, service),
        )
    )
    channel = case((r.channel == ASSISTED, literal(ASSISTED)), else_=literal(SELF_SERVICE))
    connection.execute(
        insert(HubChannelTally).from_select(
            ["hub_id", "day", "activity", "service_id", "channel", "records"],
            select(r.hub_id, r.day, r.activity, service, channel, func.count())
            .where(r.activity.is_not(None), r.day.is_not(None))
            .group_by(r.hub_id, r.day, r.activity, service, channel),
        )
    )
    e = aliased(IngestedRecord)
    own = and_(e.ticket_id == r.id, e.hub_id == r.hub_id, e.kind == QUEUE_EVENT)
    destination = func.coalesce(e.referred_to, literal(NONE))
    connection.execute(
        insert(HubOutcomeTally).from_select(
            ["hub_id", "day", "outcome", "destination", "events"],
            select(r.hub_id, r.day, e.outcome, destination, func.count())
            .join(e, own)
            .where(*tickets, e.event_kind == SERVED, e.outcome.is_not(None))
            .group_by(r.hub_id, r.day, e.outcome, destination),
        )
    )
    per_ticket = (
        select(
            e.ticket_id.label("ticket_id"),
            e.hub_id.label("hub_id"),
            func.min(case((e.event_kind == CHECKED_IN, e.event_epoch))).label("checked_in"),
            func.min(case((e.event_kind == CALLED, e.event_epoch))).label("called"),
        )
        .where(e.kind == QUEUE_EVENT, e.event_kind.in_([CHECKED_IN, CALLED]))
        .group_by(e.ticket_id, e.hub_id)
        .subquery("pt")
    )
    connection.execute(
        insert(HubTicketWait).from_select(
            ["ticket_id", "hub_id", "day", "checked_in", "called"],
            select(r.id, r.hub_id, r.day, per_ticket.c.checked_in, per_ticket.c.called)
            .outerjoin(
                per_ticket,
                and_(per_ticket.c.ticket_id == r.id, per_ticket.c.hub_id == r.hub_id),
            )
            .where(*tickets),
        )
    )
    if bookings:
        note_bookings(connection)


def count_turned_away(connection: Connection) -> None:
    """Count the stored check-ins turned away from scratch, in SQL (:func:`backfill`, and
    the migration that made their table)."""
    connection.execute(delete(HubTurnedAwayTally))
    r = IngestedRecord
    connection.execute(
        insert(HubTurnedAwayTally).from_select(
            ["hub_id", "day", "reason", "records"],
            select(r.hub_id, r.day, r.outcome, func.count())
            .where(r.kind == TURNED_AWAY, r.day.is_not(None), r.outcome.is_not(None))
            .group_by(r.hub_id, r.day, r.outcome),
        )
    )
