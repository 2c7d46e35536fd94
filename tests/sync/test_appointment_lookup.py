"""``POST /v1/appointments/lookup``: bookings at any hub on nearby days, minimal answers."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import requests
from sqlalchemy import select

from sync.protocol.wire import AppointmentEntry
from sync.server import admin
from sync.server.models import AppointmentRow, Device
from sync.server.security import hash_secret
from tests.sync.conftest import HUB, OTHER_HUB, TZ, Central, FakeClock

LOOKUP = "/v1/appointments/lookup"
#: A Tuesday, 10:30 in London, inside opening hours.
NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=TZ)
TODAY = NOW.date()


def booking(
    reference: str,
    *,
    hub_id: str = HUB,
    days: int = 0,
    at: str = "10:45",
    surname: str = "Begum",
    phone: str | None = None,
    service_id: str = "housing",
) -> AppointmentEntry:
    day = TODAY + dt.timedelta(days=days)
    return AppointmentEntry(
        id=uuid.uuid4(),
        hub_id=hub_id,
        service_id=service_id,
        starts_at=dt.datetime.combine(day, dt.time.fromisoformat(at), tzinfo=TZ),
        reference=reference,
        surname=surname,
        phone=phone,
    )


def add(central: Central, *entries: AppointmentEntry) -> None:
    """Store bookings beside what is there (``replace_appointments`` replaces a whole day)."""
    with central.database.session() as session:
        session.add_all(
            AppointmentRow(
                id=e.id,
                hub_id=e.hub_id,
                service_id=e.service_id,
                starts_at=e.starts_at,
                day=e.starts_at.astimezone(TZ).date(),
                reference=e.reference,
                surname=e.surname,
                phone=e.phone,
            )
            for e in entries
        )


@pytest.fixture
def fixed_central(make_central: Callable[..., Central]) -> Central:
    """A central server whose clock stands at :data:`NOW` (today's demo bookings published)."""
    return make_central(clock=FakeClock(NOW.astimezone(dt.UTC)))


def ask(central: Central, token: str | None, body: Any) -> requests.Response:
    headers = central.headers(token) if token else central.headers("")
    if token is None:
        headers.pop("Authorization")
    return requests.post(
        central.url + LOOKUP,
        data=body if isinstance(body, str) else json.dumps(body),
        headers={**headers, "Content-Type": "application/json"},
        timeout=10,
    )


def found(response: requests.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    matches: list[dict[str, Any]] = response.json()["matches"]
    return matches


# -- the server ------------------------------------------------------------------------


def test_finds_bookings_at_any_hub_on_nearby_days_and_answers_only_where_and_when(
    fixed_central: Central, caplog: pytest.LogCaptureFixture
) -> None:
    central = fixed_central
    here = booking("HK-1111", phone="07700 900111", surname="Okafor")
    elsewhere = booking("HK-2222", hub_id=OTHER_HUB, at="14:00")
    tomorrow = booking("HK-3333", days=1, at="11:00")
    last_month = booking("HK-4444", days=-30)
    in_two_months = booking("HK-5555", days=60, phone="07700 900555", surname="Kowalski")
    too_old = booking("HK-6666", days=-31)
    too_far = booking("HK-7777", days=61)
    add(central, here, elsewhere, tomorrow, last_month, in_two_months, too_old, too_far)
    token = central.enrol(HUB)
    caplog.set_level(logging.INFO)

    def by_reference(reference: str) -> list[dict[str, Any]]:
        return found(ask(central, token, {"reference": reference}))

    [match] = by_reference("HK-1111")
    assert set(match) == {"id", "hub_id", "service_id", "starts_at"}
    assert match["id"] == str(here.id) and match["hub_id"] == HUB
    assert match["service_id"] == "housing"
    assert dt.datetime.fromisoformat(match["starts_at"]) == here.starts_at
    # Another hub, another day, a month either way: all found, with their hub and time.
    assert [(m["id"], m["hub_id"]) for m in by_reference(" hk 2222 ")] == [
        (str(elsewhere.id), OTHER_HUB)
    ]
    assert [m["id"] for m in by_reference("hk3333")] == [str(tomorrow.id)]
    assert [m["id"] for m in by_reference("HK-4444")] == [str(last_month.id)]
    assert [m["id"] for m in by_reference("HK-5555")] == [str(in_two_months.id)]
    # Outside the window, unknown, or only part of a reference: nothing.
    assert by_reference("HK-6666") == by_reference("HK-7777") == []
    assert by_reference("HK-0000") == []
    assert by_reference("HK-111") == by_reference("K-1111") == by_reference("HK-11111") == []

    # Phone and surname letters, the same rules as the kiosk: +44 is the trunk 0.
    by_phone = found(ask(central, token, {"phone": "+44 7700 900111", "surname_start": "OKA"}))
    assert [m["id"] for m in by_phone] == [str(here.id)]
    far_phone = found(ask(central, token, {"phone": "07700900555", "surname_start": "ko"}))
    assert [m["id"] for m in far_phone] == [str(in_two_months.id)]
    for wrong in (
        {"phone": "07700900111", "surname_start": "beg"},  # the wrong surname
        {"phone": "07700900112", "surname_start": "oka"},  # one digit off
        {"phone": "7700900111", "surname_start": "oka"},  # the trunk 0 missing
    ):
        assert found(ask(central, token, wrong)) == []

    # Nothing personal in the server's log.
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "appointment lookup by device" in logged
    for personal in ("HK-1111", "HK1111", "hk 2222", "HK2222", "Okafor", "900111", "oka", "OKA"):
        assert personal not in logged


def test_a_person_with_several_bookings_gets_them_all_in_time_order(
    fixed_central: Central,
) -> None:
    central = fixed_central
    later = booking("HK-8001", days=3, phone="07700 900800", surname="Ali")
    sooner = booking("HK-8002", hub_id=OTHER_HUB, days=1, phone="07700900800", surname="Ali")
    add(central, later, sooner)
    token = central.enrol(HUB)
    matches = found(ask(central, token, {"phone": "07700 900800", "surname_start": "al"}))
    assert [m["id"] for m in matches] == [str(sooner.id), str(later.id)]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, "give a reference, or a phone with surname letters"),
        ({"reference": "HK-1"}, "a reference needs at least 4 letters and digits"),
        ({"reference": "--- ---"}, "a reference needs at least 4"),
        ({"phone": "07700900111"}, "give a reference, or a phone with surname letters"),
        ({"phone": "0770090", "surname_start": "oka"}, "a phone needs at least 10 digits"),
        ({"phone": "07700900111", "surname_start": "o"}, "at least 2 letters"),
        (
            {"reference": "HK-1111", "phone": "07700900111", "surname_start": "oka"},
            "not both",
        ),
        ({"reference": "HK-1111", "hub_id": HUB}, "extra"),
        ({"reference": "HK-" + "1" * 30}, "at most 20 characters"),
        ({"reference": 1111}, "string"),
        ("this is not json", "JSON"),
    ],
)
def test_malformed_lookups_are_refused_plainly(central: Central, body: Any, words: str) -> None:
    response = ask(central, central.enrol(HUB), body)
    assert response.status_code == 422
    error = response.json()
    assert error["error"] == "invalid_request"
    assert words.lower() in error["message"].lower()
    # The refusal never repeats what was typed.
    for typed in ("1111", "07700900111", "oka"):
        assert typed not in error["message"]


def test_needs_an_enrolled_device_and_counts_against_its_rate_limit(
    make_central: Callable[..., Central],
) -> None:
    central = make_central(rate_limit_requests=3)
    body = {"reference": "HK-1234"}
    for token in (None, "not-a-token"):
        response = ask(central, token, body)
        assert response.status_code == 401
        assert response.json()["error"] == "not_enrolled"
    token = central.enrol(HUB)
    no_protocol = requests.post(
        central.url + LOOKUP, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert no_protocol.status_code == 400
    assert no_protocol.json()["error"] == "protocol_missing"
    for _ in range(3):
        assert ask(central, token, body).status_code == 200
    limited = ask(central, token, body)  # the 4th lookup from this device in the window
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.json()["error"] == "rate_limited"
    # A revoked device is refused.
    other = central.enrol(HUB, "kiosk 2")
    with central.database.session() as session:
        device = session.scalars(select(Device).where(Device.token_hash == hash_secret(other)))
        admin.revoke(session, device.one().id, now=central.clock())
    assert ask(central, other, body).status_code == 401


def test_purged_bookings_are_not_found(fixed_central: Central) -> None:
    """Retention clears the personal fields: a booking without them matches nothing."""
    central = fixed_central
    old = booking("HK-9001", days=-10, phone="07700900901", surname="Uddin")
    add(central, old)
    token = central.enrol(HUB)
    assert len(found(ask(central, token, {"reference": "HK-9001"}))) == 1
    with central.database.session() as session:
        row = session.get(AppointmentRow, old.id)
        assert row is not None
        row.reference = row.surname = row.phone = None
    assert found(ask(central, token, {"reference": "HK-9001"})) == []
    assert found(ask(central, token, {"phone": "07700900901", "surname_start": "ud"})) == []
