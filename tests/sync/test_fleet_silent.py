"""A silent kiosk on IT's fleet page and in ``hubkiosk-server devices``.

QA: a kiosk silent for a day still said "Waiting to send 12 / oldest 2 h" and "Up 1 h", as
at its last heartbeat, and IT read them as the state now. The records it had not sent have
waited all the while since (it sends a heartbeat with every push, so none went), and how
long it has been up is not known while it is silent. And ``devices`` said "printer fault"
without the fault the page shows ("out of paper", the ticket shown on screen instead).

A real server with a fake clock, and a real kiosk (store and sync engine) reporting its
health the way the kiosk does (:func:`hubkiosk.store.health.kiosk_health`).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import time

import pytest
import requests

from hubkiosk import __version__
from hubkiosk.store import outbox
from hubkiosk.store.db import open_store
from hubkiosk.store.health import kiosk_health
from hubkiosk.store.models import PRINTER_FAULT, StoreEvent
from sync.client.engine import SyncState
from sync.server.cli import main as server_main
from sync.server.fleet import duration
from tests.sync.conftest import REPORT_KEY, FakeClock, FaultProxy, Visits, make_engine

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

#: What the kiosk's printing service writes for IT (hubkiosk/printing/service.py, report).
FAULT = (
    "Ticket printer (network) failed: the ticket printer is out of paper. Ticket H-004 was "
    "shown on screen instead. Check the printer's paper, power and cable."
)


def cells_of(page: str, device_id: str) -> dict[str, str]:
    """The kiosk's row on the fleet page by column heading: each cell's text as read (tags
    and spaces folded, entities unescaped)."""
    headings = re.findall(r'<th scope="col">(.*?)</th>', page, re.S)
    row = re.search(rf'<tr class="\w+" data-device="{device_id}">(.*?)</tr>', page, re.S)
    assert row, f"no row for {device_id}"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    assert len(cells) == len(headings), (headings, cells)
    return {
        heading: html.unescape(" ".join(re.sub(r"<[^>]+>", " ", text).split()))
        for heading, text in zip(headings, cells, strict=True)
    }


def fleet_page(central) -> str:
    page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
    assert page.status_code == 200, page.text
    return page.text


def fleet_json(central) -> dict:
    answer = requests.get(
        f"{central.url}/reports/fleet", params={"key": REPORT_KEY, "format": "json"}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


@pytest.fixture
def silent_kiosk(make_central, tmp_path):
    """A kiosk up an hour with 15 tickets made two hours ago: one batch of 10 goes, the
    link fails before the rest (5 wait, the oldest two hours old), its printer is out of
    paper; then it says nothing more. Yields (central, clock, when its tickets were queued)."""
    clock = FakeClock()
    central = make_central(clock=clock)
    store = open_store(tmp_path / "kiosk")
    proxy = FaultProxy(central.url).start()
    try:
        store.backup("daily")
        made = clock()
        visits = Visits(store)
        for _ in range(15):
            visits.ticket(at=made)
        with store.session() as session:
            session.add(StoreEvent(kind=PRINTER_FAULT, message=FAULT, at=made))
        clock.advance(2 * 3600 + 30)
        token = central.enrol(name="Bow kiosk 1")
        started = time.monotonic() - 3600  # up an hour
        engine = make_engine(
            proxy.url,
            token,
            store,
            clock,
            batch_size=10,
            max_attempts=1,
            kiosk_version=__version__,
            health=lambda: kiosk_health(store, printer_spec="network:10.0.0.9", started=started),
        )
        proxy.plan = ["pass", "503"]
        assert engine.sync_once().state is SyncState.OFFLINE
        with store.session() as session:  # the oldest record still waiting, queued at
            queued = outbox.oldest_pending(session)  # the kiosk's own wall clock
        assert queued is not None
        queued = queued.replace(tzinfo=dt.UTC)
        (kiosk,) = fleet_json(central)["devices"]
        told = (clock() - queued).total_seconds()
        assert (kiosk["pending"], kiosk["oldest_pending_seconds"]) == (5, told)
        assert duration(told) == "2 h"
        assert 3600 <= kiosk["uptime_seconds"] < 3 * 3600
        yield central, clock, queued
    finally:
        proxy.stop()
        store.close()


def test_a_kiosk_in_contact_shows_its_backlog_and_up_time_as_they_are(silent_kiosk):
    central, clock, queued = silent_kiosk
    clock.advance(60)  # a minute since its heartbeat: not silent
    (kiosk,) = fleet_json(central)["devices"]
    cells = cells_of(fleet_page(central), kiosk["device_id"])
    assert cells["Waiting to send"] == f"5 oldest {duration((clock() - queued).total_seconds())}"
    assert cells["Up"] == duration(kiosk["uptime_seconds"])
    assert "at last contact" not in " ".join(cells.values())


def test_a_silent_kiosks_oldest_waiting_record_keeps_ageing(silent_kiosk):
    """A day after its last heartbeat the oldest record it had not sent has waited a day and
    two hours (it has sent nothing since): the page says so, not the "2 h" it last told,
    and gives the count and the up time as at its last contact."""
    central, clock, queued = silent_kiosk
    clock.advance(24 * 3600)
    waited = (clock() - queued).total_seconds()  # 26 h: the silence and the age it told

    (kiosk,) = fleet_json(central)["devices"]
    assert "silent for 24 h" in kiosk["flags"]
    cells = cells_of(fleet_page(central), kiosk["device_id"])
    assert cells["Waiting to send"] == (
        f"5 at last contact oldest {duration(waited)} by now (2 h at last contact)"
    )
    assert "oldest 2 h" not in cells["Waiting to send"]
    # How long it has been up is not known while it is silent: only what it last told.
    assert cells["Up"] == f"{duration(kiosk['uptime_seconds'])} at last contact"

    # In JSON, its age by now beside the age it told (kept as told).
    told, silent = kiosk["oldest_pending_seconds"], kiosk["silent_seconds"]
    assert told < 3 * 3600
    assert kiosk["oldest_pending_seconds_now"] == pytest.approx(told + silent)
    assert kiosk["oldest_pending_seconds_now"] == pytest.approx(waited, abs=0.01)

    clock.advance(3 * 24 * 3600)  # and the age keeps growing with the silence
    cells = cells_of(fleet_page(central), kiosk["device_id"])
    assert cells["Waiting to send"].startswith("5 at last contact oldest 4 days by now")


def test_devices_gives_a_silent_kiosks_backlog_by_now_and_its_printer_fault(
    silent_kiosk, db_url, monkeypatch, capsys
):
    central, clock, queued = silent_kiosk
    monkeypatch.setattr("sync.server.cli.utcnow", clock)  # the command reads the same clock
    clock.advance(24 * 3600)
    waited = (clock() - queued).total_seconds()

    capsys.readouterr()
    assert server_main(["--db", db_url, "devices"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "NEEDS IT: silent for 24 h; printer fault" in line
    # The fault in words, as on the page: a ticket number at most, never a resident's data.
    assert f"printer fault: {FAULT}" in line
    assert f"pending 5 at last contact, oldest {duration(waited)} by now" in line
    (kiosk,) = fleet_json(central)["devices"]
    assert f"up {duration(kiosk['uptime_seconds'])} at last contact" in line


def test_devices_gives_the_printer_fault_of_a_kiosk_in_contact(
    silent_kiosk, db_url, monkeypatch, capsys
):
    central, clock, queued = silent_kiosk
    monkeypatch.setattr("sync.server.cli.utcnow", clock)
    clock.advance(60)
    capsys.readouterr()
    assert server_main(["--db", db_url, "devices"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert f"printer fault: {FAULT}" in line
    assert "at last contact" not in line
    assert f"pending 5, oldest {duration((clock() - queued).total_seconds())}" in line


def test_a_silent_kiosks_printer_free_disk_and_last_error_say_when_it_told_them(
    silent_kiosk, db_url, monkeypatch, capsys
):
    """QA s35: a kiosk silent for a day showed "Printer: fault" and "Free disk: 48,213 MB"
    as if now, and IT acted on them. They are what it told at its last report: the page and
    ``devices`` say when (the time its health came), and a kiosk in contact is unchanged."""
    central, clock, _ = silent_kiosk
    (kiosk,) = fleet_json(central)["devices"]
    reported = dt.datetime.fromisoformat(kiosk["last_seen_at"])  # its health came with it
    disk = f"{kiosk['free_disk_bytes'] / 1_000_000:,.0f} MB"
    as_of = f"as of {reported.day} {reported:%b %Y %H:%M} UTC"

    clock.advance(60)  # in contact: as it was, no "as of"
    cells = cells_of(fleet_page(central), kiosk["device_id"])
    assert cells["Free disk"] == disk
    assert cells["Printer"] == f"fault {FAULT}"
    current = fleet_json(central)["devices"][0]

    clock.advance(24 * 3600)
    cells = cells_of(fleet_page(central), kiosk["device_id"])
    assert cells["Free disk"] == f"{disk} {as_of}"
    assert cells["Printer"] == f"fault {as_of} {FAULT}"

    monkeypatch.setattr("sync.server.cli.utcnow", clock)
    capsys.readouterr()
    assert server_main(["--db", db_url, "devices"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert f"disk {disk} {as_of}" in line
    assert f"printer fault: {FAULT} ({as_of})" in line

    # In JSON: when its health came, and whether that is stale.
    assert dt.datetime.fromisoformat(current["health_at"]) == reported
    assert current["health_stale"] is False
    assert fleet_json(central)["devices"][0]["health_stale"] is True


def test_the_hub_reports_kiosk_health_says_a_silent_kiosks_backlog_is_as_at_its_last_contact(
    silent_kiosk,
):
    """The managers' report's "Kiosk health" showed a kiosk silent for a day as "Waiting to
    send 5 · active", as if now (and beside a trend whose last week may be missing what it
    has not sent). It says it is silent and that the counts are as at its last contact, in
    the page, the devices CSV and JSON alike; a kiosk in contact is unchanged."""
    central, clock, _ = silent_kiosk
    (kiosk,) = fleet_json(central)["devices"]

    def report(fmt: str, **params: str) -> requests.Response:
        day = clock().date().isoformat()
        answer = requests.get(
            f"{central.url}/reports/hubs",
            params={"from": day, "to": day, "format": fmt, "key": REPORT_KEY, **params},
            timeout=10,
        )
        assert answer.status_code == 200, answer.text
        return answer

    def row() -> str:
        found = re.search(
            rf'<tr data-device="{kiosk["device_id"]}"[^>]*>(.*?)</tr>', report("html").text, re.S
        )
        assert found
        cells = re.findall(r"<td[^>]*>(.*?)</td>", found.group(1), re.S)
        return " | ".join(
            html.unescape(" ".join(re.sub(r"<[^>]+>", " ", c).split())) for c in cells
        )

    clock.advance(60)
    assert row().endswith(" | 5 | 0 | active")
    assert "silent" not in row() and "last contact" not in row()

    clock.advance(24 * 3600)
    assert row().endswith(
        " UTC silent for 24 h 1 min | 5 at last contact | 0 at last contact | active"
    )
    (device,) = report("json").json()["devices"]
    assert device["silent"] is True
    (line,) = csv.DictReader(io.StringIO(report("csv", table="devices").text))
    assert (line["pending"], line["silent"]) == ("5", "true")
