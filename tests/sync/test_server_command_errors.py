"""IT's mistakes with ``hubkiosk-server`` are answered in a line naming what to fix, not
with a Python traceback (a wrong database address, a time zone, a port, a folder)."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from hubkiosk.store.db import Store
from sync.server.cli import main


@pytest.mark.parametrize(
    ("argv", "env", "said"),
    [
        (["--db", "nonsense", "migrate"], {}, "is not a database address"),
        (
            ["--db", "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/x", "migrate"],
            {},
            "cannot open the database",
        ),
        (["--db", "mysql://x@127.0.0.1/y", "migrate"], {}, "is not a database address"),
        (["migrate"], {"HUBKIOSK_SERVER_TIMEZONE": "Mars/Base"}, "HUBKIOSK_SERVER_TIMEZONE"),
    ],
)
def test_a_wrong_setting_is_named_in_a_line(tmp_path, monkeypatch, capsys, argv, env, said):
    monkeypatch.chdir(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert said in err and err.startswith("hubkiosk-server: "), err
    assert "Traceback" not in err and "s3cret" not in err


def test_a_port_out_of_range_and_a_missing_folder_are_refused_plainly(
    tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", "99999"])
    assert exit_.value.code == 2
    assert "port" in capsys.readouterr().err
    out = tmp_path / "no-such-folder" / "hubs.json"
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["--db", db, "migrate"]) == 0
    dates = ["--from", "2026-01-01", "--to", "2026-01-31"]
    assert main(["--db", db, "report", "hubs", *dates, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and str(out) in err, err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["report", "hubs", "--from", "2026-03-01", "--to", "2026-01-01"], "--from"),
        (["retention", "--days", "-1"], "--days"),
    ],
)
def test_a_range_backwards_or_a_negative_retention_is_refused(
    tmp_path, monkeypatch, capsys, argv, said
):
    """A report from March to January answered an empty report, and ``retention --days -1``
    cleared even today's personal fields (the setting itself must be 0 or more)."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["--db", f"sqlite:///{tmp_path / 'x.db'}", *argv])
    assert exit_.value.code == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "hubs", "--from", "2026-01-01", "--to", "2026-01-31"],
        ["devices"],
        ["enrol", "--hub", "idea-store-bow"],
        ["retention", "--days", "30"],
        ["config", "publish"],
    ],
)
def test_a_mistyped_sqlite_path_is_refused_not_made_afresh(tmp_path, monkeypatch, capsys, argv):
    """A typo in ``--db`` made a new, empty database there: the report came out empty, an
    enrolment code was kept where no server looks, and IT was told nothing was wrong."""
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "hubkiosk-srever.sqlite3"
    assert main(["--db", f"sqlite:///{typo}", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hubkiosk-server: ") and "no database at" in err and str(typo) in err
    assert "hubkiosk-server migrate" in err and "Traceback" not in err
    assert not typo.exists()


def test_serve_without_migrating_refuses_a_database_behind_this_server(
    tmp_path, monkeypatch, capsys
):
    """``serve --no-migrate`` (a second server behind a load balancer, the schema migrated
    by one) on a database never migrated said it was healthy, then answered 500s."""
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "server.sqlite3"
    sqlite3.connect(db).close()  # there, but never migrated

    def served(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server started serving")

    monkeypatch.setattr("uvicorn.run", served)
    assert main(["--db", f"sqlite:///{db}", "serve", "--no-migrate", "--port", "1"]) == 2
    err = capsys.readouterr().err
    assert "not at this server's revision" in err and "hubkiosk-server migrate" in err, err
    assert main(["--db", f"sqlite:///{db}", "migrate"]) == 0


def _newer_server_database(tmp_path: Path, store: Store) -> Path:
    """A database a newer server migrated (a revision this one does not know)."""
    db = tmp_path / "newer.sqlite3"
    assert main(["--db", f"sqlite:///{db}", "migrate"]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0010_newer'")
    return db


def _kiosk_store(tmp_path: Path, store: Store) -> Path:
    """A kiosk's own store, given as ``--db`` by mistake."""
    return store.path


def _not_a_database(tmp_path: Path, store: Store) -> Path:
    db = tmp_path / "notes.sqlite3"
    db.write_text("root:x:0:0:root:/root:/bin/bash\n" * 50)
    return db


@pytest.mark.parametrize(
    ("database", "said"),
    [
        (_newer_server_database, "migrated by a newer hubkiosk-server"),
        (_kiosk_store, "is not a Hub Kiosk central database"),
        (_not_a_database, "file is not a database"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [["devices"], ["migrate"], ["serve", "--port", "1"], ["serve", "--no-migrate", "--port", "1"]],
)
def test_a_database_this_server_cannot_use_is_named_in_a_line(
    tmp_path, monkeypatch, capsys, store: Store, database, said: str, command: list[str]
):
    """``devices``, ``migrate`` and ``serve`` on a database a newer server migrated, on a
    kiosk's store given as ``--db``, or on a file that is no database at all gave a
    traceback of 73 to 112 lines; ``serve --no-migrate`` on the newer one said to run
    ``migrate``, which then gave that traceback. Now one line says what the database is."""
    monkeypatch.chdir(tmp_path)
    db = database(tmp_path, store)
    capsys.readouterr()

    def served(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server started serving")

    monkeypatch.setattr("uvicorn.run", served)
    assert main(["--db", f"sqlite:///{db}", *command]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hubkiosk-server: ") and err.count("\n") == 1, err
    assert said in err and "Traceback" not in err, err
    assert "run `hubkiosk-server migrate`" not in err
    if database is _newer_server_database:
        assert "upgrade this server" in err


@pytest.mark.parametrize("pin", ["١٢٣٤", "²³⁴⁵", "１２３４５６"])
def test_a_pin_of_digits_the_kiosk_pad_lacks_is_refused(tmp_path, monkeypatch, capsys, pin):
    """``adviser add --pin-stdin`` took Arabic-Indic, superscript or full-width digits (all
    digits to Python) and said "saved": the kiosk's pad types 0 to 9, so that adviser could
    never sign in."""
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["--db", db, "migrate"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{pin}\n"))
    assert main(["--db", db, "adviser", "add", "jo", "--name", "Jo", "--pin-stdin"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hubkiosk-server: ") and "0 to 9" in err and pin not in err, err
    assert main(["--db", db, "adviser", "list"]) == 0
    assert "jo" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        (["retention"], {"HUBKIOSK_SERVER_RETENTION_DAYS": "99999999999"}),
        (["enrol", "--hub", "idea-store-bow"], {"HUBKIOSK_SERVER_ENROL_CODE_HOURS": "1e12"}),
        (["serve", "--port", "1"], {"HUBKIOSK_SERVER_RETENTION_DAYS": "3000000"}),
    ],
)
def test_a_retention_or_a_code_lifetime_past_any_calendar_is_refused(
    tmp_path, monkeypatch, capsys, argv, env
):
    """A retention of millions of days, or an enrolment code valid for 10^12 hours, ended
    in an OverflowError traceback (under ``serve``, "retention: purge failed" each hour).
    The setting is now refused by name before anything runs, ``serve`` included."""
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["--db", db, "migrate"]) == 0
    assert main(["--db", db, "config", "publish"]) == 0
    capsys.readouterr()

    def served(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server started serving")

    monkeypatch.setattr("uvicorn.run", served)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["--db", db, *argv]) == 2
    err = capsys.readouterr().err
    [name] = env
    assert err.startswith(f"hubkiosk-server: {name}: ") and err.count("\n") == 1, err


def test_retention_days_past_any_calendar_are_refused(tmp_path, monkeypatch, capsys):
    """``retention --days 3000000`` ended in an OverflowError traceback."""
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["--db", db, "migrate"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main(["--db", db, "retention", "--days", "3000000"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--days" in err and "0 to 3650 days" in err and "Traceback" not in err, err


def test_an_enrolment_code_says_until_when_it_is_valid(tmp_path, monkeypatch, capsys):
    """QA (IT, s30): `enrol` printed a code and nothing of its 72 hours: IT handing it to a
    hub on Friday for Monday's install learnt of its end from the kiosk's refusal. The code
    alone stays on standard output (a script takes it from there)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HUBKIOSK_SERVER_ENROL_CODE_HOURS", "48")
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["--db", db, "migrate"]) == 0
    assert main(["--db", db, "config", "publish"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "enrol", "--hub", "idea-store-bow"]) == 0
    out, err = capsys.readouterr()
    assert len(out.split()) == 1  # the code, and only it
    assert "valid once, for 48 hours, until " in err and " UTC" in err, err


@pytest.mark.parametrize(
    "argv",
    [
        ["devices"],
        ["adviser", "list"],
        ["report", "hubs", "--from", "2026-11-01", "--to", "2026-11-30"],
    ],
)
def test_a_command_that_only_reads_leaves_an_older_database_as_it_is(
    tmp_path, monkeypatch, capsys, argv
):
    """QA (IT, s30): `devices`, `adviser list` and `report` upgraded an older database's
    schema on the spot, under the older server still serving from it (the README says only
    `migrate` and `serve` migrate). They now say what to run, in one line."""
    from alembic import command

    from sync.server import migrate
    from sync.server.db import Database

    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    database = Database(url)
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004_channel")
    database.dispose()
    assert main(["--db", url, *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hubkiosk-server: ") and "0004_channel" in err, err
    assert "hubkiosk-server migrate" in err and "Traceback" not in err
    database = Database(url)
    try:
        assert migrate.current(database.engine) == "0004_channel"
    finally:
        database.dispose()


def test_a_mistyped_hub_is_named_with_the_hubs_known(tmp_path, monkeypatch, capsys):
    """QA (IT, s35): `enrol --hub nowhere` on a server with its hubs published still said
    "run `config publish` first", sending IT to publish again for a typing slip."""
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["--db", db, "migrate"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "enrol", "--hub", "idea-store-bow"]) != 0
    assert "run `config publish` first" in capsys.readouterr().err  # nothing published yet
    assert main(["--db", db, "config", "publish"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "enrol", "--hub", "idea-store-bwo"]) != 0
    err = capsys.readouterr().err
    assert "unknown hub 'idea-store-bwo'" in err and "idea-store-bow" in err, err
    assert "config publish" not in err, err


def test_migrate_says_what_it_runs_on_an_older_database(tmp_path, monkeypatch, capsys):
    """QA (IT, s35): `migrate` from 0004 to 0011 printed only "database at revision
    0011_kept_hashes": not where it started, nor the steps, even the long one (0011 reads
    every record). It now names each step, with what it does, before running them."""
    from alembic import command
    from sqlalchemy import create_engine

    from sync.server import migrate as server_migrate

    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = create_engine(db)
    config = server_migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0010_turned_away_tally")
    engine.dispose()
    capsys.readouterr()
    assert main(["--db", db, "migrate"]) == 0
    out, err = capsys.readouterr()
    assert "migrating the database from 0010_turned_away_tally" in err, err
    lines = err.splitlines()
    assert any(line.startswith("  0011_kept_hashes: ") and len(line) > 30 for line in lines), err
    assert f"database at revision {server_migrate.head()}" in out
    assert main(["--db", db, "migrate"]) == 0  # at head: nothing to say
    assert "migrating" not in capsys.readouterr().err
