"""Writing records together with their outbox items, and reading the outbox for sync.

:func:`add_record` is the only way a person-made record enters the store: the record and
its :class:`OutboxItem` are written in the session's transaction, so they commit together
or not at all. The payload is built through the record's schema
(:mod:`sync.protocol.records`). The sync client reads :func:`pending` items and marks them
with :func:`acknowledge` or :func:`dead_letter` once the server has answered for each.

Records are immutable, so they are written with one INSERT each, compiled once per table,
not through the ORM's unit of work: a check-in (ticket, check-in event, both outbox items)
is its four INSERTs and the COMMIT, in the order written, with nothing else around them
(no flush, no identity map, no per-flush PRAGMA). That kept the kiosk's busiest commit
near raw sqlite3's (issue 16).

Attribution (issue 15) is stamped here, centrally: a session carries the kiosk's mode in
``session.info["attribution"]`` (set by the store operation runner from the mode in force
when the resident touched the button), and every resident's record written in it says
``assisted`` and names the adviser, or ``self_service``. Anonymous records (survey
responses, quick feedback) keep their time only to the hour, in the store and the outbox.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
import weakref
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Row,
    String,
    Table,
    Text,
    and_,
    func,
    insert,
    inspect,
    or_,
    select,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

from hubkiosk.store.models import (
    CLOCK_SLACK,
    Attributed,
    Base,
    CheckInTurnedAway,
    Feedback,
    FeedbackFollowUp,
    OutboxItem,
    OutboxState,
    QueueEvent,
    QueueEventKind,
    Record,
    SurveyResponse,
    utcnow,
)
from sync.protocol.records import (
    KIOSK_CLOCK,
    RECORD_MODELS,
    Channel,
    RecordKind,
    on_the_hour,
    payload_of,
)

#: Where a session carries the kiosk's mode (an :class:`Attribution`).
ATTRIBUTION_KEY = "attribution"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attribution:
    """Who is making records now: the resident alone (no adviser), or with ``adviser_id``."""

    adviser_id: str | None = None

    @property
    def channel(self) -> Channel:
        return Channel.SELF_SERVICE if self.adviser_id is None else Channel.ASSISTED


SELF_SERVICE = Attribution()


#: Records that name no one: their times are kept no finer than the hour.
ANONYMOUS = (SurveyResponse, Feedback, FeedbackFollowUp, CheckInTurnedAway)
#: Their outbox items' kinds; in this order (by name) a feedback goes before its follow-up.
ANONYMOUS_KINDS = tuple(sorted(model.__tablename__ for model in ANONYMOUS))
#: An anonymous record is sent once the hour it is stamped with has ended: sent at once,
#: it would go with the ticket or form its resident made just before, and be linked to it.
HOLD = dt.timedelta(hours=1)


def _due(now: dt.datetime | None) -> ColumnElement[bool]:
    """Anonymous items due to be sent at ``now`` (None: the time now): their hour has
    ended, or their time is further ahead than the clock's slack (stamped while the kiosk's
    clock ran fast: waiting for it could take a year)."""
    present = now or utcnow()
    return or_(
        OutboxItem.created_at <= present - HOLD,
        OutboxItem.created_at > present + CLOCK_SLACK,
    )


def attribute(session: Session, model: type[Base], values: dict[str, Any]) -> None:
    """Stamp a ``model`` row's ``values`` with the session's mode (resident's records only;
    a desk's queue events are the adviser's own and stay as they are)."""
    if not issubclass(model, Attributed):
        return
    if issubclass(model, QueueEvent) and values["kind"] is not QueueEventKind.CHECKED_IN:
        return
    attribution = session.info.get(ATTRIBUTION_KEY, SELF_SERVICE)
    assert isinstance(attribution, Attribution)
    values["channel"] = attribution.channel
    if attribution.adviser_id is not None or not issubclass(model, QueueEvent):
        values["adviser_id"] = attribution.adviser_id


def to_payload(record: Base) -> dict[str, Any]:
    """The record as its outbox payload, built through its schema in
    :mod:`sync.protocol.records` (the one the server checks it against): a record the
    server would refuse fails here, where it is made, with the reason.

    Raises :class:`pydantic.ValidationError` for such a record. Times are not held to the
    server's window here: a kiosk whose clock is wrong still serves residents, and the
    server sets those records aside with the reason (:data:`~sync.protocol.records.KIOSK_CLOCK`).
    """
    values = {column.key: getattr(record, column.key) for column in record.__table__.columns}
    return _payload(record.__tablename__, values)


def _payload(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    model = RECORD_MODELS[RecordKind(kind)]
    if values.get("channel", "") is None:  # defaults not applied yet: the column's default
        values = {**values, "channel": Channel.SELF_SERVICE}
    return payload_of(model.model_validate(values, context=KIOSK_CLOCK))


@dataclass(frozen=True, slots=True)
class Queued:
    """A record's outbox item as :func:`add_record` wrote it (its ``seq`` comes from SQLite)."""

    id: uuid.UUID
    kind: str
    payload: dict[str, Any]
    created_at: dt.datetime


def add_record(session: Session, record: Record) -> Queued:
    """Write ``record`` and its outbox item in ``session``'s transaction (both or none),
    as :func:`add_values` does with its columns; what that filled in (its id, defaults,
    attribution) is set on ``record`` too. The record does not join the session (records
    are never changed: read them back with a query)."""
    assert isinstance(record, Base)
    given = inspect(record).dict
    written, queued = _add(session, type(record), given)
    for key, value in written.items():
        if given.get(key) is not value:
            setattr(record, key, value)
    return queued


def add_values(session: Session, model: type[Base], values: Mapping[str, Any]) -> dict[str, Any]:
    """Write a ``model`` record with the column ``values`` and its outbox item in
    ``session``'s transaction (both or none); the row as written: every column, its id
    and defaults filled in, stamped with the session's mode.

    The payload is built once, through the record's schema, and the two rows are
    inserted at once, record first: a check-in's ticket goes in before its event, so the
    event's foreign key finds it (a missing parent fails the INSERT, and the transaction
    with it). No ORM object is made: the check-in writes this way (issue 16).

    Raises :class:`TypeError` for a key that is no column of ``model`` (as its
    constructor would), before anything is written.
    """
    return _add(session, model, values, strict=True)[0]


def _add(
    session: Session, model: type[Base], given: Mapping[str, Any], *, strict: bool = False
) -> tuple[dict[str, Any], Queued]:
    assert issubclass(model, Record)
    if session.new or session.dirty or session.deleted:
        session.flush()  # an ORM object added earlier (a record's parent) goes in first
    connection = session.connection()
    writer = _writer(connection.dialect, model)
    if strict and (unknown := given.keys() - writer.keys):
        raise TypeError(f"{sorted(unknown)} not columns of {model.__tablename__}")
    values = writer.complete(given)
    attribute(session, model, values)
    anonymous = issubclass(model, ANONYMOUS)
    if anonymous:
        # Anonymous: no finer than the hour, or it could be joined to a ticket's time.
        values["created_at"] = on_the_hour(values["created_at"]) or values["created_at"]
    kind = model.__tablename__
    item = {
        "id": values["id"],
        "kind": kind,
        "payload": _payload(kind, values),
        "created_at": values["created_at"] if anonymous else utcnow(),
        "state": OutboxState.PENDING,
        "attempts": 0,
    }
    writer.insert(connection, values)
    outbox = _writer(connection.dialect, OutboxItem)
    outbox.insert(connection, outbox.complete(item))
    return values, Queued(values["id"], kind, item["payload"], item["created_at"])


@dataclass(frozen=True)
class _Writer:
    """One table's INSERT, compiled once for a dialect, and its columns' Python defaults.

    The INSERT names every column but an autoincrementing key; each value is turned into
    what the driver takes (UUID to hex, UTC time to text, enum to its name, JSON to text)
    by the column type's own bind processor, as the ORM's flush does.
    """

    sql: str
    keys: tuple[str, ...]
    positional: bool
    processors: tuple[Callable[[Any], Any] | None, ...]
    defaults: tuple[tuple[str, Callable[[], Any]], ...]

    @classmethod
    def compile(cls, table: Table, dialect: Dialect) -> _Writer:
        columns = [column for column in table.columns if column is not table.autoincrement_column]
        compiled = insert(table).compile(dialect=dialect, column_keys=[c.key for c in columns])
        by_key = {column.key: column for column in columns}
        keys = tuple(compiled.positiontup or by_key)
        return cls(
            sql=compiled.string,
            keys=keys,
            positional=compiled.positional,
            processors=tuple(
                by_key[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys
            ),
            defaults=tuple(
                (column.key, default)
                for column in columns
                if (default := _python_default(column.default)) is not None
            ),
        )

    def complete(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Every column's value: ``given``'s, else its default (as a flush would), else
        None."""
        values = {key: given.get(key) for key in self.keys}
        for key, default in self.defaults:
            if values[key] is None:
                values[key] = default()
        return values

    def insert(self, connection: Connection, values: dict[str, Any]) -> None:
        """INSERT one row in the connection's transaction.

        Straight on the driver's connection while no one listens to the connection's
        statements (SQLAlchemy's own execution, a third of a check-in's INSERT, only
        prepares what listeners and results need, and this returns neither); through it
        when someone does (a test counting statements, a tool tracing them). Either way a
        failure is SQLAlchemy's error, which never quotes a value (``hide_parameters``)."""
        bound = [
            value if process is None else process(value)
            for process, value in zip(self.processors, [values[k] for k in self.keys], strict=True)
        ]
        parameters = tuple(bound) if self.positional else dict(zip(self.keys, bound, strict=True))
        dispatch = connection.dispatch
        if dispatch.before_cursor_execute or dispatch.after_cursor_execute:
            connection.exec_driver_sql(self.sql, parameters)
            return
        driver = connection.connection.driver_connection
        assert driver is not None
        dialect = connection.dialect
        try:
            driver.execute(self.sql, parameters)
        except dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(
                self.sql,
                parameters,
                exc,
                dialect.loaded_dbapi.Error,
                hide_parameters=connection.engine.hide_parameters,
                dialect=dialect,
            ) from exc


#: Writers by dialect (one per engine) and table.
_writers: weakref.WeakKeyDictionary[Dialect, dict[type[Base], _Writer]] = (
    weakref.WeakKeyDictionary()
)


def _writer(dialect: Dialect, model: type[Base]) -> _Writer:
    known = _writers.setdefault(dialect, {})
    writer = known.get(model)
    if writer is None:
        table = model.__table__
        assert isinstance(table, Table)
        writer = known[model] = _Writer.compile(table, dialect)
    return writer


def _python_default(default: Any) -> Callable[[], Any] | None:
    """A column's Python-side default as a function of nothing (a scalar, or a callable
    such as ``utcnow``); None for a column without one."""
    if isinstance(default, ScalarElementColumnDefault):
        value = default.arg
        return lambda: value
    if isinstance(default, CallableColumnDefault):
        function = default.arg
        no_context: Any = None  # SQLAlchemy wraps zero-argument callables to take one
        return lambda: function(no_context)
    return None


def pending(session: Session, limit: int = 100) -> Sequence[OutboxItem]:
    """Items not yet acknowledged, oldest first."""
    query = (
        select(OutboxItem)
        .where(OutboxItem.state == OutboxState.PENDING)
        .order_by(OutboxItem.seq)
        .limit(limit)
    )
    return session.scalars(query).all()


#: One outbox item as the sync engine reads it, as stored: seq, id (32 hex digits), kind,
#: payload (JSON text) and created_at (naive UTC text).
PendingRow = Row[int, str, str, str, str]


def next_batch(
    session: Session, limit: int, *, after: int | None = None, now: dt.datetime | None = None
) -> Sequence[PendingRow]:
    """The next ``limit`` pending items after outbox position ``after`` (all pending when
    None), in one query: their ``seq``, ``id``, ``kind``, ``payload`` and ``created_at``
    as plain rows of the stored text (no ORM objects, no JSON parsed: the sync engine
    reads thousands at once and sends each payload as the JSON it is). Run on the
    session's connection, not through the ORM's execution (whose row handling, for a
    select of plain columns, took as long as the query: the sync engine reads the next
    batch while one is on its way, in the same process, and each millisecond here is one
    the push waits on its share of the interpreter).

    Records that name someone come first, oldest first. Anonymous ones (:data:`ANONYMOUS`)
    come after them, never in the same batch, and only once the hour they are stamped
    with has ended at ``now`` (:data:`HOLD`; None: the time now); in the order of their kind
    (a feedback before the follow-ups) and random id, not the order they were made in.
    Sent with the named records of their time, or next to them in the server's
    sequence, they could be joined to a resident's ticket or form (issue: anonymity).
    An ``after`` that is an anonymous item's position reads on among the anonymous ones.
    """
    columns = (
        OutboxItem.seq,
        type_coerce(OutboxItem.id, String),
        OutboxItem.kind,
        type_coerce(OutboxItem.payload, Text),
        type_coerce(OutboxItem.created_at, String),
    )
    pending = OutboxItem.state == OutboxState.PENDING
    connection = session.connection()
    named = select(*columns).where(pending, OutboxItem.kind.not_in(ANONYMOUS_KINDS))
    if after is not None:
        # Past an anonymous item (the named ones were all read): none (the position's
        # kind is read once, by its key).
        kind_after = select(OutboxItem.kind).where(OutboxItem.seq == after).scalar_subquery()
        named = named.where(OutboxItem.seq > after, kind_after.not_in(ANONYMOUS_KINDS))
    rows: Sequence[PendingRow] = connection.execute(
        named.order_by(OutboxItem.seq).limit(limit)
    ).all()
    if rows:
        return rows
    due = _due(now)
    anonymous = select(*columns).where(pending, OutboxItem.kind.in_(ANONYMOUS_KINDS), due)
    if after is not None:
        last = connection.execute(
            select(OutboxItem.kind, OutboxItem.id).where(
                OutboxItem.seq == after, OutboxItem.kind.in_(ANONYMOUS_KINDS)
            )
        ).first()
        if last is not None:
            anonymous = anonymous.where(
                tuple_(OutboxItem.kind, OutboxItem.id) > tuple_(last.kind, last.id)
            )
    ordered = anonymous.order_by(OutboxItem.kind, OutboxItem.id).limit(limit)
    rows = connection.execute(ordered).all()
    return rows


def pending_count(session: Session) -> int:
    query = select(func.count()).where(OutboxItem.state == OutboxState.PENDING)
    return int(session.scalar(query) or 0)


def pending_by_hub(session: Session) -> dict[str, int]:
    """Records not yet sent, counted by the hub they name (records that name none, such as
    a ticket's events, follow their ticket and are not counted)."""
    hub = OutboxItem.payload["hub_id"].as_string()
    query = (
        select(hub, func.count())
        .where(OutboxItem.state == OutboxState.PENDING, hub.is_not(None))
        .group_by(hub)
    )
    return {str(name): int(count) for name, count in session.execute(query)}


def tally(
    session: Session, now: dt.datetime | None = None, *, sending: Collection[int] = ()
) -> tuple[int, dt.datetime | None, int]:
    """Pending items, the oldest pending one's time and dead letters, in one statement
    (the sync engine reports them with every batch it pushes, and once a cycle): each
    read through the index on the state, so only the pending and dead items are visited,
    not every item ever sent (a full pass over a drained week's outbox was most of the
    time the end of a drain took after its last answer).

    An anonymous item held until its hour has ended at ``now`` (:data:`HOLD`; None: the
    time now) is not waiting to be sent: not counted; once due, it waits from the end of
    its hour (its time is the hour's start: an hour older than it waits).

    ``sending``: the positions (``seq``) of items on their way (the batch a heartbeat goes
    with, and the one before it): left out of the count and of the oldest, so both say
    what still waits once they are stored."""
    pending = OutboxItem.state == OutboxState.PENDING
    if sending:
        # One parameter (a JSON list), not one per item: a batch is thousands of them.
        each = func.json_each(json.dumps(list(sending))).table_valued("value")
        pending = and_(pending, OutboxItem.seq.not_in(select(each.c.value)))
    anonymous = OutboxItem.kind.in_(ANONYMOUS_KINDS)
    due = _due(now)
    waiting, named, unheld, dead = session.execute(
        select(
            select(func.count()).where(pending, or_(~anonymous, due)).scalar_subquery(),
            select(func.min(OutboxItem.created_at)).where(pending, ~anonymous).scalar_subquery(),
            select(func.min(OutboxItem.created_at))
            .where(pending, anonymous, due)
            .scalar_subquery(),
            select(func.count()).where(OutboxItem.state == OutboxState.DEAD).scalar_subquery(),
        )
    ).one()
    times = [named] if isinstance(named, dt.datetime) else []
    if isinstance(unheld, dt.datetime):
        times.append(unheld + HOLD)
    return int(waiting or 0), min(times, default=None), int(dead or 0)


def held(session: Session, now: dt.datetime | None = None) -> int:
    """Anonymous items held until the hour they are stamped with has ended at ``now``
    (:data:`HOLD`; None: the time now): on the kiosk, not yet waiting to be sent."""
    query = select(func.count()).where(
        OutboxItem.state == OutboxState.PENDING,
        OutboxItem.kind.in_(ANONYMOUS_KINDS),
        ~_due(now),
    )
    return int(session.scalar(query) or 0)


def oldest_pending(session: Session) -> dt.datetime | None:
    query = select(func.min(OutboxItem.created_at)).where(OutboxItem.state == OutboxState.PENDING)
    value = session.scalar(query)
    return value if isinstance(value, dt.datetime) else None


def acknowledge(
    session: Session, ids: Iterable[uuid.UUID], *, server_seq: dict[uuid.UUID, int] | None = None
) -> None:
    """Mark items the server explicitly accepted (or already had) as sent."""
    now = utcnow()
    for item_id in ids:
        values: dict[str, Any] = {"state": OutboxState.SENT, "acked_at": now, "last_error": None}
        if server_seq and item_id in server_seq:
            values["server_seq"] = server_seq[item_id]
        session.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(**values))


def dead_letter(
    session: Session, item_id: uuid.UUID, reason: str, *, now: dt.datetime | None = None
) -> None:
    """Set an item aside for IT (a conflict or a rejection) so the rest keeps flowing.

    The time of the first refusal is kept in ``acked_at`` (the server answered for it):
    its personal fields are cleared ``set_aside_days`` after it
    (:mod:`hubkiosk.store.retention`), however often IT sends it again.

    Logged with its id, kind and reason (the adviser screen sends IT to the log), never
    its contents: a server's reason names a field, not what a resident typed in it."""
    kind = session.scalar(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(
            state=OutboxState.DEAD,
            last_error=reason[:2000],
            acked_at=func.coalesce(OutboxItem.acked_at, now or utcnow()),
        )
        .returning(OutboxItem.kind)
    )
    log.warning("record %s (%s) set aside for IT: %s", item_id, kind, reason[:500])


@dataclass(frozen=True, slots=True)
class SetAside:
    """Records set aside for IT as to their personal fields: how many were cleared, and
    when the oldest of those still holding theirs will be (None when none does)."""

    cleared: int
    next_cleared_at: dt.datetime | None


def set_aside(session: Session, *, kept: dt.timedelta, now: dt.datetime) -> SetAside:
    """The set-aside records' personal fields, as retention treats them (a set-aside time
    not yet known, or ahead of ``now``, counts as ``now``, as retention sets it)."""
    dead = OutboxItem.state == OutboxState.DEAD
    cutoff = now - kept
    cleared, oldest, unknown = session.execute(
        select(
            select(func.count()).where(dead, OutboxItem.acked_at < cutoff).scalar_subquery(),
            select(func.min(OutboxItem.acked_at))
            .where(dead, OutboxItem.acked_at >= cutoff)
            .scalar_subquery(),
            select(func.count()).where(dead, OutboxItem.acked_at.is_(None)).scalar_subquery(),
        )
    ).one()
    if isinstance(oldest, dt.datetime):
        oldest = min(oldest, now)
    elif unknown:
        oldest = now
    else:
        oldest = None
    return SetAside(int(cleared or 0), None if oldest is None else oldest + kept)


def record_failure(session: Session, ids: Iterable[uuid.UUID], error: str) -> None:
    """Count a failed attempt (the items stay pending and will be sent again)."""
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.id.in_(list(ids)))
        .values(attempts=OutboxItem.attempts + 1, last_error=error[:2000])
    )
