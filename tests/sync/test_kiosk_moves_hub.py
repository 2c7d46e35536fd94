"""A kiosk moved to another hub with visits not yet sent: enrolling it there would strand
them (the server sets a ticket from another hub aside, and nothing could send it again), so
``hubkiosk --enrol`` refuses until the old hub's records have reached the central server."""

from __future__ import annotations

import datetime as dt

from hubkiosk.app import main as kiosk_main
from hubkiosk.store.db import Store
from hubkiosk.store.token import load_credentials
from sync.client.engine import SyncState
from sync.server import admin
from tests.sync.conftest import HUB, Central, FakeClock, Visits, make_engine

NEW_HUB = "idea-store-chrisp-street"


def _code(central: Central, hub: str) -> str:
    with central.database.session() as session:
        return admin.create_enrolment_code(
            session, hub, now=central.clock(), valid_for=dt.timedelta(hours=1)
        )


def _enrol(data_dir, url: str, code: str, hub: str, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setenv("HUBKIOSK_HUB_ID", hub)
    capsys.readouterr()
    done = kiosk_main(["--data-dir", str(data_dir), "--enrol", url, code])
    captured = capsys.readouterr()
    return done, captured.out + captured.err


def test_a_kiosk_is_not_enrolled_at_another_hub_while_its_visits_wait_to_be_sent(
    central: Central, store: Store, visits: Visits, clock: FakeClock, monkeypatch, capsys
) -> None:
    data_dir = store.path.parent
    old_token = central.enrol()  # enrolled at Bow, then two visits the network missed
    make_engine(central.url, old_token, store, clock).sync_once()
    visits.ticket()
    visits.ticket()
    bow_visits = central.count("ticket")

    # IT set the new hub first: refused before the code is spent.
    code = _code(central, NEW_HUB)
    done, said = _enrol(data_dir, central.url, code, NEW_HUB, monkeypatch, capsys)
    assert done == 1
    assert f"2 records made at {HUB}" in said and "not reached the central server" in said
    assert load_credentials(data_dir) is None

    # IT enrolled first, the hub still Bow: the code names Chrisp Street; the token is not
    # kept (the records would be stranded), and IT is told which device to revoke.
    other = _code(central, NEW_HUB)
    done, said = _enrol(data_dir, central.url, other, HUB, monkeypatch, capsys)
    assert done == 1
    assert f"2 records made at {HUB}" in said and "hubkiosk-server revoke" in said
    assert load_credentials(data_dir) is None

    # Synced at Bow (the old token, the old hub): then the move goes through, with the
    # first code, which the refusal did not spend.
    status = make_engine(central.url, old_token, store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
    assert central.count("ticket") == bow_visits + 2
    done, said = _enrol(data_dir, central.url, code, NEW_HUB, monkeypatch, capsys)
    assert done == 0, said
    credentials = load_credentials(data_dir)
    assert credentials is not None and credentials.hub_id == NEW_HUB


def test_enrolling_again_at_the_same_hub_keeps_the_waiting_visits(
    central: Central, store: Store, visits: Visits, clock: FakeClock, monkeypatch, capsys
) -> None:
    """A kiosk enrolled again at its own hub (a revoked token replaced) sends what waits."""
    data_dir = store.path.parent
    visits.ticket()
    done, said = _enrol(data_dir, central.url, _code(central, HUB), HUB, monkeypatch, capsys)
    assert done == 0, said
    credentials = load_credentials(data_dir)
    assert credentials is not None
    status = make_engine(central.url, credentials.token, store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
