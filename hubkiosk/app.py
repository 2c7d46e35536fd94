"""Command line and start-up of the kiosk.

``hubkiosk [--demo] [--windowed] [--config PATH] [--data-dir PATH] [--self-test]``
(``HUBKIOSK_CONFIG`` and ``HUBKIOSK_DATA_DIR`` do what the flags do).
:func:`create_window` builds the main window exactly as the command would, without
starting the event loop.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hubkiosk import __version__
from hubkiosk.core.content import Content, ContentError, load_default_content
from hubkiosk.logs import setup_logging
from hubkiosk.qt.maintenance import Maintenance
from hubkiosk.qt.ops import OpRunner
from hubkiosk.settings import KioskSettings
from hubkiosk.store.db import Store, open_store
from hubkiosk.ui import theme
from hubkiosk.ui.context import KioskContext, system_now
from hubkiosk.ui.i18n import Translations
from hubkiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="hubkiosk", description="Hub Kiosk for the Residents' Hubs"
    )
    parser.add_argument(
        "--demo", action="store_true", help="run the embedded default with demo data"
    )
    parser.add_argument("--windowed", action="store_true", help="run in a window, not full screen")
    parser.add_argument(
        "--config",
        type=Path,
        default=os.environ.get("HUBKIOSK_CONFIG") or None,
        help="JSON config file",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="where the store, backups and logs live"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build every screen, open the store, check resources, exit",
    )
    parser.add_argument(
        "--display",
        action="store_true",
        help="show the calling display (for a second screen) instead of the kiosk",
    )
    parser.add_argument("--version", action="version", version=f"hubkiosk {__version__}")
    return parser.parse_args(argv)


def load_settings(args: argparse.Namespace) -> KioskSettings:
    overrides: dict[str, object] = {}
    if args.data_dir is not None:
        overrides["data_dir"] = args.data_dir
    settings = KioskSettings.load(args.config, **overrides)
    if args.demo and args.data_dir is None and "HUBKIOSK_DATA_DIR" not in os.environ:
        settings = settings.model_copy(update={"data_dir": settings.data_dir / "demo"})
    return settings


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Hub Kiosk")
    app.setOrganizationName("Tower Hamlets")
    app.setApplicationVersion(__version__)
    return app


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise RuntimeError(f"the data dir {folder} is not writable ({exc.strerror})") from None


@dataclass
class Kiosk:
    settings: KioskSettings
    store: Store
    content: Content
    ctx: KioskContext
    window: MainWindow
    args: argparse.Namespace


def build(argv: list[str], clock: Callable[[], dt.datetime] | None = None) -> Kiosk:
    """Everything the command builds, without showing the window or running the loop.

    ``clock`` (aware UTC now) replaces the system clock, for tests and demos.
    """
    args = parse_args(argv)
    settings = load_settings(args)
    check_writable(settings.data_dir)
    setup_logging(settings.data_dir, settings.log_level)
    app = ensure_app()
    content = load_default_content()
    content.hub(settings.hub_id)  # an unknown hub is a configuration error: say so now
    store = open_store(settings.data_dir)
    theme.load_fonts()
    theme.apply(app, theme.Theme.DEFAULT, 1.0)
    ops = OpRunner(app)
    ctx = KioskContext(settings, store, content, ops, clock=clock or system_now, demo=args.demo)
    translations = Translations(app)
    window = MainWindow(ctx, translations)
    maintenance = Maintenance(store, ops, settings.retention_days, window)
    maintenance.start()
    return Kiosk(settings, store, content, ctx, window, args)


def create_window(argv: list[str]) -> MainWindow:
    """The main window exactly as ``hubkiosk ARGV`` builds it, without the event loop."""
    return build(argv).window


def check_resources(content: Content) -> None:
    """Every file the screens will need is present and usable (raises RuntimeError)."""
    from PySide6.QtGui import QIcon

    from hubkiosk.core.i18n import CODES
    from hubkiosk.resources import resource

    for name in theme.Theme:
        if not resource("styles", f"{name.value}.qss").is_file():
            raise RuntimeError(f"style sheet {name.value}.qss is missing")
    for code in CODES:
        if code != "en" and not resource("translations", f"hubkiosk_{code}.qm").is_file():
            raise RuntimeError(f"compiled translation hubkiosk_{code}.qm is missing")
    icons = {"ticket", "search", "feedback"} | {s.icon for s in content.catalogue.services}
    for icon_name in sorted(icons):
        path = resource("icons", f"{icon_name}.svg")
        if not path.is_file() or QIcon(str(path)).pixmap(64, 64).isNull():
            raise RuntimeError(f"icon {path} is missing or cannot be drawn (Qt SVG plugin?)")


def self_test(argv: list[str]) -> int:
    """Build every screen, open the store, check resources; print one line."""
    try:
        kiosk = build(argv)
        check_resources(kiosk.content)
        window = kiosk.window
        for screen_id in list(window.screens):
            window.show_screen(screen_id)
            window.screens[screen_id].retranslate()
        window.start_over()
        kiosk.ctx.ops.wait()
        names = len(window.screens)
        kiosk.store.close()
    except (ContentError, RuntimeError, OSError, ValueError) as exc:
        print(f"hubkiosk self-test FAILED: {exc}")
        return 1
    print(
        f"hubkiosk self-test OK: version {__version__}, {names} screens, store and resources sound"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return self_test(argv)
    try:
        kiosk = build(argv)
    except (ContentError, RuntimeError, ValueError) as exc:
        print(f"hubkiosk cannot start: {exc}", file=sys.stderr)
        return 1
    window: QWidget = kiosk.window
    if kiosk.args.display:
        from hubkiosk.ui.display import CallingDisplay

        display = CallingDisplay(kiosk.ctx)
        display.start()
        window = display
    if kiosk.args.windowed:
        window.resize(1280, 900)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    kiosk.store.close()
    return code
