"""The server's SQLite log (WAL) is copied into its database file after each push is
answered, not inside a later push's commit (issue 16, drain), and it stays bounded: a
backlog pushed batch after batch, with no pause between, leaves a log of a few pushes at
most, not of the whole backlog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

from hubkiosk.store.db import Store
from sync.client.engine import SyncState
from tests.sync.conftest import Central, CentralMaker, FakeClock, make_engine
from tests.sync.test_sync_backlog import backlog

#: A log frame: a page of 4 KiB and its header.
FRAME = 4096 + 24


@pytest.fixture
def own_central(sqlite_url: str) -> Iterator[Central]:
    """A server over a SQLite file of this test's own (its log starts empty)."""
    maker = CentralMaker(sqlite_url)
    yield maker()
    maker.close()


def test_a_backlog_pushed_batch_by_batch_leaves_the_servers_log_small(
    own_central: Central, store: Store, clock: FakeClock
) -> None:
    database_path = Path(str(make_url(own_central.settings.db_url).database))
    log_path = database_path.with_name(database_path.name + "-wal")
    # The log is restarted past 150 pages here (2,000 in service): a push of 100 records
    # writes 50-100, so the 21 pushes below reach it whether or not copies keep up.
    checkpointer = own_central.thread.app.state.database.checkpointer
    checkpointer.restart_pages = 150
    backlog(store, 700, clock() - dt.timedelta(days=6))  # 2,100 records
    engine = make_engine(
        own_central.url, own_central.enrol(), store, clock, batch_size=100, max_batch_size=100
    )

    status = engine.sync_once()

    assert status.state is SyncState.OK, status.last_error
    assert status.sent_last_cycle == 2100
    # The log file keeps the largest size it reached: a few pushes' pages, not the
    # backlog's (over 1,000 pages, or SQLite's own copy at 1,000 left it that large).
    assert log_path.stat().st_size < 500 * FRAME
