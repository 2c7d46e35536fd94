"""A kiosk of this release beside a central server not yet upgraded loses nothing.

The kiosk sends ``check_in_turned_away``, a record kind an older server does not know: it
refuses any push holding one (``invalid_batch``). The README says to upgrade the server
first, and what happens if it is not: the kiosk narrows the push down to those records,
sends the rest, and sets them aside for IT until they are sent again after the upgrade.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from hubkiosk.store.db import Store
from hubkiosk.store.records import add_check_in_turned_away
from hubkiosk.store.sync_port import StoreSyncPort
from tests.sync.conftest import Central, FakeClock, Visits, make_engine, server_of_an_older_release


def as_unknown(body: bytes) -> bytes:
    """The push as the last release's server reads it: the new kind is one it does not
    know, so its own validation refuses the whole push with its own ``invalid_batch``."""
    return body.replace(b'"check_in_turned_away"', b'"a_kind_from_the_future"')


@pytest.fixture
def older_server(central: Central) -> Iterator[str]:
    """The central server as one of the last release answers (everything else passes)."""
    with server_of_an_older_release(central, as_unknown) as url:
        yield url


def test_a_server_not_yet_upgraded_refuses_only_the_new_records_and_they_arrive_after(
    central: Central, older_server: str, store: Store, visits: Visits, clock: FakeClock
) -> None:
    tickets = [visits.ticket() for _ in range(3)]
    feedback = [visits.feedback() for _ in range(2)]
    with store.session() as session:
        turned = add_check_in_turned_away(
            session, hub_id=visits.hub_id, reason="late", created_at=dt.datetime.now(dt.UTC)
        )
    clock.advance(2 * 3600)  # the anonymous records' hour has ended: they are due
    token = central.enrol()

    before = make_engine(older_server, token, store, clock).sync_once()

    assert before.pending == 0 and before.dead_letters == 1, before.summary
    assert central.count("ticket") == 3 and central.count("feedback") == 2
    assert all(central.record(r.id) is not None for r in [*tickets, *feedback])
    assert central.record(turned) is None

    # The server is upgraded (the kiosk talks to it straight), and IT sends them again.
    assert StoreSyncPort(store).requeue_dead_letters() == 1
    after = make_engine(central.url, token, store, clock).sync_once()

    assert after.pending == 0 and after.dead_letters == 0, after.summary
    stored = central.record(turned)
    assert stored is not None and stored.outcome == "late"
