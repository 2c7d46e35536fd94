"""Issue 16, a quick start: the home screen is painted before anything it does not need is
imported, from what the last start remembered (hubkiosk/quickstart.py); the store, the
settings' validation, the content and the sync engine follow, and a resident's tap made
meanwhile is not lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from hubkiosk.app import FirstPaint, build, load_settings, parse_args, quick_start
from hubkiosk.quickstart import MEMO_NAME, early_data_dir
from hubkiosk.store.db import DB_NAME
from hubkiosk.ui.screens import ScreenId
from tests.kiosk_store import seed_store

ROOT = Path(__file__).resolve().parent.parent
#: A Tuesday morning: Idea Store Bow is open and gives tickets.
TUESDAY_1030 = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
#: Modules the home screen does not need: none may be imported before its first paint.
HEAVY = ("sqlalchemy", "alembic", "pydantic", "pydantic_settings", "requests", "urllib3")


def start_kiosk(data: Path, probe: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """``python -m hubkiosk --windowed --data-dir DATA``, as a hub starts it, with the
    start probe (``HUBKIOSK_START_PROBE``) reporting its first paint (and readiness)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HUBKIOSK_")}
    return subprocess.run(
        [sys.executable, "-m", "hubkiosk", "--windowed", "--data-dir", str(data), *extra],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**clean, "QT_QPA_PLATFORM": "offscreen", "HUBKIOSK_START_PROBE": probe},
    )


def events(done: subprocess.CompletedProcess[str]) -> dict[str, dict]:
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {line["event"]: line for line in lines}


def test_the_home_screen_is_painted_before_the_heavy_modules_are_imported_then_all_loads(
    tmp_path,
):
    data = tmp_path / "data"
    first = start_kiosk(data, "paint")  # the first start ever: a full one, then the memo
    assert first.returncode == 0, first.stderr
    assert (data / MEMO_NAME).is_file()

    again = start_kiosk(data, "ready")
    assert again.returncode == 0, again.stderr
    seen = events(again)
    painted = set(seen["paint"]["modules"])
    assert not painted & set(HEAVY), sorted(painted & set(HEAVY))
    assert not [m for m in painted if m == "sync" or m.startswith("sync.")]
    assert "hubkiosk.ui.screens.home" in painted
    # Then the kiosk became whole: the store, the sync engine and the validated settings.
    ready = set(seen["ready"]["modules"])
    assert {"sqlalchemy", "pydantic", "hubkiosk.store.db", "hubkiosk.qt.sync_controller"} <= ready
    assert seen["ready"]["time"] >= seen["paint"]["time"]


def test_a_tap_right_after_the_first_paint_leads_to_a_ticket(
    tmp_path, qtbot, click, store_template
):
    data = seed_store(tmp_path / "data", store_template)
    argv = ["--windowed", "--data-dir", str(data)]
    earlier = build(argv, connect=False)  # yesterday's start left the memo
    earlier.close()
    earlier.window.deleteLater()

    quick = quick_start(argv, parse_args(argv), clock=lambda: TUESDAY_1030)
    assert quick is not None
    window = quick.window
    qtbot.addWidget(window)
    painted: list[bool] = []
    FirstPaint(window.screens[ScreenId.HOME], lambda: painted.append(True))
    window.resize(1280, 900)
    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    try:
        assert not quick.ctx.is_ready  # the store is not open yet
        click(window, "Get a ticket or check in")
        assert window.current is ScreenId.HOME  # kept, not lost, until the store is open
        with qtbot.waitSignal(quick.done, timeout=30_000) as started:
            quick.begin()
        assert started.args == [0]
        assert quick.ctx.is_ready
        assert window.current is ScreenId.QUEUE
        service = quick.ctx.content.catalogue.services[0]
        click(window, service.name.get("en"))
        assert window.current is ScreenId.TICKET_CONFIRM
        with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
            click(window, "Get my ticket")
        assert shown.args == [ScreenId.TICKET_ISSUED]
        assert window.screens[ScreenId.TICKET_ISSUED].number.text() == f"{service.prefix}-001"
        # The home page scrolls under a finger too, set up once it was painted.
        assert window.pages[ScreenId.HOME].property("touch_scrolling")
    finally:
        issued = window.screens.get(ScreenId.TICKET_ISSUED)
        if issued is not None:
            issued.print_ops.wait()
        quick.close()


def test_a_changed_config_file_makes_a_full_start(tmp_path, store_template):
    data = seed_store(tmp_path / "data", store_template)
    config = tmp_path / "kiosk.json"
    config.write_text(json.dumps({"idle_seconds": 60}))
    argv = ["--windowed", "--data-dir", str(data), "--config", str(config)]
    build(argv, connect=False).close()
    assert quick_start(argv, parse_args(argv)) is not None
    config.write_text(json.dumps({"idle_seconds": 61}))
    assert quick_start(argv, parse_args(argv)) is None


def test_the_memo_follows_new_content(tmp_path, store_template, qtbot):
    import dataclasses

    data = seed_store(tmp_path / "data", store_template)
    argv = ["--windowed", "--data-dir", str(data)]
    kiosk = build(argv, connect=False)
    qtbot.addWidget(kiosk.window)
    hubs = kiosk.content.hubs
    renamed = [
        hub.model_copy(update={"name": hub.name.model_copy(update={"root": {"en": "Bow Hub"}})})
        if hub.id == kiosk.settings.hub_id
        else hub
        for hub in hubs.hubs
    ]
    new = dataclasses.replace(kiosk.content, hubs=hubs.model_copy(update={"hubs": renamed}))
    kiosk.ctx.set_content(new)
    kiosk.close()
    quick = quick_start(argv, parse_args(argv))
    assert quick is not None
    qtbot.addWidget(quick.window)
    assert quick.window.hub_name.text() == "Bow Hub"
    quick.close()


@pytest.mark.parametrize("source", ["flag", "variable", "json", "toml", "demo", "default"])
def test_the_early_data_dir_is_the_one_the_settings_name(tmp_path, monkeypatch, source):
    for name in [k for k in os.environ if k.startswith("HUBKIOSK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    argv = ["--windowed"]
    if source == "flag":
        argv += ["--data-dir", str(tmp_path / "flag")]
    elif source == "variable":
        monkeypatch.setenv("HUBKIOSK_DATA_DIR", str(tmp_path / "variable"))
    elif source in ("json", "toml", "demo"):
        config = tmp_path / f"kiosk.{'toml' if source == 'toml' else 'json'}"
        folder = str(tmp_path / source)
        config.write_text(
            f"data_dir = {json.dumps(folder)}\n"
            if source == "toml"
            else json.dumps({"data_dir": folder})
        )
        argv += ["--config", str(config)] + (["--demo"] if source == "demo" else [])
    args = parse_args(argv)
    assert early_data_dir(args.data_dir, args.demo, args.config) == load_settings(args).data_dir


def test_a_store_that_cannot_open_after_the_first_paint_is_said_plainly(tmp_path):
    import sqlite3

    data = tmp_path / "data"
    assert start_kiosk(data, "paint").returncode == 0
    # A store a newer kiosk migrated (then the kiosk was rolled back): no migration leads
    # from its revision, so it cannot be opened.
    with sqlite3.connect(data / DB_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_a_newer_kiosk'")
    connection.close()
    broken = start_kiosk(data, "ready")
    assert "paint" in events(broken)  # painted from the memo first
    assert broken.returncode == 1
    last = broken.stderr.strip().splitlines()[-1]  # after the log's details for IT
    assert last.startswith("hubkiosk cannot start:")
    assert "from_a_newer_kiosk" in last


def test_a_second_kiosk_on_the_data_dir_is_refused_on_a_quick_start_too(tmp_path, qtbot):
    data = tmp_path / "data"
    assert start_kiosk(data, "paint").returncode == 0
    holder = build(["--windowed", "--data-dir", str(data)], connect=False)
    qtbot.addWidget(holder.window)
    try:
        second = start_kiosk(data, "paint")
        assert second.returncode == 1
        assert "already running" in second.stderr
        assert f"pid {os.getpid()}" in second.stderr
        assert "paint" not in events(second)
    finally:
        holder.close()
    QApplication.processEvents()
