"""IT sends set-aside records again from the adviser screen, which never says "everything
sent" while any record is set aside."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from hubkiosk.core.pin import hash_pin
from hubkiosk.store.models import OutboxItem, OutboxState
from hubkiosk.ui.screens import ScreenId
from sync.client.engine import SyncState, SyncStatus
from tests.conftest import find_button


def test_set_aside_records_go_back_to_the_outbox_from_the_adviser_screen(make_kiosk, qtbot, click):
    kiosk = make_kiosk(config={"adviser_pin_hash": hash_pin("97531", rounds=1000)})
    set_aside = uuid.uuid4()
    with kiosk.store.session() as session:
        session.add(
            OutboxItem(
                id=set_aside,
                kind="feedback",
                payload={"score": 5},
                state=OutboxState.DEAD,
                last_error="a proxy's page",
            )
        )
    window = kiosk.window
    window.go(ScreenId.ADVISER_PIN, {})
    for digit in "97531":
        click(window, digit)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Sign in")
    adviser = window.screens[ScreenId.ADVISER_HOME]
    qtbot.waitUntil(lambda: "set aside for IT" in adviser.sync_line.text())
    adviser.set_sync_status(SyncStatus(state=SyncState.OK, pending=0, dead_letters=1))
    assert "everything sent" not in adviser.sync_line.text()
    assert "set aside" in adviser.sync_line.text()

    with qtbot.waitSignal(adviser.sync_now_requested, timeout=10_000):
        click(window, "Send set-aside records again")
    # The set-aside record, and the adviser's sign-in (an adviser_session record).
    qtbot.waitUntil(lambda: "2 records wait to be sent" in adviser.sync_line.text())
    with kiosk.store.session() as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.id == set_aside)).one()
        assert item.state is OutboxState.PENDING
    qtbot.waitUntil(lambda: not find_button_visible(window, "Send set-aside records again"))


def find_button_visible(window, text: str) -> bool:
    try:
        find_button(window, text)
    except AssertionError:
        return False
    return True
