"""IT withdraws an adviser who leaves: ``hubkiosk-server adviser remove``; the kiosks stop
taking their PIN at the next sync, and ``adviser list`` shows who may sign in where."""

from __future__ import annotations

import io
import logging

import pytest

from hubkiosk.core.pin import Verdict, sign_in
from hubkiosk.store.db import Store
from sync.client.engine import SyncState
from sync.protocol.wire import ConfigSnapshot as SnapshotMessage
from sync.server.cli import main as server_main
from tests.conftest import button_shown, sign_in_by_pin, stored_rows
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


#: An id or a name the wire format refuses (``sync.protocol.wire.Adviser``), with what the
#: refusal names: ids are lowercase letters, digits and hyphens; a name is 1 to 100 long.
REFUSED = [
    ("a.rahman", "Amina Rahman", "id"),
    ("ARahman", "Amina Rahman", "id"),
    ("a_rahman", "Amina Rahman", "id"),
    ("Bad ID", "Amina Rahman", "id"),
    ("a-rahman", "", "name"),
    ("a-rahman", "Amina " * 20, "name"),
]


@pytest.mark.parametrize(("adviser_id", "name", "named"), REFUSED)
def test_an_adviser_kiosks_cannot_take_is_refused_and_the_kiosks_keep_syncing(
    central: Central, store: Store, clock: FakeClock, db_url: str, capsys, monkeypatch,
    adviser_id: str, name: str, named: str,
) -> None:  # fmt: skip
    """``adviser add a.rahman --name "A Rahman" --pin-stdin`` said "adviser a.rahman saved";
    from then on every kiosk's configuration and appointments answered 500, so nothing
    reached any kiosk (not even a removal) until IT removed that adviser. It is now refused
    in one line, saying what kiosks take, without the adviser's name; nothing is saved."""
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    argv = ["--db", db_url, "adviser", "add", adviser_id, "--name", name, "--pin-stdin"]
    assert server_main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("hubkiosk-server: ") and err.count("\n") == 1, err
    assert named in err and "Traceback" not in err
    assert "Amina" not in err  # never the adviser's name
    assert server_main(["--db", db_url, "adviser", "list"]) == 0
    assert adviser_id not in capsys.readouterr().out

    engine = make_engine(central.url, central.enrol(), store, clock)
    status = engine.sync_once()
    assert status.state is SyncState.OK and status.config_error is None, status


@pytest.mark.both_databases
def test_an_adviser_stored_before_ids_were_checked_is_left_out_not_every_kiosk(
    central: Central, store: Store, clock: FakeClock, db_url: str, capsys, caplog
) -> None:
    """An adviser an older server saved with an id or a name kiosks refuse (already in the
    database) turned every kiosk's configuration into a 500: the advisers who stayed, and
    the removal of one who left, reached no kiosk. That adviser alone is now left out, with
    a log line naming its id (never its name), and the rest still reach the kiosks."""
    from hubkiosk.core.pin import hash_pin
    from sync.server.models import AdviserRow

    pin_hash = hash_pin(PIN, rounds=1000)
    with central.database.session() as session:
        for adviser_id, name in (("a.rahman", "Amina Rahman"), ("no-name", "")):
            session.add(
                AdviserRow(id=adviser_id, name=name, pin_hash=pin_hash, hub_ids=[], active=True)
            )
    for adviser_id, pin in (("jo-leaver", "135790"), ("sam-stays", "246801")):
        # Each a PIN of their own: the server refuses a copy of another adviser's hash.
        argv = ["adviser", "add", adviser_id, "--name", "Jo"]
        argv += ["--pin-hash", hash_pin(pin, rounds=1000)]
        assert server_main(["--db", db_url, *argv]) == 0
    engine = make_engine(central.url, central.enrol(), store, clock)

    with caplog.at_level(logging.WARNING, logger="sync.server.config"):
        status = engine.sync_once()
    assert status.state is SyncState.OK and status.config_error is None, status
    assert [who for who, _ in _pins(store)] == ["jo-leaver", "sam-stays"]
    said = [r.getMessage() for r in caplog.records if r.name == "sync.server.config"]
    assert any("'a.rahman'" in line and "refuse its id" in line for line in said), said
    assert any("'no-name'" in line and "refuse its name" in line for line in said), said
    assert "Amina" not in caplog.text

    assert server_main(["--db", db_url, "adviser", "remove", "jo-leaver"]) == 0
    assert engine.sync_once().state is SyncState.OK
    assert [who for who, _ in _pins(store)] == ["sam-stays"]


PIN = "864213"
STAFF = ("Queue and desks", "Help a resident", "Leave adviser mode", "Call next", "Finish helping")


def _enrolled_kiosk(make_kiosk, central: Central, store_template, tmp_path):
    """A kiosk of Bow enrolled by its token file, syncing only when told (at its start)."""
    import uuid

    from hubkiosk.store.token import DeviceCredentials, save_credentials
    from tests.conftest import OpenHoursClock
    from tests.kiosk_store import seed_store

    data = seed_store(tmp_path / "data", store_template)
    token = central.enrol()
    save_credentials(
        data, DeviceCredentials(server_url=central.url, device_id=str(uuid.uuid4()), hub_id=HUB,
                                token=token),
    )  # fmt: skip
    return make_kiosk(config={"sync_interval_seconds": 3600}, clock=OpenHoursClock())


def _shown_words(window) -> str:
    """Every word a person sees on the kiosk now: labels, buttons and typed text."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    widgets = [
        *window.findChildren(QLabel),
        *window.findChildren(QAbstractButton),
        *window.findChildren(QLineEdit),
    ]
    return "\n".join(w.text() for w in widgets if w.isVisible())


def _sessions(kiosk, model) -> list[tuple[str, str | None]]:
    return [(row.event, row.reason) for row in stored_rows(kiosk, model)]


@pytest.mark.parametrize("where", ["queue and desks", "helping a resident"])
def test_an_adviser_removed_while_signed_in_is_signed_out_at_the_next_sync(
    make_kiosk, central: Central, db_url: str, store_template, tmp_path, qtbot, click, capsys,
    where: str,
) -> None:  # fmt: skip
    """IT removed an adviser who was signed in at a kiosk: the sync took their PIN away, but
    they kept the staff screens (the queue, the name of the resident at the desk) until they
    signed out or idled out. Now the sync signs them out at once, with a reason, wipes the
    resident's visit and asks for a PIN, saying why, naming nobody."""
    from hubkiosk.core.pin import hash_pin
    from hubkiosk.store.models import AdviserSession, AssistedVisit
    from hubkiosk.ui.main_window import all_typed_text
    from hubkiosk.ui.screens import ScreenId

    pin_hash = hash_pin(PIN, rounds=1000)
    assert server_main(["--db", db_url, "adviser", "add", "jo-leaver", "--name", "Joanna Leaver",
                        "--pin-hash", pin_hash, "--hub", HUB]) == 0  # fmt: skip
    colleague = hash_pin("1357", rounds=1000)  # who stays
    assert server_main(["--db", db_url, "adviser", "add", "sam-stays", "--name", "Sam",
                        "--pin-hash", colleague, "--hub", HUB]) == 0  # fmt: skip
    kiosk = _enrolled_kiosk(make_kiosk, central, store_template, tmp_path)
    window = kiosk.window
    try:
        qtbot.waitUntil(
            lambda: "jo-leaver" in [a.id for a in kiosk.ctx.content.advisers], timeout=20_000
        )
        click(window, "Get a ticket or check in")
        click(window, "Housing")
        qtbot.keyClicks(window.screens[ScreenId.TICKET_CONFIRM].name_edit, "Fatima")
        with qtbot.waitSignal(window.screen_changed, timeout=10_000):
            click(window, "Get my ticket")
        click(window, "Done")
        sign_in_by_pin(kiosk, qtbot, click, PIN)
        queue_screen = window.screens[ScreenId.ADVISER_QUEUE]
        if where == "queue and desks":
            with qtbot.waitSignal(queue_screen.refreshed, timeout=10_000):
                click(window, "Queue and desks")
            click(window, "1")  # "Your desk:"
            with qtbot.waitSignal(queue_screen.refreshed, timeout=10_000):
                click(window, "Call next")
            qtbot.waitUntil(lambda: "Fatima" in queue_screen.current.text(), timeout=5000)
        else:  # helping a resident, who types their name on the resident's screens
            click(window, "Help a resident")
            click(window, "Get a ticket or check in")
            click(window, "Council tax")
            qtbot.keyClicks(window.screens[ScreenId.TICKET_CONFIRM].name_edit, "Fatima")
            assert window.banner.isVisible()

        # IT withdraws the adviser; the kiosk's next sync brings the news.
        capsys.readouterr()
        assert server_main(["--db", db_url, "adviser", "remove", "jo-leaver"]) == 0
        with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20_000):
            kiosk.sync.sync_now()

        assert kiosk.ctx.adviser is None and not window.banner.isVisible()
        assert window.current is ScreenId.ADVISER_PIN
        pin_screen = window.screens[ScreenId.ADVISER_PIN]
        words = _shown_words(window)
        assert "This adviser's access was withdrawn. Ask IT if this is wrong." in words
        assert pin_screen.hint.text() == (
            "This is for hub staff. Residents: touch Start again to go back."
        )
        assert "Joanna" not in words and "jo-leaver" not in words
        assert "Joanna" not in window.windowTitle()
        for staff in STAFF:
            assert not button_shown(window, staff), staff
        assert not window.back_button.isVisible()
        assert "Fatima" not in " ".join(all_typed_text(window))
        assert _sessions(kiosk, AdviserSession)[-1] == ("signed_out", "withdrawn")
        visits = _sessions(kiosk, AssistedVisit)
        if where == "helping a resident":
            assert visits == [("started", None), ("ended", "withdrawn")]
        else:
            assert visits == []

        # Their PIN opens nothing now; a resident's Start again goes home.
        for digit in PIN:
            click(window, digit)
        click(window, "Sign in")
        qtbot.waitUntil(
            lambda: pin_screen.message.text() == "That PIN is not right. Try again.",
            timeout=10_000,
        )
        assert window.current is ScreenId.ADVISER_PIN and kiosk.ctx.adviser is None
        click(window, "Start again")
        assert window.current is ScreenId.HOME

        # The sign-out reaches the central server with its reason.
        with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20_000):
            kiosk.sync.sync_now()
        signed_out = stored_rows(kiosk, AdviserSession)[-1]
        kept = central.record(signed_out.id)
        assert kept is not None and kept.payload["reason"] == "withdrawn"
    finally:
        kiosk.sync.stop()
