"""A failed write never puts what a resident typed into hubkiosk.log, traceback included."""

from __future__ import annotations

import logging

from sqlalchemy import text

from hubkiosk.logs import setup_logging
from hubkiosk.ui.screens import ScreenId


def read_logs(kiosk) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(
        path.read_text(encoding="utf-8")
        for path in (kiosk.settings.data_dir / "logs").glob("*.log*")
    )


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
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "lookup failed" in written and "ValueError: no such resident" in written
    for personal in ("07700 900123", "900123", "sam@example.org", "E3 2AA"):
        assert personal not in written
