"""Records set aside for IT (refused by the server) keep residents' personal data only for
``set_aside_days``: then it is cleared as retention clears synced records, in the store, the
outbox payload, SQLite's log and the backups; the record stays, and IT is told when."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hubkiosk.core.pin import hash_pin
from hubkiosk.qt.maintenance import Maintenance
from hubkiosk.store import outbox
from hubkiosk.store import retention as kiosk_retention
from hubkiosk.store.db import Store
from hubkiosk.store.models import Feedback, FormSubmission, OutboxItem, OutboxState, SurveyResponse
from hubkiosk.store.scrub import scrub_after_retention
from hubkiosk.store.sync_port import StoreSyncPort
from hubkiosk.ui.screens.adviser import local_time
from tests.conftest import TUESDAY_1030, sign_in_by_pin
from tests.sync.conftest import HUB, Central, FakeClock, make_engine

NAME, PHONE = "Rahima Quxbegum", "07700900731"
#: The kiosk's clock had lost its time (a flat clock battery) when the form was filled in:
#: the kiosk still takes it, the server refuses it ("the time must be between 2020 and 2100").
LOST_CLOCK = dt.datetime(2000, 1, 1, 9, 0, tzinfo=dt.UTC)


def refused_form(store: Store, hub_id: str = HUB) -> FormSubmission:
    form = FormSubmission(
        form_id="blue-badge",
        form_version=1,
        hub_id=hub_id,
        reference="F-00731",
        answers={"name": NAME, "phone": PHONE},
        created_at=LOST_CLOCK,
    )
    with store.session() as session:
        outbox.add_record(session, form)
    return form


def stored(store: Store, form: FormSubmission) -> tuple[dict[str, object], OutboxItem]:
    with store.session() as session:
        row = session.get(FormSubmission, form.id)
        item = session.scalars(select(OutboxItem).where(OutboxItem.id == form.id)).one()
        assert row is not None
        session.expunge(item)
        return dict(row.answers), item


@pytest.mark.both_databases
def test_a_refused_forms_name_and_phone_go_after_the_set_aside_days_and_resending_is_refused_once(
    central: Central, store: Store, clock: FakeClock
) -> None:
    form = refused_form(store)
    backup = store.backup("manual", now=clock)  # made while the form waited to be sent
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().dead_letters == 1
    assert central.record(form.id) is None
    retention = dt.timedelta(days=1)
    set_aside = dt.timedelta(days=30)

    # Synced records' retention (a day) does not reach it: it is set aside, not synced.
    clock.advance(29 * 24 * 3600)
    with store.session() as session:
        early = kiosk_retention.purge_personal(
            session, grace=retention, set_aside=set_aside, now=clock
        )
    assert early.records == 0
    answers, item = stored(store, form)
    assert answers == {"name": NAME, "phone": PHONE} and item.state is OutboxState.DEAD

    clock.advance(2 * 24 * 3600)  # 31 days after it was set aside
    with store.session() as session:
        purged = kiosk_retention.purge_personal(
            session, grace=retention, set_aside=set_aside, now=clock
        )
    scrub_after_retention(store, grace=retention, set_aside=set_aside, now=clock)
    assert purged.records == 1
    answers, item = stored(store, form)
    assert answers == {} and item.payload["answers"] == {}
    assert item.state is OutboxState.DEAD  # kept: its other facts still count
    assert item.payload["form_id"] == "blue-badge" and item.payload["reference"] == "F-00731"
    assert NAME.encode() not in backup.read_bytes()
    assert PHONE.encode() not in backup.read_bytes()

    # IT sends it again: the server refuses it again (its time), once; it stays set aside.
    assert StoreSyncPort(store, clock=clock).requeue_dead_letters() == 1
    again = engine.sync_once()
    assert again.dead_letters == 1 and again.pending == 0
    assert "set aside" in again.summary
    assert engine.sync_once().sent_last_cycle == 0  # not sent again and again
    answers, item = stored(store, form)
    assert answers == {} and item.state is OutboxState.DEAD
    assert item.last_error is not None and "2020" in item.last_error


@pytest.mark.both_databases
def test_a_set_aside_record_the_server_takes_once_cleared_is_sent_without_its_personal_fields(
    make_central, store: Store, clock: FakeClock
) -> None:
    """A form refused as too large (a resident typed a long note): once its answers are
    cleared, IT's "send again" gets it accepted, its non-personal facts counted."""
    central = make_central(max_body_bytes=3000)
    form = FormSubmission(
        form_id="blue-badge",
        form_version=1,
        hub_id=HUB,
        reference="F-00732",
        answers={"name": NAME, "phone": PHONE, "note": "x" * 2000, "more": "x" * 2000},
    )
    with store.session() as session:
        outbox.add_record(session, form)
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().dead_letters == 1
    clock.advance(31 * 24 * 3600)
    with store.session() as session:
        kiosk_retention.purge_personal(
            session, grace=dt.timedelta(days=1), set_aside=dt.timedelta(days=30), now=clock
        )
    assert StoreSyncPort(store, clock=clock).requeue_dead_letters() == 1
    status = engine.sync_once()
    assert status.dead_letters == 0 and status.pending == 0
    received = central.record(form.id)
    assert received is not None and received.payload["answers"] == {}
    assert received.payload["reference"] == "F-00732"


def test_the_adviser_screen_says_when_a_set_aside_forms_personal_data_goes_and_that_it_went(
    make_kiosk, central: Central, qtbot, click
) -> None:
    clock = FakeClock(TUESDAY_1030.astimezone(dt.UTC))
    kiosk = make_kiosk(config={"adviser_pin_hash": hash_pin("97531", rounds=1000)}, clock=clock)
    store = kiosk.store
    hub = kiosk.settings.hub_id
    form = refused_form(store, hub)
    backup = store.backup("manual", now=clock)
    engine = make_engine(central.url, central.enrol(hub_id=hub), store, clock, hub_id=hub)
    assert engine.sync_once().dead_letters == 1
    set_aside_at = clock()

    window = kiosk.window
    adviser = sign_in_by_pin(kiosk, qtbot, click, "97531")
    clears_on = local_time(set_aside_at + dt.timedelta(days=30), "en")
    qtbot.waitUntil(lambda: "set aside for IT" in adviser.sync_line.text())
    assert f"cleared 30 days after they were set aside, next on {clears_on}." in (
        adviser.sync_line.text()
    )

    clock.advance(31 * 24 * 3600)
    maintenance = window.findChild(Maintenance)
    with qtbot.waitSignal(maintenance.finished, timeout=10_000):
        maintenance.run_once()
    kiosk.ctx.ops.wait()

    answers, item = stored(store, form)
    assert answers == {} and item.payload["answers"] == {} and item.state is OutboxState.DEAD
    for path in (backup, store.path, store.path.with_name(store.path.name + "-wal")):
        if path.exists():
            data = path.read_bytes()
            assert NAME.encode() not in data and PHONE.encode() not in data, path.name
    with qtbot.waitSignal(adviser.status_read, timeout=10_000):
        adviser.refresh()
    said = adviser.sync_line.text()
    assert "1 record was set aside for IT" in said
    assert "The personal details of 1 of them were cleared after 30 days" in said
    assert "next on" not in said


def test_what_residents_typed_into_a_set_aside_survey_or_feedback_goes_too(
    store: Store, clock: FakeClock
) -> None:
    """A set-aside survey response keeps its choices but not its typed answers; a set-aside
    feedback keeps its score but not its comment (the retention of synced records)."""
    typed = "I'm Sam Quxbegum, ring 07700 900731"
    survey = SurveyResponse(
        survey_id="council-cx-2022",
        survey_version=1,
        hub_id=HUB,
        complete=True,
        answers={"would-use-website": "no", "why-not-website": typed},
    )
    feedback = Feedback(hub_id=HUB, score=2, wait_minutes=35, comment="Ask for Rahima Quxbegum")
    with store.session() as session:
        outbox.add_record(session, survey)
        outbox.add_record(session, feedback)
    port = StoreSyncPort(store, clock=clock)
    for record in (survey, feedback):
        port.dead_letter(record.id, "conflict")
    clock.advance(31 * 24 * 3600)
    with store.session() as session:
        purged = kiosk_retention.purge_personal(
            session, grace=dt.timedelta(days=1), set_aside=dt.timedelta(days=30), now=clock
        )
    assert purged.records == 2
    with store.session() as session:
        response = session.get(SurveyResponse, survey.id)
        comment = session.get(Feedback, feedback.id)
        payloads = {i.id: i.payload for i in session.scalars(select(OutboxItem))}
        assert response is not None and comment is not None
        assert response.answers == {"would-use-website": "no", "why-not-website": {"removed": True}}
        assert payloads[survey.id]["answers"] == response.answers
        assert comment.comment is None and payloads[feedback.id]["comment"] is None
        assert payloads[feedback.id]["score"] == 2
    assert "Quxbegum" not in str(payloads)


def test_a_set_aside_form_sent_again_while_the_server_cannot_be_reached_still_loses_them(
    store: Store, clock: FakeClock
) -> None:
    """QA: IT pressed "Send set-aside records again" on day 29 while the hub's network was
    down; the form waited to be sent, and on day 40 it still held the resident's name and
    phone (retention left waiting records alone). Sending again never keeps them longer:
    they go 30 days after the first refusal, waiting or set aside."""
    form = refused_form(store)
    port = StoreSyncPort(store, clock=clock)
    port.dead_letter(form.id, "invalid: created_at: the time must be between 2020 and 2100")
    clock.advance(29 * 24 * 3600)
    assert port.requeue_dead_letters() == 1
    engine = make_engine("http://127.0.0.1:9", "token", store, clock, max_attempts=1)
    for _ in range(2):  # two days without the server
        clock.advance(24 * 3600)
        assert engine.sync_once().pending == 1
        with store.session() as session:
            kiosk_retention.purge_personal(
                session, grace=dt.timedelta(days=1), set_aside=dt.timedelta(days=30), now=clock
            )
    answers, item = stored(store, form)
    assert answers == {} and item.payload["answers"] == {}
    assert item.state is OutboxState.PENDING  # still to be sent, without them


def test_a_form_set_aside_while_the_kiosk_clock_had_lost_its_time_keeps_its_30_days(
    central: Central, store: Store
) -> None:
    """The case set_aside_days is for, QA: the kiosk's clock read 1 January 2000 (a flat
    battery), the server refused a resident's form for its time, and IT put the clock right
    that afternoon. The set-aside time, 2000 on the kiosk's clock, was 26 years past, so
    the name and phone went at the next retention round: IT lost its 30 days. A set-aside
    time before any time a record can have (2020) counts from when the clock is right."""
    lost = FakeClock(dt.datetime(2000, 1, 1, 9, 30, tzinfo=dt.UTC))
    form = FormSubmission(
        form_id="blue-badge",
        form_version=1,
        hub_id=HUB,
        reference="F-00733",
        answers={"name": NAME, "phone": PHONE},
        created_at=lost(),
    )
    with store.session() as session:
        outbox.add_record(session, form)
    engine = make_engine(central.url, central.enrol(), store, lost)
    assert engine.sync_once().dead_letters == 1
    right = FakeClock()  # IT puts the clock right
    for days in (0, 29):
        right.now += dt.timedelta(days=days)
        with store.session() as session:
            kiosk_retention.purge_personal(
                session, grace=dt.timedelta(days=1), set_aside=dt.timedelta(days=30), now=right
            )
        answers, _item = stored(store, form)
        assert answers == {"name": NAME, "phone": PHONE}, days
    right.now += dt.timedelta(days=2)
    with store.session() as session:
        kiosk_retention.purge_personal(
            session, grace=dt.timedelta(days=1), set_aside=dt.timedelta(days=30), now=right
        )
    answers, _item = stored(store, form)
    assert answers == {}
