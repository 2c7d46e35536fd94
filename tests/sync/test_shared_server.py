"""The session's shared central server behaves, for each test, like a freshly started one.

Tests get one migrated database and one running server per backend for the whole session
(tests/sync/conftest.py); between tests the tables are emptied, the test's clock swapped
in, the settings restored and what the app kept in memory dropped. Here one test fills the
server and spoils its settings, then does what the fixtures do before the next test, and
finds nothing of the first left.
"""

from __future__ import annotations

import datetime as dt

import pytest
import requests
from sqlalchemy import select

from hubkiosk.store.db import Store
from sync.client.engine import SyncState
from sync.server.models import IngestedRecord
from tests.sync.conftest import Central, CentralMaker, FakeClock, Visits, make_engine
from tests.sync.servers import BACKENDS

# Emptying tables is dialect SQL (TRUNCATE ... RESTART IDENTITY on PostgreSQL): run on both.
pytestmark = pytest.mark.both_databases

EARLIER = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
LIMIT = 10  # requests per device per minute in the first test


def lookup(central: Central, token: str) -> int:
    return requests.post(
        f"{central.url}/v1/appointments/lookup",
        json={"reference": "HK-0000"},
        headers=central.headers(token),
        timeout=10,
    ).status_code


def device(central: Central, token: str) -> int:
    return requests.get(
        f"{central.url}/v1/device", headers=central.headers(token), timeout=10
    ).status_code


def config_etag(central: Central, token: str) -> str:
    answer = requests.get(f"{central.url}/v1/config", headers=central.headers(token), timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.headers["ETag"]


def test_the_next_test_finds_a_fresh_server(
    db_url: str,
    make_central: CentralMaker,
    store: Store,
    visits: Visits,
    request: pytest.FixtureRequest,
) -> None:
    first = make_central(clock=FakeClock(EARLIER))
    # A test may change the settings of the server it was lent: the app reads them per
    # request, and builds its lookup limiter from them at the first lookup.
    first.settings.rate_limit_requests, first.settings.lookup_limit_per_hour = LIMIT, 1
    token, other = first.enrol(), first.enrol(name="kiosk 2")
    visits.ticket()
    assert make_engine(first.url, token, store, FakeClock(EARLIER)).sync_once().state is (
        SyncState.OK
    )
    assert first.count() == 1 and first.publish() == 2
    assert lookup(first, token) == 200 and lookup(first, token) == 429
    assert [device(first, other) for _ in range(LIMIT + 1)][-2:] == [200, 429]

    # What the fixtures do between two tests: empty the database, lend the server again.
    BACKENDS.prepare(db_url, request.config)
    following = CentralMaker(db_url)
    try:
        clock = FakeClock(LATER)
        second = following(clock=clock)
        assert second.url == first.url, "the server is shared, not started again"
        assert second.count() == 0
        assert device(second, token) == 401, "the first test's device is gone"
        fresh = second.enrol()
        assert config_etag(second, fresh).startswith('"v1-')
        assert [lookup(second, fresh) for _ in range(3)] == [200, 200, 200]
        assert {device(second, fresh) for _ in range(LIMIT + 1)} == {200}

        visits.ticket()
        engine = make_engine(second.url, fresh, store, clock)
        assert engine.sync_once().state is SyncState.OK
        assert second.count() == 1  # the new ticket only: the store's first one was acked
        with second.database.session() as session:
            record = session.scalars(select(IngestedRecord)).one()
            assert record.received_at == LATER and record.seq == 1
    finally:
        following.close()
