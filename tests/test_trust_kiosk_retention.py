"""The kiosk's hourly maintenance clears residents' data in its backups, not only its tables."""

from __future__ import annotations

import datetime as dt

from hubkiosk.qt.maintenance import Maintenance
from hubkiosk.store import outbox
from hubkiosk.store.models import Ticket


def test_the_hourly_maintenance_clears_personal_data_in_the_backups_too(kiosk, qtbot):
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
    backup = store.backup("manual")  # made while the ticket waited to be sent
    assert b"Amina" in backup.read_bytes()
    with store.session() as session:
        outbox.acknowledge(session, [item.id])
    maintenance = kiosk.window.findChild(Maintenance)
    maintenance.grace = dt.timedelta(0)
    with qtbot.waitSignal(maintenance.finished, timeout=10_000):
        maintenance.run_once()
    kiosk.ctx.ops.wait()
    assert b"Amina" not in backup.read_bytes()
