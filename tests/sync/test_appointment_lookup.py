"""``POST /v1/appointments/lookup``: bookings at any hub on nearby days, minimal answers;
the kiosk's client for it; and the appointment screen asking the server when the kiosk's
own store knows nothing of a booking."""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from PySide6.QtCore import QCoreApplication, QEvent

from hubkiosk.app import Kiosk, build
from hubkiosk.core.appointments import AppointmentInfo, CheckIn, check_in
from hubkiosk.core.content import Content, load_default_content
from hubkiosk.store.db import Store
from hubkiosk.store.models import Appointment, Ticket
from hubkiosk.store.token import DeviceCredentials, save_credentials
from hubkiosk.ui.screens import ScreenId
from sync.client.engine import SyncState
from sync.client.lookup import lookup_appointments
from sync.protocol.appointments import AppointmentLookup
from sync.protocol.wire import AppointmentEntry
from sync.server import admin
from sync.server.models import AppointmentRow, Device
from sync.server.security import hash_secret
from tests.kiosk_store import seed_store
from tests.sync.conftest import HUB, OTHER_HUB, TZ, Central, FakeClock, FaultProxy, make_engine

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
            AppointmentRow(**e.model_dump(), day=e.starts_at.astimezone(TZ).date()) for e in entries
        )


@pytest.fixture(scope="module")
def content() -> Content:
    return load_default_content()


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


@pytest.mark.both_databases  # LIKE is case-blind on SQLite, not on PostgreSQL
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


@pytest.mark.both_databases
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


@pytest.mark.both_databases  # the lookup counter is a locked row
def test_a_device_cannot_walk_the_reference_space(make_central: Callable[..., Central]) -> None:
    """References are short; a tighter lookup limit per device bounds guessing them."""
    clock = FakeClock(NOW.astimezone(dt.UTC))
    central = make_central(clock=clock, lookup_limit_per_hour=3)
    guesser, neighbour = central.enrol(HUB), central.enrol(HUB, "kiosk 2")
    for n in range(3):
        assert ask(central, guesser, {"reference": f"HK-{1000 + n}"}).status_code == 200
    limited = ask(central, guesser, {"reference": "HK-1003"})
    assert limited.status_code == 429 and limited.json()["error"] == "lookup_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 3600
    # Other kiosks, and this kiosk's syncing, carry on.
    assert ask(central, neighbour, {"reference": "HK-1003"}).status_code == 200
    device = requests.get(f"{central.url}/v1/device", headers=central.headers(guesser), timeout=10)
    assert device.status_code == 200
    # An hour later the device may look up again.
    clock.advance(3601)
    assert ask(central, guesser, {"reference": "HK-1003"}).status_code == 200


@pytest.mark.both_databases
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


# -- the kiosk's store -----------------------------------------------------------------


def test_todays_snapshot_applies_again_after_a_resident_checked_in(
    fixed_central: Central, store: Store, content: Content
) -> None:
    """A ticket links to its booking: pulling the day's bookings again keeps that booking
    (it used to fail on the foreign key, so no new snapshot could be applied that day)."""
    central = fixed_central
    clock = FakeClock(NOW.astimezone(dt.UTC))
    engine = make_engine(central.url, central.enrol(HUB), store, clock)
    assert engine.sync_once().state is SyncState.OK
    with store.session() as session:
        first = session.scalars(select(Appointment).order_by(Appointment.starts_at)).first()
        assert first is not None and first.reference is not None
        info = AppointmentInfo(first.id, first.hub_id, first.service_id, first.starts_at)
        reference = first.reference
    with store.session() as session:
        check_in(session, info, hub_id=HUB, catalogue=content.catalogue, now=clock())
    add(central, booking("HK-1357"))  # today's bookings change: a new snapshot

    status = engine.sync_once()

    assert status.state is SyncState.OK and status.config_error is None, status
    with store.session() as session:
        references = set(session.scalars(select(Appointment.reference)))
        assert {reference, "HK-1357"} <= references
        assert session.scalars(select(Ticket.appointment_id)).one() == info.id


# -- the kiosk's client ----------------------------------------------------------------


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_client_gives_the_matches_or_none_when_the_server_cannot_say(
    fixed_central: Central,
) -> None:
    central = fixed_central
    entry = booking("HK-4321", hub_id=OTHER_HUB)
    add(central, entry)
    token = central.enrol(HUB)
    query = AppointmentLookup(reference="hk-4321")

    [match] = lookup_appointments(central.url, token, query) or []
    assert (match.id, match.hub_id, match.starts_at) == (entry.id, OTHER_HUB, entry.starts_at)
    assert lookup_appointments(central.url + "/", token, query) == [match]
    assert lookup_appointments(central.url, token, AppointmentLookup(reference="HK-9999")) == []

    # Not enrolled, revoked, unreachable, or a captive portal: None (the kiosk's answer stands).
    assert lookup_appointments(central.url, None, query) is None
    assert lookup_appointments(central.url, "revoked-or-made-up", query) is None
    started = time.monotonic()
    assert lookup_appointments(closed_port_url(), token, query) is None
    assert time.monotonic() - started < 3
    portal = FaultProxy(central.url, plan=["captive"], path_prefix=LOOKUP).start()
    try:
        assert lookup_appointments(portal.url, token, query) is None
        assert lookup_appointments(portal.url, token, query) == [match]  # one attempt each
    finally:
        portal.stop()


# -- the kiosk -------------------------------------------------------------------------


@pytest.fixture
def server_kiosk(
    tmp_path: Path, qtbot: Any, store_template: Path
) -> Iterator[Callable[..., Kiosk]]:
    """Kiosks of ``HUB`` enrolled with a server (credentials saved as ``--enrol`` does), on
    the test's clock, with no demo bookings: they know only what the server sends."""
    built: list[Kiosk] = []

    def factory(
        server_url: str, token: str, clock: Callable[[], dt.datetime], **settings: Any
    ) -> Kiosk:
        data = seed_store(tmp_path / f"kiosk{len(built)}", store_template)
        save_credentials(
            data,
            DeviceCredentials(
                server_url=server_url, device_id=str(uuid.uuid4()), hub_id=HUB, token=token
            ),
        )
        config_file = tmp_path / f"kiosk{len(built)}.json"
        config_file.write_text(json.dumps({"hub_id": HUB, **settings}))
        kiosk = build(
            ["--windowed", "--data-dir", str(data), "--config", str(config_file)], clock=clock
        )
        qtbot.addWidget(kiosk.window)
        kiosk.window.resize(1280, 900)
        kiosk.window.show()
        built.append(kiosk)
        return kiosk

    yield factory
    for kiosk in built:
        kiosk.close()
        kiosk.window.close()
        kiosk.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def local_bookings(kiosk: Kiosk) -> list[Appointment]:
    with kiosk.store.session() as session:
        rows = list(session.scalars(select(Appointment)))
        session.expunge_all()
        return rows


def synced(kiosk: Kiosk, qtbot: Any) -> None:
    """Wait for the kiosk's next sync cycle (config pulled, bookings in its store)."""
    assert kiosk.sync is not None
    with qtbot.waitSignal(kiosk.sync.status_changed, timeout=30_000) as cycle:
        pass
    status = cycle.args[0]
    assert status.state is SyncState.OK and status.config_error is None, status


def open_check_in(kiosk: Kiosk, click: Callable[..., None]) -> Any:
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    return window.screens[ScreenId.APPOINTMENT]


def type_reference(kiosk: Kiosk, qtbot: Any, click: Callable[..., None], reference: str) -> Any:
    screen = kiosk.window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, reference)
    with qtbot.waitSignal(screen.answered, timeout=15_000) as answer:
        click(kiosk.window, "Check in")
    return answer.args[0]


def test_resident_at_the_wrong_hub_is_told_where_their_booking_is(
    make_central: Callable[..., Central], server_kiosk: Any, qtbot: Any, click: Any
) -> None:
    clock = FakeClock(NOW.astimezone(dt.UTC))
    central = make_central(clock=clock)
    at_town_hall = booking("HK-6150", hub_id=OTHER_HUB, at="10:50", surname="Miah")
    next_week = booking("HK-3382", days=7, at="11:00", surname="Kowalski", service_id="employment")
    add(central, at_town_hall, next_week)
    kiosk = server_kiosk(central.url, central.enrol(HUB), clock)
    synced(kiosk, qtbot)
    # The kiosk holds only this hub's bookings for today, as the server sent them.
    here = local_bookings(kiosk)
    assert here and {b.hub_id for b in here} == {HUB}
    assert at_town_hall.id not in {b.id for b in here}

    screen = open_check_in(kiosk, click)
    match = type_reference(kiosk, qtbot, click, "HK-6150")
    assert match.outcome is CheckIn.WRONG_HUB and match.appointment.id == at_town_hall.id
    assert screen.answer_title.text() == "Your appointment is at another hub"
    assert (
        "Your appointment is at Town Hall Whitechapel, 160 Whitechapel Road, London today "
        "at 10:50." in screen.answer_text.text()
    )
    assert screen.check_button.isEnabled() and not screen.checking.isVisible()

    # Another day at this hub: the day and time, from the server.
    click(kiosk.window, "Done")
    open_check_in(kiosk, click)
    match = type_reference(kiosk, qtbot, click, "hk 3382")
    assert match.outcome is CheckIn.WRONG_DAY
    assert screen.answer_title.text() == "Your appointment is on another day"
    assert "Your appointment is on Tuesday 1 December at 11:00." in screen.answer_text.text()
    with kiosk.store.session() as session:
        assert session.scalars(select(Ticket)).first() is None


def test_a_booking_the_kiosk_has_not_pulled_yet_still_checks_in(
    make_central: Callable[..., Central], server_kiosk: Any, qtbot: Any, click: Any
) -> None:
    clock = FakeClock(NOW.astimezone(dt.UTC))
    central = make_central(clock=clock)
    kiosk = server_kiosk(central.url, central.enrol(HUB), clock)
    synced(kiosk, qtbot)
    # Booked at the centre after the kiosk pulled today's bookings.
    late_booking = booking("HK-2468", at="10:40", service_id="council-tax", surname="Ahmed")
    add(central, late_booking)

    open_check_in(kiosk, click)
    with qtbot.waitSignal(kiosk.window.screen_changed, timeout=15_000) as shown:
        match = type_reference(kiosk, qtbot, click, "HK-2468")
    assert match.outcome is CheckIn.OK
    assert shown.args == [ScreenId.TICKET_ISSUED]
    assert kiosk.window.screens[ScreenId.TICKET_ISSUED].number.text() == "C-001"
    with kiosk.store.session() as session:
        (ticket,) = session.scalars(select(Ticket))
        assert ticket.appointment_id == late_booking.id and ticket.service_id == "council-tax"
        kept = session.get(Appointment, late_booking.id)
        # The booking the ticket links to is kept, without the resident's details.
        assert kept is not None and (kept.reference, kept.surname, kept.phone) == (None,) * 3

    # The next snapshot (which now has the booking) applies cleanly over the checked-in one.
    kiosk.sync.sync_now()
    synced(kiosk, qtbot)
    with kiosk.store.session() as session:
        kept = session.get(Appointment, late_booking.id)
        assert kept is not None and kept.reference == "HK-2468"


@pytest.mark.long
def test_server_that_does_not_answer_leaves_the_not_found_answer_without_freezing(
    make_central: Callable[..., Central], server_kiosk: Any, qtbot: Any, click: Any
) -> None:
    clock = FakeClock(NOW.astimezone(dt.UTC))
    central = make_central(clock=clock)
    add(central, booking("HK-6150", hub_id=OTHER_HUB))
    # The kiosk reaches the server through a proxy that holds the lookup without answering.
    proxy = FaultProxy(central.url, plan=["hang", "hang"], path_prefix=LOOKUP).start()
    try:
        # IT's setting: how long a resident waits for the server (4 s by default).
        kiosk = server_kiosk(proxy.url, central.enrol(HUB), clock, lookup_timeout_seconds=1.0)
        synced(kiosk, qtbot)
        screen = open_check_in(kiosk, click)
        qtbot.keyClicks(screen.reference_edit, "HK-6150")
        with qtbot.waitSignal(screen.answered, timeout=15_000) as answer:
            started = time.monotonic()
            click(kiosk.window, "Check in")
            # The click returns at once: the screen says it is checking and waits.
            assert time.monotonic() - started < 1.0
            assert screen.checking.isVisible()
            assert screen.checking.text() == "Checking your booking, please wait…"
            assert not screen.check_button.isEnabled()
        assert answer.args[0].outcome is CheckIn.UNKNOWN
        assert ("POST", LOOKUP, "hang") in proxy.log
        assert screen.answer_title.text() == "We could not find your appointment"
        assert screen.check_button.isEnabled() and not screen.checking.isVisible()

        # A resident who walks away while the server is asked: the late answer is dropped.
        click(kiosk.window, "Try again")
        with qtbot.waitSignal(screen.asking_server, timeout=15_000):
            click(kiosk.window, "Check in")
        with qtbot.waitSignal(kiosk.ctx.ops.idle, timeout=15_000):
            kiosk.window.start_over()
        assert proxy.log.count(("POST", LOOKUP, "hang")) == 2
        assert kiosk.window.current is ScreenId.HOME
        assert screen.match is None and screen.pages.currentWidget() is screen.form
        assert screen.check_button.isEnabled() and not screen.checking.isVisible()
    finally:
        proxy.stop()
