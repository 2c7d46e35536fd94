"""The store's kept session: a check-in opens no connection, and nothing carries over.

The resident's taps all run on one worker thread; the store lends that thread one
session on one connection for its life (issue 16, checkin_commit), instead of a new
session and a pool checkout for each tap. Counted, never timed. And what a lent session
must never do: carry one tap's adviser into the next resident's records, keep objects
read by one tap, hold a failed transaction, or refuse a second thread.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool

from hubkiosk.core import queue
from hubkiosk.core.content import load_default_content
from hubkiosk.store.db import open_store
from hubkiosk.store.models import Channel, QueueEvent, QueueEventKind, StoreEvent, Ticket
from hubkiosk.store.outbox import ATTRIBUTION_KEY, Attribution, add_values

MOMENT = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
HOUSING = load_default_content().catalogue.by_id("housing")


def check_in(session) -> queue.IssuedTicket:
    assert HOUSING is not None
    return queue.issue_ticket(session, hub_id="idea-store-bow", service=HOUSING, now=MOMENT)


def test_check_ins_one_after_another_take_no_connection_from_the_pool(tmp_path: Path):
    store = open_store(tmp_path)
    with store.session() as session:
        check_in(session)
    checkouts: list[int] = []
    event.listen(store.engine.pool, "checkout", lambda *_: checkouts.append(1))
    for _ in range(10):
        with store.session() as session:
            check_in(session)
    assert checkouts == [], "each check-in opened a session on a pooled connection"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 11
    store.close()


def test_an_advisers_attribution_never_reaches_the_next_residents_ticket(tmp_path: Path):
    store = open_store(tmp_path)
    with store.session() as session:
        session.info[ATTRIBUTION_KEY] = Attribution("adviser-7")
        assisted = check_in(session)
    with store.session() as session:
        alone = check_in(session)
    with store.session() as session:
        by_id = {t.id: t for t in session.scalars(select(Ticket))}
    assert by_id[assisted.id].channel is Channel.ASSISTED
    assert by_id[assisted.id].adviser_id == "adviser-7"
    assert by_id[alone.id].channel is Channel.SELF_SERVICE
    assert by_id[alone.id].adviser_id is None
    store.close()


def test_what_one_session_read_is_read_afresh_by_the_next(tmp_path: Path):
    store = open_store(tmp_path)
    with store.session() as session:
        session.add(StoreEvent(kind="note", message="first"))
    with store.session() as session:
        first = session.scalars(select(StoreEvent)).one()
    assert first.message == "first", "still readable after its session (detached)"
    other = store.sessions()  # another connection changes the row meanwhile
    with other.begin():
        other.execute(text("UPDATE store_event SET message = 'changed'"))
    other.close()
    with store.session() as session:
        again = session.scalars(select(StoreEvent)).one()
        assert again is not first and again.message == "changed"
    store.close()


def test_a_failed_session_leaves_nothing_and_the_next_one_works(tmp_path: Path):
    store = open_store(tmp_path)
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(QueueEvent(ticket_id=uuid.uuid4(), kind=QueueEventKind.CHECKED_IN, at=MOMENT))
        session.flush()  # no such ticket
    with pytest.raises(RuntimeError), store.session() as session:
        check_in(session)
        raise RuntimeError("the tap's work failed after writing")
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 0
        check_in(session)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
    store.close()


def test_a_session_inside_a_session_and_a_second_thread_each_get_their_own(tmp_path: Path):
    store = open_store(tmp_path)
    inner_saw: list[int] = []
    other_saw: list[int] = []
    release = threading.Event()
    lent = threading.Event()

    def other_thread() -> None:
        lent.wait(10)
        with store.session() as session:  # the kept one is lent: a pooled one
            other_saw.append(session.scalar(select(func.count()).select_from(Ticket)) or 0)
        release.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    with store.session() as outer:
        check_in(outer)
        lent.set()
        assert release.wait(10), "a second thread waited for the lent session"
        with store.session() as inner:
            assert inner is not outer
            inner_saw.append(inner.scalar(select(func.count()).select_from(Ticket)) or 0)
    worker.join(10)
    assert inner_saw == [0] and other_saw == [0], "neither saw the uncommitted ticket"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
    store.close()


def test_closing_the_store_closes_every_connection(tmp_path: Path):
    store = open_store(tmp_path)
    for _ in range(3):
        with store.session() as session:
            check_in(session)
    pool = store.engine.pool
    assert isinstance(pool, QueuePool)
    store.close()
    assert pool.checkedout() == 0, "the kept connection was left open"


def test_a_refused_write_names_no_personal_value(tmp_path: Path):
    """The check-in's INSERTs run on the driver's connection when no one listens: a
    refusal is still SQLAlchemy's error, which quotes no value (a name in the log)."""
    store = open_store(tmp_path)
    ticket = {"hub_id": "idea-store-bow", "service_id": "housing", "number": "H-001",
              "sequence": 1, "day": MOMENT.date(), "call_name": "Amina Begum"}  # fmt: skip
    with store.session() as session:
        written = add_values(session, Ticket, ticket)
    with pytest.raises(IntegrityError) as refused, store.session() as session:
        add_values(session, Ticket, {**ticket, "id": written["id"]})  # the same ticket again
    assert "UNIQUE" in str(refused.value)
    assert "Amina" not in str(refused.value), "a traceback in the log quotes no name"
    store.close()
