"""The check-in write path: a ticket, its check-in and both outbox items in one flush.

Counted, never timed: SQLAlchemy's unit of work does the same work per statement and per
flush whatever the machine, so fewer flushes is a cheaper commit everywhere. Foreign keys
are checked at commit, so a record whose parent is missing still never lands.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError

from hubkiosk.store import outbox
from hubkiosk.store.db import open_store
from hubkiosk.store.models import OutboxItem, QueueEvent, QueueEventKind, Ticket

MOMENT = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)


def check_in(session, number: int = 1, ticket_id: uuid.UUID | None = None) -> None:
    ticket = Ticket(hub_id="idea-store-bow", service_id="housing", number=f"H-{number:03d}",
                    sequence=number, day=MOMENT.date(), created_at=MOMENT)  # fmt: skip
    if ticket_id is None:
        outbox.add_record(session, ticket)
    event_ = QueueEvent(ticket_id=ticket_id or ticket.id, kind=QueueEventKind.CHECKED_IN, at=MOMENT)
    outbox.add_record(session, event_)


def test_a_check_in_is_written_in_one_flush(tmp_path: Path):
    store = open_store(tmp_path)
    inserts: list[str] = []
    flushes: list[int] = []

    def on_execute(_conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().upper().startswith("INSERT"):
            inserts.append(statement.split("(")[0].strip())

    event.listen(store.engine, "before_cursor_execute", on_execute)
    event.listen(store.sessions, "after_flush", lambda *_: flushes.append(1))
    with store.session() as session:
        check_in(session)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 2
        assert session.scalar(select(func.count()).select_from(QueueEvent)) == 1
        payload = session.scalars(
            select(OutboxItem.payload).where(OutboxItem.kind == "ticket")
        ).one()
    assert payload["priority"] == "none" and payload["language"] == "en", "defaults in the payload"
    assert len(flushes) == 1, f"{len(flushes)} flushes for one check-in"
    assert sorted(inserts) == ["INSERT INTO outbox_item"] * 2 + [
        "INSERT INTO queue_event",
        "INSERT INTO ticket",
    ]
    store.close()


def test_an_event_for_a_missing_ticket_still_fails_and_leaves_nothing(tmp_path: Path):
    store = open_store(tmp_path)
    with pytest.raises(IntegrityError), store.session() as session:
        check_in(session, ticket_id=uuid.uuid4())
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
        assert session.scalar(select(func.count()).select_from(QueueEvent)) == 0
    store.close()
