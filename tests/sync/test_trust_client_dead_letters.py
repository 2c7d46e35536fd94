"""Only our own server's well-formed refusal sets a record aside; a proxy's page never does.

A middlebox answering 413 with an HTML page once turned a whole batch into dead letters that
were never sent again, while the adviser screen said "everything sent".
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import select

from hubkiosk.store.models import OutboxItem, OutboxState
from hubkiosk.store.sync_port import StoreSyncPort
from sync.client.engine import SyncState, SyncStatus
from tests.sync.conftest import Central, FakeClock, FaultProxy, Visits, make_engine


def states(store) -> dict[uuid.UUID, OutboxState]:
    with store.session() as session:
        return {item.id: item.state for item in session.scalars(select(OutboxItem))}


def test_a_proxy_413_page_sets_nothing_aside_and_every_record_arrives_later(
    central: Central, proxy: FaultProxy, store, visits: Visits, clock: FakeClock
) -> None:
    tickets = [visits.ticket() for _ in range(6)]
    # The middlebox refuses every push for a while: the whole batch, its halves, single items.
    proxy.plan = ["413"] * 12
    engine = make_engine(proxy.url, central.enrol(), store, clock, max_attempts=3)

    failed = engine.sync_once()

    assert failed.state is SyncState.OFFLINE
    assert failed.dead_letters == 0 and failed.pending == 6
    assert set(states(store).values()) == {OutboxState.PENDING}
    assert central.count() == 0
    assert "set aside" not in failed.summary and "all sent" not in failed.summary

    proxy.plan = []  # the proxy stops faulting
    recovered = engine.sync_once()

    assert recovered.state is SyncState.OK, recovered.last_error
    assert recovered.pending == 0 and recovered.dead_letters == 0
    assert central.count("ticket") == 6
    assert all(central.record(t.id) is not None for t in tickets)
    assert set(states(store).values()) == {OutboxState.SENT}


def test_a_413_json_body_that_is_not_ours_is_retried_not_set_aside(
    central: Central, proxy: FaultProxy, store, visits: Visits, clock: FakeClock
) -> None:
    visits.ticket()

    def foreign_json(status: int, headers: dict[str, str], body: bytes):
        return 413, {"Content-Type": "application/json"}, b'{"detail": "Entity too large"}'

    proxy.plan = [foreign_json, foreign_json]
    engine = make_engine(proxy.url, central.enrol(), store, clock, max_attempts=2)

    assert engine.sync_once().dead_letters == 0
    assert engine.sync_once().state is SyncState.OK
    assert set(states(store).values()) == {OutboxState.SENT}


def test_our_servers_own_413_for_one_item_still_sets_it_aside(
    make_central, store, visits: Visits, clock: FakeClock
) -> None:
    central = make_central(max_body_bytes=3000)
    visits.form(answers={"note": "x" * 2000, "more": "x" * 2000})
    small = visits.ticket()
    status = make_engine(central.url, central.enrol(), store, clock).sync_once()
    assert status.dead_letters == 1 and status.pending == 0
    assert states(store)[small.id] is OutboxState.SENT


def test_a_record_set_aside_is_named_in_the_log_with_its_reason_not_its_contents(
    make_central, store, visits: Visits, clock: FakeClock, caplog
) -> None:
    """The adviser screen says "N record(s) set aside for IT (see the log)", but the log
    said nothing of them: IT had no id, kind or reason to act on."""
    central = make_central(max_body_bytes=3000)
    form = visits.form(answers={"note": "Zebulonqx " + "x" * 2000, "more": "x" * 2000})
    with caplog.at_level(logging.INFO):
        status = make_engine(central.url, central.enrol(), store, clock).sync_once()
    assert status.dead_letters == 1
    said = [r.getMessage() for r in caplog.records if "set aside" in r.getMessage()]
    assert len(said) == 1, caplog.text
    assert str(form.id) in said[0] and "form_submission" in said[0]
    assert "refused by the server" in said[0]
    assert "Zebulonqx" not in caplog.text


def test_it_sends_set_aside_records_again(
    central: Central, store, visits: Visits, clock: FakeClock
) -> None:
    ticket = visits.ticket()
    port = StoreSyncPort(store)
    port.dead_letter(ticket.id, "set aside by an older kiosk")
    engine = make_engine(central.url, central.enrol(), store, clock)
    before = engine.sync_once()
    assert before.dead_letters == 1 and "all sent" not in before.summary

    assert port.requeue_dead_letters() == 1
    after = engine.sync_once()

    assert after.dead_letters == 0 and after.pending == 0
    assert central.record(ticket.id) is not None


def test_the_status_never_says_all_sent_while_anything_is_set_aside() -> None:
    status = SyncStatus(state=SyncState.OK, pending=0, dead_letters=2)
    assert "all sent" not in status.summary and "2 set aside" in status.summary
    assert "all sent" in SyncStatus(state=SyncState.OK).summary
