"""Matching appointments by reference or phone and surname letters."""

from __future__ import annotations

import datetime as dt

import pytest

from hubkiosk.core import appointments as ap
from hubkiosk.core.appointments import CheckIn
from tests.queue.conftest import LONDON

HUB = "idea-store-bow"


@pytest.fixture
def loaded(store, clock):
    count = ap.load_demo_appointments(store, clock().astimezone(LONDON).date())
    assert count == 7
    return store


@pytest.mark.parametrize(
    ("reference", "outcome", "hub"),
    [
        ("HK-4821", CheckIn.OK, HUB),
        ("hk 4821", CheckIn.OK, HUB),
        ("HK-5307", CheckIn.EARLY, HUB),
        ("HK-2719", CheckIn.LATE, HUB),
        ("HK-3382", CheckIn.WRONG_DAY, HUB),
        ("HK-6150", CheckIn.WRONG_HUB, "town-hall-whitechapel"),
        ("HK-0000", CheckIn.UNKNOWN, None),
        ("", CheckIn.UNKNOWN, None),
    ],
)
def test_by_reference(loaded, clock, reference, outcome, hub):
    with loaded.session() as session:
        match = ap.match_reference(session, reference, HUB, clock())
    assert match.outcome == outcome
    assert (match.appointment.hub_id if match.appointment else None) == hub


def test_by_phone_and_surname_letters(loaded, clock):
    with loaded.session() as session:
        ok = ap.match_phone(session, "+44 7700 900123", "beg", HUB, clock())
        wrong_letters = ap.match_phone(session, "07700900123", "ah", HUB, clock())
        too_few = ap.match_phone(session, "07700900123", "b", HUB, clock())
    assert ok.outcome == CheckIn.OK and ok.appointment is not None
    assert ok.appointment.service_id == "housing"
    assert wrong_letters.outcome == too_few.outcome == CheckIn.UNKNOWN


def test_edges_of_the_check_in_window(loaded, clock):
    # HK-4821 is at 10:45: check-in from 10:15 to 11:00.
    clock.set_local(dt.datetime(2026, 11, 24, 10, 14, tzinfo=LONDON))
    with loaded.session() as session:
        assert ap.match_reference(session, "HK-4821", HUB, clock()).outcome == CheckIn.EARLY
    clock.set_local(dt.datetime(2026, 11, 24, 11, 0, tzinfo=LONDON))
    with loaded.session() as session:
        assert ap.match_reference(session, "HK-4821", HUB, clock()).outcome == CheckIn.OK
    clock.advance(minutes=1)
    with loaded.session() as session:
        assert ap.match_reference(session, "HK-4821", HUB, clock()).outcome == CheckIn.LATE


def test_loading_twice_changes_nothing(loaded, clock):
    ap.load_demo_appointments(loaded, clock().astimezone(LONDON).date())
    with loaded.session() as session:
        assert len(ap.find_by_reference(session, "HK-4821")) == 1


def test_today_here_beats_another_day(clock):
    now = clock()
    here_today = ap.AppointmentInfo(ap.uuid.uuid4(), HUB, "housing", now)
    here_tomorrow = ap.AppointmentInfo(ap.uuid.uuid4(), HUB, "housing", now + dt.timedelta(days=1))
    elsewhere = ap.AppointmentInfo(ap.uuid.uuid4(), "cubitt-town-library", "housing", now)
    match = ap.best_match([here_tomorrow, elsewhere, here_today], HUB, now)
    assert match.appointment == here_today and match.outcome == CheckIn.OK
    match = ap.best_match([here_tomorrow, elsewhere], HUB, now)
    assert match.outcome == CheckIn.WRONG_HUB


@pytest.mark.parametrize("typed", ["4821", "hk 4821", "HK4821", "HK-482I", "hk 482l", " 4821 "])
def test_partial_references_and_slips_find_the_booking(loaded, clock, typed):
    with loaded.session() as session:
        match = ap.match_reference(session, typed, HUB, clock())
    assert match.outcome == CheckIn.OK
    assert match.appointment is not None and match.appointment.service_id == "housing"


def test_letter_o_for_zero(loaded, clock):
    # HK-7004 is at Chrisp Street: "7OO4" with two letter Os still finds it.
    with loaded.session() as session:
        match = ap.match_reference(session, "HK 7OO4", HUB, clock())
    assert match.outcome == CheckIn.WRONG_HUB


def test_digits_that_fit_two_bookings_ask_for_more(loaded, clock):
    from hubkiosk.store.models import Appointment

    with loaded.session() as session:
        session.add(
            Appointment(
                id=ap.uuid.uuid4(),
                hub_id=HUB,
                service_id="benefits",
                starts_at=clock(),
                reference="TH-4821",
            )
        )
    with loaded.session() as session:
        assert ap.match_reference(session, "4821", HUB, clock()).outcome == CheckIn.AMBIGUOUS
        # The whole reference is still one booking.
        whole = ap.match_reference(session, "TH-4821", HUB, clock())
    assert whole.outcome == CheckIn.OK and whole.appointment is not None
    assert whole.appointment.service_id == "benefits"


def test_too_few_digits_match_nothing(loaded, clock):
    with loaded.session() as session:
        assert ap.match_reference(session, "821", HUB, clock()).outcome == CheckIn.UNKNOWN


def test_the_server_is_asked_with_the_slips_undone():
    assert ap.server_reference("hk 482I") == "HK4821"
    assert ap.server_reference("HK-7OO4") == "HK7004"
    assert ap.server_reference("HK-4821") == "HK4821"


def test_a_booking_checked_in_today_says_so_after_its_check_in_time(loaded, clock, content):
    # HK-4821 is at 10:45 (check-in until 11:00), checked in at 10:30.
    with loaded.session() as session:
        match = ap.match_reference(session, "HK-4821", HUB, clock())
        assert match.appointment is not None
        ticket = ap.check_in(
            session, match.appointment, hub_id=HUB, catalogue=content.catalogue, now=clock()
        )
    clock.advance(minutes=36)
    with loaded.session() as session:
        by_reference = ap.match_reference(session, "HK-4821", HUB, clock())
        by_phone = ap.match_phone(session, "07700 900123", "beg", HUB, clock())
        late = ap.match_reference(session, "HK-3907", HUB, clock())  # never checked in
        again = ap.check_in(
            session, by_reference.appointment, hub_id=HUB, catalogue=content.catalogue, now=clock()
        )
    assert by_reference.outcome == by_phone.outcome == CheckIn.CHECKED_IN
    assert late.outcome == CheckIn.LATE
    assert again.id == ticket.id
