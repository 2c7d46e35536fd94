"""IT withdraws an adviser who leaves: ``hubkiosk-server adviser remove``; the kiosks stop
taking their PIN at the next sync, and ``adviser list`` shows who may sign in where."""

from __future__ import annotations

import io

import pytest

from hubkiosk.core.pin import Verdict, sign_in
from hubkiosk.store.db import Store
from sync.client.engine import SyncState
from sync.protocol.wire import ConfigSnapshot as SnapshotMessage
from sync.server.cli import main as server_main
from tests.sync.conftest import HUB, Central, FakeClock, make_engine


def _pins(store: Store) -> list[tuple[str, str]]:
    """(adviser id, PIN hash) the kiosk's active configuration lets sign in here."""
    from sqlalchemy import select

    from hubkiosk.store.models import ConfigSnapshot

    with store.session() as session:
        body = session.scalar(select(ConfigSnapshot.body).where(ConfigSnapshot.active.is_(True)))
    advisers = SnapshotMessage.model_validate(body).advisers
    return [(a.id, a.pin_hash) for a in advisers if not a.hub_ids or HUB in a.hub_ids]


@pytest.mark.both_databases
def test_an_adviser_removed_by_it_can_no_longer_sign_in(
    central: Central, store: Store, clock: FakeClock, db_url: str, capsys, monkeypatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("864213\n"))
    assert (
        server_main(
            ["--db", db_url, "adviser", "add", "jo-leaver", "--name", "Jo"]
            + ["--pin-stdin", "--hub", HUB]
        )
        == 0
    )
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().state is SyncState.OK
    assert sign_in(store, "864213", _pins(store), hub_id=HUB, now=clock()).verdict is (
        Verdict.SIGNED_IN
    )
    capsys.readouterr()

    assert server_main(["--db", db_url, "adviser", "remove", "jo-leaver"]) == 0
    assert "jo-leaver removed" in capsys.readouterr().out
    assert engine.sync_once().state is SyncState.OK
    assert "jo-leaver" not in [who for who, _ in _pins(store)]
    assert sign_in(store, "864213", _pins(store), hub_id=HUB, now=clock()).verdict is not (
        Verdict.SIGNED_IN
    )

    assert server_main(["--db", db_url, "adviser", "list"]) == 0
    listed = capsys.readouterr().out
    line = next(row for row in listed.splitlines() if row.startswith("jo-leaver"))
    assert "removed" in line and HUB in line
    assert "pbkdf2" not in listed  # never the PIN's hash

    assert server_main(["--db", db_url, "adviser", "remove", "no-such-adviser"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hubkiosk-server: ") and "no-such-adviser" in err
