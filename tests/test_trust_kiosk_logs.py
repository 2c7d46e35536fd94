"""A failed write never puts what a resident typed into hubkiosk.log, traceback included."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading

from sqlalchemy import text

from hubkiosk.logs import flush_logs, setup_logging
from hubkiosk.ui.screens import ScreenId
from tests.conftest import logged


def read_logs(kiosk) -> str:
    return logged(kiosk.settings.data_dir)


def test_a_failed_ticket_write_leaves_no_name_in_the_log(open_kiosk, qtbot, click):
    kiosk = open_kiosk
    # The store refuses the ticket (as a locked or failing disk would), raising an
    # SQLAlchemy error about the INSERT that carries the resident's name.
    with kiosk.store.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER refuse_tickets BEFORE INSERT ON ticket "
                "BEGIN SELECT RAISE(ABORT, 'database is locked'); END"
            )
        )
    window = kiosk.window
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.keyClicks(confirm.name_edit, "Shamima")
    click(window, "Get my ticket")
    qtbot.waitUntil(lambda: "could not make your ticket" in confirm.message.text(), timeout=10_000)
    kiosk.ctx.ops.wait()

    logs = read_logs(kiosk)
    assert "operation issue_ticket failed" in logs  # the failure is logged with its traceback
    assert "database is locked" in logs
    assert "Shamima" not in logs


def test_exception_text_is_cleaned_too(tmp_path):
    path = setup_logging(tmp_path, "INFO")
    logger = logging.getLogger("hubkiosk.test")
    try:
        raise ValueError("no such resident: 07700 900123, sam@example.org, E3 2AA")
    except ValueError:
        logger.exception("lookup failed")
    flush_logs()
    written = path.read_text(encoding="utf-8")
    assert "lookup failed" in written and "ValueError: no such resident" in written
    for personal in ("07700 900123", "900123", "sam@example.org", "E3 2AA"):
        assert personal not in written


def test_the_thread_that_logs_never_writes_the_line_itself(tmp_path, monkeypatch):
    """A line logged on the screen's thread (a ticket issued, a printer fault) is written
    to the file, and a warning to stderr (the journal), by another thread: a disk or a
    journal slow to take it never holds up a tap."""
    writers: list[tuple[str, threading.Thread]] = []
    real_emit = logging.StreamHandler.emit

    def emit(handler: logging.StreamHandler, record: logging.LogRecord) -> None:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            writers.append(("file", threading.current_thread()))
        elif handler.stream is sys.stderr:
            writers.append(("stderr", threading.current_thread()))
        real_emit(handler, record)

    monkeypatch.setattr(logging.StreamHandler, "emit", emit)
    path = setup_logging(tmp_path, "INFO")
    logger = logging.getLogger("hubkiosk.test")
    logger.info("ticket H-001 issued for housing")
    logger.warning("ticket printer fault: paper out")
    flush_logs()
    written = path.read_text(encoding="utf-8")
    assert "ticket H-001 issued for housing" in written and "paper out" in written
    assert sorted(kind for kind, _thread in writers) == ["file", "file", "stderr"]
    assert all(thread is not threading.main_thread() for _kind, thread in writers)


def test_a_journal_that_stops_reading_never_fills_the_kiosks_memory(tmp_path, monkeypatch):
    """When the writer cannot write (journald stopped reading stderr, a hung disk), the
    lines waiting for it are bounded: past :data:`~hubkiosk.logs.QUEUED_LINES` new lines are
    dropped, not kept, and logging still returns at once (the screen's thread never waits).
    Once the writer can write again, the file says how many lines were lost."""
    from hubkiosk import logs

    stuck, release = threading.Event(), threading.Event()
    real_emit = logging.handlers.RotatingFileHandler.emit

    def emit(handler: logging.Handler, record: logging.LogRecord) -> None:
        stuck.set()
        release.wait()
        real_emit(handler, record)

    monkeypatch.setattr(logging.handlers.RotatingFileHandler, "emit", emit)
    path = setup_logging(tmp_path, "INFO")
    logger = logging.getLogger("hubkiosk.test")
    logger.info("first line")
    assert stuck.wait(10)  # the writer holds the first line, unable to write it
    extra = 250
    try:
        for n in range(logs.QUEUED_LINES + extra):
            logger.info("line %d", n)
        queued = logs.queued_lines()
        assert queued <= logs.QUEUED_LINES, queued
    finally:
        release.set()
    flush_logs()
    logger.info("after the journal read again")
    flush_logs()
    written = path.read_text(encoding="utf-8")
    assert "after the journal read again" in written
    assert f"{extra} log lines were dropped" in written
    assert f"line {logs.QUEUED_LINES - 1}" in written
    assert f"line {logs.QUEUED_LINES + extra - 1}\n" not in written


def test_a_full_disk_is_said_once_not_with_a_traceback_for_each_line(tmp_path, capfd):
    """Disk full (QA s35): each line the log file could not take put Python's "--- Logging
    error ---" and a whole traceback in the journal, and one more at exit. One line says the
    log cannot be written and why; the kiosk's warnings still reach the journal."""
    from hubkiosk.logs import stop_writer

    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "hubkiosk.log").symlink_to("/dev/full")  # each write: no space left on device
    setup_logging(tmp_path, "INFO")
    logger = logging.getLogger("hubkiosk.test")
    for n in range(1, 6):
        logger.info("ticket H-%03d issued for housing", n)
    logger.warning("ticket printer fault: paper out")
    flush_logs()
    stop_writer()  # as at exit
    err = capfd.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err, err
    said = [line for line in err.splitlines() if "cannot be written" in line]
    assert len(said) == 1, err
    assert str(folder / "hubkiosk.log") in said[0] and "No space left on device" in said[0]
    assert "paper out" in err
