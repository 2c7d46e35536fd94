"""Issue 15 on the server: records say self-service or assisted (and which adviser), the
server takes the new adviser-session and assisted-visit kinds, anonymous records keep only
the hour, and the managers' page shows the channel shift (self-service and assisted counts
and shares per hub, week and service) equal to counts made by hand."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import uuid
from pathlib import Path

import pytest
import requests

from hubkiosk.store import outbox
from hubkiosk.store.db import Store
from hubkiosk.store.models import Appointment, FormSubmission, Ticket
from hubkiosk.store.outbox import ATTRIBUTION_KEY, Attribution
from hubkiosk.store.records import add_adviser_session, add_assisted_visit, add_feedback
from sync.client.engine import SyncState
from tests.sync.conftest import HUB, REPORT_KEY, TZ, Central, FakeClock, make_engine, push_raw
from tests.sync.test_sync_reports import _chromium, _chromium_args

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

WEEK1 = dt.date(2026, 3, 2)  # a Monday
WEEK2 = dt.date(2026, 3, 9)
ADVISER = "a-rahman"


class Seeder:
    """Writes records as the kiosk does, in the mode given (self-service or assisted)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.n = 0

    def _write(self, record: object, adviser: str | None) -> None:
        with self.store.session() as session:
            session.info[ATTRIBUTION_KEY] = Attribution(adviser)
            outbox.add_record(session, record)  # type: ignore[arg-type]

    def ticket(self, day: dt.date, service: str, adviser: str | None, booked: bool = False) -> None:
        self.n += 1
        appointment_id = None
        if booked:
            appointment_id = uuid.uuid4()
            with self.store.session() as session:
                starts = dt.datetime.combine(day, dt.time(10), tzinfo=TZ)
                session.add(
                    Appointment(id=appointment_id, hub_id=HUB, service_id=service, starts_at=starts)
                )
        at = dt.datetime.combine(day, dt.time(10, self.n % 60), tzinfo=TZ)
        self._write(
            Ticket(hub_id=HUB, service_id=service, number=f"H-{self.n:03d}", sequence=self.n,
                   day=day, created_at=at, appointment_id=appointment_id),
            adviser,
        )  # fmt: skip

    def form(self, day: dt.date, adviser: str | None) -> None:
        self.n += 1
        at = dt.datetime.combine(day, dt.time(11, self.n % 60), tzinfo=TZ)
        self._write(
            FormSubmission(form_id="missed-bin", form_version=1, hub_id=HUB,
                           reference=f"F-{self.n:05d}", answers={"x": "y"}, created_at=at),
            adviser,
        )  # fmt: skip


def seed_week(store: Store) -> None:
    seed = Seeder(store)
    for adviser in (None, None, None, ADVISER):
        seed.ticket(WEEK1 + dt.timedelta(days=1), "housing", adviser)
    seed.ticket(WEEK1 + dt.timedelta(days=2), "council-tax", ADVISER, booked=True)
    seed.ticket(WEEK1 + dt.timedelta(days=4), "council-tax", None, booked=True)
    for adviser in (None, ADVISER, ADVISER):
        seed.form(WEEK1 + dt.timedelta(days=6), adviser)  # Sunday: still week 1
    seed.ticket(WEEK2, "housing", ADVISER)  # Monday: week 2


def sync(central: Central, store: Store, clock: FakeClock, token: str) -> None:
    status = make_engine(central.url, token, store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0


def test_channel_shift_on_the_managers_page_equals_the_hand_count(
    central: Central, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    token = central.enrol(HUB)
    seed_week(store)
    sync(central, store, clock, token)
    # A ticket from a kiosk made before records said their channel: self-service.
    old_id = uuid.uuid4()
    old = {"id": str(old_id), "hub_id": HUB, "service_id": "housing", "number": "H-900",
           "day": (WEEK1 + dt.timedelta(days=3)).isoformat()}  # fmt: skip
    answer = push_raw(central, token, [{"id": str(old_id), "kind": "ticket", "payload": old}])
    assert answer.json()["results"][0]["status"] == "accepted"

    url = f"{central.url}/reports/hubs?from={WEEK1}&to={WEEK2 + dt.timedelta(days=6)}&key={REPORT_KEY}"
    report = requests.get(url + "&format=json", timeout=10).json()
    rows = {
        (r["week"], r["activity"], r["service_id"]): (
            r["self_service"],
            r["assisted"],
            r["self_service_share"],
            r["assisted_share"],
        )
        for r in report["channel_shift"]
        if r["hub_id"] == HUB
    }
    # By hand: week 1 housing tickets 3 alone + the old one, 1 helped; council-tax
    # check-ins 1 and 1; missed-bin forms 1 alone, 2 helped; week 2 one helped ticket.
    assert rows == {
        (WEEK1.isoformat(), "ticket", "housing"): (4, 1, 80.0, 20.0),
        (WEEK1.isoformat(), "check_in", "council-tax"): (1, 1, 50.0, 50.0),
        (WEEK1.isoformat(), "form", "missed-bin"): (1, 2, 33.3, 66.7),
        (WEEK2.isoformat(), "ticket", "housing"): (0, 1, 0.0, 100.0),
    }

    csv_text = requests.get(url + "&format=csv", timeout=10).text
    assert f",{HUB},Idea Store Bow,{WEEK1},assisted,form:missed-bin,2" in csv_text
    assert f",{HUB},Idea Store Bow,{WEEK1},self_service_share,ticket:housing,80.0" in csv_text

    html = requests.get(url + "&format=html", timeout=10).text
    assert "Self-service and assisted (channel shift)" in html
    row = re.search(
        rf'data-week="{WEEK1}" data-activity="form" data-service="missed-bin">(.*?)</tr>', html
    )
    assert row is not None
    cells = dict(re.findall(r'data-figure="(\w+)">([^<]+)<', row.group(1)))
    assert "<td>Report a missed bin collection" in row.group(1), "the form's name, not its id"
    assert cells == {"self_service": "1", "assisted": "2", "self_service_share": "33.3%",
                     "assisted_share": "66.7%"}  # fmt: skip

    binary = _chromium()
    shot = tmp_path / "channel-shift.png"
    subprocess.run(
        [*_chromium_args(binary, tmp_path / "profile"), f"--screenshot={shot}",
         "--window-size=1400,2400", "--hide-scrollbars", url + "&format=html"],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    keep = Path("/tmp/assisted-shots")
    keep.mkdir(exist_ok=True)
    (keep / "channel-shift.png").write_bytes(shot.read_bytes())


def test_assisted_records_name_the_adviser_and_adviser_activity_is_recorded(
    central: Central, store: Store, clock: FakeClock
) -> None:
    token = central.enrol(HUB)
    seed = Seeder(store)
    seed.ticket(WEEK1, "housing", ADVISER)
    seed.ticket(WEEK1, "housing", None)
    session_id, visit_id = uuid.uuid4(), uuid.uuid4()
    now = dt.datetime(2026, 3, 2, 10, 47, 13, tzinfo=dt.UTC)
    with store.session() as session:
        add_adviser_session(session, hub_id=HUB, adviser_id=ADVISER, session_id=session_id,
                            event="signed_in", created_at=now)  # fmt: skip
        add_assisted_visit(session, hub_id=HUB, adviser_id=ADVISER, visit_id=visit_id,
                           event="started", created_at=now)  # fmt: skip
        add_assisted_visit(session, hub_id=HUB, adviser_id=ADVISER, visit_id=visit_id,
                           event="ended", reason="finished", created_at=now)  # fmt: skip
        add_adviser_session(session, hub_id=HUB, adviser_id=ADVISER, session_id=session_id,
                            event="signed_out", reason="idle", created_at=now)  # fmt: skip
        feedback_id = add_feedback(session, hub_id=HUB, score=4, visit_token="t", created_at=now)
    sync(central, store, clock, token)

    assert central.count("adviser_session") == 2 and central.count("assisted_visit") == 2
    tickets = [central.record(r) for r in _ids(central, "ticket")]
    assert sorted((t.payload["channel"], t.payload["adviser_id"]) for t in tickets if t) == [
        ("assisted", ADVISER),
        ("self_service", None),
    ]
    stored = central.record(feedback_id)
    assert stored is not None
    # Anonymous: to the hour, in what the kiosk pushed and what the server keeps.
    assert stored.payload["created_at"].startswith("2026-03-02T10:00:00")
    assert stored.kiosk_time is not None and stored.kiosk_time.minute == 0


def test_the_server_keeps_an_older_kiosks_anonymous_times_only_to_the_hour(
    central: Central,
) -> None:
    token = central.enrol(HUB)
    item_id = uuid.uuid4()
    sent = {"id": str(item_id), "hub_id": HUB, "survey_id": "council-cx-2022",
            "survey_version": 1, "complete": False, "answers": {"contacted": "no"},
            "created_at": "2026-03-02T10:47:13.123456+00:00"}  # fmt: skip
    answer = push_raw(
        central,
        token,
        [{"id": str(item_id), "kind": "survey_response", "payload": sent,
          "kiosk_time": "2026-03-02T10:47:13+00:00"}],
    )  # fmt: skip
    assert answer.json()["results"][0]["status"] == "accepted"
    kept = central.record(item_id)
    assert kept is not None
    assert kept.payload["created_at"] == "2026-03-02T10:00:00Z"
    assert kept.kiosk_time == dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC)
    assert kept.payload["channel"] == "self_service", "an older record counts as self-service"
    # A re-send of the same payload is still a duplicate, not a conflict.
    again = push_raw(
        central,
        token,
        [{"id": str(item_id), "kind": "survey_response", "payload": sent}],
    )
    assert again.json()["results"][0]["status"] == "duplicate"


def test_the_server_refuses_an_assisted_record_without_its_adviser(central: Central) -> None:
    token = central.enrol(HUB)
    item_id = uuid.uuid4()
    bad = {"hub_id": HUB, "service_id": "housing", "number": "H-001",
           "day": WEEK1.isoformat(), "channel": "assisted"}  # fmt: skip
    answer = push_raw(central, token, [{"id": str(item_id), "kind": "ticket", "payload": bad}])
    result = answer.json()["results"][0]
    assert result["status"] == "rejected" and "adviser_id" in result["reason"]


def _ids(central: Central, kind: str) -> list[uuid.UUID]:
    from sqlalchemy import select

    from sync.server.models import IngestedRecord

    with central.database.session() as session:
        return list(session.scalars(select(IngestedRecord.id).where(IngestedRecord.kind == kind)))
