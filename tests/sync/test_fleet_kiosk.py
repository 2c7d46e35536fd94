"""End to end: IT prints a test ticket on a kiosk whose printer is broken, and the fault
reaches the fleet page with the kiosk's next heartbeat; a working printer prints it."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
import requests

from hubkiosk.instance import LOCK_FILE
from hubkiosk.ui.screens import ScreenId
from sync.server import admin
from sync.server.cli import main as server_main
from tests.kiosk_store import seed_store
from tests.sync.conftest import HUB, REPORT_KEY


def adviser_screen(kiosk):
    kiosk.window.show_screen(ScreenId.ADVISER_HOME)
    return kiosk.window.screens[ScreenId.ADVISER_HOME]


def test_a_test_ticket_prints_on_a_working_printer(make_kiosk, tmp_path, qtbot, click):
    out = tmp_path / "tickets"
    kiosk = make_kiosk(config={"printer": f"pdf:{out}"})
    screen = adviser_screen(kiosk)
    click(kiosk.window, "Print a test ticket")
    labels = screen.findChildren(type(screen.heading))
    qtbot.waitUntil(lambda: any("test ticket printed" in w.text() for w in labels), timeout=10000)
    assert [p.name for p in out.iterdir() if p.name.endswith("-TEST.pdf")]


def test_a_printer_fault_from_a_test_ticket_reaches_the_fleet_page(
    make_kiosk, central, tmp_path, qtbot, click
):
    with central.database.session() as session:
        code = admin.create_enrolment_code(
            session, HUB, now=dt.datetime.now(dt.UTC), valid_for=dt.timedelta(hours=1)
        )
    kiosk = make_kiosk(
        config={
            "printer": f"file:{tmp_path / 'no-such-dir' / 'lp0'}",
            "server_url": central.url,
            "enrol_code": code,
            "sync_interval_seconds": 3600,
        }
    )
    screen = adviser_screen(kiosk)
    labels = screen.findChildren(type(screen.heading))
    click(kiosk.window, "Print a test ticket")
    qtbot.waitUntil(
        lambda: any(w.text().startswith("The printer failed") for w in labels), timeout=10000
    )
    with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20000):
        click(kiosk.window, "Sync now")

    def fleet() -> list[dict]:
        answer = requests.get(
            f"{central.url}/reports/fleet", params={"key": REPORT_KEY, "format": "json"}, timeout=10
        )
        return answer.json()["devices"]

    qtbot.waitUntil(lambda: bool(fleet()) and fleet()[0]["printer"] == "fault", timeout=20000)
    (device,) = fleet()
    assert "printer fault" in device["flags"]
    assert device["free_disk_bytes"] > 0
    assert device["last_backup_at"] is not None


def test_a_kiosk_enrolled_by_its_token_file_shows_its_sync_and_says_when_it_syncs(
    make_kiosk, central, store_template, tmp_path, qtbot, click
):
    """Enrolled as ``hubkiosk --enrol`` does (the token file; no ``server_url`` in the
    config), the adviser screen said "This kiosk has no central server configured" until
    the first cycle answered; and "Sync now" changed nothing on screen until the cycle
    ended (minutes, when the server does not answer)."""
    import uuid

    from hubkiosk.store.token import DeviceCredentials, save_credentials
    from tests.kiosk_store import seed_store

    data = seed_store(tmp_path / "data", store_template)
    save_credentials(
        data,
        DeviceCredentials(
            server_url=central.url, device_id=str(uuid.uuid4()), hub_id=HUB, token=central.enrol()
        ),
    )
    kiosk = make_kiosk(config={"sync_interval_seconds": 3600})
    screen = adviser_screen(kiosk)
    assert kiosk.sync.configured
    assert "no central server" not in screen.sync_line.text()
    with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20000):
        click(kiosk.window, "Sync now")
        # At once, before the cycle answers: it says so, and the button waits for it.
        assert screen.sync_line.text() == "Syncing with the central server…"
        assert not screen.sync_button.isEnabled()
    assert screen.sync_line.text().startswith("Synced with the central server")
    assert screen.sync_button.isEnabled()


@pytest.mark.parametrize("answer", ["refused", "429:3600"])
def test_a_kiosk_does_not_hammer_enrolment_with_a_code_the_server_refused(
    make_kiosk, proxy, qtbot, answer
):
    """A wrong or expired ``enrol_code`` was tried again every sync (120 an hour), past the
    server's 30 an hour per address, so every kiosk behind the hub's router was refused
    enrolment. A refused code is not tried again; a 429 is waited out."""
    proxy.path_prefix = "/v1/enrol"
    if answer != "refused":
        proxy.plan = [answer]
    kiosk = make_kiosk(
        config={
            "server_url": proxy.url,
            "enrol_code": "WRON-GCOD-E123",
            "sync_interval_seconds": 3600,
        }
    )
    for _ in range(3):
        with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20000):
            kiosk.sync.sync_now()
    tried = [path for method, path, _ in proxy.log if path.startswith("/v1/enrol")]
    assert len(tried) == 1, proxy.log


def test_an_enrol_code_of_the_wrong_length_is_refused_once_without_quoting_it(
    make_kiosk, proxy, qtbot, caplog
):
    """An ``enrol_code`` under 6 or over 64 characters (a mistyped one) made every sync
    fail with a pydantic error quoting the code as the kiosk's last error (which its
    heartbeat carries). It is refused in one log line that does not quote it, and not tried
    again."""
    kiosk = make_kiosk(
        config={"server_url": proxy.url, "enrol_code": "ABCD", "sync_interval_seconds": 3600}
    )
    statuses = []
    with caplog.at_level(logging.INFO):
        for _ in range(3):
            with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20000) as blocker:
                kiosk.sync.sync_now()
            statuses.append(blocker.args[0])
    assert "ABCD" not in repr(statuses) and "input_value" not in repr(statuses), statuses
    assert not [path for _, path, _ in proxy.log if path.startswith("/v1/enrol")]
    failed = [r.getMessage() for r in caplog.records if "enrolment failed" in r.getMessage()]
    assert len(failed) == 1 and "6 to 64 characters" in failed[0], failed
    assert "ABCD" not in caplog.text


def test_a_kiosk_that_did_not_close_is_told_of_on_the_fleet_page_and_by_devices(
    make_kiosk, central, db_url, store_template, tmp_path, qtbot, capsys
):
    """IT at the centre hears that a kiosk did not close (it froze and the watchdog
    restarted it, crashed, or lost power): on the fleet page and in ``hubkiosk-server
    devices``, which also says how long it has been up."""
    data = seed_store(tmp_path / "data", store_template)
    # What a kiosk killed while running leaves in its lock file.
    (data / LOCK_FILE).write_text(
        json.dumps({"pid": 4242, "started": "2026-12-01T14:02:00+00:00", "running": True})
    )
    with central.database.session() as session:
        code = admin.create_enrolment_code(
            session, HUB, now=dt.datetime.now(dt.UTC), valid_for=dt.timedelta(hours=1)
        )
    kiosk = make_kiosk(
        config={"server_url": central.url, "enrol_code": code, "sync_interval_seconds": 3600}
    )
    with qtbot.waitSignal(kiosk.sync.status_changed, timeout=20000):
        kiosk.sync.sync_now()

    def fleet() -> list[dict]:
        answer = requests.get(
            f"{central.url}/reports/fleet", params={"key": REPORT_KEY, "format": "json"}, timeout=10
        )
        return answer.json()["devices"]

    qtbot.waitUntil(lambda: bool(fleet()) and fleet()[0]["last_error"] is not None, timeout=20000)
    (device,) = fleet()
    assert device["last_error"].startswith(
        "The kiosk did not close when it last ran (started 14:02"
    )
    capsys.readouterr()
    assert server_main(["--db", db_url, "devices"]) == 0
    line = capsys.readouterr().out
    assert "up 0 min" in line
    assert "last error: The kiosk did not close when it last ran" in line
