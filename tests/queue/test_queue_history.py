"""A check-in costs the same whatever the history the store holds (issue 16, busy hub).

The work is counted, never timed: SQL statements through a SQLAlchemy event, and SQLite's
own virtual-machine steps through its progress handler (a table scanned row by row costs
steps in proportion to its rows; an index search does not).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, insert

from hubkiosk.core import queue
from hubkiosk.store.db import Store
from hubkiosk.store.models import QueueEvent, Ticket

HUB = "idea-store-bow"
SERVICES = ("housing", "council-tax", "benefits", "parking")
VISITS_PER_DAY = 24
#: SQLite calls the progress handler every this many virtual-machine steps.
STEPS_PER_CALL = 50


def seed_history(store: Store, days: int, now: dt.datetime) -> None:
    """``days`` past days of visits: each checked in, called after 11 minutes, served 14
    minutes later; every sixth sent on to parking first (written with Core inserts, as a
    year of synced history would be)."""
    tickets: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for back in range(days, 0, -1):
        opened = (now - dt.timedelta(days=back)).replace(hour=9, minute=0)
        counts: dict[str, int] = {}
        for visit in range(VISITS_PER_DAY):
            service = SERVICES[visit % len(SERVICES)]
            counts[service] = counts.get(service, 0) + 1
            at = opened + dt.timedelta(minutes=5 * visit)
            ticket_id = uuid.uuid4()
            tickets.append({
                "id": ticket_id, "created_at": at, "hub_id": HUB, "service_id": service,
                "number": f"X-{counts[service]:03d}", "sequence": counts[service],
                "day": at.date(), "priority": "none", "language": "en",
            })  # fmt: skip
            steps = [("checked_in", 0, None, None), ("called", 11, "Desk 1", None)]
            if visit % 6 == 5:  # sent on to parking, and served there
                steps += [("transferred", 12, "Desk 1", "parking"), ("called", 13, "Desk 2", None)]
            steps.append(("served", 25 if visit % 6 != 5 else 27, "Desk 1", None))
            for kind, minutes, desk, to_service in steps:
                moment = at + dt.timedelta(minutes=minutes)
                events.append({
                    "id": uuid.uuid4(), "created_at": moment, "ticket_id": ticket_id,
                    "kind": kind, "desk": desk, "at": moment, "to_service_id": to_service,
                    "outcome": "resolved_first_contact" if kind == "served" else None,
                })  # fmt: skip
    with store.engine.begin() as connection:
        connection.execute(insert(Ticket), tickets)
        connection.execute(insert(QueueEvent), events)


@dataclass
class Work:
    statements: int = 0
    steps: int = 0


@contextmanager
def counted(store: Store) -> Iterator[tuple[Any, Work]]:
    """A session whose SQL statements and SQLite steps are counted into a :class:`Work`."""
    work = Work()

    def on_execute(*_args: Any) -> None:
        work.statements += 1

    def on_progress() -> int:
        work.steps += STEPS_PER_CALL
        return 0  # go on

    event.listen(store.engine, "before_cursor_execute", on_execute)
    try:
        with store.session() as session:
            raw = session.connection().connection.dbapi_connection
            raw.set_progress_handler(on_progress, STEPS_PER_CALL)
            try:
                yield session, work
            finally:
                raw.set_progress_handler(None, 0)
    finally:
        event.remove(store.engine, "before_cursor_execute", on_execute)


def check_in_work(store: Store, content: Any, now: dt.datetime) -> tuple[Work, Any]:
    """The work of what "Get my ticket" does: the wait shown first, then the ticket."""
    housing = content.catalogue.by_id("housing")
    with counted(store) as (session, work):
        queue.preview(session, hub_id=HUB, service=housing, now=now)
        issued = queue.issue_ticket(session, hub_id=HUB, service=housing, now=now)
    return work, issued


def test_a_check_in_does_the_same_work_after_30_or_300_days_of_history(
    tmp_path, store_template, content, clock
) -> None:
    from hubkiosk.store.db import open_store
    from tests.kiosk_store import seed_store

    found: dict[int, tuple[Work, Any]] = {}
    for days in (30, 300):
        store = open_store(seed_store(tmp_path / f"store-{days}", store_template))
        try:
            seed_history(store, days, clock())
            check_in_work(store, content, clock())  # warm: the statement cache, the pages
            found[days] = check_in_work(store, content, clock())
        finally:
            store.close()
    (month, month_ticket), (year, year_ticket) = found[30], found[300]
    # The resident is told the same: the history's 14-minute services, not the default.
    assert month_ticket.wait == year_ticket.wait
    assert month_ticket.wait.from_history and month_ticket.wait.minutes_per_person == 14.0
    assert year.statements == month.statements
    # Ten times the history may cost a few more steps (a deeper index), not ten times.
    assert year.steps <= month.steps * 1.2 + 500, (month.steps, year.steps)


def test_the_latest_services_give_the_rule_books_median_over_the_whole_fortnight(
    store, content, clock
) -> None:
    """Read newest first, in batches, the service times still give what the rule book
    gives over every event of the fortnight: transfers into and out of the service,
    implausible times (a ticket left open) skipped, older services beyond the window."""
    from sqlalchemy import select

    from hubkiosk.store.models import Outcome
    from sync.protocol import queue_rules as rules
    from sync.protocol import waits

    housing = content.catalogue.by_id("housing")
    tax = content.catalogue.by_id("council-tax")
    first = clock()
    for visit in range(90):  # four a day, 23 days: the first nine fall out of the fortnight
        clock.moment = first + dt.timedelta(days=visit // 4, hours=3 * (visit % 4) - 1.5)
        service = tax if visit % 2 == 0 else housing
        with store.session() as session:
            ticket = queue.issue_ticket(session, hub_id=HUB, service=service, now=clock())
            clock.advance(minutes=1)
            queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
            if visit % 5 == 0:  # sent to the other queue, then called again there
                other = "housing" if service is tax else "council-tax"
                queue.transfer(
                    session, hub_id=HUB, ticket_id=ticket.id, to_service_id=other,
                    desk="Desk 1", now=clock(), catalogue=content.catalogue,
                )  # fmt: skip
                clock.advance(minutes=2)
                queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
            # Housing takes longer as the day goes on; every 11th is left open for hours.
            clock.advance(minutes=200 if visit % 11 == 0 else 5 + visit // 4)
            queue.serve(
                session, hub_id=HUB, ticket_id=ticket.id, desk="Desk 1",
                outcome=Outcome.RESOLVED_FIRST_CONTACT, now=clock(),
            )  # fmt: skip
    with store.session() as session:
        rows = session.execute(
            select(QueueEvent.ticket_id, QueueEvent.kind, QueueEvent.at, QueueEvent.to_service_id)
            .where(QueueEvent.at >= rules.history_since(clock()))
            .order_by(QueueEvent.at, queue._ROWID)
        ).all()
        owners = {t: s for t, s in session.execute(select(Ticket.id, Ticket.service_id))}
        for service_id in ("housing", "council-tax"):
            every = rules.service_minutes(
                (rules.Event(t, k, a, to_service_id=s) for t, k, a, s in rows), owners, service_id
            )
            latest = queue.service_minutes(session, HUB, service_id, clock())
            assert len(every) > waits.WINDOW
            assert waits.rolling_median(latest) == waits.rolling_median(every) is not None
            assert latest == every[-len(latest) :]


@contextmanager
def counted_taps(store: Store) -> Iterator[Work]:
    """Every statement and SQLite step run on ``store`` (on whichever of its connections,
    the store worker's included) until the block ends."""
    work = Work()
    watched: dict[int, Any] = {}

    def on_progress() -> int:
        work.steps += STEPS_PER_CALL
        return 0

    def on_execute(connection: Any, *_args: Any) -> None:
        work.statements += 1
        raw = connection.connection.dbapi_connection
        if id(raw) not in watched:
            watched[id(raw)] = raw
            raw.set_progress_handler(on_progress, STEPS_PER_CALL)

    event.listen(store.engine, "before_cursor_execute", on_execute)
    try:
        yield work
    finally:
        event.remove(store.engine, "before_cursor_execute", on_execute)
        for raw in watched.values():
            raw.set_progress_handler(None, 0)


def test_get_my_ticket_reads_no_history_once_the_wait_is_shown(
    queue_kiosk, qtbot, click, clock
) -> None:
    """The confirmation reads the latest service times as it is shown (after its paint,
    for the wait it tells); the tap on "Get my ticket" then writes the ticket and reads
    today's queue only: the same statements and steps with 300 days of history as with
    none, and the ticket's wait is still the one the history gives (14-minute services)."""
    from hubkiosk.ui.screens import ScreenId

    found: dict[int, tuple[Work, Any]] = {}
    for days in (0, 300):
        kiosk = queue_kiosk()
        if days:
            seed_history(kiosk.store, days, clock())
        window = kiosk.window
        click(window, "Get a ticket or check in")
        click(window, "Housing")
        confirm = window.screens[ScreenId.TICKET_CONFIRM]
        qtbot.waitUntil(lambda confirm=confirm: confirm.preview is not None)
        with (
            counted_taps(kiosk.store) as work,
            qtbot.waitSignal(window.screen_changed, timeout=10_000),
        ):
            click(window, "Get my ticket")
        issued = window.screens[ScreenId.TICKET_ISSUED].ticket
        found[days] = (work, issued)
        click(window, "Done")
    (none, none_ticket), (year, year_ticket) = found[0], found[300]
    assert none_ticket.number == year_ticket.number == "H-001"
    assert not none_ticket.wait.from_history
    assert year_ticket.wait.from_history and year_ticket.wait.minutes_per_person == 14.0
    assert year.statements == none.statements, (none, year)
    assert year.steps <= none.steps + 2 * STEPS_PER_CALL, (none, year)


def test_a_ticket_uses_the_confirmations_service_times_only_while_they_stand(
    store, content, clock
) -> None:
    """Service times read for the confirmation stand for its ticket for a few minutes,
    for that service at that hub only; older ones, or another service's, are read again
    (a confirmation left open, a resident who went back and chose another service)."""
    housing = content.catalogue.by_id("housing")
    seed_history(store, 20, clock())  # 14-minute services
    slow = queue.ServiceTimes(
        hub_id=HUB, service_id="housing", minutes=(40.0,) * 20, read_at=clock()
    )

    def wait_with(times: queue.ServiceTimes, minutes_later: float) -> float:
        with store.session() as session:
            now = clock() + dt.timedelta(minutes=minutes_later)
            ticket = queue.issue_ticket(session, hub_id=HUB, service=housing, now=now, times=times)
            session.rollback()
        return ticket.wait.minutes_per_person

    assert wait_with(slow, 1) == 40.0  # read a minute ago: they stand
    assert wait_with(slow, queue.SERVICE_TIMES_FRESH.total_seconds() / 60 + 1) == 14.0
    other = queue.ServiceTimes(
        hub_id=HUB, service_id="council-tax", minutes=(40.0,) * 20, read_at=clock()
    )
    assert wait_with(other, 1) == 14.0
    elsewhere = queue.ServiceTimes(
        hub_id="another-hub", service_id="housing", minutes=(40.0,) * 20, read_at=clock()
    )
    assert wait_with(elsewhere, 1) == 14.0
