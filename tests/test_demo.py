"""``hubkiosk --demo``: a local central server, enrolment, config and sync on one machine."""

from __future__ import annotations

import sqlite3
import uuid

from sqlalchemy import select

from PySide6.QtCore import Qt

from hubkiosk.store import outbox
from hubkiosk.store.models import Appointment, Feedback
from hubkiosk.ui.screens import ScreenId
from sync.client.engine import SyncState


def test_demo_runs_the_whole_loop_on_one_machine(make_kiosk, qtbot, click):
    import datetime as dt

    later = [dt.timedelta(0)]  # the kiosk's clock: the wall clock, moved on when told
    kiosk = make_kiosk("--demo", clock=lambda: dt.datetime.now(dt.UTC) + later[0])
    assert kiosk.demo_server is not None and kiosk.demo_server.url.startswith("http://127.0.0.1:")
    with qtbot.waitSignal(kiosk.sync.status_changed, timeout=60_000) as first:
        pass
    assert first.args[0].state is SyncState.OK
    # The configuration now comes from the server (a published, versioned snapshot).
    assert kiosk.ctx.content.version.startswith("v")
    # So do today's bookings at this hub, among them the README's HK-4821; the server
    # also holds other hubs' and other days' demo bookings, for the lookup.
    with kiosk.store.session() as session:
        here = set(session.scalars(select(Appointment.reference)))
    assert kiosk.settings.hub_id == "idea-store-bow"
    assert "HK-4821" in here and "HK-6150" not in here and "HK-3382" not in here
    with sqlite3.connect(kiosk.demo_server.db_path) as db:
        everywhere = {ref for (ref,) in db.execute("SELECT reference FROM appointment")}
    assert {"HK-4821", "HK-6150", "HK-3382", "HK-7004"} <= everywhere

    # Something a resident did at the kiosk ...
    with kiosk.store.session() as session:
        item = outbox.add_record(session, Feedback(hub_id=kiosk.settings.hub_id, score=5))
    record_id = item.id
    # It names no one: it goes once the hour it is stamped with has ended.
    later[0] = dt.timedelta(hours=1)

    # ... reaches the centre when an adviser asks for a sync.
    window = kiosk.window
    with qtbot.waitSignal(window.screen_changed, timeout=5000):
        qtbot.mousePress(window.hub_name, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(window.hub_name, Qt.MouseButton.LeftButton)
    for digit in "2468":
        click(window, digit)
    with qtbot.waitSignal(window.screen_changed, timeout=5000):
        click(window, "Sign in")
    assert window.current is ScreenId.ADVISER_HOME
    assert window.sync_badge.isVisible()
    # The sign-in's own records are written as the adviser's screen shows; a record written
    # while a cycle runs goes with the next cycle (the periodic one, 30 s on), so the tap
    # here comes once they are stored, as an adviser's would.
    qtbot.waitUntil(lambda: not kiosk.ctx.ops.busy, timeout=5000)
    with qtbot.waitSignal(
        kiosk.sync.status_changed,
        timeout=60_000,
        check_params_cb=lambda status: status.state is SyncState.OK and status.pending == 0,
    ):
        click(window, "Sync now")
    adviser = window.screens[ScreenId.ADVISER_HOME]
    assert "Synced with the central server" in adviser.sync_line.text()

    with sqlite3.connect(kiosk.demo_server.db_path) as db:
        rows = db.execute(
            "SELECT kind, hub_id FROM ingested_record WHERE id IN (?, ?)",
            (str(record_id), uuid.UUID(str(record_id)).hex),
        ).fetchall()
    assert rows == [("feedback", kiosk.settings.hub_id)]

    # Residents never see the sync state.
    click(window, "Leave adviser mode")
    assert not window.sync_badge.isVisible()


def test_it_enrols_a_kiosk_with_a_one_time_code(tmp_path):
    """``hubkiosk --enrol URL CODE`` keeps the token beside the store, readable by the kiosk
    user only; the same code does not work twice."""
    import datetime as dt
    import json
    import os
    import stat
    import subprocess
    import sys

    from sync.demo import start_demo_server
    from sync.server import admin
    from sync.server.db import Database
    from sync.server.models import utcnow

    server = start_demo_server(tmp_path / "server")
    try:
        database = Database(f"sqlite:///{server.db_path}")
        with database.session() as session:
            code = admin.create_enrolment_code(
                session, "cubitt-town-library", now=utcnow(), valid_for=dt.timedelta(hours=1)
            )
        database.dispose()
        data = tmp_path / "kiosk"
        command = [
            sys.executable,
            "-m",
            "hubkiosk",
            "--data-dir",
            str(data),
            "--enrol",
            server.url,
            str(code),
        ]
        first = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert first.returncode == 0, first.stderr
        assert "enrolled as device" in first.stdout and "cubitt-town-library" in first.stdout
        token_file = data / "device-token.json"
        assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
        token = json.loads(token_file.read_text())["token"]
        store_files = b"".join(p.read_bytes() for p in data.glob("hubkiosk.sqlite3*"))
        assert token.encode() not in store_files  # the credential never enters the store
        again = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert again.returncode == 1
        assert "enrolment failed" in again.stderr
    finally:
        server.stop()


def test_demo_ticket_qr_code_leads_to_the_demo_servers_queue_page(tmp_path, qtbot, click):
    """With no ``queue_status_url`` configured, ``--demo`` points tickets' QR codes at its
    own server's ``/queue``, and that page knows a ticket as soon as it is synced."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    import requests

    from PySide6.QtCore import QCoreApplication, QEvent

    from hubkiosk.app import build

    london = ZoneInfo("Europe/London")
    day = dt.datetime.now(london).date()
    while day.weekday() >= 5:  # the demo hub opens on weekdays
        day += dt.timedelta(days=1)
    opening_hours = dt.datetime.combine(day, dt.time(10, 30), tzinfo=london).astimezone(dt.UTC)
    kiosk = build(
        ["--windowed", "--data-dir", str(tmp_path / "data"), "--demo"],
        clock=lambda: opening_hours,
    )
    try:
        kiosk.window.resize(1280, 900)
        kiosk.window.show()
        assert kiosk.demo_server is not None and kiosk.sync is not None
        base = f"{kiosk.demo_server.url}/queue"
        assert kiosk.settings.queue_status_url == base == kiosk.ctx.settings.queue_status_url
        with qtbot.waitSignal(kiosk.sync.status_changed, timeout=60_000) as first:
            pass
        assert first.args[0].state is SyncState.OK
        # The server's configuration replaced the service tiles: let the old ones go.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

        window = kiosk.window
        click(window, "Get a ticket or check in")
        click(window, "Housing")
        with qtbot.waitSignal(window.screen_changed, timeout=10_000):
            click(window, "Get my ticket")
        issued = window.screens[ScreenId.TICKET_ISSUED]
        number = issued.number.text()
        url = issued.qr.url
        assert url is not None and url.startswith(f"{base}?ticket=")

        with qtbot.waitSignal(
            kiosk.sync.status_changed,
            timeout=60_000,
            check_params_cb=lambda status: status.state is SyncState.OK and status.pending == 0,
        ):
            kiosk.sync.sync_now()
        page = requests.get(url, timeout=10)
        assert page.status_code == 200, page.text
        assert page.headers["content-type"].startswith("text/html")
        assert number in page.text and "Housing" in page.text
        assert "You are next in the queue." in page.text
        answer = requests.get(url, params={"format": "json"}, timeout=10).json()
        assert (answer["number"], answer["state"], answer["position"]) == (number, "waiting", 1)
    finally:
        kiosk.close()
        kiosk.window.close()
        kiosk.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_demo_bookings_are_timed_for_whenever_the_demo_runs():
    """Started at 19:30, the demo's HK-4821 is a quarter of an hour away, as at 10:30:
    whoever tries the kiosk in the evening can check in with it."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from hubkiosk.core.appointments import AppointmentInfo, CheckIn, classify
    from sync.demo import shipped_demo_appointments
    from sync.server import config

    london = ZoneInfo("Europe/London")
    evening = dt.datetime(2026, 11, 28, 19, 30, tzinfo=london)  # a Saturday evening
    by_day = shipped_demo_appointments(
        config.default_data_dir(), evening.date(), london, now=evening
    )
    today = {e.reference: e for e in by_day[evening.date()]}
    booking = today["HK-4821"]
    assert booking.starts_at.astimezone(london).strftime("%H:%M") == "19:45"
    info = AppointmentInfo(booking.id, booking.hub_id, booking.service_id, booking.starts_at)
    assert classify(info, "idea-store-bow", evening) is CheckIn.OK
    late = today["HK-2719"]
    assert (
        classify(
            AppointmentInfo(late.id, late.hub_id, late.service_id, late.starts_at),
            "idea-store-bow",
            evening,
        )
        is CheckIn.LATE
    )
