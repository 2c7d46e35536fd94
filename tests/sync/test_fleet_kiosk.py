"""End to end: IT prints a test ticket on a kiosk whose printer is broken, and the fault
reaches the fleet page with the kiosk's next heartbeat; a working printer prints it."""

from __future__ import annotations

import datetime as dt

import requests

from hubkiosk.ui.screens import ScreenId
from sync.server import admin
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
