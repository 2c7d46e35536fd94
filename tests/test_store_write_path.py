"""The check-in write path: a ticket, its check-in and both outbox items, and nothing else.

Counted, never timed: every statement SQLAlchemy runs costs the same work on any machine,
so a check-in that runs only its four INSERTs and one COMMIT is a cheaper commit
everywhere. The rows are the ones the ORM's unit of work stored, value for value, and a
record whose parent is missing still never lands.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError

from hubkiosk.core import queue
from hubkiosk.core.content import load_default_content
from hubkiosk.store import outbox
from hubkiosk.store.db import open_store
from hubkiosk.store.models import (
    Channel,
    Feedback,
    OutboxItem,
    Priority,
    QueueEvent,
    QueueEventKind,
    Ticket,
)
from hubkiosk.store.outbox import ATTRIBUTION_KEY, Attribution

MOMENT = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
HOUR = MOMENT.replace(minute=0)  # an anonymous record's time


def check_in(session, number: int = 1, ticket_id: uuid.UUID | None = None) -> None:
    ticket = Ticket(hub_id="idea-store-bow", service_id="housing", number=f"H-{number:03d}",
                    sequence=number, day=MOMENT.date(), created_at=MOMENT)  # fmt: skip
    if ticket_id is None:
        outbox.add_record(session, ticket)
    event_ = QueueEvent(ticket_id=ticket_id or ticket.id, kind=QueueEventKind.CHECKED_IN, at=MOMENT)
    outbox.add_record(session, event_)


def test_a_check_in_writes_its_four_rows_and_nothing_else_in_one_commit(tmp_path: Path):
    store = open_store(tmp_path)
    housing = load_default_content().catalogue.by_id("housing")
    writes: list[tuple[str, bool]] = []
    commits: list[int] = []

    def on_execute(_conn, _cursor, statement: str, _params, _context, many: bool) -> None:
        if not statement.lstrip().upper().startswith("SELECT"):
            writes.append((statement.split("(")[0].strip(), many))

    event.listen(store.engine, "before_cursor_execute", on_execute)
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    with store.session() as session:
        session.info[ATTRIBUTION_KEY] = Attribution("adviser-7")
        issued = queue.issue_ticket(
            session, hub_id="idea-store-bow", service=housing, now=MOMENT, call_name="Amina"
        )
    event.remove(store.engine, "before_cursor_execute", on_execute)
    assert writes == [
        ("INSERT INTO ticket", False),
        ("INSERT INTO outbox_item", False),
        ("INSERT INTO queue_event", False),
        ("INSERT INTO outbox_item", False),
    ], "one INSERT a row, in the order written, and no PRAGMA or flush bookkeeping"
    assert len(commits) == 1
    with store.session() as session:
        ticket = session.get(Ticket, issued.id)
        assert ticket is not None and ticket.call_name == "Amina"
        assert ticket.channel is Channel.ASSISTED and ticket.adviser_id == "adviser-7"
        payload = session.scalars(
            select(OutboxItem.payload).where(OutboxItem.kind == "ticket")
        ).one()
        checked_in = session.scalars(select(QueueEvent)).one()
        assert checked_in.ticket_id == issued.id and checked_in.channel is Channel.ASSISTED
    assert payload["priority"] == "none" and payload["language"] == "en", "defaults in the payload"
    assert payload["channel"] == "assisted" and payload["call_name"] == "Amina"
    store.close()


def raw_rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


def test_the_rows_written_are_the_ones_the_unit_of_work_wrote(tmp_path: Path):
    """Every value is stored as the ORM's flush stores it (UUIDs, UTC times, enums,
    JSON), so the sync engine, retention and reports read the same rows as before."""
    ticket_id, event_id, feedback_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()

    def records() -> list[Ticket | QueueEvent | Feedback]:
        return [
            Ticket(
                id=ticket_id,
                hub_id="idea-store-bow",
                service_id="housing",
                number="H-001",
                sequence=1,
                day=MOMENT.date(),
                created_at=MOMENT,
                priority=Priority.URGENT,
                call_name="Amina",
                channel=Channel.SELF_SERVICE,
            ),  # fmt: skip
            QueueEvent(
                id=event_id,
                ticket_id=ticket_id,
                kind=QueueEventKind.CHECKED_IN,
                at=MOMENT,
                created_at=MOMENT,
                channel=Channel.SELF_SERVICE,
            ),  # fmt: skip
            Feedback(
                id=feedback_id,
                hub_id="idea-store-bow",
                score=4,
                created_at=HOUR,
                comment="kind staff",
                channel=Channel.SELF_SERVICE,
            ),  # fmt: skip
        ]

    by_orm = open_store(tmp_path / "orm")
    with by_orm.session() as session:
        session.add_all(records())
    by_orm.close()
    written = open_store(tmp_path / "written")
    with written.session() as session:
        for record in records():
            outbox.add_record(session, record)
        payloads = {item.id: item.payload for item in session.scalars(select(OutboxItem))}
    written.close()
    for table in ("ticket", "queue_event", "feedback"):
        assert raw_rows(written.path, table) == raw_rows(by_orm.path, table), table
    assert payloads[ticket_id]["call_name"] == "Amina"
    assert payloads[feedback_id]["created_at"] == "2026-11-24T10:00:00Z", "on the hour"
    (item,) = [row for row in raw_rows(written.path, "outbox_item") if row[2] == "feedback"]
    assert item[4] == "2026-11-24 10:00:00.000000", "an anonymous item's time on the hour"
    assert item[5:7] == ("PENDING", 0)


def test_an_event_for_a_missing_ticket_still_fails_and_leaves_nothing(tmp_path: Path):
    store = open_store(tmp_path)
    with pytest.raises(IntegrityError), store.session() as session:
        check_in(session, ticket_id=uuid.uuid4())
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
        assert session.scalar(select(func.count()).select_from(QueueEvent)) == 0
    store.close()


def test_a_record_object_carries_what_writing_it_filled_in(tmp_path: Path):
    store = open_store(tmp_path)
    feedback = Feedback(hub_id="idea-store-bow", score=5, created_at=MOMENT)
    with store.session() as session:
        session.info[ATTRIBUTION_KEY] = Attribution("adviser-7")
        queued = outbox.add_record(session, feedback)
    assert feedback.id == queued.id and isinstance(feedback.id, uuid.UUID)
    assert feedback.channel is Channel.ASSISTED and feedback.adviser_id == "adviser-7"
    assert feedback.created_at == HOUR == queued.created_at
    with store.session() as session:
        stored = session.get(Feedback, feedback.id)
        assert stored is not None and stored.created_at == HOUR
    store.close()


def test_a_misspelt_column_is_refused_before_anything_is_written(tmp_path: Path):
    store = open_store(tmp_path)
    with pytest.raises(TypeError, match="servce_id"), store.session() as session:
        outbox.add_values(session, Ticket, {"hub_id": "idea-store-bow", "servce_id": "housing",
                                            "number": "H-001", "sequence": 1,
                                            "day": MOMENT.date()})  # fmt: skip
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
    store.close()
