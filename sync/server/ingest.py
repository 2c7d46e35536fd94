"""Idempotent ingest of a push batch: each record stored once, whatever the re-sends.

Each new item is checked against its kind's schema (:mod:`sync.protocol.records`) before
anything is stored, and a record that refers to another (a queue event to its ticket, a
ticket to its appointment) must refer to one of the device's hub, and a survey response
must be one to a version of a survey published or shipped, its answers fitting that
version's questions (:class:`sync.server.survey_reports.SurveyVersions`); an item that
fails is rejected alone (``invalid: <reason>``) while the rest of the batch goes on.

The same id with the same payload is a duplicate (answered with the stored sequence); the
same id with a different payload, or an id another hub's device already used, is rejected
as a ``conflict`` and kept aside by the kiosk for IT. Hub and device come from the token.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import orjson
from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import PROTOCOL_VERSION, hub_figures, records
from sync.protocol.records import RECORD_ITEM, RecordItem
from sync.protocol.surveys import FreeTextQuestions
from sync.protocol.wire import (
    DeviceReport,
    ItemResult,
    ItemStatus,
    PushBatch,
    PushItem,
    PushResponse,
    RecordKind,
    TypedPushBatch,
)
from sync.server import hub_aggregates, survey_aggregates, survey_reports
from sync.server.db import one_of
from sync.server.models import AppointmentRow, Device, IngestedRecord
from sync.sqltypes import UTCDateTime, as_utc, sqlite_form


class InvalidPayload(ValueError):
    """A payload that cannot be a record of its kind (rejected, the rest of the batch goes on)."""


#: A payload's canonical JSON: keys sorted, no spaces, text as it is (built once: building
#: an encoder for every payload cost a third of the encoding).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def payload_hash(payload: dict[str, Any]) -> str:
    return canonical(payload)[1]


#: Kinds whose payload may validly hold a number with a fraction (answers).
_FRACTIONS = frozenset({RecordKind.FORM_SUBMISSION, RecordKind.SURVEY_RESPONSE})


def canonical_of(kind: RecordKind, payload: dict[str, Any]) -> tuple[str, str]:
    """:func:`canonical` for an item of ``kind``, in a quarter of the time where it can be.

    orjson writes what a payload holds exactly as the standard library's canonical form
    does (every code point, the keys' order, integers of up to 64 bits: tested), but not
    a number with a fraction (``1e16``, not ``1e+16``). Only answers may hold one, so those
    kinds, and whatever orjson refuses (a lone surrogate, a larger integer), take
    :func:`canonical`. A fraction in another kind's payload makes it invalid: refused,
    its hash is only compared with other texts, which differ from it either way."""
    if kind in _FRACTIONS:
        return canonical(payload)
    try:
        data = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return canonical(payload)
    return data.decode(), hashlib.sha256(data).hexdigest()


def canonical(payload: dict[str, Any]) -> tuple[str, str]:
    """``payload`` as canonical JSON text, and that text's SHA-256 (:func:`payload_hash`).

    The text is what the server stores on SQLite (one encoding serves both); a payload
    whose text cannot be UTF-8 (a lone surrogate: refused by every schema, so never
    stored) is hashed as before, and given as ASCII with escapes."""
    text = _CANONICAL.encode(payload)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return text, hashlib.sha256(data).hexdigest()


def foreign_hub_ids(batch: PushBatch, hub_id: str) -> list[uuid.UUID]:
    """Items whose payload names a hub other than the device's own."""
    return [item.id for item in batch.items if item.payload.get("hub_id") not in (None, hub_id)]


#: Every item of a batch checked in one call (a validator is costly to build: built once).
RECORD_ITEMS: TypeAdapter[list[RecordItem]] = TypeAdapter(list[RecordItem])


def _document(item: PushItem) -> dict[str, Any]:
    return {
        "id": str(item.id),
        "kind": item.kind.value,
        "kiosk_time": None if item.kiosk_time is None else item.kiosk_time.isoformat(),
        "payload": item.payload,
    }


def validate(item: PushItem) -> RecordItem:
    """``item`` checked against the schema of its kind (:class:`InvalidPayload` if not one).

    Checked as JSON, strictly: a number is not a string, a time is an ISO string with a zone.
    """
    try:
        return RECORD_ITEM.validate_json(json.dumps(_document(item)), strict=True)
    except ValidationError as exc:
        raise InvalidPayload(_reason(exc)) from None
    except ValueError as exc:  # a value JSON cannot carry (NaN, a lone surrogate...)
        raise InvalidPayload(str(exc)[:200]) from None


def validate_all(items: Sequence[PushItem]) -> list[RecordItem | InvalidPayload]:
    """Each of ``items`` checked as :func:`validate` checks it, all in one validation.

    Only when some fail are they told apart: the failing ones are checked again alone (for
    their reason, exactly as :func:`validate` gives it) and the rest together again.
    """
    if not items:
        return []
    try:
        return list(
            RECORD_ITEMS.validate_json(json.dumps([_document(i) for i in items]), strict=True)
        )
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        failing = {error["loc"][0] for error in errors if error["loc"]}
    except ValueError:  # a value JSON cannot carry: find it item by item
        failing = set(range(len(items)))
    if not failing:
        failing = set(range(len(items)))
    rest = [index for index in range(len(items)) if index not in failing]
    passed = dict(zip(rest, validate_all([items[index] for index in rest]), strict=True))
    checked: list[RecordItem | InvalidPayload] = []
    for index, item in enumerate(items):
        if index in passed:
            checked.append(passed[index])
            continue
        try:
            checked.append(validate(item))
        except InvalidPayload as exc:
            checked.append(exc)
    return checked


def validate_body(raw: bytes) -> list[RecordItem] | None:
    """Every item of the push body ``raw`` checked as :func:`validate` checks it, in one
    pass over the bytes received (not parsed, re-serialised and parsed again); None when
    anything fails, for :func:`validate_all` to tell the items apart."""
    try:
        return TypedPushBatch.model_validate_json(raw, strict=True).items
    except ValueError:  # ValidationError included
        return None


def _reason(exc: ValidationError) -> str:
    """Why a payload was refused: where, and what is wrong (never the value: it may be
    personal; the input is read only to tell a text from a list)."""
    first = exc.errors(include_url=False)[0]
    # The first place is the union's tag (the kind): leave it out.
    where = ".".join(str(part) for part in first["loc"][1:])
    message = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "too_long" and isinstance(first.get("input"), str):
        # A text's length checked after its own checks is counted as "items": it is letters.
        message = f"a text longer than its {first['ctx']['max_length']} characters"
    return f"{where}: {message}" if where else message


#: The report columns every stored record has (None where its kind has no such value).
REPORT_COLUMNS = (
    "day",
    "service_id",
    "ticket_id",
    "event_kind",
    "event_epoch",
    "outcome",
    "referred_to",
    "channel",
    "adviser_id",
    "activity",
)


def extract(record: RecordItem, tz: ZoneInfo) -> dict[str, Any]:
    """The report columns of a valid ``record``.

    Tickets and queue events (nearly every record of a busy hub) have their columns made in
    one step each; the other kinds go through :func:`_extract_other`. Enum members give
    their ``_value_`` (``.value`` is a descriptor call: three a record added up)."""
    payload = record.payload
    if type(payload) is records.QueueEvent:
        at = payload.at
        kind = payload.kind
        outcome = payload.outcome
        checked_in = kind is records.QueueEventKind.CHECKED_IN
        channel = payload.channel._value_ if checked_in else None
        return {
            "day": at.astimezone(tz).date(),
            "service_id": None,
            "ticket_id": payload.ticket_id,
            "event_kind": kind._value_,
            "event_epoch": at.timestamp(),
            "outcome": None if outcome is None else outcome._value_,
            "referred_to": (
                hub_figures.destination(payload.referred_service_id, payload.referred_to)
                if outcome is records.Outcome.REFERRED
                else payload.referred_to or payload.to_service_id
            ),
            "channel": channel,
            "adviser_id": payload.adviser_id if channel == "assisted" else None,
            "activity": None,
        }
    if type(payload) is records.Ticket:
        return {
            "day": payload.day,
            "service_id": payload.service_id,
            "ticket_id": None,
            "event_kind": None,
            "event_epoch": None,
            "outcome": None,
            "referred_to": None,
            "channel": payload.channel._value_,
            "adviser_id": payload.adviser_id,
            "activity": "ticket" if payload.appointment_id is None else "check_in",
        }
    return _extract_other(record, tz)


def _extract_other(record: RecordItem, tz: ZoneInfo) -> dict[str, Any]:
    """:func:`extract` for the kinds other than tickets and queue events: their day is
    when they were made (by the kiosk's clock), in the server's zone. A check-in turned
    away keeps its reason in ``outcome``, for the hub report to count by."""
    columns: dict[str, Any] = dict.fromkeys(REPORT_COLUMNS)
    payload = record.payload
    if isinstance(payload, records.Attributed):
        columns["channel"] = payload.channel.value
        columns["adviser_id"] = payload.adviser_id
    elif isinstance(payload, records.AdviserSession | records.AssistedVisit):
        columns["adviser_id"] = payload.adviser_id
        columns["event_kind"] = payload.event.value
    moment = payload.created_at or record.kiosk_time
    if moment is not None:
        columns["day"] = moment.astimezone(tz).date()
    if isinstance(payload, records.Feedback):
        columns["service_id"] = payload.service_id
    elif isinstance(payload, records.CheckInTurnedAway):
        # The hub report counts these by reason: ``outcome`` holds it (no other column
        # of this kind's rows is one).
        columns["outcome"] = payload.reason.value
    elif isinstance(payload, records.FormSubmission):
        columns["activity"] = "form"
        columns["service_id"] = payload.form_id
    return columns


def stored_payload(record: RecordItem, sent: dict[str, Any]) -> dict[str, Any]:
    """What the server keeps of a payload: as sent, except that a record kept to the hour
    (survey response, quick feedback and its follow-up) keeps its time only to the hour,
    and a quick feedback its wait only as its band, as its schema makes them (an older
    kiosk may have sent the minute of either)."""
    if isinstance(record.payload, records.HourOnly):
        return records.payload_of(record.payload)
    return sent


class DeviceRow(Protocol):
    """The pushing device's row as the push holds it (locked, written back at its end):
    what changed since it was read, and noting what ingest wrote of it."""

    def changed(self) -> dict[str, Any]: ...

    def written(self, values: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class _Stored:
    hub_id: str
    payload_hash: str
    seq: int
    #: Its personal fields cleared by retention: its hash is the cleared payload's.
    purged: bool


def ingest_batch(
    session: Session,
    device: Device,
    batch: PushBatch,
    *,
    now: dt.datetime,
    tz: ZoneInfo,
    checked: Sequence[RecordItem] | None = None,
    device_row: DeviceRow | None = None,
) -> PushResponse:
    """Store the new items of ``batch`` for ``device`` and answer for every item.

    In bulk, whatever the batch's size: the items are checked in one validation, the
    records they refer to looked up in one query, the new rows written with one
    ``INSERT ... ON CONFLICT (id) DO NOTHING RETURNING`` (whose answer tells which were
    really new), and only the items that were not (resent, or refused) looked up again,
    in one query, to answer duplicate or conflict. An item already stored is answered as
    it was stored, even if it would not pass today's checks. ``checked``: every item of
    ``batch`` already checked, in order (:func:`validate_body`), when all passed.

    ``device`` is left as the push leaves it (last seen, its report, its high-water
    mark); on PostgreSQL, given its ``device_row``, the insert writes it too (no
    statement of its own), and notes that on ``device_row``.
    """
    items = batch.items
    device.last_seen_at = now
    if batch.device is not None:
        _record_health(device, batch.device)
    encoded = [canonical_of(item.kind, item.payload) for item in items]
    digests = [digest for _, digest in encoded]
    #: Each item's hash as the server keeps it (of the payload kept: see stored_payload),
    #: what a stored record is compared with; ``digests`` compares copies in the batch.
    kept_digests = list(digests)
    # Sent twice in one batch: the first copy decides, a later one follows it. (Items are
    # kept by position from here, and ids as their 128-bit numbers: a UUID's hash is
    # Python code, an int's is not.)
    seen: dict[int, int] = {}
    first_of = [seen.setdefault(item.id.int, index) for index, item in enumerate(items)]
    firsts = [index for index, first in enumerate(first_of) if index == first]
    if checked is not None and len(checked) == len(items):
        by_index: dict[int, RecordItem | InvalidPayload] = {i: checked[i] for i in firsts}
    else:
        by_index = dict(zip(firsts, validate_all([items[i] for i in firsts]), strict=True))
    # What the records refer to is looked up before the insert on SQLite; on PostgreSQL
    # by the insert itself (one round trip less), which skips the rows that may not refer
    # to what they name: their reasons are found from its answer (see below).
    owners = (
        None
        if session.get_bind().dialect.name == "postgresql"
        else _owners(session, [c for c in by_index.values() if not isinstance(c, InvalidPayload)])
    )

    problems: dict[int, str] = {}
    hub_id, device_id = device.hub_id, device.id
    new_rows: list[dict[str, Any]] = []
    #: Each new row's payload as JSON text (by position: it is not a column of its own);
    #: on PostgreSQL, what its record refers to and the item it is (position, record).
    new_texts: list[str] = []
    new_refs: list[Reference] = []
    new_items: list[tuple[int, RecordItem]] = []
    #: The new tickets for bookings: the appointment each names.
    bookings: dict[uuid.UUID, uuid.UUID | None] = {}
    now_hour = records.on_the_hour(now)
    surveys: survey_reports.SurveyVersions | None = None
    #: Each new row's payload as kept (by position), and the surveys' free-text
    #: questions, read only to compare a re-sent record with one retention cleared.
    kept_forms: dict[int, dict[str, Any]] = {}
    surveys_text: FreeTextQuestions | None = None
    for index, record in by_index.items():
        item = items[index]
        if isinstance(record, InvalidPayload):
            problems[index] = str(record)
            continue
        problem = None if owners is None else _reference_problem(record, owners, hub_id)
        if problem is None and type(record.payload) is records.SurveyResponse:
            # A response to a survey the council never published or shipped, or not
            # fitting it, is refused: never counted. The surveys known are looked up only
            # for a batch with responses, once (and kept until a publish).
            if surveys is None:
                surveys = survey_reports.survey_versions(session)
            response = record.payload
            problem = surveys.problem(
                response.survey_id,
                response.survey_version,
                response.answers,
                complete=response.complete,
            )
        if problem is not None:
            problems[index] = problem
            continue
        if owners is None:
            new_refs.append(_reference(record))
            new_items.append((index, record))
        payload = stored_payload(record, item.payload)
        # The hash is the kept payload's, not the sent one's: it must give back no finer
        # time than the payload keeps (see retention.kept_hash).
        text, kept_digests[index] = (
            encoded[index] if payload is item.payload else canonical(payload)
        )
        new_texts.append(text)
        kept_forms[index] = payload
        # The report columns' dict is the row (one dict a record, not two merged).
        row = extract(record, tz)
        row["id"] = item.id
        row["kind"] = item.kind._value_
        row["hub_id"] = hub_id
        row["device_id"] = device_id
        # The hour alone for records that name no one, as their own time (_coarse): to
        # the microsecond, it matched the ticket's received in the same push.
        row["received_at"] = now_hour if _anonymous(record) else now
        made = item.kiosk_time
        row["kiosk_time"] = None if made is None else _coarse(record, as_utc(made))
        row["payload"] = payload
        row["payload_hash"] = kept_digests[index]
        new_rows.append(row)
        if row["activity"] == "check_in" and type(record.payload) is records.Ticket:
            bookings[item.id] = record.payload.appointment_id  # a ticket for a booking

    # On PostgreSQL the insert also adds the new records to the hub's tallies (under its
    # lock, taken before if the push did not take it with the device's row).
    count = owners is None and hub_aggregates.counts(new_rows)
    if count:
        hub_aggregates.lock_for(session, new_rows)
    written = None if owners is not None or device_row is None else device_row.changed()
    inserted, found, high_water = _insert_new(
        session, new_rows, new_texts, new_refs, count=count, device=written
    )
    if device_row is not None and written is not None and high_water is not None:
        device.high_water = high_water
        device_row.written({**written, "high_water": high_water})
    if found is not None:
        # The rows the insert skipped for what they refer to, and why (the same checks).
        for (index, record), row in zip(new_items, new_rows, strict=True):
            if row["id"].int not in inserted:
                problem = _reference_problem(record, found, hub_id)
                if problem is not None:
                    problems[index] = problem
    # The rows this batch really added (no duplicate, no conflict), each given its "seq".
    fresh: list[dict[str, Any]] = []
    for row in new_rows:
        seq = inserted.get(row["id"].int)
        if seq is not None:
            row["seq"] = seq
            fresh.append(row)
    # Anything kept up to date at ingest (figures, aggregates) is given ``fresh`` here,
    # in the same transaction: a re-sent record is never counted twice.
    survey_aggregates.record(session, fresh)
    if owners is not None:  # SQLite: counted here (PostgreSQL's insert counted them)
        hub_aggregates.record(session, fresh)
    # A new ticket for a booking the server knows waits from the appointment's time if
    # the resident came early: its start, as known now, goes on its wait row.
    booked = owners if owners is not None else found
    if bookings and booked is not None:
        starts = booked.starts
        hub_aggregates.appointments(
            session,
            {
                ticket: starts[appointment]
                for ticket, appointment in bookings.items()
                if ticket.int in inserted and appointment in starts
            },
        )

    # Items not stored by this batch: already there (resent, or another hub's id), or refused.
    stored = (
        _stored(session, [items[i].id for i in firsts if items[i].id.int not in inserted])
        if len(inserted) < len(firsts)
        else {}
    )
    results: dict[int, ItemResult] = {}
    for index in firsts:
        item_id = items[index].id
        seq = inserted.get(item_id.int)
        known = None if seq is not None else stored.get(item_id)
        if seq is not None:
            results[index] = ItemResult(id=item_id, status=ItemStatus.ACCEPTED, server_seq=seq)
        elif known is not None:
            digest = kept_digests[index]
            if known.purged and index in kept_forms:  # compared as retention left it
                from sync.server import retention  # (it hashes as this module does)

                if surveys_text is None:
                    surveys_text = retention.free_text_questions(session)
                kind = items[index].kind._value_
                digest = retention.kept_hash(kind, kept_forms[index], surveys_text, purged=True)
            if known.hub_id == device.hub_id and known.payload_hash == digest:
                results[index] = ItemResult(
                    id=item_id, status=ItemStatus.DUPLICATE, server_seq=known.seq
                )
            else:
                results[index] = _conflict(item_id)
        elif index in problems:
            results[index] = ItemResult(
                id=item_id, status=ItemStatus.REJECTED, reason=f"invalid: {problems[index]}"
            )
        else:
            # Not inserted, yet not stored: removed between the two statements. Nothing is
            # acknowledged; the kiosk sends it again.
            raise RuntimeError("a record vanished while its batch was stored")

    final: list[ItemResult] = []
    for index, first in enumerate(first_of):
        if index == first:
            final.append(results[index])
        elif digests[index] != digests[first]:
            final.append(_conflict(items[index].id))
        else:
            final.append(_as_duplicate(results[first]))

    if fresh:
        device.high_water = max(device.high_water, *(new["seq"] for new in fresh))
    # Each result is checked as it is made: not again as a whole.
    return PushResponse.model_construct(
        protocol_version=PROTOCOL_VERSION, results=final, high_water=device.high_water
    )


#: What a record refers to: a stored record's id and the kind it must be (a queue event's
#: ticket, a follow-up's feedback), and an appointment's id (a ticket for a booking).
Reference = tuple[uuid.UUID | None, str | None, uuid.UUID | None]


def _reference(record: RecordItem) -> Reference:
    payload = record.payload
    if isinstance(payload, records.QueueEvent):
        return payload.ticket_id, RecordKind.TICKET.value, None
    if isinstance(payload, records.FeedbackFollowUp):
        return payload.feedback_id, RecordKind.FEEDBACK.value, None
    if isinstance(payload, records.Ticket):
        return None, None, payload.appointment_id
    return None, None, None


def _insert_new(
    session: Session,
    rows: list[dict[str, Any]],
    texts: list[str],
    refs: list[Reference],
    *,
    count: bool = False,
    device: dict[str, Any] | None = None,
) -> tuple[dict[int, int], _Owners | None, int | None]:
    """Insert ``rows``, skipping any whose id is already stored; the new ones' sequences,
    by id (as its 128-bit number), and on PostgreSQL who owns what the rows refer to
    (``refs``, each row's), looked up by the same statement, which skips the rows that
    may not refer to it (:func:`_reference_problem`).

    One statement for the batch (on SQLite, one per 500 rows); rows are matched back by
    id, not by position. A row that another request is storing at the same moment is
    waited for and skipped (PostgreSQL), so the same id at once through two requests is
    stored once and answered duplicate. ``texts``: each row's payload as JSON text.
    ``count`` (PostgreSQL): the same statement adds the rows it inserts to the hub's
    tallies. ``device`` (PostgreSQL): columns of the rows' device that it writes too; the
    device's high-water mark then written is the third value (None if nothing was).
    """
    postgresql = session.get_bind().dialect.name == "postgresql"
    if not rows:
        return {}, _Owners({}, {}) if postgresql else None, None
    if postgresql:
        return _insert_new_postgresql(session, rows, texts, refs, count=count, device=device)
    return _insert_new_sqlite(session, rows, texts), None, None


#: Rows per ``INSERT`` on SQLite (19 values each: far below its 32,766 placeholders).
SQLITE_PAGE = 500


def _insert_new_sqlite(
    session: Session, rows: list[dict[str, Any]], texts: list[str]
) -> dict[int, int]:
    """:func:`_insert_new` on SQLite: multi-row ``INSERT ... VALUES ... RETURNING`` pages
    (RETURNING needs SQLite 3.35) of values already in their stored form.

    SQLAlchemy's own multi-row ``INSERT`` ran every value of every row through its type's
    bind processor and each payload through ``json.dumps`` again: as long as the insert
    itself. Values are converted here a column at a time, in the form those processors
    write them (a UUID as its 32 hex digits, a time as naive UTC ``YYYY-MM-DD
    HH:MM:SS.ffffff``, a day in ISO form), so every query finds the rows as if SQLAlchemy
    had written them; a value shared by every row (the device, the receive time) is
    converted once. The payload is stored as its canonical JSON text (the JSON type reads
    any JSON text back).
    """
    names = list(rows[0])
    table = IngestedRecord.__table__
    columns: list[list[Any]] = []
    for name in names:
        if name == "payload":
            columns.append(texts)
            continue
        values = [row[name] for row in rows]
        form = sqlite_form(table.c[name].type)
        if form is not None:
            first = values[0]
            if all(value is first for value in values):
                values = [form(first)] * len(values)
            else:
                values = [form(value) for value in values]
        columns.append(values)
    placeholders = "(" + ", ".join("?" * len(names)) + ")"
    head = f"INSERT INTO {IngestedRecord.__tablename__} ({', '.join(names)}) VALUES "
    tail = " ON CONFLICT (id) DO NOTHING RETURNING id, seq"
    connection = session.connection()
    inserted: dict[int, int] = {}
    for start in range(0, len(rows), SQLITE_PAGE):
        page = [column[start : start + SQLITE_PAGE] for column in columns]
        count = len(page[0])
        statement = head + ", ".join([placeholders] * count) + tail
        flat = tuple(chain.from_iterable(zip(*page, strict=True)))
        for row_id, seq in connection.exec_driver_sql(statement, flat):
            inserted[int(row_id, 16)] = seq
    return inserted


def _insert_new_postgresql(
    session: Session,
    rows: list[dict[str, Any]],
    texts: list[str],
    refs: list[Reference],
    *,
    count: bool,
    device: dict[str, Any] | None,
) -> tuple[dict[int, int], _Owners, int | None]:
    """:func:`_insert_new` on PostgreSQL: the batch goes as one JSON document, unpacked by
    ``jsonb_to_recordset`` into typed rows (``INSERT ... SELECT``), in the batch's order.

    A multi-row ``VALUES`` of 100 rows has 1,800 placeholders, which psycopg parses again
    for every batch (it caches only statements of up to 50 parameters): that cost three
    times the insert itself; one array per column cost as much again in escaping, and an
    ``executemany`` of one-row inserts (pipelined) as much as the document. The document
    is written by orjson (ids, days and times as PostgreSQL reads them), each payload put
    in as the JSON text already made for its hash, not encoded again: a third of the
    ``json.dumps`` it replaced. A column with no value is left out (read as NULL: four
    in ten of a busy hub's columns, which PostgreSQL then has no JSON to parse for), and
    so is a value every row shares (:data:`_SHARED`), given once as a parameter of its own:
    a document a third smaller, sent and parsed in 0.2 ms less a batch of 100. Times
    become naive UTC as the column type makes them.

    The same statement finds the stored records and appointments the rows refer to (as
    :func:`_owners` does, before anything is inserted) and inserts only the rows that
    :func:`_reference_problem` allows: a record it names of another kind or hub, or an
    appointment at another hub, keeps the row out. It answers the new rows' sequences
    (``r``), the records found (``o``: kind, hub) and the appointments (``a``: hub, and
    the start in microseconds since the epoch where a sequence would be).

    With ``count``, it also adds the rows it inserts to the hub's tallies
    (:func:`sync.server.hub_aggregates.counted_in`): one round trip for both, and the
    tallies counted from what the insert returns, not read back. With ``device`` (columns
    of the rows' device, as :class:`DeviceRow` gives what changed), it writes them to the
    device's row too, with its high-water mark (the highest sequence stored for it):
    answered as ``d``, a round trip less again.
    """
    dialect = session.get_bind().dialect
    names = list(rows[0])
    table = IngestedRecord.__table__
    first = rows[0]
    # A value every row shares (the device, its hub, the receive time) goes once, as a
    # parameter of its own: a third of the document was these and the empty values.
    shared = frozenset(name for name in _SHARED if all(row[name] is first[name] for row in rows))
    to_utc = UTCDateTime().process_bind_param
    definition, times, values = [], [], {}
    for name in names:
        column_type = table.c[name].type
        if isinstance(column_type, UTCDateTime):
            sql_type = column_type.impl_instance.compile(dialect=dialect)
        else:
            sql_type = column_type.dialect_impl(dialect).compile(dialect=dialect)
        if name in shared:
            value = first[name]
            values[name] = to_utc(value, dialect) if isinstance(column_type, UTCDateTime) else value
            definition.append(f"CAST(%({name})s AS {sql_type}) AS {name}")
            continue
        if isinstance(column_type, UTCDateTime):
            times.append(name)
        definition.append(f"{name} {sql_type}")
    per_row = [name for name in names if name not in shared]
    recordset = [d for name, d in zip(names, definition, strict=True) if name in per_row]
    recordset += ["refers_to UUID", "refers_kind VARCHAR", "booking UUID"]
    document = orjson.dumps(
        [
            _document_row(row, shared, times, text, reference, to_utc, dialect)
            for row, text, reference in zip(rows, texts, refs, strict=True)
        ]
    )
    values["rows"] = document.decode()
    # The batch's columns: each row's, and the shared ones (from the parameters).
    selected = [name if name in per_row else d for name, d in zip(names, definition, strict=True)]
    columns = ", ".join(names)
    records_table = IngestedRecord.__tablename__
    returning, tallies = "id, seq", ""
    if count:
        returning = ", ".join(("seq", *hub_aggregates.COUNTED_COLUMNS))
        tallies = "".join(", " + clause for clause in hub_aggregates.counted_in("fresh"))
    written = ""
    if device is not None:
        update, named = _device_update(first["device_id"], device, dialect)
        written = f", device_row AS ({update})"
        values.update(named)
    statement = (
        f"WITH batch AS (SELECT {', '.join(selected)}, refers_to, refers_kind, booking, "
        "position FROM ROWS FROM (jsonb_to_recordset(%(rows)s::jsonb) "
        f"AS ({', '.join(recordset)})) WITH ORDINALITY "
        f"AS batch ({', '.join(per_row)}, refers_to, refers_kind, booking, position)), "
        f"owner AS (SELECT id, kind, hub_id FROM {records_table} "
        "WHERE id = ANY(ARRAY(SELECT refers_to FROM batch WHERE refers_to IS NOT NULL))), "
        f"booked AS (SELECT id, hub_id, starts_at FROM {AppointmentRow.__tablename__} "
        "WHERE id = ANY(ARRAY(SELECT booking FROM batch WHERE booking IS NOT NULL))), "
        f"fresh AS (INSERT INTO {records_table} ({columns}) SELECT {columns} FROM batch "
        "WHERE NOT EXISTS (SELECT FROM owner WHERE owner.id = batch.refers_to "
        "AND (owner.kind <> batch.refers_kind OR owner.hub_id <> batch.hub_id)) "
        "AND NOT EXISTS (SELECT FROM booked WHERE booked.id = batch.booking "
        "AND booked.hub_id <> batch.hub_id) "
        f"ORDER BY position ON CONFLICT (id) DO NOTHING RETURNING {returning})"
        f"{tallies}{written} "
        "SELECT 'r', id, seq, NULL, NULL FROM fresh "
        "UNION ALL SELECT 'o', id, NULL, kind, hub_id FROM owner "
        "UNION ALL SELECT 'a', id, "
        "CAST(extract(epoch FROM starts_at) * 1000000 AS bigint), NULL, hub_id FROM booked"
    )
    if written:
        statement += " UNION ALL SELECT 'd', NULL, high_water, NULL, NULL FROM device_row"
    result = session.connection().exec_driver_sql(statement, values)
    inserted: dict[int, int] = {}
    owners = _Owners({}, {})
    high_water: int | None = None
    for part, row_id, seq, kind, owner_hub in result:
        if part == "r":
            inserted[row_id.int] = seq
        elif part == "o":
            owners.records[row_id] = (kind, owner_hub)
        elif part == "a":
            owners.appointments[row_id] = owner_hub
            owners.starts[row_id] = seq / 1_000_000  # as datetime.timestamp() gives it
        else:
            high_water = seq
    return inserted, owners, high_water


def _device_update(
    device_id: uuid.UUID, columns: dict[str, Any], dialect: Any
) -> tuple[str, dict[str, Any]]:
    """An ``UPDATE`` of the device's row setting ``columns``, and its high-water mark to
    the highest sequence of the rows inserted (``fresh``) if higher; and its parameters."""
    table = Device.__table__
    sets, values = [], {"device_row_id": device_id}
    for name, value in columns.items():
        column_type = table.c[name].type
        if isinstance(column_type, UTCDateTime):
            sql_type = column_type.impl_instance.compile(dialect=dialect)
            value = column_type.process_bind_param(value, dialect)
        else:
            sql_type = column_type.dialect_impl(dialect).compile(dialect=dialect)
        sets.append(f"{name} = CAST(%(device_{name})s AS {sql_type})")
        values[f"device_{name}"] = value
    sets.append("high_water = greatest(high_water, (SELECT max(seq) FROM fresh))")
    update = (
        f"UPDATE {Device.__tablename__} SET {', '.join(sets)} WHERE id = %(device_row_id)s "
        "RETURNING high_water"
    )
    return update, values


#: Columns whose value is the same for every row of a batch (sent once if it is).
_SHARED = ("hub_id", "device_id", "received_at")


def _document_row(
    row: dict[str, Any],
    shared: frozenset[str],
    times: list[str],
    text: str,
    reference: Reference,
    to_utc: Callable[[Any, Any], Any],
    dialect: Any,
) -> dict[str, Any]:
    """One row of :func:`_insert_new_postgresql`'s document: its own values, no empty one
    (read as NULL), times as naive UTC, the payload as its JSON text."""
    entry = {name: value for name, value in row.items() if value is not None and name not in shared}
    for name in times:
        if name in entry:
            entry[name] = to_utc(entry[name], dialect)
    entry["payload"] = orjson.Fragment(text)
    refers_to, refers_kind, booking = reference
    if refers_to is not None:
        entry["refers_to"] = refers_to
        entry["refers_kind"] = refers_kind
    if booking is not None:
        entry["booking"] = booking
    return entry


def _stored(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, _Stored]:
    """The records already stored under ``ids`` (one query)."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            IngestedRecord.id,
            IngestedRecord.hub_id,
            IngestedRecord.payload_hash,
            IngestedRecord.personal_purged_at,
            IngestedRecord.seq,
        ).where(one_of(IngestedRecord.id, ids, session.get_bind().dialect.name))
    ).all()
    return {
        row.id: _Stored(row.hub_id, row.payload_hash, row.seq, row.personal_purged_at is not None)
        for row in rows
    }


@dataclass(frozen=True)
class _Owners:
    """Who owns the records and appointments a batch refers to (absent: unknown here)."""

    #: Stored records by id: (kind, hub), plus the tickets of this batch (their hub is
    #: the device's, as they are stored with it).
    records: dict[uuid.UUID, tuple[str, str]]
    appointments: dict[uuid.UUID, str]
    #: The appointments' starts, as seconds since the epoch.
    starts: dict[uuid.UUID, float] = field(default_factory=dict)


def _owners(session: Session, valid: list[RecordItem]) -> _Owners:
    ticket_ids: set[uuid.UUID] = {
        r.payload.ticket_id for r in valid if isinstance(r.payload, records.QueueEvent)
    }
    # A feedback's follow-up names its feedback: looked up the same way.
    ticket_ids |= {
        r.payload.feedback_id for r in valid if isinstance(r.payload, records.FeedbackFollowUp)
    }
    appointment_ids = {
        r.payload.appointment_id
        for r in valid
        if isinstance(r.payload, records.Ticket) and r.payload.appointment_id is not None
    }
    owned: dict[uuid.UUID, tuple[str, str]] = {}
    dialect = session.get_bind().dialect.name
    if ticket_ids:
        rows = session.execute(
            select(IngestedRecord.id, IngestedRecord.kind, IngestedRecord.hub_id).where(
                one_of(IngestedRecord.id, ticket_ids, dialect)
            )
        )
        owned = {row.id: (row.kind, row.hub_id) for row in rows}
    appointments: dict[uuid.UUID, str] = {}
    starts: dict[uuid.UUID, float] = {}
    if appointment_ids:
        rows = session.execute(
            select(AppointmentRow.id, AppointmentRow.hub_id, AppointmentRow.starts_at).where(
                AppointmentRow.id.in_(appointment_ids)
            )
        )
        for row in rows:
            appointments[row.id] = row.hub_id
            starts[row.id] = row.starts_at.timestamp()
    return _Owners(owned, appointments, starts)


def _reference_problem(record: RecordItem, owners: _Owners, hub_id: str) -> str | None:
    """Why ``record`` may not refer to what it names (None when it may).

    A queue event must belong to a ticket of the device's hub, and a ticket for a booking
    to an appointment of that hub. A ticket not seen yet (in this batch or before) is
    allowed: the kiosk pushes in outbox order, so its ticket is usually already here, and
    the queue pages only ever apply events to tickets of the event's own hub.
    """
    payload = record.payload
    if isinstance(payload, records.QueueEvent):
        owner = owners.records.get(payload.ticket_id)
        if owner is None:
            return None
        kind, owner_hub = owner
        if kind != RecordKind.TICKET:
            return "ticket_id: the record it names is not a ticket"
        if owner_hub != hub_id:
            return "ticket_id: the ticket belongs to another hub"
    elif isinstance(payload, records.FeedbackFollowUp):
        owner = owners.records.get(payload.feedback_id)
        if owner is None:
            return None
        kind, owner_hub = owner
        if kind != RecordKind.FEEDBACK:
            return "feedback_id: the record it names is not a feedback"
        if owner_hub != hub_id:
            return "feedback_id: the feedback belongs to another hub"
    elif isinstance(payload, records.Ticket) and payload.appointment_id is not None:
        appointment_hub = owners.appointments.get(payload.appointment_id)
        if appointment_hub is not None and appointment_hub != hub_id:
            return "appointment_id: the appointment is at another hub"
    return None


def _conflict(item_id: uuid.UUID) -> ItemResult:
    return ItemResult(id=item_id, status=ItemStatus.REJECTED, reason="conflict")


def _as_duplicate(result: ItemResult) -> ItemResult:
    if result.status is ItemStatus.REJECTED:
        return result
    return ItemResult(id=result.id, status=ItemStatus.DUPLICATE, server_seq=result.server_seq)


def _anonymous(record: RecordItem) -> bool:
    """Whether ``record`` names no one (a follow-up of a feedback too): it keeps only the
    hour of its times."""
    return isinstance(record.payload, records.HourOnly)


def _coarse(record: RecordItem, moment: dt.datetime | None) -> dt.datetime | None:
    return records.on_the_hour(moment) if _anonymous(record) else moment


def _record_health(device: Device, report: DeviceReport) -> None:
    # Within what the columns hold: DeviceReport clamps counts and drops infinite durations
    # and times with no UTC form (a report is a hint for IT, never a reason to fail).
    device.reported_pending = report.pending
    device.reported_oldest_pending_seconds = report.oldest_pending_seconds
    device.reported_dead_letters = report.dead_letters
    device.reported_set_aside_cleared_at = report.set_aside_cleared_at
    device.kiosk_version = report.kiosk_version
    kiosk_now, seen = as_utc(report.kiosk_now), as_utc(device.last_seen_at)
    offset = None if kiosk_now is None or seen is None else (kiosk_now - seen).total_seconds()
    device.reported_clock_offset_seconds = offset
    health = report.health
    if health is not None:  # older kiosks send none: their last known health stays
        device.health_at = device.last_seen_at
        device.uptime_seconds = health.uptime_seconds
        device.printer_state = health.printer.value if health.printer else None
        device.printer_fault = health.printer_fault
        device.free_disk_bytes = health.free_disk_bytes
        device.last_backup_at = as_utc(health.last_backup_at)
        device.last_error = health.last_error
