"""The local store: pragmas, migrations, corruption recovery, backups, atomic outbox."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from hubkiosk.store import backup, migrate, outbox
from hubkiosk.store.db import DB_NAME, open_store
from hubkiosk.store.models import Feedback, OutboxItem, OutboxState, StoreEvent, Ticket


def a_ticket(n: int = 1) -> Ticket:
    return Ticket(
        hub_id="idea-store-bow",
        service_id="housing",
        number=f"H-{n:03d}",
        sequence=n,
        day=dt.date(2026, 11, 24),
    )


def count(store, model) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def test_live_connection_is_wal_with_full_sync_and_foreign_keys(tmp_path):
    store = open_store(tmp_path)
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    store.close()


def test_migrations_run_from_empty_to_every_head(tmp_path):
    store = open_store(tmp_path)
    assert migrate.current(store.engine) == migrate.heads()
    tables = set(inspect(store.engine).get_table_names())
    for table in (
        "hub",
        "service",
        "ticket",
        "queue_event",
        "appointment",
        "form_submission",
        "survey_response",
        "feedback",
        "outbox_item",
        "config_snapshot",
    ):
        assert table in tables
    assert migrate.upgrade(store.engine) is False  # nothing left to do
    store.close()


def test_record_and_outbox_item_commit_together(tmp_path):
    store = open_store(tmp_path)
    with store.session() as session:
        item = outbox.add_record(session, a_ticket())
    with store.session() as session:
        saved = session.scalars(select(OutboxItem)).one()
        assert saved.id == item.id
        assert saved.kind == "ticket"
        assert saved.payload["number"] == "H-001"
        assert saved.state is OutboxState.PENDING
        assert session.get(Ticket, saved.id) is not None
    store.close()


def test_record_and_outbox_item_roll_back_together(tmp_path):
    store = open_store(tmp_path)
    with pytest.raises(RuntimeError), store.session() as session:
        outbox.add_record(session, a_ticket())
        raise RuntimeError("power cut before commit")
    # A record that breaks a constraint takes its outbox item down with it.
    with store.session() as session:
        outbox.add_record(session, a_ticket(5))
    with pytest.raises(IntegrityError), store.session() as session:
        outbox.add_record(session, Feedback(hub_id="idea-store-bow", score=4))
        outbox.add_record(session, a_ticket(5))  # same day, service and sequence: unique
    assert count(store, Ticket) == 1
    assert count(store, Feedback) == 0
    assert count(store, OutboxItem) == 1
    store.close()


def test_records_get_client_made_uuids(tmp_path):
    store = open_store(tmp_path)
    with store.session() as session:
        first = outbox.add_record(session, a_ticket(1))
        second = outbox.add_record(session, a_ticket(2))
    assert isinstance(first.id, uuid.UUID) and first.id != second.id
    store.close()


def test_corrupt_store_is_moved_aside_and_a_fresh_one_starts(tmp_path):
    store = open_store(tmp_path)
    store.close()
    for old in (tmp_path / "backups").iterdir():
        old.unlink()
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 500)
    store = open_store(tmp_path)
    moved = list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not")
    assert store.notices and "moved aside" in store.notices[0] and "fresh store" in store.notices[0]
    events = store.unseen_events()
    assert [e.kind for e in events] == ["store_repaired"]
    with store.session() as session:
        outbox.add_record(session, a_ticket())
    assert count(store, Ticket) == 1
    store.close()


def test_corrupt_store_is_replaced_by_the_newest_backup(tmp_path):
    store = open_store(tmp_path)
    with store.session() as session:
        outbox.add_record(session, a_ticket(1))
    store.backup("manual")
    with store.session() as session:
        outbox.add_record(session, a_ticket(2))
    store.close()
    path = tmp_path / DB_NAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        (tmp_path / (DB_NAME + side)).unlink(missing_ok=True)
    store = open_store(tmp_path)
    assert "was restored" in store.notices[0]
    with store.session() as session:
        numbers = session.scalars(select(Ticket.number)).all()
        assert numbers == ["H-001"]
        assert session.scalars(select(StoreEvent.kind)).all() == ["store_repaired"]
    assert list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    store.close()


def test_backups_use_the_backup_api_and_keep_seven(tmp_path):
    store = open_store(tmp_path)
    with store.session() as session:
        outbox.add_record(session, a_ticket())
    for _ in range(10):
        store.backup("manual")
    kept = backup.list_backups(store.backup_dir)
    assert len(kept) == backup.KEEP == 7
    newest = kept[-1]
    from hubkiosk.store.db import make_engine

    engine = make_engine(newest)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT number FROM ticket")).scalar() == "H-001"
    engine.dispose()
    store.close()


def test_daily_backup_only_when_the_newest_is_a_day_old(tmp_path):
    store = open_store(tmp_path)
    before = len(backup.list_backups(store.backup_dir))
    assert before == 1  # made at first start
    assert store.backup_if_due() is None
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1)
    assert store.backup_if_due(lambda: tomorrow) is not None
    assert len(backup.list_backups(store.backup_dir)) == 2
    store.close()


def test_migration_of_an_existing_store_takes_a_backup_first(tmp_path, monkeypatch):
    store = open_store(tmp_path)
    store.close()
    calls: list[str] = []
    monkeypatch.setattr(migrate, "heads", lambda: {"0001", "9999_future"})
    real_upgrade = migrate.command.upgrade
    monkeypatch.setattr(
        migrate.command, "upgrade", lambda config, target: calls.append(target) or None
    )
    from hubkiosk.store.db import make_engine

    engine = make_engine(tmp_path / DB_NAME)
    assert migrate.upgrade(engine, before=lambda: calls.append("backup")) is True
    assert calls == ["backup", "heads"]
    engine.dispose()
    assert real_upgrade is not None
