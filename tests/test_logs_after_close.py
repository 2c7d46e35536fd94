"""A kiosk that closes takes its log handlers with it: the process may go on (a command
after it, the next test) under another stderr."""

from __future__ import annotations

import io
import logging
import sys

from hubkiosk.app import main
from hubkiosk.logs import flush_logs
from tests.conftest import logged
from tests.kiosk_store import seed_store


def test_a_closed_kiosk_writes_no_later_line_to_the_stderr_it_started_with(
    tmp_path, store_template, monkeypatch
):
    """The self-test's kiosk, run under one stderr (a test's capture, closed when that test
    ended), kept its log handlers after it closed: the next command's warning ("the local
    store was damaged...") went to that closed stream, and Python printed "--- Logging
    error ---" and a traceback on the next command's stderr (tests/sync/test_recover_moved.py
    failed so after tests/test_store.py). Now a kiosk that closes writes its lines out and
    removes its handlers: a later line goes neither to the closed stream nor to its file."""
    data = seed_store(tmp_path / "kiosk", store_template)
    started_with = io.StringIO()
    monkeypatch.setattr(sys, "stderr", started_with)
    assert main(["--data-dir", str(data), "--self-test"]) == 0
    started_with.close()  # as a test's captured stderr is, once the test ends

    now = io.StringIO()
    monkeypatch.setattr(sys, "stderr", now)
    logging.getLogger("hubkiosk.store.db").error("store: a line logged after the kiosk closed")
    flush_logs()
    assert "Logging error" not in now.getvalue(), now.getvalue()
    assert "Traceback" not in now.getvalue(), now.getvalue()
    written = logged(data)
    assert "a line logged after the kiosk closed" not in written
    assert "store: backup written" in written  # the kiosk's own lines were written
