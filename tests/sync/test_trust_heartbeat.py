"""What a kiosk says about itself never breaks the server: a heartbeat the schema takes is
stored (or its odd values dropped) with the records of its push, IT's fleet page and
``hubkiosk-server devices`` keep working whatever a kiosk reported, and text a kiosk sends
reaches IT's terminal only as text. Plain HTTP to a real server on SQLite and PostgreSQL,
as QA sent it (/tmp/qa-server: repro_push_500.py, repro_fleet_inf.sh,
repro_cli_terminal_injection.py)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import update

from sync.protocol import PROTOCOL_VERSION
from sync.server import admin
from sync.server.cli import main as server_main
from sync.server.models import Device
from tests.sync.conftest import HUB, REPORT_KEY, TZ, Central

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases


def ticket_item() -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    record_id = str(uuid.uuid4())
    payload = {
        "id": record_id,
        "created_at": now.isoformat(),
        "hub_id": HUB,
        "service_id": "council-tax",
        "number": "H-001",
        "day": now.astimezone(TZ).date().isoformat(),
    }
    return {"id": record_id, "kind": "ticket", "kiosk_time": now.isoformat(), "payload": payload}


def push_body(central: Central, token: str, body: bytes) -> requests.Response:
    headers = {**central.headers(token), "Content-Type": "application/json"}
    return requests.post(f"{central.url}/v1/push", data=body, headers=headers, timeout=30)


def push_with(central: Central, token: str, items: list[dict[str, Any]], device: dict[str, Any]):
    body = {"protocol_version": PROTOCOL_VERSION, "items": items, "device": device}
    return push_body(central, token, json.dumps(body).encode())


def stored(central: Central, token: str, record_id: str) -> int:
    return requests.get(
        f"{central.url}/v1/records/{record_id}", headers=central.headers(token), timeout=10
    ).status_code


def fleet_answer(central: Central, fmt: str) -> requests.Response:
    return requests.get(
        f"{central.url}/reports/fleet", params={"key": REPORT_KEY, "format": fmt}, timeout=10
    )


def strict_json(text: str) -> Any:
    """JSON as the standard says it: no ``Infinity`` or ``NaN``."""

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize(
    ("health", "kept"),
    [
        # Larger than a database's BIGINT: as much disk as the column holds.
        ({"free_disk_bytes": 2**63}, {"free_disk_bytes": 2**63 - 1}),
        ({"free_disk_bytes": 10**30}, {"free_disk_bytes": 2**63 - 1}),
        # Times with no UTC form (before year 1, after 9999): no backup time known.
        ({"last_backup_at": "0001-01-01T00:00:00+01:00"}, {"last_backup_at": None}),
        ({"last_backup_at": "9999-12-31T23:59:59-01:00"}, {"last_backup_at": None}),
    ],
    ids=["disk-2**63", "disk-1e30", "backup-before-year-1", "backup-after-9999"],
)
def test_a_heartbeat_the_schema_takes_never_holds_the_records_back(
    central: Central, health: dict[str, Any], kept: dict[str, Any]
) -> None:
    token = central.enrol()
    item = ticket_item()

    answer = push_with(
        central, token, [item], {"pending": 1, "health": {**health, "printer": "ok"}}
    )

    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "accepted"
    assert stored(central, token, item["id"]) == 200
    (kiosk,) = fleet_answer(central, "json").json()["devices"]
    assert {name: kiosk[name] for name in kept} == kept
    assert kiosk["printer"] == "ok"  # the rest of the heartbeat is kept


@pytest.mark.parametrize(
    "device",
    [
        b'{"pending":0,"health":{"uptime_seconds":1e400}}',
        b'{"pending":0,"oldest_pending_seconds":1e400,"health":{"uptime_seconds":-0.0}}',
    ],
    ids=["uptime", "oldest-pending"],
)
def test_a_kiosk_reporting_infinity_cannot_break_the_fleet_page(
    central: Central, db_url: str, device: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    token = central.enrol(name="Bow kiosk 1")
    item = ticket_item()
    body = (
        b'{"protocol_version":1,"items":' + json.dumps([item]).encode() + b',"device":'
        + device + b"}"
    )  # fmt: skip

    answer = push_body(central, token, body)

    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "accepted"
    page = fleet_answer(central, "html")
    assert page.status_code == 200 and "Bow kiosk 1" in page.text
    listing = fleet_answer(central, "json")
    assert listing.status_code == 200
    (kiosk,) = strict_json(listing.text)["devices"]
    assert kiosk["oldest_pending_seconds"] is None
    assert kiosk["uptime_seconds"] in (None, 0.0)
    capsys.readouterr()
    assert server_main(["--db", db_url, "devices", "--format", "json"]) == 0
    (listed,) = strict_json(capsys.readouterr().out)
    assert listed["name"] == "Bow kiosk 1"


def test_the_fleet_page_survives_infinity_an_older_server_stored(
    central: Central, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    central.enrol(name="Bow kiosk 1")
    with central.database.session() as session:
        session.execute(
            update(Device).values(
                uptime_seconds=float("inf"),
                reported_oldest_pending_seconds=float("inf"),
                health_at=dt.datetime.now(dt.UTC),
                last_seen_at=dt.datetime.now(dt.UTC),
            )
        )

    assert fleet_answer(central, "html").status_code == 200
    listing = fleet_answer(central, "json")
    assert listing.status_code == 200
    (kiosk,) = strict_json(listing.text)["devices"]
    assert (kiosk["uptime_seconds"], kiosk["oldest_pending_seconds"]) == (None, None)
    capsys.readouterr()
    assert server_main(["--db", db_url, "devices", "--format", "json"]) == 0
    strict_json(capsys.readouterr().out)
    assert server_main(["--db", db_url, "devices"]) == 0
    assert "Bow kiosk 1" in capsys.readouterr().out


FORGED_LINE = "ffffffff-0000-0000-0000-000000000000  idea-store-bow  fake  ok"


@pytest.mark.parametrize(
    "name",
    ["kiosk\x1b]0;pwned\x07\x1b[2K\n" + FORGED_LINE, "kiosk\rok", "kiosk\x9b2K", "kiosk\x7f"],
    ids=["osc-and-newline", "carriage-return", "c1-csi", "delete"],
)
def test_enrolment_refuses_a_device_name_with_control_characters(
    central: Central, name: str
) -> None:
    with central.database.session() as session:
        code = admin.create_enrolment_code(
            session, HUB, now=dt.datetime.now(dt.UTC), valid_for=dt.timedelta(hours=1)
        )
    enrol = {"protocol_version": PROTOCOL_VERSION, "code": code}

    answer = requests.post(
        f"{central.url}/v1/enrol",
        json={**enrol, "device_name": name},
        headers=central.headers("x"),
        timeout=10,
    )

    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["error"] == "invalid_request"
    assert "device_name" in body["message"] and "control character" in body["message"]
    # The code is not spent: the same code enrols a kiosk with a plain name.
    plain = requests.post(
        f"{central.url}/v1/enrol",
        json={**enrol, "device_name": "Bow kiosk 1 – ground floor"},
        headers=central.headers("x"),
        timeout=10,
    )
    assert plain.status_code == 201, plain.text


def test_a_heartbeat_with_control_characters_in_its_version_is_refused(
    central: Central,
) -> None:
    token = central.enrol()
    item = ticket_item()

    answer = push_with(
        central, token, [item], {"pending": 0, "kiosk_version": "1.0\x1b[8m\nSPOOFED LINE"}
    )

    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["error"] == "invalid_batch"
    assert "kiosk_version" in body["message"] and "control character" in body["message"]
    assert stored(central, token, item["id"]) == 404
    fine = push_with(central, token, [item], {"pending": 0, "kiosk_version": "1.0.3"})
    assert fine.status_code == 200, fine.text


def test_devices_prints_what_a_kiosk_sent_as_escaped_text(
    central: Central, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Stored before the API refused them (or written by another tool): shown, never obeyed.
    name = "kiosk\x1b]0;pwned\x07\x1b[2K\n" + FORGED_LINE
    central.enrol(name=name)
    revoked = central.enrol(name="old\x1b[2J\rkiosk")
    with central.database.session() as session:
        session.execute(update(Device).values(kiosk_version="1.0\x1b[8m\nSPOOFED LINE"))
        old = session.query(Device).filter(Device.name.startswith("old")).one()
        old.revoked_at = dt.datetime.now(dt.UTC)
    assert revoked
    assert server_main(["--db", db_url, "fleet", "want-version", "2.0"]) == 0
    capsys.readouterr()

    assert server_main(["--db", db_url, "devices", "--revoked"]) == 0
    out = capsys.readouterr().out

    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    lines = out.splitlines()
    assert len(lines) == 2, out  # one line per kiosk: none forged
    assert not [line for line in lines if line.startswith(FORGED_LINE)]
    assert "kiosk\\x1b]0;pwned\\x07\\x1b[2K\\n" + FORGED_LINE in lines[0]
    assert "version 1.0\\x1b[8m\\nSPOOFED LINE" in lines[0]
    assert "runs 1.0\\x1b[8m\\nSPOOFED LINE, wanted 2.0" in lines[0]
    assert "old\\x1b[2J\\rkiosk  revoked" in lines[1]
