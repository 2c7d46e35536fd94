"""The adviser's "Today at this hub" and the managers' report agree: an adviser works the
queue at a kiosk, the kiosk syncs its records to a real central server, and the figures the
kiosk shows equal those the server's ``/reports/hubs`` computes in SQL for that day."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from PySide6.QtCore import QCoreApplication, QEvent

from hubkiosk.app import Kiosk, build
from hubkiosk.core.pin import hash_pin
from hubkiosk.store.models import OutboxItem, Outcome
from hubkiosk.ui.screens import ScreenId
from sync.client.engine import SyncState
from tests.queue.conftest import LONDON, Clock
from tests.queue.test_adviser_staff import open_queue, open_today, sign_in, take_tickets
from tests.queue.test_appointment_journey import check_in_by_reference
from tests.sync.conftest import HUB, REPORT_KEY, Central, FakeClock, make_engine


@pytest.fixture
def kiosk(tmp_path: Path, qtbot) -> Iterator[tuple[Kiosk, Clock]]:
    clock = Clock()
    config = tmp_path / "kiosk.json"
    config.write_text(
        json.dumps({"hub_id": HUB, "adviser_pin_hash": hash_pin("2468", rounds=1000)})
    )
    built = build(
        ["--windowed", "--data-dir", str(tmp_path / "data"), "--config", str(config)],
        clock=clock,
    )
    built.window.resize(1280, 900)
    built.window.show()
    yield built, clock
    built.ctx.ops.wait()
    built.store.close()
    built.window.close()
    built.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def turned_away(kiosk: Kiosk, qtbot, click) -> None:
    """A resident whose booking the kiosk cannot find, who then leaves ("Done")."""
    assert check_in_by_reference(kiosk.window, qtbot, click, "HK-9999") is ScreenId.APPOINTMENT
    click(kiosk.window, "Done")
    kiosk.ctx.ops.wait()


def serve_next(kiosk: Kiosk, qtbot, click, outcome: str, *choices: str) -> None:
    window = kiosk.window
    screen = window.screens[ScreenId.ADVISER_QUEUE]
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    if not choices:
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            click(window, outcome)
        return
    click(window, outcome)
    *steps, last = choices
    for step in steps:
        click(window, step)
    if last.startswith("name:"):
        qtbot.keyClicks(screen.referred_to, last.removeprefix("name:"))
        last = "Save the referral"
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, last)


def test_today_at_this_hub_equals_the_servers_report(
    kiosk: tuple[Kiosk, Clock], central: Central, qtbot, click
) -> None:
    app, clock = kiosk
    window = app.window
    take_tickets(app, qtbot, click, ["Housing", "Housing", "Parking", "Council tax", "Housing"])
    turned_away(app, qtbot, click)
    sign_in(app, qtbot, click)
    open_queue(app, qtbot, click)
    clock.advance(minutes=4)
    serve_next(app, qtbot, click, "Served: resolved")
    clock.advance(minutes=7)
    serve_next(app, qtbot, click, "Served: referred", "Benefits and cost of living")
    clock.advance(minutes=12)
    serve_next(app, qtbot, click, "Served: referred", "Another organisation", "name:Shelter")
    clock.advance(minutes=3)
    serve_next(app, qtbot, click, "Served: follow-up booked")

    status = make_engine(central.url, central.enrol(HUB), app.store, FakeClock()).sync_once()
    assert status.state is SyncState.OK and status.pending == 0

    app.ctx.go(ScreenId.ADVISER_HOME)
    today = open_today(window, qtbot, click)
    mine = today.figures
    assert mine is not None

    day = clock().astimezone(LONDON).date()
    report = requests.get(
        f"{central.url}/reports/hubs",
        params={"from": str(day), "to": str(day), "format": "json", "key": REPORT_KEY},
        timeout=10,
    ).json()
    [theirs] = [h for h in report["hubs"] if h["hub_id"] == HUB]
    for name in (
        "visits",
        "waits_counted",
        "wait_median_minutes",
        "wait_p90_minutes",
        "resolved_first_contact",
        "referrals",
        "follow_up_booked",
        "referrals_by_destination",
        "first_contact_rate",
        "referral_rate",
        "turned_away",
    ):
        assert getattr(mine, name) == theirs[name], name
    # The figures themselves: waits 4, 11, 23 and 26 minutes; one resident still waits.
    assert (mine.visits, mine.waiting_now, mine.waits_counted) == (5, 1, 4)
    assert (mine.wait_median_minutes, mine.wait_p90_minutes) == (17.0, 25.1)
    assert mine.referrals_by_destination == {"benefits": 1, "Shelter": 1}
    assert today.values["wait_p90_minutes"].text() == "25.1"
    assert mine.turned_away == 1 and today.values["turned_away"].text() == "1"
    assert "Benefits and cost of living:\u00a01" in today.destinations.text()


def test_referrals_from_older_kiosks_still_count_by_their_text(
    central: Central, store, visits, clock: FakeClock
) -> None:
    at = clock() - dt.timedelta(hours=1)
    if at.astimezone(LONDON).hour == 23:  # each visit (17 minutes) within one day
        at -= dt.timedelta(hours=1)
    # The visits' day: an hour ago was yesterday when the tests run just after midnight.
    day = at.astimezone(LONDON).date()
    visits.visit("housing", at, 5, Outcome.REFERRED, referred_service_id="benefits")
    old = visits.visit("housing", at, 7, Outcome.REFERRED, referred_to="Citizens Advice")
    # An older kiosk's served event has no referred_service_id at all.
    with store.session() as session:
        for item in session.scalars(select(OutboxItem).where(OutboxItem.kind == "queue_event")):
            if item.payload["ticket_id"] == str(old.id):
                item.payload = {k: v for k, v in item.payload.items() if k != "referred_service_id"}
    status = make_engine(central.url, central.enrol(HUB), store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0 and status.dead_letters == 0

    params = {"from": str(day), "to": str(day), "key": REPORT_KEY}
    report = requests.get(
        f"{central.url}/reports/hubs", params={**params, "format": "json"}, timeout=10
    ).json()
    [bow] = [h for h in report["hubs"] if h["hub_id"] == HUB]
    assert bow["referrals_by_destination"] == {"benefits": 1, "Citizens Advice": 1}
    page = requests.get(f"{central.url}/reports/hubs", params=params, timeout=10).text
    # The catalogue's name for a service, the organisation's own name otherwise.
    assert '<th scope="row">Benefits and cost of living</th>' in page
    assert '<th scope="row">Citizens Advice</th>' in page
