"""The local store: pragmas, migrations, corruption recovery, backups, atomic outbox."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy import insert as sa_insert
from sqlalchemy.exc import IntegrityError

from hubkiosk.store import backup, migrate, outbox
from hubkiosk.store.db import DB_NAME, open_store
from hubkiosk.store.models import Feedback, OutboxItem, OutboxState, StoreEvent, Ticket


def with_new_revisions(folder: Path, *revisions: tuple[str, str | tuple[str, ...]]) -> Path:
    """A copy of the store's migrations with ``(revision, down_revision)`` files added, each
    making a table ``extra_<revision>``, as a feature branch would."""
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    for revision, down in revisions:
        (folder / "versions" / f"{revision}_test.py").write_text(
            f'''"""A test revision."""

import sqlalchemy as sa
from alembic import op

revision: str = {revision!r}
down_revision: str | tuple[str, ...] | None = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("extra_{revision}", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("extra_{revision}")
''',
            encoding="utf-8",
        )
    return folder


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
        # Cleared personal fields are overwritten, not left in free pages a backup copies.
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
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


def test_a_migrated_store_has_every_table_and_index_the_models_declare(tmp_path):
    """Models and migrations agree (an index added to a model without its migration would
    leave every installed kiosk scanning the table)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from hubkiosk.store.models import Base

    store = open_store(tmp_path)
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    indexes = {index["name"] for index in inspect(store.engine).get_indexes("queue_event")}
    assert {"ix_queue_event_ticket_kind", "ix_queue_event_kind_at"} <= indexes
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
    assert f"hubkiosk --recover-moved {moved[0]} queues them" in store.notices[0]
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


def test_backups_made_while_the_clock_was_a_year_fast_do_not_stop_new_ones(tmp_path):
    """A kiosk's clock ran a year fast (flat RTC battery) for a week, then NTP put it right."""
    real = dt.datetime.now(dt.UTC).replace(microsecond=0)
    store = open_store(tmp_path, now=lambda: real)
    fast = [real + dt.timedelta(days=365, hours=n) for n in range(7)]
    for when in fast:
        store.backup("daily", now=lambda when=when: when)
    assert [backup.backup_time(p) for p in backup.list_backups(store.backup_dir)] == fast

    # The clock is right again: the daily backup is due, and it is the newest one.
    daily = store.backup_if_due(lambda: real)
    assert daily is not None and daily.exists()
    assert backup.newest_backup(store.backup_dir, now=lambda: real) == daily
    # "Back up now" keeps what it wrote; a year-ahead backup goes instead.
    manual = store.backup("manual", now=lambda: real + dt.timedelta(minutes=1))
    kept = backup.list_backups(store.backup_dir, now=lambda: real + dt.timedelta(minutes=1))
    assert manual.exists() and daily.exists()
    assert kept[-2:] == [daily, manual]
    assert len(kept) == backup.KEEP
    assert [backup.backup_time(p) for p in kept[:-2]] == fast[2:]
    # Backups go on once a day.
    assert store.backup_if_due(lambda: real + dt.timedelta(hours=23)) is None
    tomorrow = real + dt.timedelta(days=1, minutes=2)
    assert store.backup_if_due(lambda: tomorrow) is not None
    assert store.backup_if_due(lambda: tomorrow + dt.timedelta(hours=1)) is None
    store.close()


def test_a_backup_a_few_seconds_ahead_still_counts_as_the_newest(tmp_path):
    """NTP nudging the clock back a little is not a clock from the future."""
    real = dt.datetime.now(dt.UTC).replace(microsecond=0)
    store = open_store(tmp_path, now=lambda: real)
    ahead = store.backup("daily", now=lambda: real + dt.timedelta(seconds=30))
    assert backup.newest_backup(store.backup_dir, now=lambda: real) == ahead
    assert store.backup_if_due(lambda: real) is None
    store.close()


def test_migration_of_an_existing_store_takes_a_backup_first(tmp_path):
    store = open_store(tmp_path / "data")
    store.close()
    heads = sorted(migrate.script_heads())
    on_top = heads[0] if len(heads) == 1 else tuple(heads)
    migrations = with_new_revisions(tmp_path / "migrations", ("0099_extra", on_top))
    from hubkiosk.store.db import make_engine

    engine = make_engine(tmp_path / "data" / DB_NAME)
    calls: list[str] = []
    assert migrate.upgrade(engine, before=lambda: calls.append("backup"), migrations=migrations)
    assert calls == ["backup"]
    assert migrate.recorded(engine) == {"0099_extra"}
    assert "extra_0099_extra" in inspect(engine).get_table_names()
    assert not migrate.upgrade(engine, before=lambda: calls.append("again"), migrations=migrations)
    assert calls == ["backup"]
    engine.dispose()


def test_the_files_heads_are_alembics_heads_with_branches_and_merges(tmp_path):
    assert migrate.script_heads() == migrate.heads()
    (head,) = migrate.script_heads()
    branched = with_new_revisions(tmp_path / "branched", ("0090_left", head), ("0090_right", head))
    assert (
        migrate.script_heads(branched)
        == migrate.heads(branched)
        == {
            "0090_left",
            "0090_right",
        }
    )
    merged = with_new_revisions(
        tmp_path / "merged",
        ("0090_left", head),
        ("0090_right", head),
        ("0091_merge", ("0090_left", "0090_right")),
    )
    assert migrate.script_heads(merged) == migrate.heads(merged) == {"0091_merge"}


def test_a_store_on_two_branches_is_upgraded_to_both_heads(tmp_path):
    store = open_store(tmp_path / "data")
    store.close()
    (head,) = migrate.script_heads()
    branched = with_new_revisions(tmp_path / "branched", ("0090_left", head), ("0090_right", head))
    from hubkiosk.store.db import make_engine

    engine = make_engine(tmp_path / "data" / DB_NAME)
    assert migrate.upgrade(engine, migrations=branched) is True
    assert migrate.recorded(engine) == {"0090_left", "0090_right"} == migrate.current(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"extra_0090_left", "extra_0090_right"} <= tables
    assert migrate.upgrade(engine, migrations=branched) is False
    engine.dispose()


OPEN_AND_LIST_MODULES = """
import sys
from pathlib import Path
from hubkiosk.store.db import open_store
store = open_store(Path(sys.argv[1]))
with store.session() as session:
    pass
store.close()
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & {"alembic", "mako", "pygments"})))
"""


def test_a_store_at_head_opens_without_importing_alembic(tmp_path):
    def opened_with(data: Path) -> str:
        done = subprocess.run(
            [sys.executable, "-c", OPEN_AND_LIST_MODULES, str(data)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout.strip()

    data = tmp_path / "data"
    assert "alembic" in opened_with(data).split()  # a new store is made by the migrations
    assert opened_with(data) == ""  # at head: no Alembic, no Mako
    store = open_store(data)
    assert migrate.recorded(store.engine) == migrate.heads()
    store.close()


def test_a_store_from_a_newer_version_is_refused_and_its_backups_kept(tmp_path, capsys):
    """A store written by a newer kiosk (a schema revision this one does not know) crashed
    the start with Alembic's traceback, after a "pre-migration" backup that pushed out the
    oldest good one: the service's restarts, every 3 s, replaced all seven within seconds."""
    from hubkiosk.app import main

    store = open_store(tmp_path)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    store.close()
    kept = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert kept
    for _ in range(8):  # the service restarting it
        assert main(["--data-dir", str(tmp_path), "--self-test"]) == 1
    said = capsys.readouterr().out
    assert "newer Hub Kiosk" in said and "0099_future" in said, said
    assert "Traceback" not in said
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == kept


def test_a_store_another_program_holds_is_refused_not_replaced(tmp_path):
    """A store locked by another program (a copy or a check IT left running) was taken for
    a damaged one: moved aside and replaced by the last backup, leaving the records made
    since in the moved file."""
    import sqlite3

    store = open_store(tmp_path)
    with store.session() as session:
        outbox.add_record(session, a_ticket())
    store.close()
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    holder = sqlite3.connect(tmp_path / DB_NAME)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(RuntimeError, match="cannot be read now"):
            open_store(tmp_path)
    finally:
        holder.rollback()
        holder.close()
    assert not list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == backups
    store = open_store(tmp_path)  # once let go, it opens as it was
    assert count(store, Ticket) == 1
    store.close()


def test_the_self_test_reports_a_store_it_had_to_repair(tmp_path, capsys):
    """A damaged store was moved aside and a backup restored, and the self-test still said
    "store and resources sound": IT never learned that records may be in the moved file."""
    from hubkiosk.app import main

    open_store(tmp_path).close()
    with open(tmp_path / DB_NAME, "r+b") as damaged:
        damaged.truncate(5000)
    assert main(["--data-dir", str(tmp_path), "--self-test"]) == 1
    said = capsys.readouterr().out
    assert "store and resources sound" not in said
    assert "damaged" in said and "moved aside" in said, said
    assert main(["--data-dir", str(tmp_path), "--self-test"]) == 0  # repaired: sound now


def test_a_store_cut_to_nothing_is_damaged_and_its_backup_restored(tmp_path, capsys):
    """A store truncated to 0 bytes (a power cut, a disk fault) was taken by SQLite for a
    new database: quick_check said ok, the self-test "store and resources sound", no
    notice, the backup was not restored, and the next daily backup of the empty store
    pushed the good ones out. The kiosk never leaves its store empty (the first
    connection writes its header), so an empty store file is damaged, as a half one is."""
    from hubkiosk.app import main

    store = open_store(tmp_path)
    with store.session() as session:
        outbox.add_record(session, a_ticket())
    store.backup("manual")
    store.close()
    (tmp_path / DB_NAME).write_bytes(b"")
    assert main(["--data-dir", str(tmp_path), "--self-test"]) == 1
    said = capsys.readouterr().out
    assert "store and resources sound" not in said
    assert "damaged (the file is empty)" in said and "moved aside" in said, said
    assert "not yet synced are lost" in said  # not "in the moved file": it is empty
    assert [p.stat().st_size for p in tmp_path.glob(f"{DB_NAME}.corrupt-*")] == [0]
    store = open_store(tmp_path)
    assert count(store, Ticket) == 1  # the backup's ticket is back
    store.close()


def test_an_empty_backup_is_never_restored(tmp_path):
    """A backup cut to 0 bytes was "sound" too: a damaged store was replaced by it, an
    empty store, instead of by the older good backup."""
    store = open_store(tmp_path, now=lambda: dt.datetime(2025, 3, 1, 9, tzinfo=dt.UTC))
    with store.session() as session:
        outbox.add_record(session, a_ticket())
    newest = store.backup("manual", now=lambda: dt.datetime(2025, 3, 2, 9, tzinfo=dt.UTC))
    store.close()
    newest.write_bytes(b"")
    with open(tmp_path / DB_NAME, "r+b") as damaged:
        damaged.truncate(5000)
    store = open_store(tmp_path)
    assert "hubkiosk-20250301" in store.notices[0], store.notices
    store.close()


def test_a_file_it_put_among_the_backups_stops_nothing_and_is_left_alone(tmp_path):
    """A copy IT named by hand (``hubkiosk-before-upgrade.sqlite3``) in the backups folder
    stopped the kiosk starting: "time data 'before' does not match format ...". It is not a
    backup of the kiosk's: never counted, restored or pruned."""
    open_store(tmp_path).close()
    folder = tmp_path / "backups"
    by_hand = folder / "hubkiosk-before-upgrade.sqlite3"
    shutil.copy(next(folder.iterdir()), by_hand)
    store = open_store(tmp_path)
    for _ in range(9):
        store.backup("manual")
    store.close()
    assert by_hand.exists()
    assert by_hand not in backup.list_backups(folder)
    assert len(backup.list_backups(folder)) == backup.KEEP


def test_an_upgraded_store_keeps_each_feedbacks_wait_as_its_band(tmp_path):
    """A kiosk before this kept a quick feedback's wait to the minute, and sent it so (QA,
    session 36: with its hour and service it picked out the one ticket of that wait at the
    centre). Upgraded, its row and its outbox item, sent or waiting, keep the band."""
    from alembic import command

    from hubkiosk.store.db import make_engine

    store = open_store(tmp_path / "data")
    store.close()
    engine = make_engine(tmp_path / "data" / DB_NAME)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004_turned_away")
    made = dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC)
    waits = {uuid.uuid4(): wait for wait in (0, 3, 17, 44, 45, 70, None)}
    with engine.begin() as connection:
        for seq, (record_id, wait) in enumerate(waits.items(), start=1):
            payload = {"id": str(record_id), "hub_id": "idea-store-bow", "score": 4,
                       "service_id": "housing", "wait_minutes": wait,
                       "created_at": made.isoformat()}  # fmt: skip
            connection.execute(
                sa_insert(Feedback).values(
                    id=record_id, hub_id="idea-store-bow", score=4, service_id="housing",
                    wait_minutes=wait, created_at=made, channel="SELF_SERVICE",
                )
            )  # fmt: skip
            connection.execute(
                sa_insert(OutboxItem).values(
                    seq=seq, id=record_id, kind="feedback", payload=payload, created_at=made,
                    state="ACKED" if seq % 2 else "PENDING", attempts=0,
                )
            )  # fmt: skip

    assert migrate.upgrade(engine)
    banded = [0, 0, 10, 30, 45, 60, None]
    with engine.connect() as connection:
        rows = dict(connection.execute(select(Feedback.id, Feedback.wait_minutes)).tuples().all())
        items = dict(connection.execute(select(OutboxItem.id, OutboxItem.payload)).tuples().all())
    assert [rows[record_id] for record_id in waits] == banded
    assert [items[record_id]["wait_minutes"] for record_id in waits] == banded
    engine.dispose()
