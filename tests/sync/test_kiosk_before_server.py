"""A kiosk upgraded before its central server (QA s35): the older server did not know a
field of the kiosk's report (the heartbeat), refused every push for it, and the kiosk set
every record aside for IT, one by one, as if each were at fault: tickets, queue events,
feedback. The kiosk now sends its records without the report, and sets nothing aside."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hubkiosk.store.db import Store
from tests.sync.conftest import Central, FakeClock, Visits, make_engine, server_of_an_older_release


def as_older(body: bytes) -> bytes:
    """The push as a server of an older release reads it: a field of the report it does
    not know (``set_aside_cleared_at`` came with server migration 0009)."""
    return body.replace(b'"set_aside_cleared_at":', b'"a_field_from_the_future":')


@pytest.fixture
def older_server(central: Central) -> Iterator[str]:
    with server_of_an_older_release(central, as_older) as url:
        yield url


def test_records_reach_an_older_server_and_none_is_set_aside(
    central: Central, older_server: str, store: Store, visits: Visits, clock: FakeClock
) -> None:
    tickets = [visits.ticket() for _ in range(3)]
    feedback = visits.feedback()
    clock.advance(2 * 3600)  # the feedback's hour has ended: it is due
    token = central.enrol()

    status = make_engine(older_server, token, store, clock).sync_once()

    assert status.pending == 0 and status.dead_letters == 0, status.summary
    assert central.count("ticket") == 3 and central.count("feedback") == 1
    assert all(central.record(r.id) is not None for r in [*tickets, feedback])
