"""The central server ends an adviser sign-in lockout by sending new adviser PINs."""

from __future__ import annotations

import datetime as dt

from hubkiosk.core.pin import LOCK_AFTER, Verdict, hash_pin, sign_in
from hubkiosk.store import outbox
from hubkiosk.store.db import Store
from hubkiosk.store.signin import guard_state
from sync.client.engine import SyncState
from sync.server import admin
from tests.sync.conftest import HUB, Central, FakeClock, make_engine


def test_new_adviser_pins_from_the_server_unlock_sign_in(
    central: Central, store: Store, clock: FakeClock
) -> None:
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().state is SyncState.OK
    hashes = [("local-it", hash_pin("97531", rounds=1000))]
    results = []
    for _ in range(LOCK_AFTER):
        results.append(sign_in(store, "11111", hashes, hub_id=HUB, now=clock()))
        clock.advance(600)  # each delay waited out, well within the lock's hour
    assert results[-1].verdict is Verdict.LOCKED
    assert sign_in(store, "97531", hashes, hub_id=HUB, now=clock()).verdict is Verdict.LOCKED

    engine.sync_once()  # the same configuration again: still locked
    assert guard_state(store).locked_at is not None

    with central.database.session() as session:
        admin.add_adviser(
            session, "a-rahman", "A Rahman", hash_pin("3579", rounds=1000), [HUB], now=clock()
        )
    assert engine.sync_once().state is SyncState.OK

    assert guard_state(store).locked_at is None
    assert sign_in(store, "97531", hashes, hub_id=HUB, now=clock()).verdict is Verdict.SIGNED_IN


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_delay(
    store: Store, clock: FakeClock
) -> None:
    hashes = [("local-it", hash_pin("97531", rounds=1000))]
    for _ in range(5):
        last = sign_in(store, "11111", hashes, hub_id=HUB, now=clock())
    assert last.wait_seconds == 30
    clock.advance(-6 * 3600)  # the wall clock is corrected backwards
    again = sign_in(store, "97531", hashes, hub_id=HUB, now=clock())
    assert again.verdict is Verdict.TOO_SOON and again.wait_seconds <= 30


def test_an_adviser_signs_in_on_a_kiosk_whose_clock_is_wrong(store: Store) -> None:
    """A kiosk that lost its clock (a flat battery: 2019) still lets the adviser in and
    keeps the attempt for the server, which sets such records aside with the reason."""
    hashes = [("local-it", hash_pin("97531", rounds=1000))]
    wrong_clock = dt.datetime(2019, 1, 1, 9, 0, tzinfo=dt.UTC)
    result = sign_in(store, "97531", hashes, hub_id=HUB, now=wrong_clock)
    assert result.verdict is Verdict.SIGNED_IN and result.adviser_id == "local-it"
    with store.session() as session:
        (item,) = outbox.pending(session)
        assert item.kind == "adviser_signin"
        assert item.payload["adviser_id"] == "local-it" and item.payload["success"] is True
