"""A kiosk moved to another hub with visits not yet sent: enrolling it there would strand
them (the server sets a ticket from another hub aside, and nothing could send it again), so
``hubkiosk --enrol`` refuses until the old hub's records have reached the central server."""

from __future__ import annotations

import datetime as dt
import re
import uuid

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
    # IT revokes the device named, as told: Chrisp Street's kiosk is still to come.
    named = re.search(r"hubkiosk-server revoke ([0-9a-f-]{36})", said)
    assert named is not None, said
    with central.database.session() as session:
        admin.revoke(session, uuid.UUID(named.group(1)), now=central.clock())

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


def _kiosk_with_visits_at_bow(make_kiosk, store_template, tmp_path, config: dict):
    """A kiosk whose two last visits at Bow never reached the central server, started with
    ``config`` and no token file (the token wins over ``enrol_code``: IT removed it)."""
    from hubkiosk.store.db import open_store
    from tests.kiosk_store import seed_store

    kept = open_store(seed_store(tmp_path / "data", store_template))
    try:
        bow = Visits(kept)
        bow.ticket()
        bow.ticket()
    finally:
        kept.close()
    return make_kiosk(config={"sync_interval_seconds": 3600, **config})


def _counts(kiosk) -> tuple[int, int]:
    """(waiting to be sent, set aside) in the kiosk's outbox."""
    from hubkiosk.store.sync_port import StoreSyncPort

    counts = StoreSyncPort(kiosk.store).counts()
    return counts.pending, counts.dead_letters


def _adviser_notices(kiosk, qtbot) -> str:
    from hubkiosk.ui.screens import ScreenId

    screen = kiosk.window.screens[ScreenId.ADVISER_HOME]
    with qtbot.waitSignal(screen.status_read, timeout=10_000):
        kiosk.window.show_screen(ScreenId.ADVISER_HOME)
    return screen.notices.text() if screen.notices.isVisible() else ""


def test_a_kiosk_enrolling_itself_by_its_enrol_code_waits_until_its_visits_are_sent(
    make_kiosk, central: Central, store_template, tmp_path, qtbot, caplog
) -> None:
    """IT moved a kiosk to Chrisp Street with ``hub_id`` and ``enrol_code`` in its settings:
    it enrolled itself there at its first sync, and the server set the visits it made at
    Bow aside as 'wrong hub', never to be sent. Now the code is not spent while they wait
    (the log and the adviser and IT screen say why); once they are sent as a kiosk of Bow,
    the kiosk's next sync enrols it at Chrisp Street with the same code."""
    import logging

    caplog.set_level(logging.INFO)
    old_token = central.enrol()  # the kiosk's token at Bow, which IT still has
    bow_visits = central.count("ticket")
    kiosk = _kiosk_with_visits_at_bow(
        make_kiosk,
        store_template,
        tmp_path,
        {"hub_id": NEW_HUB, "server_url": central.url, "enrol_code": _code(central, NEW_HUB)},
    )
    try:
        qtbot.waitUntil(lambda: kiosk.window.last_sync_status is not None, timeout=20_000)
        assert load_credentials(kiosk.settings.data_dir) is None
        assert _counts(kiosk) == (2, 0)  # kept, none set aside
        assert central.count("ticket") == bow_visits
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert f"2 records made at {HUB}" in logged and "not reached the central server" in logged
        notices = _adviser_notices(kiosk, qtbot)
        assert f"2 records made at {HUB}" in notices and "this code is not spent" in notices
        assert "uses it at its first sync after they are sent" in notices

        # Sent as a kiosk of Bow (its old token): the next sync moves it.
        status = make_engine(central.url, old_token, kiosk.store, FakeClock()).sync_once()
        assert status.state is SyncState.OK and status.pending == 0
        assert central.count("ticket") == bow_visits + 2
        with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20_000) as blocker:
            kiosk.sync.sync_now()
        assert blocker.args[0].state is SyncState.OK
        credentials = load_credentials(kiosk.settings.data_dir)
        assert credentials is not None and credentials.hub_id == NEW_HUB
    finally:
        kiosk.sync.stop()


def test_a_kiosk_of_bow_given_a_code_of_another_hub_keeps_its_visits(
    make_kiosk, central: Central, store_template, tmp_path, qtbot
) -> None:
    """Its ``hub_id`` still Bow, the ``enrol_code`` names Chrisp Street: the code is spent
    (only the server's answer names the hub), but the token is not kept, the visits wait
    for Bow, and IT is told which device the server enrolled, to revoke it."""
    kiosk = _kiosk_with_visits_at_bow(
        make_kiosk,
        store_template,
        tmp_path,
        {"hub_id": HUB, "server_url": central.url, "enrol_code": _code(central, NEW_HUB)},
    )
    try:
        qtbot.waitUntil(lambda: kiosk.window.last_sync_status is not None, timeout=20_000)
        assert load_credentials(kiosk.settings.data_dir) is None
        assert _counts(kiosk) == (2, 0)
        notices = _adviser_notices(kiosk, qtbot)
        assert f"2 records made at {HUB}" in notices and "hubkiosk-server revoke" in notices
    finally:
        kiosk.sync.stop()


def _data_with_a_token_of_bow(central: Central, store_template, tmp_path, visits_at: list[str]):
    """A kiosk's data dir with its token of Bow (enrolled there) and a visit not yet sent
    made at each hub of ``visits_at``, in that order."""
    from hubkiosk.store.db import open_store
    from hubkiosk.store.token import DeviceCredentials, save_credentials
    from tests.kiosk_store import seed_store

    with central.database.session() as session:
        device = admin.enrol_device(session, HUB, "kiosk", now=central.clock())
    data = seed_store(tmp_path / "data", store_template)
    save_credentials(data, DeviceCredentials(central.url, str(device.device_id), HUB, device.token))
    kept = open_store(data)
    try:
        visits = Visits(kept)
        for hub in visits_at:
            visits.ticket(hub_id=hub)
    finally:
        kept.close()
    return data


def test_a_kiosk_whose_token_is_of_another_hub_keeps_its_visits_and_says_so(
    make_kiosk, central: Central, store_template, tmp_path, qtbot, monkeypatch, capsys
) -> None:
    """IT moved a kiosk by setting ``hub_id`` to Chrisp Street and left its token of Bow
    (the token wins over ``enrol_code``). The finding: its visits, made for Chrisp Street,
    went out with Bow's token and the server set every one aside as 'wrong hub'. Now it
    sends nothing while the two disagree, keeps the visits, and says so in the log, on the
    adviser and IT screen and in its sync status; enrolled at Chrisp Street, it sends them."""
    data = _data_with_a_token_of_bow(central, store_template, tmp_path, [NEW_HUB])
    before = central.count("ticket")
    kiosk = make_kiosk(config={"sync_interval_seconds": 3600, "hub_id": NEW_HUB})
    try:
        qtbot.waitUntil(lambda: kiosk.window.last_sync_status is not None, timeout=20_000)
        assert _counts(kiosk) == (1, 0)  # kept, not set aside
        assert central.count("ticket") == before
        said = kiosk.window.last_sync_status.last_error or ""
        assert f"token is of {HUB}" in said and f"hub_id is {NEW_HUB}" in said
        notices = _adviser_notices(kiosk, qtbot)
        assert f"token is of {HUB}" in notices and "hubkiosk --enrol" in notices
    finally:
        kiosk.sync.stop()
    # IT enrols it at Chrisp Street: the visit goes, accepted there.
    done, said = _enrol(data, central.url, _code(central, NEW_HUB), NEW_HUB, monkeypatch, capsys)
    assert done == 0, said
    credentials = load_credentials(data)
    assert credentials is not None and credentials.hub_id == NEW_HUB
    status = make_engine(central.url, credentials.token, kiosk.store, FakeClock()).sync_once()
    assert status.state is SyncState.OK and (status.pending, status.dead_letters) == (0, 0)
    assert central.count("ticket") == before + 1


def test_enrolling_at_another_hub_says_the_kiosk_sends_nothing_until_hub_id_is_set(
    central: Central, tmp_path, monkeypatch, capsys
) -> None:
    """``--enrol`` with a code of another hub than ``hub_id`` (nothing waiting to strand):
    the token is kept, and IT is told to set ``hub_id``; until it is, the kiosk sends
    nothing (its records would be set aside as made at another hub), which it now says."""
    data_dir = tmp_path / "data"
    done, said = _enrol(data_dir, central.url, _code(central, NEW_HUB), HUB, monkeypatch, capsys)
    assert done == 0, said
    assert f"set hub_id to '{NEW_HUB}'" in said
    assert "sends nothing until then" in said


def test_a_kiosk_moved_with_visits_of_its_old_hub_waiting_says_how_to_send_both(
    make_kiosk, central: Central, store_template, tmp_path, qtbot
) -> None:
    """QA: a kiosk moved to Chrisp Street with Bow's token kept and Bow's visits unsent.
    Following what it said ("enrol it at Chrisp Street, or set hub_id back") got the enrol
    refused (Bow's visits wait), and setting hub_id back sent Chrisp Street's visits to be
    set aside, with nothing saying how to get them in. It now says the whole way."""
    # A visit made at Bow, never sent, and one made since at Chrisp Street.
    _data_with_a_token_of_bow(central, store_template, tmp_path, [HUB, NEW_HUB])
    kiosk = make_kiosk(config={"sync_interval_seconds": 3600, "hub_id": NEW_HUB})
    try:
        qtbot.waitUntil(lambda: kiosk.window.last_sync_status is not None, timeout=20_000)
        said = kiosk.window.last_sync_status.last_error or ""
        assert f"1 records made at {HUB} wait" in said
        assert f"set hub_id back to {HUB} until they are sent" in said
        assert "Send set-aside records again" in said
    finally:
        kiosk.sync.stop()
