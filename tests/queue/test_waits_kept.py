"""What the check-in screens read from the queue (how many wait, how long) is no resident's
data: a visit's end keeps it, shown until the queue is read again, so the next resident
sees no false "No one waiting" and nothing moves in the tap (issue 16, tap_next)."""

from __future__ import annotations

from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button
from tests.queue.test_queue_ui import get_ticket


def test_the_tiles_keep_the_waits_last_read_until_the_new_ones_come(queue_kiosk, qtbot, click):
    # "Start again" forgot the counts read for the tiles: the next resident saw "No one
    # waiting" under a service with people waiting until the queue was read again, and
    # the tile was laid out once for the wrong words in the tap (issue 16, tap_next).
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    get_ticket(kiosk, qtbot, click)
    click(window, "Done")
    click(window, "Get a ticket or check in")
    housing = find_button(window, "Housing")
    qtbot.waitUntil(lambda: housing.accessibleDescription() == "1 waiting")
    click(window, "Start again")
    assert window.current is ScreenId.HOME
    click(window, "Get a ticket or check in")
    assert housing.accessibleDescription() == "1 waiting"  # at once, before the new read


def test_the_wait_read_for_a_service_stays_in_place_for_the_next_resident(
    queue_kiosk, qtbot, click
):
    # The confirmation emptied its wait line on every entry until the queue was read
    # again: the line and everything under it moved up and back down a moment later, and
    # the screen was laid out twice, ~1 ms of the tap to it (issue 16, tap_next).
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.waitUntil(lambda: confirm.wait_line.text().startswith("No one is waiting."))
    read = confirm.wait_line.text()
    click(window, "Start again")
    click(window, "Housing")
    assert confirm.wait_line.text() == read  # at once, in place
    click(window, "Start again")
    click(window, "Council tax")
    assert confirm.wait_line.text() == ""  # not Housing's wait under Council tax
    qtbot.waitUntil(lambda: confirm.wait_line.text().startswith("No one is waiting."))
