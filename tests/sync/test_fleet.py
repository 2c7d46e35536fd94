"""Fleet health: each kiosk's heartbeat reaches the centre, and IT sees who needs a visit.

A real server on 127.0.0.1 with a fake clock; kiosks are real stores with the sync engine,
reporting their health the way the kiosk does (:func:`hubkiosk.store.health.kiosk_health`).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import time
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
import requests

from hubkiosk import __version__
from hubkiosk.store import outbox
from hubkiosk.store.db import Store, open_store
from hubkiosk.store.health import kiosk_health, record_printer_ok
from hubkiosk.store.models import FormSubmission, StoreEvent
from sync.client.engine import SyncState
from sync.protocol import PROTOCOL_VERSION
from sync.server.cli import main as server_main
from tests.sync.conftest import (
    HUB,
    OTHER_HUB,
    REPORT_KEY,
    FakeClock,
    FaultProxy,
    Visits,
    make_engine,
)

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases


def heartbeat_engine(
    central, store: Store, clock: FakeClock, *, printer: str = "none", name="kiosk", hub=HUB
):
    token = central.enrol(hub, name=name)
    started = time.monotonic()
    engine = make_engine(
        central.url,
        token,
        store,
        clock,
        kiosk_version=__version__,
        health=lambda: kiosk_health(store, printer_spec=printer, started=started),
        hub_id=hub,
    )
    return engine


def fleet_json(central) -> dict:
    answer = requests.get(
        f"{central.url}/reports/fleet", params={"key": REPORT_KEY, "format": "json"}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def row_of(page: str, device_id: str) -> str:
    match = re.search(rf'<tr class="(\w+)" data-device="{device_id}">(.*?)</tr>', page, re.S)
    assert match, f"no row for {device_id}"
    return match.group(1) + " " + match.group(2)


def test_heartbeat_reaches_the_server_with_the_machines_health(make_central, tmp_path):
    clock = FakeClock()
    central = make_central(clock=clock)
    store = open_store(tmp_path / "kiosk")
    try:
        store.backup("daily")
        with store.session() as session:
            session.add(
                StoreEvent(
                    kind="printer_fault",
                    message="Ticket printer (network) failed: out of paper.",
                    at=clock(),
                )
            )
        visits = Visits(store)
        visits.ticket()  # pending, sent in this heartbeat's batch
        engine = heartbeat_engine(central, store, clock, printer="network:10.0.0.9")
        assert engine.sync_once().state.value == "ok"

        (kiosk,) = fleet_json(central)["devices"]
        assert kiosk["version"] == __version__
        assert kiosk["pending"] == 0
        assert kiosk["printer"] == "fault"
        assert "out of paper" in kiosk["printer_fault"]
        assert kiosk["free_disk_bytes"] > 0
        assert kiosk["uptime_seconds"] >= 0
        backup_at = dt.datetime.fromisoformat(kiosk["last_backup_at"])
        assert abs((dt.datetime.now(dt.UTC) - backup_at).total_seconds()) < 600
        assert kiosk["flags"] == ["printer fault"]

        # A ticket prints again: the next heartbeat clears the fault.
        record_printer_ok(store, clock())
        engine.sync_once()
        (kiosk,) = fleet_json(central)["devices"]
        assert kiosk["printer"] == "ok"
        assert kiosk["flags"] == []
    finally:
        store.close()


def test_fleet_page_flags_a_silent_kiosk_by_the_servers_clock(make_central, tmp_path):
    clock = FakeClock()
    central = make_central(clock=clock)
    quiet_store = open_store(tmp_path / "quiet")
    busy_store = open_store(tmp_path / "busy")
    try:
        for store in (quiet_store, busy_store):
            store.backup("daily")
        quiet = heartbeat_engine(central, quiet_store, clock, name="Bow kiosk 1")
        busy = heartbeat_engine(central, busy_store, clock, name="Chrisp St kiosk", hub=OTHER_HUB)
        quiet.sync_once()
        busy.sync_once()
        clock.advance(45 * 60)  # the quiet kiosk goes silent; the busy one keeps syncing
        busy.sync_once()

        devices = {d["name"]: d for d in fleet_json(central)["devices"]}
        quiet_id = devices["Bow kiosk 1"]["device_id"]
        busy_id = devices["Chrisp St kiosk"]["device_id"]
        page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
        assert page.status_code == 200
        assert "2 kiosks, 1 needs IT." in page.text
        assert row_of(page.text, quiet_id).startswith("flagged")
        assert "silent for 45 min" in row_of(page.text, quiet_id)
        assert row_of(page.text, busy_id).startswith("well")
        assert "silent" not in row_of(page.text, busy_id)
    finally:
        quiet_store.close()
        busy_store.close()


def test_the_fleet_summary_counts_in_plain_english(make_central, db_url, tmp_path, capsys):
    """QA s36: the fleet page of one kiosk said "1 kiosks, 1 need IT". It says "1 kiosk,
    1 needs IT" (and "0 kiosks" before any, "2 kiosks, 2 need IT"); ``devices`` says
    nothing a count would get wrong."""
    clock = FakeClock()
    central = make_central(clock=clock)

    def summary() -> str:
        page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
        assert page.status_code == 200
        found = re.search(r'<p class="summary">\s*(.*?)\s+Generated', page.text, re.S)
        assert found, page.text
        return found.group(1)

    assert summary() == "0 kiosks, 0 need IT."
    stores = [open_store(tmp_path / "bow"), open_store(tmp_path / "town-hall")]
    try:
        heartbeat_engine(central, stores[0], clock, name="Bow kiosk 1").sync_once()
        clock.advance(45 * 60)  # silent: it needs IT
        assert summary() == "1 kiosk, 1 needs IT."
        capsys.readouterr()
        assert server_main(["--db", db_url, "devices"]) == 0
        listed = capsys.readouterr().out
        assert "Bow kiosk 1" in listed
        assert not re.search(r"\b1 [a-z]+s\b", listed), listed
        heartbeat_engine(central, stores[1], clock, name="Town Hall kiosk", hub=OTHER_HUB)
        assert summary() == "2 kiosks, 2 need IT."  # the new one has never synced
    finally:
        for store in stores:
            store.close()


def test_it_flags_old_versions_low_disk_and_stale_backups(make_central, db_url, tmp_path, capsys):
    clock = FakeClock()
    central = make_central(clock=clock)
    store = open_store(tmp_path / "kiosk")
    try:
        engine = heartbeat_engine(central, store, clock)  # the store's first backup is fresh
        engine.sync_once()
        assert server_main(["--db", db_url, "fleet", "want-version", "99.0"]) == 0
        assert server_main(["--db", db_url, "fleet", "set", "low_disk_mb", "100000000"]) == 0
        capsys.readouterr()
        assert server_main(["--db", db_url, "devices"]) == 0
        listed = capsys.readouterr().out
        assert f"runs {__version__}, wanted 99.0" in listed
        assert "low disk" in listed
        assert "backup" not in listed
        assert "NEEDS IT" in listed

        clock.advance(3 * 24 * 3600)  # three days on by the server's clock, no new backup
        engine.sync_once()
        (kiosk,) = fleet_json(central)["devices"]
        assert any(re.fullmatch(r"backup [23] days old", flag) for flag in kiosk["flags"])

        assert server_main(["--db", db_url, "fleet", "want-version", __version__]) == 0
        assert server_main(["--db", db_url, "fleet", "set", "low_disk_mb", ""]) == 0
        assert server_main(["--db", db_url, "fleet", "set", "disk", "5"]) == 2
        capsys.readouterr()
        assert server_main(["--db", db_url, "devices", "--format", "json"]) == 0
        (kiosk,) = json.loads(capsys.readouterr().out)
        assert not any("wanted" in f or "low disk" in f for f in kiosk["flags"])
    finally:
        store.close()


def test_an_older_kiosk_without_health_still_syncs(central):
    token = central.enrol()
    answer = requests.post(
        f"{central.url}/v1/push",
        json={
            "protocol_version": PROTOCOL_VERSION,
            "items": [],
            "device": {"pending": 3, "dead_letters": 0, "kiosk_version": "0.0.9"},
        },
        headers=central.headers(token),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    (kiosk,) = fleet_json(central)["devices"]
    assert kiosk["pending"] == 3
    assert kiosk["printer"] is None


def test_fleet_page_needs_the_report_key_and_escapes_what_kiosks_send(central):
    token = central.enrol(name="<script>alert(1)</script>")
    requests.post(
        f"{central.url}/v1/push",
        json={
            "protocol_version": PROTOCOL_VERSION,
            "items": [],
            "device": {"pending": 0, "health": {"last_error": "<b>boom</b>"}},
        },
        headers=central.headers(token),
        timeout=10,
    )
    assert requests.get(f"{central.url}/reports/fleet", timeout=10).status_code == 401
    page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
    assert "<script>alert(1)" not in page.text
    assert html.escape("<script>alert(1)</script>") in page.text
    assert "&lt;b&gt;boom&lt;/b&gt;" in page.text


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.urls.append(value)


def test_docs_work_with_no_internet(central):
    for page in ("/docs", "/redoc"):
        answer = requests.get(f"{central.url}{page}", timeout=10)
        assert answer.status_code == 200
        parser = _Assets()
        parser.feed(answer.text)
        scripts = re.findall(r"url: ?'([^']+)'", answer.text) + re.findall(
            r'spec-url="([^"]+)"', answer.text
        )
        urls = parser.urls + scripts
        assert any(u.endswith(".js") for u in urls), answer.text
        for url in urls:
            assert not urlsplit(url).netloc, f"{page} loads {url} from another site"
            fetched = requests.get(urljoin(central.url + page, url), timeout=10)
            assert fetched.status_code == 200, url
            assert fetched.content
        # No address in the page's own script reaches out either.
        assert "cdn." not in answer.text and "fonts.googleapis" not in answer.text


def test_without_the_docs_assets_there_are_no_doc_pages_rather_than_cdn_ones(
    monkeypatch, sqlite_url
):
    from sync.server import offline_docs
    from sync.server.app import create_app
    from sync.server.runner import ServerThread
    from sync.server.settings import ServerSettings

    def missing() -> str:
        raise ModuleNotFoundError("fastapi_offline")

    monkeypatch.setattr(offline_docs, "assets_dir", missing)
    thread = ServerThread(create_app(ServerSettings(db_url=sqlite_url))).start()
    try:
        for page in ("/docs", "/redoc"):
            answer = requests.get(f"{thread.url}{page}", timeout=10)
            assert answer.status_code == 404
            assert "cdn." not in answer.text
        assert requests.get(f"{thread.url}/openapi.json", timeout=10).status_code == 200
    finally:
        thread.stop()


def test_it_sees_which_configuration_each_kiosk_has_in_force(make_central, tmp_path):
    """IT published a change and had no way to know which kiosks took it up: a kiosk that
    refused it (here, one set up for another hub than its enrolment) looked well, syncing
    every 30 s. The fleet now shows each kiosk's configuration in force and flags one still
    without the published version once the silent time has passed since the publish."""
    clock = FakeClock()
    central = make_central(clock=clock)
    stores = [open_store(tmp_path / "well"), open_store(tmp_path / "astray")]
    try:
        well = heartbeat_engine(central, stores[0], clock, name="well")
        astray = heartbeat_engine(central, stores[1], clock, name="astray")
        astray.port.hub_id = OTHER_HUB  # its settings name another hub: it refuses each one
        for engine in (well, astray):
            engine.sync_once()
        published = central.publish()  # a new version, then a working day of syncs
        for _ in range(3):
            clock.advance(20 * 60)
            for engine in (well, astray):
                assert engine.sync_once().state.value == "ok"

        rows = {row["name"]: row for row in fleet_json(central)["devices"]}
        assert rows["well"]["configuration"] == str(published)
        assert not any("configuration" in flag for flag in rows["well"]["flags"])
        assert rows["astray"]["configuration"] is None
        assert (
            f"configuration {published} not in force (the shipped one is)"
            in (rows["astray"]["flags"])
        )
        page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
        assert "not in force" in row_of(page.text, rows["astray"]["device_id"])
    finally:
        for store in stores:
            store.close()


def test_it_sees_when_a_kiosks_set_aside_records_lose_their_personal_details(
    make_central, tmp_path
):
    """A kiosk with a record the server refused showed "1 records set aside" and nothing of
    the resident's details it keeps: the fleet now says when the kiosk clears them (its
    ``set_aside_days`` after the record was set aside)."""
    clock = FakeClock()
    central = make_central(clock=clock)
    store = open_store(tmp_path / "kiosk")
    try:
        form = FormSubmission(
            form_id="blue-badge",
            form_version=1,
            hub_id="idea-store-bow",
            reference="F-00731",
            answers={"name": "Rahima Quxbegum", "phone": "07700900731"},
            created_at=dt.datetime(2000, 1, 1, 9, tzinfo=dt.UTC),  # the kiosk's clock was lost
        )
        with store.session() as session:
            outbox.add_record(session, form)
        engine = heartbeat_engine(central, store, clock)
        assert engine.sync_once().dead_letters == 1
        set_aside_at = clock()
        clock.advance(3600)
        engine.sync_once()  # the next heartbeat tells the centre

        (kiosk,) = fleet_json(central)["devices"]
        clears = set_aside_at + dt.timedelta(days=30)
        assert kiosk["dead_letters"] == 1
        assert dt.datetime.fromisoformat(kiosk["set_aside_cleared_at"]) == clears
        # Said as what is to come (QA: "1 records ... cleared <a later date>" read as done).
        flag = f"1 record set aside (its personal details go on {clears:%Y-%m-%d %H:%M} UTC)"
        assert flag in kiosk["flags"]
        page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
        assert "its personal details go on" in row_of(page.text, kiosk["device_id"])
    finally:
        store.close()


def test_what_waits_to_be_sent_and_its_age_agree_after_each_batch(make_central, tmp_path):
    """QA: after a sync that cleared the backlog the fleet page said "Waiting to send 0 /
    oldest 6 h 7 min": each batch's heartbeat left the batch out of the count but not out
    of the oldest's age. Both now count what still waits once the batch is stored."""
    from hubkiosk.store.models import Feedback
    from sync.server.fleet import duration

    clock = FakeClock()
    central = make_central(clock=clock)
    store = open_store(tmp_path / "kiosk")
    proxy = FaultProxy(central.url).start()
    try:
        visits = Visits(store)
        for _ in range(10):
            visits.ticket(at=clock())
        clock.advance(6 * 3600)  # the kiosk was offline six hours
        # A feedback of two hours ago: sent once its hour has ended, it waits since then.
        hour = clock().replace(minute=0, second=0) - dt.timedelta(hours=2)
        with store.session() as session:
            outbox.add_record(session, Feedback(hub_id=HUB, score=4, created_at=hour))
        feedback_waits = (clock() - hour - dt.timedelta(hours=1)).total_seconds()
        token = central.enrol()
        engine = make_engine(proxy.url, token, store, clock, batch_size=10, max_attempts=1)
        # The six-hour-old tickets go; the link fails before the feedback's batch.
        proxy.plan = ["pass", "503"]
        assert engine.sync_once().state is SyncState.OFFLINE

        (kiosk,) = fleet_json(central)["devices"]
        assert (kiosk["pending"], kiosk["oldest_pending_seconds"]) == (1, feedback_waits)
        page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
        assert f"oldest {duration(feedback_waits)}<" in row_of(page.text, kiosk["device_id"])

        # The link is back: the feedback goes, and nothing waits, of no age.
        assert engine.sync_once().state is SyncState.OK
        (kiosk,) = fleet_json(central)["devices"]
        assert (kiosk["pending"], kiosk["oldest_pending_seconds"]) == (0, None)
        page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=10)
        assert "oldest" not in row_of(page.text, kiosk["device_id"])
    finally:
        proxy.stop()
        store.close()


def test_it_sees_a_kiosk_whose_clock_is_wrong(make_central, db_url, tmp_path, capsys):
    """QA (IT, s35): a kiosk a year behind (a flat clock battery) put its visits in last
    year's report, and the fleet page and `devices` said "ok". The kiosk's report now
    carries its clock, and a clock more than 5 minutes off the server's is flagged."""
    server_clock = FakeClock()
    central = make_central(clock=server_clock)
    behind = FakeClock(server_clock.now - dt.timedelta(days=365))
    right = FakeClock(server_clock.now + dt.timedelta(seconds=20))
    stores = [open_store(tmp_path / "behind"), open_store(tmp_path / "right")]
    try:
        for store, clock, hub in zip(stores, (behind, right), (HUB, OTHER_HUB), strict=True):
            store.backup("daily")
            token = central.enrol(hub, name=f"kiosk at {hub}")
            engine = make_engine(central.url, token, store, clock, kiosk_version=__version__)
            assert engine.sync_once().state is SyncState.OK
        devices = {d["hub_id"]: d for d in fleet_json(central)["devices"]}
        flags = {hub: device["flags"] for hub, device in devices.items()}
        assert "clock 365 days behind" in flags[HUB], flags
        assert devices[HUB]["clock_offset_seconds"] == pytest.approx(-365 * 86400, abs=5)
        assert not any(flag.startswith("clock") for flag in flags[OTHER_HUB]), flags
        capsys.readouterr()
        assert server_main(["--db", db_url, "devices"]) == 0
        assert "clock 365 days behind" in capsys.readouterr().out
    finally:
        for store in stores:
            store.close()
