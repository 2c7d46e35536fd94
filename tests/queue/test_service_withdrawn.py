"""A service withdrawn in the middle of a day (QA s35): IT published a catalogue without
Council tax while C-001 waited and a second resident stood on its "Get my ticket". The
second resident got C-002 headed "council-tax" (the id, in English), and the adviser's
queue said "No one waiting." while both waited. Now the resident is told the service is no
longer offered here, with no ticket, and the adviser still sees every waiting ticket."""

from __future__ import annotations

import dataclasses

from hubkiosk.core.pin import hash_pin
from hubkiosk.ui.screens import ScreenId
from sync.protocol.content import Catalogue
from tests.queue.test_queue_ui import get_ticket, open_the_queue, tickets


def _withdraw(kiosk, service_id: str) -> None:
    content = kiosk.ctx.content
    services = [s for s in content.catalogue.services if s.id != service_id]
    catalogue = Catalogue.model_validate(
        {
            **content.catalogue.model_dump(mode="json"),
            "services": [s.model_dump(mode="json") for s in services],
        }
    )
    kiosk.ctx.set_content(dataclasses.replace(content, catalogue=catalogue))


def test_a_service_withdrawn_mid_day_gives_no_new_ticket_and_its_queue_stays_in_view(
    queue_kiosk, qtbot, click
):
    kiosk = queue_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})
    window = kiosk.window
    click(window, "Council tax")
    assert get_ticket(kiosk, qtbot, click) == "C-001"
    click(window, "Done")
    click(window, "Council tax")  # the next resident, on "Get my ticket"
    assert window.current is ScreenId.TICKET_CONFIRM

    _withdraw(kiosk, "council-tax")
    click(window, "Get my ticket")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    assert window.current is ScreenId.TICKET_CONFIRM
    assert confirm.message.text() == (
        "Sorry, this service is no longer offered at this hub. Please ask a member of staff."
    )
    assert [t.number for t in tickets(kiosk)] == ["C-001"]

    screen = open_the_queue(kiosk, qtbot, click)
    assert "A service no longer offered: 1 — C-001" in screen.waiting.text()
    assert "council-tax" not in screen.waiting.text()
