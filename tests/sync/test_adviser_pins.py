"""IT's adviser commands keep each adviser's PIN and id their own, and IT sees and ends an
adviser sign-in lock from the central server.

Through the real ``hubkiosk-server`` command, a real server on 127.0.0.1 and a kiosk store
syncing with it; sign-in as the kiosk's PIN screen does it (:func:`hubkiosk.core.pin.sign_in`).
"""

from __future__ import annotations

import io
import re

import pytest
import requests

from hubkiosk.core.pin import LOCK_AFTER, LOCK_SECONDS, Verdict, hash_pin, sign_in
from hubkiosk.store.db import Store
from hubkiosk.store.signin import guard_state
from sync.client.engine import SyncState
from sync.protocol.records import ADVISER_LOCK_AFTER, ADVISER_LOCK_SECONDS
from sync.server.cli import main as server_main
from tests.sync.conftest import HUB, OTHER_HUB, REPORT_KEY, Central, FakeClock, make_engine
from tests.sync.test_adviser_leaves import _pins

pytestmark = pytest.mark.both_databases


def cli(db_url: str, monkeypatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return server_main(["--db", db_url, *argv])


def add(db_url, monkeypatch, adviser_id, name, pin, *hubs, extra=()) -> int:
    hub_args = [arg for hub in hubs for arg in ("--hub", hub)]
    argv = ["adviser", "add", adviser_id, "--name", name, "--pin-stdin", *hub_args, *extra]
    return cli(db_url, monkeypatch, *argv, stdin=pin + "\n")


def one_line_refusal(capsys) -> str:
    captured = capsys.readouterr()
    err = captured.err
    assert err.startswith("hubkiosk-server: ") and err.count("\n") == 1, captured
    assert "Traceback" not in err
    return err


def listed(db_url, monkeypatch, capsys) -> str:
    assert cli(db_url, monkeypatch, "adviser", "list") == 0
    return capsys.readouterr().out


def test_a_pin_another_adviser_at_the_hub_has_is_refused(
    central: Central, store: Store, clock: FakeClock, db_url: str, capsys, monkeypatch
) -> None:
    """QA: ``adviser add a-rahman ... 1234`` then ``adviser add b-jones ... 1234`` at Bow
    both said "saved"; at the kiosk Ben's 1234 signed him in as a-rahman, and everything he
    did was credited to Amina. The second is refused in one line (never the PIN, never whose
    it is), as is one for every hub, and a copy of her PIN's hash; a PIN for a hub she does
    not work at is Ben's to have."""
    assert add(db_url, monkeypatch, "a-rahman", "Amina Rahman", "1234", HUB) == 0
    capsys.readouterr()

    assert add(db_url, monkeypatch, "b-jones", "Ben Jones", "1234", HUB) == 2
    err = one_line_refusal(capsys)
    assert "PIN" in err and "another adviser" in err and HUB in err, err
    assert "1234" not in err and "a-rahman" not in err and "Amina" not in err and "Ben" not in err

    assert add(db_url, monkeypatch, "c-all", "Chris All", "1234") == 2  # every hub, Bow too
    assert "another adviser" in one_line_refusal(capsys)

    amina = next(line for line in listed(db_url, monkeypatch, capsys).splitlines())
    assert amina.startswith("a-rahman")
    # A copy of her hash is her PIN: refused too, and said what a hash lets be checked.
    with central.database.session() as session:
        from sync.server.models import AdviserRow

        her_hash = session.get(AdviserRow, "a-rahman").pin_hash
    argv = ["adviser", "add", "b-jones", "--name", "Ben Jones", "--pin-hash", her_hash]
    assert cli(db_url, monkeypatch, *argv, "--hub", HUB) == 2
    err = one_line_refusal(capsys)
    assert "another adviser" in err and her_hash not in err
    out = listed(db_url, monkeypatch, capsys)
    assert "b-jones" not in out and "c-all" not in out

    # Another hub's adviser may have the same PIN: no kiosk takes both.
    assert add(db_url, monkeypatch, "d-other", "Dee Other", "1234", OTHER_HUB) == 0
    # A hash of a new PIN is saved, saying it could not be checked against others' PINs.
    argv = ["adviser", "add", "e-hash", "--name", "E", "--pin-hash", hash_pin("2580", rounds=1000)]
    assert cli(db_url, monkeypatch, *argv, "--hub", HUB) == 0
    said = capsys.readouterr().out
    assert "e-hash saved" in said and "not checked against" in said, said
    assert add(db_url, monkeypatch, "b-jones", "Ben Jones", "5678", HUB) == 0

    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().state is SyncState.OK
    pins = _pins(store)
    assert sorted(who for who, _ in pins) == ["a-rahman", "b-jones", "e-hash"]
    ben = sign_in(store, "5678", pins, hub_id=HUB, now=clock())
    assert (ben.verdict, ben.adviser_id) == (Verdict.SIGNED_IN, "b-jones")
    amina = sign_in(store, "1234", pins, hub_id=HUB, now=clock())
    assert (amina.verdict, amina.adviser_id) == (Verdict.SIGNED_IN, "a-rahman")


def test_an_id_in_use_is_not_given_to_someone_else_without_replace(
    central: Central, store: Store, clock: FakeClock, db_url: str, capsys, monkeypatch
) -> None:
    """QA: Amina Rahman at Bow, then Abdul Rahman at Whitechapel, both ``a-rahman``: the
    list showed only Abdul, and Amina was signed out mid-visit at Bow's next sync. The
    second ``add`` is refused, naming who has the id and where, and saying what to run:
    ``--replace`` to give the id to someone else, ``adviser pin`` for a new PIN."""
    assert add(db_url, monkeypatch, "a-rahman", "Amina Rahman", "1234", HUB) == 0
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().state is SyncState.OK
    capsys.readouterr()

    assert add(db_url, monkeypatch, "a-rahman", "Abdul Rahman", "9876", OTHER_HUB) == 2
    err = one_line_refusal(capsys)
    assert "a-rahman" in err and "Amina Rahman" in err and HUB in err, err
    assert "--replace" in err and "adviser pin" in err and "9876" not in err
    out = listed(db_url, monkeypatch, capsys)
    assert "Amina Rahman" in out and "Abdul" not in out
    assert engine.sync_once().state is SyncState.OK
    assert [who for who, _ in _pins(store)] == ["a-rahman"]

    # Her new PIN: the same person, name and hubs kept, nothing else to type.
    argv = ["adviser", "pin", "a-rahman", "--pin-stdin"]
    assert cli(db_url, monkeypatch, *argv, stdin="4826\n") == 0
    assert "a-rahman" in capsys.readouterr().out
    assert f"a-rahman  Amina Rahman  {HUB}" in listed(db_url, monkeypatch, capsys)
    assert engine.sync_once().state is SyncState.OK
    assert sign_in(store, "1234", _pins(store), hub_id=HUB, now=clock()).verdict is not (
        Verdict.SIGNED_IN
    )
    assert sign_in(store, "4826", _pins(store), hub_id=HUB, now=clock()).adviser_id == "a-rahman"

    assert cli(db_url, monkeypatch, "adviser", "pin", "no-one", "--pin-stdin", stdin="4826\n") == 2
    assert "no adviser 'no-one'" in one_line_refusal(capsys)

    # Told to, the id goes to Abdul.
    assert add(db_url, monkeypatch, "a-rahman", "Abdul Rahman", "9876", OTHER_HUB,
               extra=["--replace"]) == 0  # fmt: skip
    out = listed(db_url, monkeypatch, capsys)
    assert "Abdul Rahman" in out and "Amina" not in out


def fleet_flags(central: Central) -> list[str]:
    answer = requests.get(
        f"{central.url}/reports/fleet", params={"key": REPORT_KEY, "format": "json"}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    (device,) = answer.json()["devices"]
    return device["flags"]


def test_it_sees_a_locked_adviser_sign_in_and_ends_it_from_the_server(
    make_central, store: Store, db_url: str, capsys, monkeypatch
) -> None:
    """QA: ten wrong PINs locked adviser sign-in for good, the hub's queue calling with it;
    the server received the ``locked`` records and showed them nowhere. The fleet page and
    ``devices`` now say since when it is locked, and ``adviser pin`` (a new PIN for an
    adviser at the hub) ends it at the kiosk's next sync."""
    clock = FakeClock()
    central = make_central(clock=clock)
    monkeypatch.setattr("sync.server.cli.utcnow", clock)
    assert add(db_url, monkeypatch, "a-rahman", "Amina Rahman", "3579", HUB) == 0
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().state is SyncState.OK
    pins = _pins(store)
    result = None
    for _ in range(LOCK_AFTER):
        clock.advance(result.wait_seconds if result else 0)  # each delay waited out
        result = sign_in(store, "0000", pins, hub_id=HUB, now=clock())
    assert result is not None and result.verdict is Verdict.LOCKED
    locked_at = guard_state(store).locked_at
    assert locked_at is not None
    assert sign_in(store, "3579", pins, hub_id=HUB, now=clock()).verdict is Verdict.LOCKED
    assert engine.sync_once().state is SyncState.OK

    since = f"adviser sign-in locked since {locked_at:%H:%M} UTC"
    assert any(flag.startswith(since) for flag in fleet_flags(central)), fleet_flags(central)
    capsys.readouterr()
    assert cli(db_url, monkeypatch, "devices") == 0
    line = capsys.readouterr().out
    assert "NEEDS IT" in line and since in line and "adviser pin" in line, line

    assert (
        cli(db_url, monkeypatch, "adviser", "pin", "a-rahman", "--pin-stdin", stdin="3579\n") == 0
    )
    assert "sign-in lock" in capsys.readouterr().out
    assert engine.sync_once().state is SyncState.OK
    assert guard_state(store).locked_at is None
    signed = sign_in(store, "3579", _pins(store), hub_id=HUB, now=clock())
    assert signed.verdict is Verdict.SIGNED_IN
    assert engine.sync_once().state is SyncState.OK
    assert not any("adviser sign-in" in flag for flag in fleet_flags(central))


def test_a_lock_the_kiosk_ended_by_itself_is_not_flagged_after_its_hour(
    make_central, store: Store, capsys
) -> None:
    clock = FakeClock()
    central = make_central(clock=clock)
    engine = make_engine(central.url, central.enrol(), store, clock)
    pins = [("a-rahman", hash_pin("3579", rounds=1000))]
    wait = 0
    for _ in range(LOCK_AFTER):
        clock.advance(wait)
        wait = sign_in(store, "0000", pins, hub_id=HUB, now=clock()).wait_seconds
    assert engine.sync_once().state is SyncState.OK
    assert any(re.match(r"adviser sign-in locked since", f) for f in fleet_flags(central))
    clock.advance(LOCK_SECONDS + 1)
    assert not any("adviser sign-in" in flag for flag in fleet_flags(central))


def test_the_kiosk_and_the_server_agree_on_the_lock() -> None:
    assert (LOCK_AFTER, LOCK_SECONDS) == (ADVISER_LOCK_AFTER, ADVISER_LOCK_SECONDS)
