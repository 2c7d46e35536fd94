"""A hub runs one kiosk (QA, s35): its queue is kept in that kiosk's store, so two kiosks
enrolled at Bow both gave out H-001 and H-002, and each adviser saw half the hub. The server
now enrols no second kiosk at a hub: IT is told which kiosk is there and how to replace it
(``enrol --replace``: the old token is revoked when the new kiosk enrols)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import requests

from hubkiosk.app import main as kiosk_main
from hubkiosk.store.token import load_credentials
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import admin
from sync.server.cli import main as server_main
from tests.sync.conftest import HUB, REPORT_KEY, Central

pytestmark = pytest.mark.both_databases

OTHER_HUB = "idea-store-chrisp-street"


def _code(central: Central, hub: str = HUB, *, replace: bool = False) -> str:
    with central.database.session() as session:
        return admin.create_enrolment_code(
            session, hub, now=central.clock(), valid_for=dt.timedelta(hours=1), replace=replace
        )


def _enrol(central: Central, code: str) -> requests.Response:
    return requests.post(
        f"{central.url}/v1/enrol",
        json={"protocol_version": PROTOCOL_VERSION, "code": code, "device_name": "kiosk"},
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        timeout=30,
    )


def _device(central: Central, token: str) -> int:
    return requests.get(
        f"{central.url}/v1/device",
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}"},
        timeout=30,
    ).status_code


def test_a_second_kiosk_at_a_hub_is_not_enrolled_and_its_code_stays_good(
    central: Central,
) -> None:
    # Two codes for Bow made before either kiosk was installed (a Friday for Monday).
    first, second = _code(central), _code(central)
    enrolled = _enrol(central, first)
    assert enrolled.status_code == 201, enrolled.text
    bow = enrolled.json()

    refused = _enrol(central, second)
    assert refused.status_code == 403
    said = refused.json()["message"]
    assert "already has a kiosk" in said and bow["device_id"] in said
    assert "same ticket numbers" in said and "--replace" in said

    # Another hub is another queue.
    assert _enrol(central, _code(central, OTHER_HUB)).status_code == 201

    # Bow's kiosk revoked (taken out): the second code, unspent by its refusal, enrols.
    with central.database.session() as session:
        admin.revoke(session, uuid.UUID(bow["device_id"]), now=central.clock())
    assert _enrol(central, second).status_code == 201


def test_a_code_made_to_replace_the_hubs_kiosk_revokes_it_when_the_new_one_enrols(
    central: Central,
) -> None:
    old_token = central.enrol()
    with pytest.raises(admin.AdminError, match="already has a kiosk"):
        _code(central)
    code = _code(central, replace=True)
    assert _device(central, old_token) == 200  # still the hub's kiosk until the new one comes

    enrolled = _enrol(central, code)
    assert enrolled.status_code == 201, enrolled.text
    assert _device(central, old_token) == 401
    assert _device(central, enrolled.json()["token"]) == 200
    with central.database.session() as session:
        kiosks = admin.hub_kiosks(session, HUB)
    assert [str(kiosk.id) for kiosk in kiosks] == [enrolled.json()["device_id"]]


def test_it_is_told_at_the_command_line_and_at_the_kiosk(
    central: Central, tmp_path, monkeypatch, capsys
) -> None:
    """``hubkiosk-server enrol`` refuses a code for a hub with a kiosk, saying what to do;
    a kiosk given an older code says why the server refused it."""
    old_code = _code(central)  # made before Bow's kiosk enrolled
    central.enrol()
    url = central.settings.db_url
    capsys.readouterr()
    assert server_main(["--db", url, "enrol", "--hub", HUB]) != 0
    out, err = capsys.readouterr()
    assert out == ""  # no code a script could take
    assert "already has a kiosk" in err and f"enrol --hub {HUB} --replace" in err, err

    monkeypatch.setenv("HUBKIOSK_HUB_ID", HUB)
    data_dir = tmp_path / "second-kiosk"
    assert kiosk_main(["--data-dir", str(data_dir), "--enrol", central.url, old_code]) == 1
    captured = capsys.readouterr()
    assert "already has a kiosk" in captured.out + captured.err
    assert load_credentials(data_dir) is None

    assert server_main(["--db", url, "enrol", "--hub", HUB, "--replace"]) == 0
    code = capsys.readouterr().out.strip()
    assert kiosk_main(["--data-dir", str(data_dir), "--enrol", central.url, code]) == 0
    credentials = load_credentials(data_dir)
    assert credentials is not None and credentials.hub_id == HUB


def test_a_kiosk_enrols_under_its_machines_name(central: Central, tmp_path, monkeypatch, capsys):
    """QA (s35): every kiosk enrolled with a code was named "kiosk", so IT's fleet page and
    `hubkiosk-server devices` could not say which machine a row was. A kiosk now enrols
    under its host name."""
    import socket

    monkeypatch.setenv("HUBKIOSK_HUB_ID", HUB)
    data_dir = tmp_path / "kiosk"
    assert kiosk_main(["--data-dir", str(data_dir), "--enrol", central.url, _code(central)]) == 0
    credentials = load_credentials(data_dir)
    assert credentials is not None
    with central.database.session() as session:
        (kiosk,) = admin.hub_kiosks(session, HUB)
    assert str(kiosk.id) == credentials.device_id
    assert kiosk.name == socket.gethostname() != "kiosk"
    capsys.readouterr()
    assert server_main(["--db", central.settings.db_url, "devices"]) == 0
    assert socket.gethostname() in capsys.readouterr().out


def test_the_fleet_page_flags_two_kiosks_left_at_one_hub(central: Central, capsys) -> None:
    """A server upgraded with two kiosks at a hub keeps both (they were enrolled before the
    rule): IT's fleet page and `devices` flag both, to revoke one."""
    central.enrol(HUB, name="older")
    central.enrol(HUB, name="newer")  # alongside, as an older server enrolled it
    central.enrol(OTHER_HUB)
    answer = requests.get(
        f"{central.url}/reports/fleet",
        params={"key": REPORT_KEY, "format": "json"},
        timeout=10,
    )
    flags = {(d["hub_id"], d["name"]): d["flags"] for d in answer.json()["devices"]}
    two = "2 kiosks at this hub: a hub runs one, so revoke the other"
    assert two in flags[(HUB, "older")] and two in flags[(HUB, "newer")], flags
    assert not any("kiosks at this hub" in flag for flag in flags[(OTHER_HUB, "kiosk")])
    capsys.readouterr()
    assert server_main(["--db", central.settings.db_url, "devices"]) == 0
    assert two in capsys.readouterr().out
