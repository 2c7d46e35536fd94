"""A kiosk's backlog (a week offline) drains in batches sized to the link (issue 16): bigger
while the server answers quickly, smaller when the link refuses a body as too large, every
record arriving once and in outbox order, nothing set aside."""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
import threading
import uuid
from collections.abc import Mapping

import pytest
from sqlalchemy import select

from hubkiosk.store import outbox
from hubkiosk.store.db import Store
from hubkiosk.store.models import OutboxItem, OutboxState, QueueEvent, QueueEventKind, Ticket
from hubkiosk.store.sync_port import StoreSyncPort
from sync.client.engine import SyncState
from sync.client.port import OutboxCounts
from sync.server.models import Device
from tests.sync.conftest import HUB, TZ, Central, FakeClock, FaultProxy, make_engine

Answer = tuple[int, dict[str, str], bytes]

# The engine's batches meet the server's bulk insert: on SQLite and PostgreSQL.
pytestmark = pytest.mark.both_databases


def backlog(store: Store, visits: int, start: dt.datetime, *, first: int = 0) -> None:
    """``visits`` tickets, each with its check-in and call, written as the kiosk writes them."""
    with store.session() as session:
        for n in range(visits):
            at = start + dt.timedelta(minutes=n)
            ticket = Ticket(hub_id=HUB, service_id="housing", number=f"H-{n % 999 + 1:03d}",
                            sequence=first + n + 1, day=at.astimezone(TZ).date(), call_name="Sam",
                            created_at=at)  # fmt: skip
            outbox.add_record(session, ticket)
            for kind in (QueueEventKind.CHECKED_IN, QueueEventKind.CALLED):
                outbox.add_record(session, QueueEvent(ticket_id=ticket.id, kind=kind, at=at))


def outbox_rows(store: Store) -> list[OutboxItem]:
    with store.session() as session:
        rows = session.scalars(select(OutboxItem).order_by(OutboxItem.seq)).all()
        session.expunge_all()
        return list(rows)


def pushes(proxy: FaultProxy) -> int:
    return sum(1 for method, path, _ in proxy.log if method == "POST" and path == "/v1/push")


def assert_all_arrived_once_in_order(central: Central, store: Store, count: int) -> None:
    rows = outbox_rows(store)
    assert len(rows) == count
    assert {row.state for row in rows} == {OutboxState.SENT}
    seqs = [row.server_seq for row in rows]
    # The server stored them in outbox order: every ticket before its own events.
    assert all(seq is not None for seq in seqs) and seqs == sorted(seqs)
    assert len(set(seqs)) == count
    assert central.count() == count


def test_a_backlog_on_a_quick_link_goes_in_few_growing_batches_in_outbox_order(
    central: Central, store: Store, clock: FakeClock
) -> None:
    backlog(store, 400, clock() - dt.timedelta(days=6))  # 1,200 records
    proxy = FaultProxy(central.url).start()
    try:
        # "Quick" is any answer within a minute here, so the test does not hang on load.
        engine = make_engine(proxy.url, central.enrol(), store, clock, fast_answer=60.0)

        status = engine.sync_once()

        assert status.state is SyncState.OK, status.last_error
        assert status.pending == 0 and status.dead_letters == 0
        assert status.sent_last_cycle == 1200
        # 100, 1,000 and the last 100: the second batch is read while the first is on its
        # way (ten times it, before any answer has shown the link's pace), the third at
        # what the link carries quickly; not doubling up to it (100, 200, 400, 500: each
        # request costs the same whatever its size), nor twelve batches of 100.
        assert pushes(proxy) == 3
    finally:
        proxy.stop()
    assert_all_arrived_once_in_order(central, store, 1200)
    # IT's fleet page: the last batch was read while the one before was on its way, yet
    # its heartbeat says nothing is waiting (the batch in flight is not counted).
    with central.database.session() as session:
        device = session.scalars(select(Device)).one()
        assert device.reported_pending == 0 and device.reported_dead_letters == 0
        assert device.high_water == max(row.server_seq or 0 for row in outbox_rows(store))


def test_on_a_slow_link_no_batch_is_bigger_than_the_answers_allow(
    central: Central, store: Store, clock: FakeClock
) -> None:
    """The batch read while another is on its way is read at the size a quick answer
    would allow; when the answer is slow, it is cut to the size the link keeps up with
    before it goes (not sent one batch too big, to time out on a slow link)."""
    backlog(store, 200, clock() - dt.timedelta(days=2))  # 600 records
    sizes: list[int] = []

    def note(status: int, headers: dict[str, str], body: bytes) -> Answer:
        sizes.append(len(json.loads(body)["results"]))
        return status, headers, body

    proxy = FaultProxy(central.url, plan=[note] * 20).start()
    try:
        # No answer is quick enough to grow on (as on a link at its limit).
        engine = make_engine(proxy.url, central.enrol(), store, clock, fast_answer=0.0)

        status = engine.sync_once()

        assert status.state is SyncState.OK, status.last_error
        assert status.pending == 0 and status.sent_last_cycle == 600
    finally:
        proxy.stop()
    assert sizes == [100] * 6
    assert_all_arrived_once_in_order(central, store, 600)


def test_a_link_that_refuses_big_bodies_gets_smaller_batches_and_everything_arrives_once(
    make_central, store: Store, clock: FakeClock
) -> None:
    backlog(store, 300, clock() - dt.timedelta(days=3))  # 900 records
    one_item = len(json.dumps({"id": "x" * 36, "kind": "queue_event", "kiosk_time": None,
                               "payload": outbox_rows(store)[0].payload}))  # fmt: skip
    # Room for about 150 items in a body: 100 pass, 200 do not.
    central: Central = make_central(max_body_bytes=150 * one_item)
    proxy = FaultProxy(central.url).start()
    answers: list[int] = []

    def note(
        status: int, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        answers.append(status)
        return status, headers, body

    proxy.plan = [note] * 50
    try:
        engine = make_engine(proxy.url, central.enrol(), store, clock, fast_answer=60.0)

        status = engine.sync_once()

        assert status.state is SyncState.OK, status.last_error
        assert status.pending == 0 and status.dead_letters == 0
    finally:
        proxy.stop()
    # 100, then 1,000 refused as too large, then twice the last batch answered (200),
    # refused too; from then on batches of 100, under the limit it found: refused twice,
    # not at every batch.
    assert answers == [200, 413, 413] + [200] * 8
    assert_all_arrived_once_in_order(central, store, 900)


def test_after_a_proxy_refused_big_bodies_for_a_while_later_cycles_grow_again(
    central: Central, store: Store, clock: FakeClock
) -> None:
    backlog(store, 10, clock() - dt.timedelta(days=1))  # 30 records
    proxy = FaultProxy(central.url).start()
    try:
        engine = make_engine(proxy.url, central.enrol(), store, clock, fast_answer=60.0)
        # A middlebox's "too large" page for a while: the batch halves down to 3 records.
        proxy.plan = ["413"] * 3
        assert engine.sync_once().state is SyncState.OK
        assert central.count() == 30

        backlog(store, 400, clock() - dt.timedelta(hours=20), first=10)  # 1,200 more
        before = pushes(proxy)
        status = engine.sync_once()

        assert status.state is SyncState.OK, status.last_error
        assert status.pending == 0 and status.dead_letters == 0
        # From 3 a batch, doubling again: 3, 6, 12, ... 1,536 and the rest, not the four
        # hundred 3-record requests a cap kept from the last cycle would make.
        assert pushes(proxy) - before <= 16
    finally:
        proxy.stop()
    assert_all_arrived_once_in_order(central, store, 1230)


def test_an_answer_that_leaves_out_an_item_acknowledges_nothing_of_its_batch(
    central: Central, store: Store, clock: FakeClock
) -> None:
    backlog(store, 40, clock() - dt.timedelta(hours=2))  # 120 records

    def short(
        status: int, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        answer = json.loads(body)
        answer["results"] = answer["results"][:-1]  # one item not answered for
        return status, headers, json.dumps(answer).encode()

    proxy = FaultProxy(central.url).start()
    proxy.plan = [short, short]
    try:
        engine = make_engine(proxy.url, central.enrol(), store, clock, max_attempts=2)
        failed = engine.sync_once()
        assert failed.state is SyncState.OFFLINE and failed.pending == 120
        assert {row.state for row in outbox_rows(store)} == {OutboxState.PENDING}

        recovered = engine.sync_once()  # the proxy passes answers on whole again

        assert recovered.state is SyncState.OK, recovered.last_error
    finally:
        proxy.stop()
    assert_all_arrived_once_in_order(central, store, 120)


def test_a_big_backlog_goes_in_batches_bigger_than_five_hundred(
    central: Central, store: Store, clock: FakeClock
) -> None:
    backlog(store, 1000, clock() - dt.timedelta(days=6))  # 3,000 records
    proxy = FaultProxy(central.url).start()
    try:
        engine = make_engine(proxy.url, central.enrol(), store, clock, fast_answer=60.0)

        status = engine.sync_once()

        assert status.state is SyncState.OK, status.last_error
        assert status.pending == 0 and status.sent_last_cycle == 3000
        # 100, 1,000, 1,900: each request and its commit cost the same whatever its size, so
        # a week offline drains in three, not ten of 500 at most (nor five doubling: 100,
        # 200, 400, 800, 1,500).
        assert pushes(proxy) == 3
    finally:
        proxy.stop()
    assert_all_arrived_once_in_order(central, store, 3000)


def test_records_arrive_exactly_as_the_kiosk_wrote_them_whatever_their_text(
    central: Central, store: Store, clock: FakeClock
) -> None:
    """The engine puts each payload in the push body as the outbox keeps it: names in any
    script, quotes, line breaks and words that look like numbers arrive unchanged, with the
    time the kiosk made them, and the server stores each one as the kiosk wrote it."""
    names = ["Sam", "Zoë", "কামাল হোসেন", "Cabdi Xasan", 'say "hi"\nthen\tgo\\', "NaN", "Infinity"]
    start = clock() - dt.timedelta(hours=1)
    with store.session() as session:
        for n, name in enumerate(names):
            at = start + dt.timedelta(minutes=n, microseconds=n * 1001)
            outbox.add_record(session, Ticket(hub_id=HUB, service_id="housing",
                                              number=f"H-{n + 1:03d}", sequence=n + 1,
                                              day=at.astimezone(TZ).date(), call_name=name,
                                              created_at=at))  # fmt: skip
    engine = make_engine(central.url, central.enrol(), store, clock)

    status = engine.sync_once()

    assert status.state is SyncState.OK and status.pending == 0
    rows = outbox_rows(store)
    assert [row.payload["call_name"] for row in rows] == names
    for row in rows:
        record = central.record(row.id)
        assert record is not None and record.seq == row.server_seq
        assert record.payload == row.payload
        assert record.kiosk_time == row.created_at


def test_the_config_check_goes_while_the_last_batch_is_marked_sent(
    central: Central, store: Store, clock: FakeClock
) -> None:
    # The drain ends when both are done: the kiosk marking the last batch's records sent
    # (its own disk) and asking the server for news of its configuration (the server's
    # work). One waits on the other no longer: the question goes out as the last answer
    # comes in, and the marking overlaps it.
    backlog(store, 100, clock() - dt.timedelta(days=6))  # 300 records: 100, then 200
    asked = threading.Event()

    def config_answered(status: int, headers: dict[str, str], body: bytes) -> Answer:
        asked.set()
        return status, headers, body

    proxy = FaultProxy(central.url, plan=[config_answered], path_prefix="/v1/config").start()
    try:
        engine = make_engine(proxy.url, central.enrol(), store, clock, fast_answer=60.0)
        marking = engine.port.acknowledge
        asked_while_marking: list[bool] = []

        def acknowledge(server_seq: Mapping[uuid.UUID, int]) -> None:
            if len(server_seq) == 200:  # the last batch
                asked_while_marking.append(asked.wait(5.0))
            marking(server_seq)

        engine.port.acknowledge = acknowledge  # type: ignore[method-assign]

        status = engine.sync_once()

        assert status.state is SyncState.OK, status.last_error
        assert status.pending == 0 and status.sent_last_cycle == 300
        assert asked_while_marking == [True]
        assert [path for _, path, _ in proxy.log][-1] == "/v1/config"
    finally:
        proxy.stop()
    assert_all_arrived_once_in_order(central, store, 300)


def test_the_outbox_counts_only_what_waits_and_what_is_set_aside(
    store: Store, clock: FakeClock
) -> None:
    """What the adviser screen and each heartbeat say: the items waiting, the oldest of
    them, the dead letters and when their personal details go; the thousands already sent
    count for nothing, however old."""
    backlog(store, 30, clock() - dt.timedelta(days=3))  # 90 records, oldest first
    rows = outbox_rows(store)
    port = StoreSyncPort(store, hub_id=HUB, clock=clock)
    assert port.counts() == OutboxCounts(90, rows[0].created_at, 0)

    port.acknowledge({row.id: n for n, row in enumerate(rows[:60], start=1)})
    port.dead_letter(rows[60].id, "conflict")

    # The set-aside one keeps its personal details 30 days (set_aside_days) from now.
    cleared = clock() + dt.timedelta(days=30)
    assert port.counts() == OutboxCounts(29, rows[61].created_at, 1, cleared)
    port.acknowledge({row.id: n for n, row in enumerate(rows[61:], start=61)})
    assert port.counts() == OutboxCounts(0, None, 1, cleared)


def test_while_a_cycle_pushes_the_interpreter_is_tuned_for_it_and_restored_after(
    central: Central, store: Store, clock: FakeClock
) -> None:
    """While batches go, the engine's two threads hand the interpreter over within half a
    millisecond (a push waits on its thread's share of it, not 5 ms each time), and the
    cyclic collector waits for 50,000 new objects (a batch's live objects are not walked
    again every 700); once the cycle ends, as it ends, the kiosk's own settings are back."""
    backlog(store, 50, clock() - dt.timedelta(hours=3))  # 150 records
    switch, collect = sys.getswitchinterval(), gc.get_threshold()
    during: list[tuple[float, int]] = []
    engine = make_engine(central.url, central.enrol(), store, clock, max_attempts=1)
    marking = engine.port.acknowledge

    def acknowledge(server_seq: Mapping[uuid.UUID, int]) -> None:
        during.append((sys.getswitchinterval(), gc.get_threshold()[0]))
        marking(server_seq)

    engine.port.acknowledge = acknowledge  # type: ignore[method-assign]

    status = engine.sync_once()

    assert status.state is SyncState.OK and status.sent_last_cycle == 150
    assert during and set(during) == {(0.0005, 50_000)}
    assert (sys.getswitchinterval(), gc.get_threshold()) == (switch, collect)

    backlog(store, 5, clock() - dt.timedelta(hours=1), first=50)
    engine.base_url = "http://127.0.0.1:9"  # nothing listens: the cycle fails
    assert engine.sync_once().state is SyncState.OFFLINE
    assert (sys.getswitchinterval(), gc.get_threshold()) == (switch, collect)
