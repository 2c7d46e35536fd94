"""No personal data in any log line, even at DEBUG, after check-ins with a name and a phone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hubkiosk.ui.screens import ScreenId
from tests.conftest import logged
from tests.queue.test_queue_ui import get_ticket


def test_check_ins_with_a_name_and_a_phone_number_leave_no_personal_data_in_the_logs(
    queue_kiosk, qtbot, click
):
    kiosk = queue_kiosk(config={"log_level": "DEBUG"})
    window = kiosk.window
    # A walk-in who gives a first name ...
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.keyClicks(confirm.name_edit, "Shamima")
    get_ticket(kiosk, qtbot, click)
    click(window, "Done")
    # ... and a resident who checks in for an appointment by phone and surname.
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    click(window, "Use my phone number")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.mouseClick(screen.phone_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.phone_edit, "07700900456")
    qtbot.mouseClick(screen.surname_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.surname_edit, "ahm")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Check in")
    assert window.current is ScreenId.TICKET_ISSUED
    kiosk.ctx.ops.wait()

    logs = logged(kiosk.settings.data_dir)
    assert "H-001" in logs  # the log does record what happened ...
    for personal in ("Shamima", "07700900456", "07700 900456", "900456", "Ahmed", "HK-3907"):
        assert personal not in logs  # ... but never who it happened to
