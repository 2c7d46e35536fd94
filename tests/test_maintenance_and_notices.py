"""IT hears about a damaged store on the adviser screen; housekeeping runs off the GUI thread."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from hubkiosk.qt.maintenance import Maintenance
from hubkiosk.store import outbox
from hubkiosk.store.db import DB_NAME, open_store
from hubkiosk.store.models import Ticket
from hubkiosk.ui.screens import ScreenId
from tests.conftest import logged, sign_in_by_pin


def test_damaged_store_is_reported_on_the_adviser_screen(tmp_path, make_kiosk, qtbot, click):
    data = tmp_path / "data"
    store = open_store(data)
    store.close()
    for old in (data / "backups").iterdir():
        old.unlink()
    (data / DB_NAME).write_bytes(b"garbage" * 1000)
    from hubkiosk.core.pin import hash_pin

    kiosk = make_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})
    window = kiosk.window
    assert window.current is ScreenId.HOME  # the resident sees a working kiosk
    adviser = sign_in_by_pin(kiosk, qtbot, click, "2468")
    qtbot.waitUntil(lambda: adviser.notices.isVisible())
    assert "damaged" in adviser.notices.text() and "moved aside" in adviser.notices.text()
    log = logged(data)
    assert "The local store was damaged" in log


def test_maintenance_purges_personal_data_after_sync_and_retention(kiosk, qtbot):
    store = kiosk.store
    with store.session() as session:
        item = outbox.add_record(
            session,
            Ticket(
                hub_id="idea-store-bow",
                service_id="housing",
                number="H-001",
                sequence=1,
                day=dt.date(2026, 11, 24),
                call_name="Amina",
            ),
        )
    with store.session() as session:
        outbox.acknowledge(session, [item.id])
    maintenance = kiosk.window.findChild(Maintenance)
    maintenance.grace = dt.timedelta(0)
    with qtbot.waitSignal(maintenance.finished, timeout=10_000) as done:
        maintenance.run_once()
    assert done.args[0].records == 1
    with store.session() as session:
        assert session.scalars(select(Ticket.call_name)).one() is None


def test_a_printer_that_prints_again_is_no_notice_on_the_adviser_screen(make_kiosk, qtbot, click):
    """QA: after a printer fault and a ticket that printed, the adviser and IT screen
    listed "printer ok" among its notices, in English whatever the language: the kiosk's
    own marker that the fault is over (for the fleet page), nothing for IT to read."""
    from hubkiosk.core.pin import hash_pin
    from hubkiosk.store import records
    from hubkiosk.store.health import record_printer_ok

    kiosk = make_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})
    now = dt.datetime.now(dt.UTC)
    with kiosk.store.session() as session:
        records.add_notice(
            session,
            kind="printer_fault",
            message="Ticket printer (usb) failed: out of paper. Ticket H-001 was shown on "
            "screen instead. Check the printer's paper, power and cable.",
            at=now,
        )
    record_printer_ok(kiosk.store, now)
    adviser = sign_in_by_pin(kiosk, qtbot, click, "2468")
    qtbot.waitUntil(lambda: adviser.notices.isVisible())
    assert "out of paper" in adviser.notices.text()
    assert "printer ok" not in adviser.notices.text()


def test_a_test_ticket_that_fails_is_named_as_the_test_ticket_in_its_notice(
    make_kiosk, qtbot, click, tmp_path
):
    """IT's notice for a test ticket that did not print said "Ticket TEST was shown on
    screen instead", as if a resident had been shown a ticket numbered TEST."""
    from hubkiosk.core.pin import hash_pin

    kiosk = make_kiosk(
        config={
            "adviser_pin_hash": hash_pin("2468", rounds=1000),
            "printer": f"file:{tmp_path / 'no-such-dir' / 'lp0'}",
        }
    )
    adviser = sign_in_by_pin(kiosk, qtbot, click, "2468")
    click(kiosk.window, "Print a test ticket")
    qtbot.waitUntil(lambda: "did not print" in adviser.notices.text(), timeout=10_000)
    assert "The test ticket did not print" in adviser.notices.text()
    assert "Ticket TEST" not in adviser.notices.text()
    assert "shown on screen" not in adviser.notices.text()
