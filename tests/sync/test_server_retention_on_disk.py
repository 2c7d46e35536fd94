"""The central server's retention clears personal fields on disk, not only in its rows.

On SQLite, ``hubkiosk-server retention`` cleared the fields but the values it overwrote
stayed in ``server.db-wal`` (and could stay in the database file's freed space) until some
later checkpoint wrote over them. Now every server connection runs with ``secure_delete``
and the log is emptied (``wal_checkpoint(TRUNCATE)``) after a purge, as the kiosk does.
PostgreSQL keeps no such file of ours: the purge is the same there, and is checked in its
rows."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Text, cast, func, or_, select
from sqlalchemy.engine import make_url

from hubkiosk.store.db import open_store
from sync.client.engine import SyncState
from sync.server.cli import main as server_main
from sync.server.cli import retention_loop
from sync.server.db import Database
from sync.server.models import IngestedRecord
from sync.server.settings import ServerSettings
from tests.kiosk_store import seed_store
from tests.sync.conftest import Central, FakeClock, Visits, make_engine

pytestmark = pytest.mark.both_databases

#: Values no other test sends (the session's database is shared).
NAME, SURNAME, PHONE = "Quxwellina", "Vorbrugger", "07700900642"


def residents_records(tmp_path: Path, store_template: Path, central: Central, clock, tag: str):
    """A ticket with a call name and a form with a name and a phone, sent by a real kiosk."""
    store = open_store(seed_store(tmp_path / f"kiosk-{tag}", store_template))
    try:
        visits = Visits(store)
        visits.ticket(call_name=f"{NAME}{tag}")
        visits.form({"name": f"{NAME}{tag} {SURNAME}{tag}", "phone": PHONE})
        engine = make_engine(central.url, central.enrol(name=f"kiosk-{tag}"), store, clock)
        assert engine.sync_once().state is SyncState.OK
    finally:
        store.close()


def on_disk(db_url: str, values: list[str]) -> dict[str, list[str]]:
    """Each value, and the server's SQLite files holding it (the database and its log)."""
    database = Path(make_url(db_url).database or "")
    files = [database, database.with_name(database.name + "-wal")]
    return {
        value: [f.name for f in files if f.exists() and value.encode() in f.read_bytes()]
        for value in values
    }


def in_rows(central: Central, values: list[str]) -> int:
    with central.database.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(IngestedRecord)
                .where(or_(*(cast(IngestedRecord.payload, Text).contains(v) for v in values)))
            )
            or 0
        )


def test_retention_leaves_no_cleared_value_in_the_servers_files(
    tmp_path: Path,
    store_template: Path,
    central: Central,
    clock: FakeClock,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    values = [f"{NAME}1", f"{SURNAME}1"]
    residents_records(tmp_path, store_template, central, clock, "1")
    assert in_rows(central, values) == 2

    assert server_main(["--db", db_url, "retention", "--days", "0"]) == 0
    assert capsys.readouterr().out.startswith("cleared personal fields of ")

    assert in_rows(central, values) == 0
    if db_url.startswith("sqlite"):
        assert on_disk(db_url, values) == {value: [] for value in values}
        # What a purge frees is overwritten in the file too, on the serving app's
        # connections and on the commands' (the file's free space is not the log).
        for database in (Database(db_url, checkpointed=True), Database(db_url)):
            try:
                with database.engine.connect() as connection:
                    assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            finally:
                database.dispose()


def test_the_hourly_retention_of_serve_leaves_none_in_them_either(
    tmp_path: Path, store_template: Path, central: Central, clock: FakeClock, db_url: str
) -> None:
    values = [f"{NAME}2", f"{SURNAME}2"]
    residents_records(tmp_path, store_template, central, clock, "2")
    stop = threading.Event()
    stop.set()  # one round, then it ends (as when serve stops)

    retention_loop(ServerSettings(db_url=db_url, retention_days=0), stop)

    assert in_rows(central, values) == 0
    if db_url.startswith("sqlite"):
        assert on_disk(db_url, values) == {value: [] for value in values}


def test_retention_tells_it_one_record_as_one_record(
    tmp_path: Path,
    store_template: Path,
    central: Central,
    clock: FakeClock,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """IT reads the count as a sentence: "1 record", not "1 records"."""
    store = open_store(seed_store(tmp_path / "kiosk", store_template))
    try:
        Visits(store).ticket(call_name=f"{NAME}one")
        engine = make_engine(central.url, central.enrol(name="kiosk-one"), store, clock)
        assert engine.sync_once().state is SyncState.OK
    finally:
        store.close()

    assert server_main(["--db", db_url, "retention", "--days", "0"]) == 0
    # (and the central's bookings of the day, all past with no days kept)
    assert capsys.readouterr().out.startswith("cleared personal fields of 1 record, ")
    assert server_main(["--db", db_url, "retention", "--days", "0"]) == 0
    assert capsys.readouterr().out == "cleared personal fields of 0 records, 0 appointments\n"
