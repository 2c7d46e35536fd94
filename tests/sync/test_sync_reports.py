"""Managers' reports: figures computed in SQL, JSON/CSV/HTML, the page in headless Chromium,
the seed's totals, and the ``hubkiosk-server`` command line."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import requests
from sqlalchemy import insert

from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import Outcome
from sync.client.engine import SyncState
from sync.server import admin, hub_aggregates
from sync.server.cli import main as server_main
from sync.server.db import Database
from sync.server.ingest import payload_hash
from sync.server.models import IngestedRecord
from tests.sync.conftest import (
    HUB,
    OTHER_HUB,
    REPORT_KEY,
    TZ,
    Central,
    FakeClock,
    Visits,
    make_engine,
)

# The reports' SQL (grouping by local day, percentiles) differs by database: run on both.
pytestmark = pytest.mark.both_databases

DAY1 = dt.date(2026, 3, 2)
DAY2 = dt.date(2026, 3, 3)


def percentile_cont(values: list[float], p: float) -> float:
    ordered = sorted(values)
    position = p * (len(ordered) - 1)
    low = math.floor(position)
    if low + 1 >= len(ordered):
        return ordered[low]
    return ordered[low] + (ordered[low + 1] - ordered[low]) * (position - low)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ).astimezone(dt.UTC)


BOW_DAY1 = [  # service, wait minutes, outcome, referred to
    ("housing", 5, Outcome.REFERRED, "adult-social-care"),
    ("housing", 10, Outcome.RESOLVED_FIRST_CONTACT, None),
    ("housing", 15, Outcome.REFERRED, "housing-options"),
    ("council-tax", 20, Outcome.RESOLVED_FIRST_CONTACT, None),
    ("council-tax", 40, Outcome.FOLLOW_UP_BOOKED, None),
]
BOW_DAY2 = [
    ("housing", 8, Outcome.RESOLVED_FIRST_CONTACT, None),
    ("council-tax", 12, Outcome.REFERRED, "adult-social-care"),
]
TOWN_HALL_DAY1 = [
    ("housing", 30, Outcome.RESOLVED_FIRST_CONTACT, None),
    ("housing", 31, Outcome.REFERRED, "housing-options"),
    ("council-tax", 60, Outcome.RESOLVED_FIRST_CONTACT, None),
]


def record_visits(store: Store, hub_id: str, days: list[tuple[dt.date, list]], token: str,
                  central: Central, clock: FakeClock) -> None:  # fmt: skip
    visits = Visits(store, hub_id)
    for day, rows in days:
        for n, (service, wait, outcome, referred) in enumerate(rows):
            visits.visit(service, at(day, 9, 5 * n), wait, outcome, referred)
    status = make_engine(central.url, token, store, clock, hub_id=hub_id).sync_once()
    assert status.state is SyncState.OK and status.pending == 0


@pytest.fixture
def reported(central: Central, store: Store, tmp_path: Path, clock: FakeClock) -> Central:
    record_visits(
        store, HUB, [(DAY1, BOW_DAY1), (DAY2, BOW_DAY2)], central.enrol(HUB), central, clock
    )
    other = open_store(tmp_path / "town-hall-kiosk")
    try:
        record_visits(
            other, OTHER_HUB, [(DAY1, TOWN_HALL_DAY1)], central.enrol(OTHER_HUB), central, clock
        )
    finally:
        other.close()
    return central


def report_url(central: Central, fmt: str, start: dt.date = DAY1, end: dt.date = DAY2) -> str:
    return f"{central.url}/reports/hubs?from={start}&to={end}&format={fmt}&key={REPORT_KEY}"


def test_report_figures_are_right(reported: Central) -> None:
    report = requests.get(report_url(reported, "json"), timeout=10).json()

    assert report["totals"] == {"visits": 10, "referrals": 4, "resolved_first_contact": 5}
    hubs = {h["hub_id"]: h for h in report["hubs"]}
    bow, town_hall = hubs[HUB], hubs[OTHER_HUB]
    assert bow["hub_name"] == "Idea Store Bow"
    assert bow["visits"] == 7 and bow["tickets_by_service"] == {"housing": 4, "council-tax": 3}
    bow_waits = [w for _, w, _, _ in BOW_DAY1 + BOW_DAY2]
    assert bow["waits_counted"] == 7
    assert bow["wait_median_minutes"] == round(percentile_cont(bow_waits, 0.5), 1) == 12.0
    assert bow["wait_p90_minutes"] == round(percentile_cont(bow_waits, 0.9), 1) == 28.0
    assert bow["referrals"] == 3
    assert bow["referrals_by_destination"] == {"adult-social-care": 2, "housing-options": 1}
    assert bow["resolved_first_contact"] == 3 and bow["follow_up_booked"] == 1
    assert town_hall["visits"] == 3
    assert town_hall["wait_median_minutes"] == 31.0
    assert town_hall["wait_p90_minutes"] == round(percentile_cont([30, 31, 60], 0.9), 1) == 54.2

    days = {(d["hub_id"], d["day"]): d for d in report["days"]}
    assert days[(HUB, DAY1.isoformat())]["visits"] == 5
    assert days[(HUB, DAY1.isoformat())]["wait_median_minutes"] == 15.0
    assert days[(HUB, DAY2.isoformat())]["wait_median_minutes"] == 10.0
    assert days[(HUB, DAY2.isoformat())]["referrals_by_destination"] == {"adult-social-care": 1}
    # Every day of every hub: one the hub sent no records for is there, with 0, and says so.
    assert days[(OTHER_HUB, DAY2.isoformat())]["visits"] == 0
    assert days[(OTHER_HUB, DAY2.isoformat())]["no_records"] is True
    assert days[(HUB, DAY2.isoformat())]["no_records"] is False

    one_day = requests.get(report_url(reported, "json", DAY2, DAY2), timeout=10).json()
    assert one_day["totals"] == {"visits": 2, "referrals": 1, "resolved_first_contact": 1}
    devices = {d["hub_id"] for d in report["devices"]}
    assert devices == {HUB, OTHER_HUB}
    assert all(d["pending"] == 0 and d["last_seen_at"] for d in report["devices"])

    csv_text = requests.get(report_url(reported, "csv"), timeout=10).text
    assert "2026-03-02,2026-03-03,idea-store-bow,Idea Store Bow,,visits,,7" in csv_text
    assert (
        ",idea-store-bow,Idea Store Bow,,referrals_by_destination,adult-social-care,2" in csv_text
    )
    assert ",idea-store-bow,Idea Store Bow,2026-03-03,wait_median_minutes,,10.0" in csv_text


def test_report_lists_every_hub_rates_weeks_and_baseline(reported: Central) -> None:
    report = requests.get(report_url(reported, "json"), timeout=10).json()

    hubs = {h["hub_id"]: h for h in report["hubs"]}
    assert set(hubs) == {
        "town-hall-whitechapel", "idea-store-bow", "idea-store-chrisp-street",
        "cubitt-town-library", "pdc-bethnal-green",
    }  # fmt: skip
    quiet = hubs["cubitt-town-library"]
    assert quiet["hub_name"] == "Cubitt Town Library"
    assert quiet["visits"] == 0 and quiet["referrals"] == 0
    assert quiet["first_contact_rate"] is None and quiet["wait_median_minutes"] is None
    assert hubs[HUB]["first_contact_rate"] == 42.9  # 3 of 7 visits
    assert hubs[OTHER_HUB]["referral_rate"] == 33.3  # 1 of 3
    assert report["rates"] == {"first_contact_rate": 50.0, "referral_rate": 40.0}

    # 2 and 3 March 2026 are one week (from Monday 2 March), over every hub.
    assert [(w["day"], w["visits"]) for w in report["weeks"]] == [("2026-03-02", 10)]
    week = report["weeks"][0]
    waits = [w for _, w, _, _ in BOW_DAY1 + BOW_DAY2 + TOWN_HALL_DAY1]
    assert week["wait_median_minutes"] == round(percentile_cont(waits, 0.5), 1)
    assert week["wait_p90_minutes"] == round(percentile_cont(waits, 0.9), 1)
    assert week["resolved_first_contact"] == 5 and week["first_contact_rate"] == 50.0

    assert report["baseline"]["visits"] == 18867
    assert report["baseline"]["referrals"] == 7841
    assert report["baseline"]["resolved_first_contact"] == 7760
    assert report["baseline"]["first_contact_rate"] == 41.1
    assert {d["hub_name"] for d in report["devices"]} == {"Idea Store Bow", "Town Hall Whitechapel"}

    hubs_csv = requests.get(report_url(reported, "csv") + "&table=hubs", timeout=10).text
    lines = hubs_csv.splitlines()
    assert lines[0].startswith("from,to,hub_id,hub_name,visits,")
    assert len(lines) == 6
    assert any(",cubitt-town-library,Cubitt Town Library,0," in line for line in lines)
    weeks_csv = requests.get(report_url(reported, "csv") + "&table=weeks", timeout=10).text
    assert "2026-03-02,2026-03-03,2026-03-02,,All hubs,10," in weeks_csv

    # One hub asked for: the page's form and CSV links keep asking for that hub only.
    page = requests.get(report_url(reported, "html") + f"&hub={HUB}", timeout=10).text
    assert f'<input type="hidden" name="hub" value="{HUB}">' in page
    link = re.search(r'<a class="csv" href="([^"]+)" data-csv="hubs"', page)
    assert link is not None
    only = requests.get(f"{reported.url}/reports/{link.group(1).replace('&amp;', '&')}", timeout=10)
    assert [line.split(",")[2] for line in only.text.splitlines()[1:]] == [HUB]


def test_reports_need_the_key(reported: Central) -> None:
    no_key = requests.get(f"{reported.url}/reports/hubs?from={DAY1}&to={DAY2}", timeout=5)
    assert no_key.status_code == 401
    wrong = requests.get(f"{reported.url}/reports/hubs?from={DAY1}&to={DAY2}&key=nope", timeout=5)
    assert wrong.status_code == 401
    backwards = requests.get(report_url(reported, "json", DAY2, DAY1), timeout=5)
    assert backwards.status_code == 422


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed: CI must check the HTML report")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def _chromium_args(binary: str, profile: Path) -> list[str]:
    return [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}",
    ]  # fmt: skip


@pytest.mark.long
def test_html_report_in_headless_chromium(reported: Central, tmp_path: Path) -> None:
    binary = _chromium()
    url = report_url(reported, "html")
    # One browser start renders the page, dumps its document and takes its picture.
    shot = tmp_path / "report.png"
    dom = subprocess.run(
        [*_chromium_args(binary, tmp_path / "profile"), "--dump-dom", f"--screenshot={shot}",
         "--window-size=1500,1900", "--hide-scrollbars", url],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip

    def figure(element_id: str) -> str:
        found = re.search(rf'id="{element_id}">([^<]+)<', dom)
        assert found, element_id
        return found.group(1)

    assert figure("total-visits") == "10"
    assert figure("total-referrals") == "4"
    assert figure("total-resolved") == "5"
    bow_row = re.search(rf'<tr data-hub="{HUB}">(.*?)</tr>', dom, re.S)
    assert bow_row is not None
    cells = dict(re.findall(r'data-figure="(\w+)">([^<]+)<', bow_row.group(1)))
    assert cells == {
        "visits": "7", "waits_counted": "7", "wait_median_minutes": "12.0",
        "wait_p90_minutes": "28.0", "referrals": "3", "resolved_first_contact": "3",
        "referral_rate": "42.9", "first_contact_rate": "42.9",
    }  # fmt: skip
    # Waits with one decimal everywhere (QA s30: "55" beside "45.5"), and the chart says
    # what a wait is, as the table's note does.
    assert 'class="value">12.0 min<' in dom
    assert "an early arrival's appointment time" in dom
    # Every published hub has its row, zeros when nobody came.
    cubitt = re.search(r'<tr data-hub="cubitt-town-library">(.*?)</tr>', dom, re.S)
    assert cubitt is not None and "Cubitt Town Library" in cubitt.group(1)
    assert dict(re.findall(r'data-figure="(\w+)">([^<]+)<', cubitt.group(1)))["visits"] == "0"
    assert figure("total-first-contact-rate") == "50.0 %"
    assert figure("total-referral-rate") == "40.0 %"
    # The date form asks the same page again for another period, key kept.
    form = re.search(r'<form id="period"(.*?)</form>', dom, re.S)
    assert form is not None
    assert f'name="from" value="{DAY1}"' in form.group(1)
    assert f'name="to" value="{DAY2}"' in form.group(1)
    assert f'name="key" value="{REPORT_KEY}"' in form.group(1)
    # Every table has its CSV link, and each link answers that table.
    links = dict(re.findall(r'<a class="csv" href="([^"]+)" data-csv="(\w+)"', dom))
    assert sorted(links.values()) == sorted(
        ["all", "hubs", "weeks", "days", "destinations", "channel_shift", "devices"]
    )
    for href, table in links.items():
        got = requests.get(f"{reported.url}/reports/{href.replace('&amp;', '&')}", timeout=10)
        assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
        assert got.text.count("\n") >= 2, table
    # The baseline stands beside the totals; kiosks are named by their hub's name.
    assert re.search(r'data-baseline="visits">18,867<', dom)
    assert re.search(r'data-baseline="first_contact_rate">41.1<', dom)
    kiosk_rows = re.findall(r'<tr data-device="[^"]+" data-hub="([^"]+)"><td>([^<]+)</td>', dom)
    assert dict(kiosk_rows) == {HUB: "Idea Store Bow", OTHER_HUB: "Town Hall Whitechapel"}
    day_row = re.search(rf'<tr data-hub="{HUB}" data-day="{DAY2}">(.*?)</tr>', dom, re.S)
    assert day_row is not None
    assert dict(re.findall(r'data-figure="(\w+)">([^<]+)<', day_row.group(1)))["visits"] == "2"
    assert dom.count("<svg") == 6 and "<script" not in dom
    bars = re.findall(r'data-label="([^"]+)" data-series="Visits" data-value="([^"]+)"', dom)
    assert dict(bars) == {
        "Idea Store Bow": "7", "Town Hall Whitechapel": "3", "Cubitt Town Library": "0",
        "Idea Store Chrisp Street": "0", "Professional Development Centre Bethnal Green": "0",
    }  # fmt: skip
    waits = re.findall(
        r'data-label="Town Hall Whitechapel" data-series="90th percentile" data-value="([^"]+)"',
        dom,
    )
    assert waits == ["54.2"]

    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    keep = os.environ.get("HUBKIOSK_REPORT_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)


def _seed_rows(device_id: uuid.UUID) -> list[dict]:
    """The seed's March to November: 18,867 visits, 7,841 referrals, 7,760 resolved."""
    rng = random.Random(3)
    hubs = ["town-hall-whitechapel", "idea-store-bow", "idea-store-chrisp-street",
            "cubitt-town-library", "pdc-bethnal-green"]  # fmt: skip
    services = ["housing"] * 5 + ["council-tax"] * 3 + ["parking"] * 2
    outcomes = ["referred"] * 7841 + ["resolved_first_contact"] * 7760
    outcomes += ["follow_up_booked"] * (18867 - len(outcomes))
    rng.shuffle(outcomes)
    start = dt.date(2023, 3, 1)
    received = dt.datetime(2023, 12, 1, tzinfo=dt.UTC)
    rows = []
    for n, outcome in enumerate(outcomes):
        ticket_id = uuid.UUID(int=rng.getrandbits(128), version=4)
        event_id = uuid.UUID(int=rng.getrandbits(128), version=4)
        day = start + dt.timedelta(days=rng.randrange(275))
        hub = hubs[n % 5]
        ticket = {"day": day.isoformat(), "service_id": rng.choice(services), "hub_id": hub}
        event = {"ticket_id": str(ticket_id), "kind": "served", "outcome": outcome}
        common = {"hub_id": hub, "device_id": device_id, "received_at": received,
                  "kiosk_time": None, "personal_purged_at": None, "day": day}  # fmt: skip
        rows.append({**common, "id": ticket_id, "kind": "ticket", "payload": ticket,
                     "payload_hash": payload_hash(ticket), "service_id": ticket["service_id"],
                     "ticket_id": None, "event_kind": None, "event_epoch": None,
                     "outcome": None, "referred_to": None})  # fmt: skip
        rows.append({**common, "id": event_id, "kind": "queue_event", "payload": event,
                     "payload_hash": payload_hash(event), "service_id": None,
                     "ticket_id": ticket_id, "event_kind": "served", "event_epoch": 0.0,
                     "outcome": outcome, "referred_to": "housing-options" if outcome == "referred" else None})  # fmt: skip
    return rows


@pytest.mark.long
def test_seed_totals_and_the_command_line(db_url: str, tmp_path: Path, capsys, monkeypatch) -> None:
    assert server_main(["--db", db_url, "migrate"]) == 0
    assert server_main(["--db", db_url, "config", "publish", "--demo-appointments"]) == 0
    assert "published configuration version 1" in capsys.readouterr().out
    assert server_main(["--db", db_url, "enrol", "--hub", HUB]) == 0
    code = capsys.readouterr().out.strip()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert server_main(["--db", db_url, "enrol", "--hub", HUB, "--token"]) == 0
    assert capsys.readouterr().out.startswith("hkd_")
    assert server_main(["--db", db_url, "enrol", "--hub", "atlantis"]) == 2
    assert "unknown hub" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert server_main(["--db", db_url, "adviser", "add", "jo", "--name", "Jo", "--pin-stdin"]) == 0
    capsys.readouterr()

    database = Database(db_url)
    try:
        with database.session() as session:
            device_id = admin.list_devices(session)[0].id
        rows = _seed_rows(device_id)
        with database.engine.begin() as connection:
            for start in range(0, len(rows), 2000):
                connection.execute(insert(IngestedRecord), rows[start : start + 2000])
            # Loaded in bulk, past ingest: the figures counted from the rows, as the migration does.
            hub_aggregates.backfill(connection)
    finally:
        database.dispose()
    out = tmp_path / "seed.json"
    args = ["--db", db_url, "report", "hubs", "--from", "2023-03-01", "--to", "2023-11-30"]
    assert server_main([*args, "--format", "json", "-o", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["totals"] == {"visits": 18867, "referrals": 7841, "resolved_first_contact": 7760}
    assert len(report["hubs"]) == 5
    # The seed's period computed from records gives the council's published rates.
    assert (
        report["rates"]
        == {
            "first_contact_rate": report["baseline"]["first_contact_rate"],
            "referral_rate": report["baseline"]["referral_rate"],
        }
        == {"first_contact_rate": 41.1, "referral_rate": 41.6}
    )
    assert sum(w["visits"] for w in report["weeks"]) == 18867
    assert (
        sum(h["referrals_by_destination"].get("housing-options", 0) for h in report["hubs"]) == 7841
    )
    assert server_main([*args, "--format", "csv"]) == 0
    assert ",visits,," in capsys.readouterr().out
    assert server_main([*args, "--format", "html", "-o", str(tmp_path / "r.html")]) == 0
    assert 'id="total-visits">18,867<' in (tmp_path / "r.html").read_text()

    assert server_main(["--db", db_url, "devices"]) == 0
    listed = capsys.readouterr().out
    assert server_main(["--db", db_url, "revoke", listed.split()[0]]) == 0
    assert server_main(["--db", db_url, "retention", "--days", "30"]) == 0
    assert "cleared personal fields" in capsys.readouterr().out


def test_a_report_of_some_hubs_names_them_where_it_said_all_hubs(reported: Central) -> None:
    """QA s11: filtered to the Town Hall, the page said "(all hubs)" in its titles and named
    no hub in its header; the week table's CSV called the Town Hall's weeks "All hubs"."""
    page = requests.get(report_url(reported, "html") + f"&hub={OTHER_HUB}", timeout=10).text
    assert "all hubs" not in page.lower()
    header = re.search(r"</h1>\s*<p>(.*?)</p>", page, re.S)
    assert header is not None and "Town Hall Whitechapel" in header.group(1)
    assert "<figcaption>Tickets by service (Town Hall Whitechapel)</figcaption>" in page
    assert "<figcaption>Visits by week (Town Hall Whitechapel)</figcaption>" in page
    assert "<h2>Trend by week (Town Hall Whitechapel)</h2>" in page
    weeks = requests.get(report_url(reported, "csv") + f"&hub={OTHER_HUB}&table=weeks", timeout=10)
    assert "2026-03-02,2026-03-03,2026-03-02,,Town Hall Whitechapel,3," in weeks.text
    both = requests.get(
        report_url(reported, "html") + f"&hub={OTHER_HUB}&hub={HUB}", timeout=10
    ).text
    assert "<h2>Trend by week (Idea Store Bow, Town Hall Whitechapel)</h2>" in both
    # Every hub: as before.
    every = requests.get(report_url(reported, "html"), timeout=10).text
    assert "<h2>Trend by week (all hubs)</h2>" in every
    assert "<figcaption>Tickets by service (all hubs)</figcaption>" in every

    feedback = requests.get(
        f"{reported.url}/reports/feedback",
        params={"from": DAY1, "to": DAY2, "hub": HUB, "key": REPORT_KEY},
        timeout=10,
    ).text
    header = re.search(r"</h1>\s*<p>(.*?)</p>", feedback, re.S)
    assert header is not None and "Idea Store Bow" in header.group(1)


ALL_HUBS = (
    "cubitt-town-library",
    "idea-store-bow",
    "idea-store-chrisp-street",
    "pdc-bethnal-green",
    "town-hall-whitechapel",
)


def test_a_report_of_some_hubs_sets_only_the_baselines_rates_beside_it(reported: Central) -> None:
    """The finding: a report of Idea Store Bow alone set its 7 visits beside the baseline's
    18,867, the five hubs' visits together, as if one were the other. Of some hubs, the
    report sets only the baseline's rates (shares of visits, which one hub can be held to)
    beside its own, and says the baseline is of the five hubs."""
    url = report_url(reported, "json") + f"&hub={HUB}"
    report = requests.get(url, timeout=10).json()
    baseline = report["baseline"]
    assert (baseline["visits"], baseline["referrals"], baseline["resolved_first_contact"]) == (
        None,
        None,
        None,
    )
    assert baseline["first_contact_rate"] == 41.1 and baseline["scope"] == "all hubs"
    dom = requests.get(report_url(reported, "html") + f"&hub={HUB}", timeout=10).text
    assert 'data-baseline="visits"' not in dom and "18,867" not in dom
    assert re.search(r'data-baseline="first_contact_rate">41.1<', dom)
    assert "the five hubs together" in dom
    # Of every hub, the whole baseline, as before; every hub named one by one is all hubs.
    whole = requests.get(report_url(reported, "json"), timeout=10).json()["baseline"]
    assert whole["visits"] == 18867 and whole["scope"] == "all hubs"
    named = "".join(f"&hub={hub}" for hub in ALL_HUBS)
    every = requests.get(report_url(reported, "json") + named, timeout=10).json()
    assert every["baseline"]["visits"] == 18867
    dom = requests.get(report_url(reported, "html") + named, timeout=10).text
    assert "(all hubs)" in dom and "only its rates" not in dom
