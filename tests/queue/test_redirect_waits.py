"""The appointment-only Town Hall sends walk-ins to the nearest drop-in hubs and, when the
central server is reachable, says how many wait there now and how long waits are today.

The server is real (uvicorn on 127.0.0.1, SQLite); the drop-in hubs' figures come from
records their own kiosks pushed to it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hubkiosk.core.waits import LIVE_MAX_AGE, LiveWaits, typical_wait
from hubkiosk.store.db import open_store
from hubkiosk.store.models import QueueEventKind
from hubkiosk.ui.screens import ScreenId
from sync.client.engine import SyncState
from sync.protocol import PROTOCOL_VERSION
from sync.protocol.status import HubQueueStatus, HubsStatus
from sync.server import admin
from tests.sync.conftest import Central, FakeClock, Visits, db_url, make_central, make_engine

__all__ = ["db_url", "make_central"]  # the server fixtures, shared with the sync tests

BOW = "idea-store-bow"
PDC = "pdc-bethnal-green"
TOWN_HALL = "town-hall-whitechapel"


def push_visits(central: Central, hub_id: str, now: dt.datetime, waits: list[float],
                waiting: int, folder: Path) -> None:  # fmt: skip
    """What ``hub_id``'s kiosk did this morning, pushed to the server as that kiosk."""
    store = open_store(folder)
    try:
        visits = Visits(store, hub_id)
        start = now - dt.timedelta(minutes=90)
        for n, minutes in enumerate(waits):
            ticket = visits.ticket(at=start + dt.timedelta(minutes=n))
            visits.event(ticket, QueueEventKind.CHECKED_IN, start + dt.timedelta(minutes=n))
            called = start + dt.timedelta(minutes=n + minutes)
            visits.event(ticket, QueueEventKind.CALLED, called)
        for n in range(waiting):
            moment = now - dt.timedelta(minutes=10 - n)
            ticket = visits.ticket(at=moment)
            visits.event(ticket, QueueEventKind.CHECKED_IN, moment)
        clock = FakeClock(now)
        engine = make_engine(central.url, central.enrol(hub_id), store, clock, hub_id=hub_id)
        status = engine.sync_once()
        assert status.state is SyncState.OK and status.pending == 0
    finally:
        store.close()


def town_hall_config(central: Central, now: dt.datetime) -> dict[str, str]:
    with central.database.session() as session:
        code = admin.create_enrolment_code(
            session, TOWN_HALL, now=now, valid_for=dt.timedelta(hours=1)
        )
    return {"hub_id": TOWN_HALL, "server_url": central.url, "enrol_code": code}


def redirect_lines(window) -> dict[str, list[str]]:
    redirect = window.screens[ScreenId.QUEUE].stack.redirect
    assert redirect.isVisible()
    shown = [lab.text().split("\n") for lab in redirect.hub_labels if lab.isVisible()]
    return {lines[0]: lines for lines in shown}


def test_town_hall_shows_the_drop_in_hubs_queues(
    queue_kiosk, clock, make_central, tmp_path: Path, qtbot, click
) -> None:
    central = make_central(clock=clock)
    push_visits(central, BOW, clock(), [10, 14, 20], 4, tmp_path / "bow")
    push_visits(central, PDC, clock(), [], 0, tmp_path / "pdc")
    kiosk = queue_kiosk(config=town_hall_config(central, clock()))
    try:
        # The kiosk enrols, syncs and fetches the figures on its sync thread.
        qtbot.waitUntil(lambda: kiosk.ctx.hub_waits is not None, timeout=20_000)
        click(kiosk.window, "Check in, or find a drop-in hub")
        lines = redirect_lines(kiosk.window)
        bow = lines["Idea Store Bow"]
        assert bow[-1] == "People waiting there now: 4 · Waits there today: about 15 minutes"
        pdc = lines["Professional Development Centre Bethnal Green"]
        assert pdc[-1] == "No one is waiting there now"
        # A hub whose kiosks never reached the server gets hours and distance only.
        quiet = [name for name in lines if name not in ("Idea Store Bow", pdc[0])]
        assert quiet and all(lines[name][-1].endswith("miles away") for name in quiet)
        # On a Bengali screen the count of people waiting is in Bengali digits.
        click(kiosk.window, "বাংলা")
        figures = [lines[-1] for lines in redirect_lines(kiosk.window).values()]
        assert any("৪" in line for line in figures), figures  # four people waiting at Bow
        assert not [line for line in figures if re.search("[0-9]", line)], figures
        click(kiosk.window, "English")

        # The figures age: with no word from the server for over ten minutes they go,
        # and the hubs' hours and distances stay.
        kiosk.sync.stop()
        clock.advance(seconds=LIVE_MAX_AGE.total_seconds() + 60)
        click(kiosk.window, "Start again")
        click(kiosk.window, "Check in, or find a drop-in hub")
        lines = redirect_lines(kiosk.window)
        assert all(line[-1].endswith("miles away") for line in lines.values())
        assert not any("waiting" in "\n".join(line) for line in lines.values())
    finally:
        kiosk.sync.stop()


def test_without_a_server_the_redirect_shows_no_queue_figures(queue_kiosk, click) -> None:
    kiosk = queue_kiosk(config={"hub_id": TOWN_HALL})
    click(kiosk.window, "Check in, or find a drop-in hub")
    lines = redirect_lines(kiosk.window)
    assert len(lines) == 3
    assert all(line[-1].endswith("miles away") for line in lines.values())


NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)


def hub(**fields) -> HubQueueStatus:
    values = {"hub_id": BOW, "waiting": 3, "updated_at": NOW - dt.timedelta(minutes=1)}
    return HubQueueStatus.model_validate({**values, **fields})


def live(*hubs: HubQueueStatus, received: dt.datetime = NOW) -> LiveWaits:
    status = HubsStatus(
        protocol_version=PROTOCOL_VERSION, generated_at=NOW, day=NOW.date(), hubs=list(hubs)
    )
    return LiveWaits(status, received)


def test_figures_are_trusted_only_while_fresh() -> None:
    figures = live(hub())
    assert figures.for_hub(BOW, NOW + dt.timedelta(minutes=5)) is not None
    assert figures.for_hub(BOW, NOW + LIVE_MAX_AGE + dt.timedelta(seconds=1)) is None
    assert figures.for_hub(BOW, NOW - dt.timedelta(minutes=1)) is None  # clock moved back
    assert figures.for_hub(PDC, NOW) is None  # not in the answer
    # A hub whose kiosk has been silent for half an hour has stale counts.
    silent = live(hub(updated_at=NOW - dt.timedelta(minutes=30)))
    assert silent.for_hub(BOW, NOW) is None
    assert live(hub(updated_at=None)).for_hub(BOW, NOW) is None


def test_typical_wait_needs_enough_called_tickets_and_rounds_up_to_five() -> None:
    assert typical_wait(hub(wait_median_minutes=14.0, waits_counted=3)) == 15
    assert typical_wait(hub(wait_median_minutes=15.0, waits_counted=9)) == 15
    assert typical_wait(hub(wait_median_minutes=0.5, waits_counted=9)) == 5
    assert typical_wait(hub(wait_median_minutes=40.0, waits_counted=2)) is None
    assert typical_wait(hub(wait_median_minutes=None, waits_counted=0)) is None
