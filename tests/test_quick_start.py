"""Issue 16, a quick start: the home screen is painted before anything it does not need is
imported, from what the last start remembered (hubkiosk/quickstart.py); the store, the
settings' validation, the content and the sync engine follow, and a resident's tap made
meanwhile is not lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from hubkiosk.app import FirstPaint, build, load_settings, parse_args, quick_start
from hubkiosk.quickstart import MEMO_NAME, HomeView, early_data_dir
from hubkiosk.store.db import DB_NAME
from hubkiosk.ui import widgets
from hubkiosk.ui.screens import ScreenId
from tests.kiosk_store import seed_store

ROOT = Path(__file__).resolve().parent.parent
#: A Tuesday morning: Idea Store Bow is open and gives tickets.
TUESDAY_1030 = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
#: Modules the home screen does not need: none may be imported before its first paint.
HEAVY = ("sqlalchemy", "alembic", "pydantic", "pydantic_settings", "requests", "urllib3")


def kiosk_env(**extra: str) -> dict[str, str]:
    """The environment a kiosk is started with here: this one without the kiosk's own
    settings and Qt's (offscreen), with ``extra``."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("HUBKIOSK_", "QT_"))}
    return {**clean, "QT_QPA_PLATFORM": "offscreen", **extra}


def start_kiosk(
    data: Path,
    probe: str,
    *extra: str,
    windowed: bool = True,
    x_screens: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m hubkiosk --windowed --data-dir DATA EXTRA``, as a hub starts it, with the
    start probe (``HUBKIOSK_START_PROBE``) reporting its first paint (and readiness).

    Not ``windowed``: full screen. ``x_screens`` (each "WxH"): on a virtual X server of
    those screens with no window manager (xvfb-run, which scripts/dev.sh installs as for
    the README's first command), else offscreen."""
    command = [sys.executable, "-m", "hubkiosk", "--data-dir", str(data), *extra]
    command += ["--windowed"] if windowed else []
    env = kiosk_env(HUBKIOSK_START_PROBE=probe)
    if x_screens is not None:
        server = " ".join(f"-screen {n} {size}x24" for n, size in enumerate(x_screens))
        command = ["xvfb-run", "-a", "-s", server, *command]
        env["QT_QPA_PLATFORM"] = "xcb"
    return subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)


def events(done: subprocess.CompletedProcess[str]) -> dict[str, dict]:
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {line["event"]: line for line in lines}


def started_from_memo(tmp_path: Path, store_template: Path) -> Any:
    """A quick start on a seeded store whose earlier (full) start left the memo."""
    data = seed_store(tmp_path / "data", store_template)
    argv = ["--windowed", "--data-dir", str(data)]
    earlier = build(argv, connect=False)  # yesterday's start left the memo
    earlier.close()
    earlier.window.deleteLater()
    quick = quick_start(argv, parse_args(argv), clock=lambda: TUESDAY_1030)
    assert quick is not None
    return quick


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
    quick = started_from_memo(tmp_path, store_template)
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


@pytest.mark.filterwarnings("ignore:libshiboken. Overflow:RuntimeWarning")  # the fault it makes
def test_any_fault_while_finishing_a_quick_start_ends_the_kiosk_plainly(
    tmp_path, qtbot, store_template, monkeypatch, capsys
):
    """A fault the start did not foresee (Qt's OverflowError for a 25-day sync interval,
    which the settings let through) left a quick start half done: a traceback, then a
    kiosk on its home screen that never completed and never exited. Any fault ends the
    start with one line, as a store that cannot open does (exit code 1)."""
    import hubkiosk.app as app

    quick = started_from_memo(tmp_path, store_template)
    qtbot.addWidget(quick.window)
    validated = app.load_settings
    monkeypatch.setattr(  # past the settings' bounds, as before they had one
        app,
        "load_settings",
        lambda args: validated(args).model_copy(update={"sync_interval_seconds": 2_200_000.0}),
    )
    try:
        with qtbot.waitSignal(quick.done, timeout=10_000) as ended:
            quick.begin()
        assert ended.args == [1]
    finally:
        quick.close()
    said = capsys.readouterr().err.strip().splitlines()
    assert said[-1].startswith("hubkiosk cannot start: OverflowError"), said
    assert said[-1].endswith("(details in the log)"), said


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


def test_the_home_screen_is_painted_without_time_zones_or_the_svg_renderer(tmp_path):
    """A quick start paints the home screen's pictures from the PNG files the last start
    drew, and tells whether a survey runs today without the time zone database: loading
    either is a cost of every start (issue 16). Nor is ctypes loaded before the paint: only
    the heap's trim after a visit needs it."""
    data = tmp_path / "data"
    first = start_kiosk(data, "paint")
    assert first.returncode == 0, first.stderr
    assert "libqsvgicon.so" in events(first)["paint"]["qt"]  # the first start draws them

    again = start_kiosk(data, "paint")
    assert again.returncode == 0, again.stderr
    painted = events(again)["paint"]
    assert "libQt6Widgets.so.6" in painted["qt"]
    assert not [lib for lib in painted["qt"] if "svg" in lib.lower()], painted["qt"]
    assert not {"zoneinfo", "sysconfig", "ctypes"} & set(painted["modules"])


def test_the_home_screen_is_built_without_the_collectors_passes_which_run_again_after(tmp_path):
    """Building the window makes thousands of objects that live as long as the kiosk (Qt's
    wrappers and enums, the screens): the garbage collector walked them again and again
    before the first paint, a cost of every start (issue 16). It is held off from the
    start to the first paint, on a full start as on a quick one, and runs again after."""
    data = tmp_path / "data"
    for start in ("full", "quick"):
        done = start_kiosk(data, "ready")
        assert done.returncode == 0, (start, done.stderr)
        seen = events(done)
        assert seen["paint"]["collecting"] is False, start
        assert seen["ready"]["collecting"] is True, start


def test_the_home_screen_is_painted_without_generating_dataclass_code(tmp_path):
    """What the home screen is painted from (the memo's settings and view, the languages,
    the kiosk's parts) are named tuples and plain classes: the dataclasses module and the
    code it generates for each class were a few milliseconds of every start (issue 16)."""
    data = tmp_path / "data"
    assert start_kiosk(data, "paint").returncode == 0
    again = start_kiosk(data, "paint")
    assert again.returncode == 0, again.stderr
    assert "dataclasses" not in events(again)["paint"]["modules"]


def test_the_stop_signals_are_handled_from_the_first_paint(tmp_path):
    """SIGTERM (systemd stopping the kiosk) ends Qt's event loop through a Python handler;
    before the loop runs, that handler's quit does nothing, so installing it earlier only
    cost the start the signal module (and a stop then went unheeded until systemd killed
    the kiosk). It is installed once the home screen is painted."""
    data = tmp_path / "data"
    assert start_kiosk(data, "paint").returncode == 0
    again = start_kiosk(data, "paint")
    assert again.returncode == 0, again.stderr
    assert "signal" not in events(again)["paint"]["modules"]


def test_what_the_home_screen_at_rest_does_not_show_is_made_after_its_first_paint(
    tmp_path, qtbot, click, store_template
):
    """The idle monitor and its warning, the assisted-mode banner and the read-aloud
    speaker show nothing on the home screen at rest: a quick start paints it without them
    (nor their modules), makes them right after, and they work as on a full start."""
    probed = tmp_path / "probed"
    assert start_kiosk(probed, "paint").returncode == 0
    again = start_kiosk(probed, "paint")
    assert again.returncode == 0, again.stderr
    late = {"hubkiosk.qt.idle", "hubkiosk.ui.assisted", "hubkiosk.ui.speech"}
    assert not late & set(events(again)["paint"]["modules"])

    quick = started_from_memo(tmp_path, store_template)
    window = quick.window
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    try:
        click(window, "বাংলা")  # away from rest: the idle monitor is armed once it is made
        window.idle.idle_seconds = 0.3
        qtbot.waitUntil(window.overlay.isVisible, timeout=5_000)
        assert window.overlay.question.text() != "Are you still there?"  # in Bengali
        assert window.overlay.geometry() == window.centralWidget().rect()
        assert not window.banner.isVisible()
        click(window, window.overlay.more_time.text())
        assert not window.overlay.isVisible()
    finally:
        quick.close()


def _pixels(image: QImage) -> list[tuple[int, int, int, int]]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    colours = (
        QColor.fromRgba(image.pixel(x, y))
        for y in range(image.height())
        for x in range(image.width())
    )
    return [(c.red(), c.green(), c.blue(), c.alpha()) for c in colours]


def _alike(one: QImage, other: QImage) -> bool:
    """The same picture, to a rounding of the colours (a PNG file is not premultiplied)."""
    if one.size() != other.size():
        return False
    return all(
        abs(a - b) <= 2
        for p, q in zip(_pixels(one), _pixels(other), strict=True)
        for a, b in zip(p, q, strict=True)
    )


def test_a_kept_picture_looks_as_drawn_and_a_new_icon_or_a_bad_file_is_drawn_again(
    tmp_path, qtbot, monkeypatch
):
    icons = tmp_path / "resources" / "icons"
    icons.mkdir(parents=True)
    for name in ("ticket", "search", "other"):
        shutil.copy(ROOT / "resources" / "icons" / f"{name}.svg", icons)
    monkeypatch.setenv("HUBKIOSK_RESOURCES", str(tmp_path / "resources"))
    kept = tmp_path / "pictures"
    blue = QColor("#1a4d8f")
    widgets.keep_pictures_in(kept)
    try:
        widgets._tinted.cache_clear()
        drawn = widgets.tinted("ticket", 54, blue).toImage()
        [file] = kept.glob("*.png")
        widgets._tinted.cache_clear()  # as on the next start
        assert _alike(widgets.tinted("ticket", 54, blue).toImage(), drawn)

        file.write_bytes(b"not a picture")  # a file cut short: drawn again, not shown broken
        widgets._tinted.cache_clear()
        assert _alike(widgets.tinted("ticket", 54, blue).toImage(), drawn)

        # An upgrade brings a new ticket picture: it is drawn, not the one kept.
        shutil.copy(icons / "search.svg", icons / "ticket.svg")
        widgets._tinted.cache_clear()
        new = widgets.tinted("ticket", 54, blue).toImage()
        assert not _alike(new, drawn)
        assert _alike(new, widgets.tinted("search", 54, blue).toImage())
        # The picture of the old icon is not kept any longer.
        assert not file.exists()
        assert len(list(kept.glob("ticket-*.png"))) == 1
    finally:
        widgets.keep_pictures_in(None)
        widgets._tinted.cache_clear()


#: A survey in summer (London on BST, UTC+1) and one in winter (GMT).
SURVEYS = (
    (dt.date(2026, 6, 2), dt.date(2026, 6, 30)),
    (dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
)


@pytest.mark.parametrize(
    ("now", "running"),
    [
        (dt.datetime(2026, 6, 1, 22, 59, tzinfo=dt.UTC), False),  # 23:59 on 1 June in London
        (dt.datetime(2026, 6, 1, 23, 0, tzinfo=dt.UTC), True),  # midnight: 2 June, it starts
        (dt.datetime(2026, 6, 30, 22, 59, tzinfo=dt.UTC), True),  # its last minute
        (dt.datetime(2026, 6, 30, 23, 0, tzinfo=dt.UTC), False),  # 1 July in London
        (dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC), True),  # GMT: still 31 December
        (dt.datetime(2026, 11, 30, 23, 30, tzinfo=dt.UTC), False),  # GMT: still 30 November
        (dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.UTC), True),
        (dt.datetime(2026, 9, 15, 12, 0, tzinfo=dt.UTC), False),
    ],
)
def test_the_home_screen_offers_a_survey_on_londons_days(now, running):
    view = HomeView(hub_name={"en": "Bow"}, appointment_only=False, top=(), survey_runs=SURVEYS)
    assert view.survey_running_at(now) is running
    assert view.survey_running(now.astimezone(ZoneInfo("Europe/London")).date()) is running


@pytest.mark.parametrize("start", ["full", "quick"])
def test_a_kiosk_that_starts_in_urdu_paints_its_home_screen_right_to_left(
    start, tmp_path, store_template, monkeypatch, qtbot
):
    """A hub whose kiosk starts in Urdu: the first screen a resident sees reads right to
    left, as it does once Urdu is touched (the hub's name at the right of the bar, the
    first choice at the right), not mirrored only after a change of language."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    monkeypatch.setenv("HUBKIOSK_DEFAULT_LANGUAGE", "ur")
    data = seed_store(tmp_path / "data", store_template)
    argv = ["--windowed", "--data-dir", str(data)]
    kiosk = build(argv, connect=False)
    closing: Any = kiosk
    if start == "quick":
        kiosk.close()
        kiosk.window.deleteLater()
        closing = quick_start(argv, parse_args(argv), clock=lambda: TUESDAY_1030)
        assert closing is not None
    window = closing.window
    qtbot.addWidget(window)
    try:
        window.resize(1280, 900)
        window.show()
        qtbot.waitExposed(window)
        home = window.screens[ScreenId.HOME]

        def middle(widget: QWidget) -> int:
            return widget.mapTo(window, widget.rect().center()).x()

        tiles = (home.ticket_tile, home.finder_tile, home.tell_us_tile)
        qtbot.waitUntil(lambda: len({middle(tile) for tile in tiles}) == 3)  # side by side
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert middle(window.hub_name) > middle(window.controls)
        assert middle(home.ticket_tile) > middle(home.finder_tile) > middle(home.tell_us_tile)
        assert home.welcome.text().startswith("آئیڈیا")  # "Idea Store Bow..." in Urdu
    finally:
        closing.close()
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_home_screen_is_built_at_the_size_it_is_shown_at(tmp_path, store_template, qtbot):
    """The window is given its size before its home screen is built, so the screen is laid
    out once, for it. Built at a new window's 640 x 480 (a short screen: its pictures
    beside their words, its keys made ready) and then shown at 1280 x 900, the home screen
    was laid out twice before its first paint, a cost of every start (issue 16)."""
    quick = started_from_memo(tmp_path, store_template)
    window = quick.window
    qtbot.addWidget(window)
    try:
        assert (window.width(), window.height()) == (1280, 900)
        assert not window.screens[ScreenId.HOME].short
    finally:
        quick.close()


@pytest.mark.parametrize("shown", ["windowed", "full screen"])
def test_the_home_screen_is_painted_without_the_keyboard(tmp_path, shown):
    """The home screen has no keys: their module is not imported before its first paint,
    in a window as on a full screen (offscreen, a short 800 x 600 one)."""
    data = tmp_path / "data"
    assert start_kiosk(data, "paint").returncode == 0
    done = start_kiosk(data, "paint", windowed=shown == "windowed")
    assert done.returncode == 0, done.stderr
    painted = events(done)["paint"]["modules"]
    assert "hubkiosk.ui.screens.home" in painted
    assert "hubkiosk.ui.keyboard" not in painted


def test_with_no_window_manager_the_kiosk_still_fills_the_screen(tmp_path):
    """The README's minimal X session (``xinit`` starting the kiosk, no window manager):
    nothing made the full-screen window full screen, so the kiosk sat at 910 x 512 in the
    corner of a 1366 x 768 screen, black around it. It now takes the screen's place and
    size itself, from its first paint."""
    data = tmp_path / "data"
    assert start_kiosk(data, "paint").returncode == 0
    done = start_kiosk(data, "paint", windowed=False, x_screens=["1366x768"])
    assert done.returncode == 0, done.stderr
    painted = events(done)["paint"]
    assert painted["screen"] == [0, 0, 1366, 768]
    assert painted["window"] == painted["screen"]


def test_the_calling_display_fills_the_screen_it_is_given(tmp_path):
    """A hub machine with its touchscreen and a screen in the hall: the calling display
    went full screen on the primary screen, over the kiosk, with no way to send it to the
    hall's. ``--screen 2`` puts it there; a screen the machine does not have is refused,
    plainly, rather than covering the kiosk."""
    data = tmp_path / "data"
    assert start_kiosk(data, "paint").returncode == 0
    done = start_kiosk(
        data,
        "paint",
        "--display",
        "--screen",
        "2",
        windowed=False,
        x_screens=["1366x768", "1920x1080"],
    )
    assert done.returncode == 0, done.stderr
    painted = events(done)["paint"]
    assert painted["screen"] == [0, 0, 1920, 1080]  # the hall's (the kiosk's is 1366 x 768)
    assert painted["window"] == painted["screen"]

    missing = start_kiosk(
        data, "paint", "--display", "--screen", "2", windowed=False, x_screens=["1366x768"]
    )
    assert missing.returncode == 1
    assert "there is no screen 2 (--screen): this machine has 1" in missing.stderr


def kept_full_screen(qtbot, words: str, number: int | None = None) -> tuple[Any, Any, Any]:
    """A window full screen on the primary screen, kept there as the kiosk keeps its own
    (:class:`hubkiosk.app.ScreenKeeper`, ``number`` as ``--screen``): (app, window, screen)."""
    from PySide6.QtWidgets import QLabel

    from hubkiosk.app import ScreenKeeper, fill_screen

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = QLabel(words)
    qtbot.addWidget(window)
    screen = app.primaryScreen()
    fill_screen(window, screen)
    ScreenKeeper(app, window, number)
    qtbot.waitExposed(window)
    return app, window, screen


@pytest.mark.parametrize("given", ["0", "two"])
def test_a_screen_that_is_no_number_is_refused_plainly(given, capsys):
    """``--screen`` takes 1, 2, ...: anything else is refused saying so (a word was
    refused as "invalid _screen_number value", the name of a function in the code)."""
    with pytest.raises(SystemExit):
        parse_args(["--display", "--screen", given])
    said = capsys.readouterr().err
    assert f"argument --screen: '{given}' is not a screen: they are counted 1, 2, ..." in said
    assert "_screen_number" not in said


def test_the_calling_display_hides_while_its_screen_is_gone_then_comes_back(qtbot):
    """The hall's TV switched off can take its screen away: the system then moves the
    calling display onto the kiosk's touchscreen, over the kiosk. It hides instead, and
    comes back full screen once its screen is there again. (The offscreen system has one
    screen; its signals stand in for the cable.)"""
    app, display, screen = kept_full_screen(qtbot, "Now calling", 1)

    app.screenRemoved.emit(screen)
    assert display.isHidden()
    app.screenAdded.emit(screen)
    assert display.isVisible() and display.isFullScreen()
    assert display.geometry() == screen.geometry()


def test_a_full_screen_kiosk_fills_its_screen_again_when_the_screen_changes_size(qtbot):
    """A monitor that comes up late, at another resolution: with no window manager the
    kiosk kept the size it started at. It fills its screen again when the screen says it
    changed. (The offscreen screen cannot change; the kiosk is knocked out of shape first,
    and the screen's signal stands in for the new resolution.)"""
    _, kiosk, screen = kept_full_screen(qtbot, "Welcome")
    kiosk.showNormal()
    kiosk.setGeometry(0, 0, 320, 200)
    assert kiosk.geometry() != screen.geometry()

    screen.geometryChanged.emit(screen.geometry())
    assert kiosk.isFullScreen()
    assert kiosk.geometry() == screen.geometry()


def test_the_home_screen_is_first_painted_as_it_stays(tmp_path, store_template, qtbot):
    """The first frame a resident sees is the home screen as it stays: its choices laid out
    in their columns at their size. Laid out for one column while built, then put right
    only after that paint, the tiles were first drawn three times as tall, then jumped
    (and the paint the start is measured to was not the home screen a resident uses)."""
    from PySide6.QtCore import QEvent, QObject

    quick = started_from_memo(tmp_path, store_template)
    window = quick.window
    qtbot.addWidget(window)
    home = window.screens[ScreenId.HOME]
    parts = [home, home.ticket_tile, home.finder_tile, home.tell_us_tile, *home.top_tiles]
    at_paint: list[Any] = []

    class OnPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not at_paint:
                at_paint.extend(part.geometry() for part in parts)
            return False

    watcher = OnPaint()
    home.installEventFilter(watcher)
    try:
        window.resize(1280, 900)
        window.show()
        qtbot.waitUntil(lambda: bool(at_paint))
        for _ in range(5):  # what the event loop has left to do after that paint
            QApplication.processEvents()
        assert [part.geometry() for part in parts] == at_paint
        assert len({tile.geometry().top() for tile in parts[1:4]}) == 1  # side by side
    finally:
        home.removeEventFilter(watcher)
        quick.close()


def test_the_collector_makes_no_pass_before_the_first_paint_not_even_reading_the_command_line(
    tmp_path,
):
    """The collector is held off from ``python -m hubkiosk`` to the first paint: turned on to
    read the command line (and off again to build the window), its one pass then walked
    every object the imports had made, Qt's types and enums (about 3 ms of every start).
    Not one pass is made before the home screen is painted, on a full start as on a quick
    one."""
    data = tmp_path / "data"
    for start in ("full", "quick"):
        done = start_kiosk(data, "paint")
        assert done.returncode == 0, (start, done.stderr)
        assert events(done)["paint"]["collections"] == 0, start


def test_the_kiosks_files_are_not_readable_by_every_user_of_the_machine(tmp_path):
    """QA (IT, s30): the store, its backups and the logs were made readable by every local
    user (0644, in a 0755 data dir IT chose), while the token was 0600: residents' names and
    phone numbers were one `cat` away for any account on the hub machine. The kiosk's own
    group keeps read access (a backup agent, the Debian unit's 0750 state dir)."""
    import stat

    data = tmp_path / "data"
    done = start_kiosk(data, "ready")
    assert done.returncode == 0, done.stderr
    made = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.name == "hubkiosk.sqlite3" for p in made)
    assert any(p.parent.name == "backups" for p in made)
    assert any(p.suffix == ".log" for p in made)
    for path in [data, *made, *(p for p in data.rglob("*") if p.is_dir())]:
        assert not path.stat().st_mode & stat.S_IRWXO, (path, oct(path.stat().st_mode))
