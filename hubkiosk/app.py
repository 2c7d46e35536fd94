"""Command line and start-up of the kiosk.

``hubkiosk [--demo] [--windowed] [--config PATH] [--data-dir PATH] [--self-test]``
(``HUBKIOSK_CONFIG`` and ``HUBKIOSK_DATA_DIR`` do what the flags do), and for IT
``--enrol URL CODE``, ``--unlock-advisers``, ``--recover-moved PATH``, ``--config-template``
and ``--print-config``.
:func:`create_window` builds the main window exactly as the command would, without
starting the event loop. One kiosk runs per data dir (:mod:`hubkiosk.instance`): a second
start is refused with the holder's pid and start time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from hubkiosk import __version__
from hubkiosk.instance import InstanceLock
from hubkiosk.quickstart import (
    HomeView,
    StartSettings,
    early_data_dir,
    fingerprint,
    read_memo,
    write_memo,
)

# Only what paints the home screen is imported here; the store, the content, the settings'
# validation and the sync engine are imported when the kiosk loads them (after the first
# paint on a quick start: see hubkiosk.quickstart).
if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

    from hubkiosk.core.appointments import AppointmentInfo
    from hubkiosk.core.content import Content
    from hubkiosk.qt.sync_controller import SyncController
    from hubkiosk.settings import KioskSettings
    from hubkiosk.store.db import Store
    from hubkiosk.ui.context import KioskContext
    from hubkiosk.ui.main_window import MainWindow
    from sync.demo import DemoServer
    from sync.protocol.appointments import AppointmentLookup
    from sync.protocol.wire import EnrolResponse

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
        help="config file: JSON, or TOML when it ends in .toml (see --config-template)",
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
    parser.add_argument(
        "--screen",
        type=_screen_number,
        metavar="N",
        default=None,
        help="fill screen N, as the system counts them from 1 (default: the primary screen); "
        "for the calling display on the hall's screen beside the kiosk's own",
    )
    parser.add_argument(
        "--enrol",
        nargs=2,
        metavar=("URL", "CODE"),
        help="enrol this kiosk with the central server using IT's one-time code, then exit",
    )
    parser.add_argument(
        "--unlock-advisers",
        action="store_true",
        help="IT: end an adviser sign-in lockout (after too many wrong PINs), then exit",
    )
    parser.add_argument(
        "--recover-moved",
        type=Path,
        metavar="PATH",
        help="IT: queue for sending the unsent records of a damaged store the kiosk moved "
        "aside (hubkiosk.sqlite3.corrupt-...), then exit",
    )
    parser.add_argument(
        "--config-template",
        action="store_true",
        help="print a TOML config file with every setting, its default and help, then exit",
    )
    parser.add_argument(
        "--print-config",
        action="store_true",
        help="print the settings in force (file, environment, flags), secrets masked, then exit",
    )
    parser.add_argument(
        "--audit",
        action="store_true",
        help="walk every screen in every language, theme, text size and resolution; check "
        "cut words, overlap, touch targets, contrast, names and untranslated text; write "
        "screenshots and a report; exit 1 on any violation",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="with --audit: where the report goes (./audit)"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="with --audit: the smaller matrix CI runs (portrait 1080 x 1920, 200 %% text, "
        "default theme, every language)",
    )
    parser.add_argument(
        "--staff",
        action="store_true",
        help="with --audit: the advisers' own screens too",
    )
    parser.add_argument(
        "--no-screenshots",
        action="store_true",
        help="with --audit: the report only, no screenshot of each screen (what CI runs: "
        "writing them is a third of the quick audit's time)",
    )
    parser.add_argument("--version", action="version", version=f"hubkiosk {__version__}")
    return parser.parse_args(argv)


def _screen_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a screen: they are counted 1, 2, ...")
    return number


def runs_kiosk(args: argparse.Namespace) -> bool:
    """Whether the command line starts the kiosk (not one of IT's commands, which exit)."""
    return not (
        args.config_template
        or args.print_config
        or args.enrol
        or args.unlock_advisers
        or args.recover_moved
    )


def load_settings(args: argparse.Namespace) -> KioskSettings:
    from hubkiosk.settings import KioskSettings

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


class Kiosk:
    """The parts of a running kiosk. (A plain class: a dataclass's generated code was a
    cost of every start, issue 16.)"""

    def __init__(
        self,
        settings: KioskSettings,
        store: Store,
        content: Content,
        ctx: KioskContext,
        window: MainWindow,
        args: argparse.Namespace,
        sync: SyncController | None = None,
        demo_server: DemoServer | None = None,
        lock: InstanceLock | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.content = content
        self.ctx = ctx
        self.window = window
        self.args = args
        self.sync = sync
        self.demo_server = demo_server
        self.lock = lock

    def close(self) -> None:
        """Stop syncing, stop the demo server, wait for queued writes, close the store,
        then the log (its lines written out, its handlers removed: see stop_logging)."""
        from hubkiosk.logs import stop_logging

        if self.sync is not None:
            self.sync.stop()
        self.ctx.ops.wait()
        if self.demo_server is not None:
            self.demo_server.stop()
        self.store.close()
        if self.lock is not None:
            self.lock.release()
        stop_logging(self.settings.data_dir)


def build(
    argv: list[str], clock: Callable[[], dt.datetime] | None = None, *, connect: bool = True
) -> Kiosk:
    """Everything the command builds, without showing the window or running the loop.

    ``clock`` (aware UTC now) replaces the system clock, for tests and demos. With
    ``connect`` (the default) the kiosk syncs with its central server: the one in the
    config or saved at enrolment, or with ``--demo`` one started here on 127.0.0.1.
    This is also the start when no memo matches (:mod:`hubkiosk.quickstart`): everything
    is loaded before the window is built.
    """
    args = parse_args(argv)
    settings = load_settings(args)
    check_writable(settings.data_dir)
    # The calling display only reads the store, beside the kiosk that holds it.
    lock = None if args.display else InstanceLock(settings.data_dir)
    try:
        store, content = load_parts(settings, lock)
        ctx = make_context(
            args,
            StartSettings.from_settings(settings),
            HomeView.from_content(content, settings.hub_id),
            clock,
        )
        from hubkiosk.qt.ops import OpRunner

        ctx.complete(settings, store, content, OpRunner(ensure_app()))
        window = make_window(ctx, args)
        kiosk = Kiosk(settings, store, content, ctx, window, args, lock=lock)
        memo = None if args.display else fingerprint(args.data_dir, args.demo, args.config)
        finish(kiosk, memo, connect=connect)
        return kiosk
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def load_parts(settings: KioskSettings, lock: InstanceLock | None = None) -> tuple[Store, Content]:
    """The disk and import work of a start: the log, the content in force and the store
    (migrated when it is not at head), where IT hears if the last kiosk to hold ``lock``
    never closed. Runs off the GUI thread on a quick start."""
    from hubkiosk.core.content import load_default_content
    from hubkiosk.logs import setup_logging
    from hubkiosk.qt.sync_controller import active_content
    from hubkiosk.settings import cautions
    from hubkiosk.store.db import open_store

    setup_logging(settings.data_dir, settings.log_level)
    for line in cautions(settings):
        log.warning("settings: %s", line)
    shipped = load_default_content()
    shipped.hub(settings.hub_id)  # an unknown hub is a configuration error: say so now
    store = open_store(settings.data_dir)
    try:
        if lock is not None and lock.unclean_since is not None:
            from hubkiosk.store.health import record_unclean_stop

            record_unclean_stop(store, lock.unclean_since)
        content, problems = active_content(store, settings.hub_id, shipped)
    except BaseException:
        store.close()
        raise
    for problem in problems:
        log.error("config: %s", problem)
    return store, content


def make_context(
    args: argparse.Namespace,
    start: StartSettings,
    home: HomeView,
    clock: Callable[[], dt.datetime] | None,
) -> KioskContext:
    """The application with its fonts and look, and the kiosk's shared state (not yet
    complete: :meth:`KioskContext.complete` adds the store and the content)."""
    from hubkiosk.ui import theme
    from hubkiosk.ui.context import KioskContext, system_now
    from hubkiosk.ui.widgets import keep_pictures_in

    app = ensure_app()
    keep_pictures_in(start.data_dir / "pictures")
    theme.load_fonts()
    theme.apply(app, theme.Theme.DEFAULT, 1.0)
    return KioskContext(start, home, clock=clock or system_now, demo=args.demo)


#: The window's size with ``--windowed`` (else the kiosk fills the screen).
WINDOWED_SIZE = (1280, 900)


def shown_screen(args: argparse.Namespace) -> QScreen | None:
    """The screen the window is shown on: ``--screen N`` (counted from 1, in the order the
    system lists them), else the primary screen (None if the system has none).

    Raises ValueError, saying how many there are, when there is no screen N: the calling
    display shown over the kiosk instead would hide the kiosk from residents."""
    app = ensure_app()
    if args.screen is None:
        return app.primaryScreen()
    screens = app.screens()
    if args.screen > len(screens):
        raise ValueError(
            f"there is no screen {args.screen} (--screen): this machine has {len(screens)}"
        )
    return screens[args.screen - 1]


def shown_size(args: argparse.Namespace) -> QSize:
    """The size the kiosk's window is shown at: :data:`WINDOWED_SIZE` with ``--windowed``,
    else the whole of its screen (shown full screen, see :func:`run_kiosk`)."""
    screen = shown_screen(args)
    if args.windowed or screen is None:
        return QSize(*WINDOWED_SIZE)
    return screen.geometry().size()


def make_window(ctx: KioskContext, args: argparse.Namespace) -> MainWindow:
    """The main window on its home screen, in the kiosk's default language, at the size it
    is shown at: built at a new window's 640 x 480 (a short screen) and then shown larger,
    the home screen was laid out twice before its first paint (issue 16)."""
    from hubkiosk.ui.i18n import Translations
    from hubkiosk.ui.main_window import MainWindow

    translations = Translations.for_app(ensure_app())
    translations.apply(ctx.start.default_language)
    return MainWindow(ctx, translations, shown_size(args))


def finish(kiosk: Kiosk, memo: str | None, *, connect: bool) -> None:
    """What follows the window: the start memo (``memo``, the settings' fingerprint; None
    writes none), then, with ``connect`` and not for the calling display, housekeeping and
    the sync with the central server."""
    args, ctx, window, settings, store = (
        kiosk.args,
        kiosk.ctx,
        kiosk.window,
        kiosk.settings,
        kiosk.store,
    )
    if memo is not None:

        def remember() -> None:
            write_memo(memo, ctx.start, ctx.home_view)

        remember()
        ctx.content_changed.connect(remember)
    if args.display or not connect:
        return
    from hubkiosk.qt.maintenance import Maintenance
    from hubkiosk.qt.sync_controller import SyncController

    maintenance = Maintenance(
        store,
        ctx.ops,
        settings.retention_days,
        window,
        set_aside_days=settings.set_aside_days,
        now=ctx.now,
    )
    maintenance.start()
    if args.demo:
        if kiosk.demo_server is None:
            from sync.demo import start_demo_server

            kiosk.demo_server = start_demo_server(settings.data_dir, hub_id=settings.hub_id)
        if settings.queue_status_url is None:
            # Tickets' QR codes lead to the demo server's follow-the-queue page.
            settings = settings.model_copy(
                update={"queue_status_url": f"{kiosk.demo_server.url}/queue"}
            )
            kiosk.settings = ctx.settings = settings
        kiosk.sync = SyncController(
            settings,
            store,
            kiosk.content,
            server_url=kiosk.demo_server.url,
            token=kiosk.demo_server.token,
            parent=window,
            clock=ctx.clock,
        )
        log.info("demo: central server at %s", kiosk.demo_server.url)
    else:
        kiosk.sync = SyncController.from_settings(
            settings, store, kiosk.content, parent=window, clock=ctx.clock
        )
    ctx.appointment_lookup = server_appointment_lookup(
        kiosk.sync, kiosk.settings.lookup_timeout_seconds
    )
    window.attach_sync(kiosk.sync)
    kiosk.sync.start()


class QuickStart(QObject):
    """A start from the memo: the home screen is painted first, from what the last start
    remembered; the settings are validated, the content loaded and the store opened in a
    worker thread after that paint; then the kiosk is completed on the GUI thread (sync,
    housekeeping). A tap meanwhile is kept by the window and followed once ready.

    Signals:
        loaded(object): the worker's result: (settings, store, content), or the exception.
        done(int): the start ended: 0 the kiosk is complete, 1 it cannot start (said on
            stderr).
    """

    loaded = Signal(object)
    done = Signal(int)

    def __init__(
        self,
        argv: list[str],
        args: argparse.Namespace,
        memo: str,
        start: StartSettings,
        home: HomeView,
        lock: InstanceLock,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__()
        self.argv, self.args, self.memo, self.lock = argv, args, memo, lock
        self.ctx = make_context(args, start, home, clock)
        self.window = make_window(self.ctx, args)
        self.kiosk: Kiosk | None = None
        self._parts: tuple[KioskSettings, Store, Content] | None = None
        self._demo_server: DemoServer | None = None
        self._thread: threading.Thread | None = None
        self.loaded.connect(self._loaded)

    def begin(self) -> None:
        """Load the rest off the GUI thread (call once the home screen is painted)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="kiosk-start", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        try:
            settings = load_settings(self.args)
            if settings.data_dir != self.ctx.start.data_dir:
                raise RuntimeError(
                    f"the data dir changed while starting ({settings.data_dir}): start again"
                )
            store, content = load_parts(settings, self.lock)
            self._parts = (settings, store, content)
            if self.args.demo:  # its own server: started here too, off the GUI thread
                from sync.demo import start_demo_server

                self._demo_server = start_demo_server(settings.data_dir, hub_id=settings.hub_id)
            self.loaded.emit(self._parts)
        except BaseException as exc:  # reported on the GUI thread
            self.loaded.emit(exc)

    def _loaded(self, result: object) -> None:
        if isinstance(result, BaseException):
            self._fail(result)
            return
        from hubkiosk.qt.ops import OpRunner

        settings, store, content = self._parts or (None, None, None)
        assert settings is not None and store is not None and content is not None
        try:
            self.ctx.complete(settings, store, content, OpRunner(ensure_app()))
            kiosk = Kiosk(
                settings,
                store,
                content,
                self.ctx,
                self.window,
                self.args,
                demo_server=self._demo_server,
                lock=self.lock,
            )
            self.kiosk = kiosk
            finish(kiosk, self.memo, connect=True)
        except Exception as exc:  # any: a fault left here would leave the start half done
            self._fail(exc)
            return
        self.done.emit(0)

    def _fail(self, exc: BaseException) -> None:
        say_cannot_start(exc)
        self.done.emit(1)

    def close(self) -> None:
        """After the event loop: wait for the worker, then close what it opened."""
        if self._thread is not None:
            self._thread.join()
        if self.kiosk is not None:
            self.kiosk.close()
            return
        if self._demo_server is not None:
            self._demo_server.stop()
        if self._parts is not None:
            self._parts[1].close()
        self.lock.release()
        from hubkiosk.logs import stop_logging

        stop_logging(self.ctx.start.data_dir)


def say_cannot_start(exc: BaseException) -> None:
    """One line on stderr for a start that failed (quick or full): a foreseen fault (a wrong
    setting or content, a held data dir, a file it cannot open) as it is; any other with
    its kind, its traceback in the log for IT, written before this line."""
    said = str(exc)
    if not isinstance(exc, ValueError | RuntimeError | OSError):
        from hubkiosk.logs import flush_logs

        log.error("start failed", exc_info=exc)  # a fault not foreseen: where, for IT
        flush_logs()  # the line below comes last, after the details
        said = ": ".join(filter(None, (type(exc).__name__, said))) + " (details in the log)"
    print(f"hubkiosk cannot start: {said}", file=sys.stderr, flush=True)


def quick_start(
    argv: list[str], args: argparse.Namespace, clock: Callable[[], dt.datetime] | None = None
) -> QuickStart | None:
    """A :class:`QuickStart` when the memo matches this start's settings, else None.
    ``clock`` (aware UTC now) replaces the system clock, for tests."""
    if args.display:
        return None
    try:
        folder = early_data_dir(args.data_dir, args.demo, args.config)
    except ValueError:
        return None  # the full start says what is wrong with the config file
    memo = fingerprint(args.data_dir, args.demo, args.config)
    remembered = read_memo(folder, memo)
    if remembered is None:
        return None
    start, home = remembered
    check_writable(folder)
    lock = InstanceLock(folder)
    try:
        return QuickStart(argv, args, memo, start, home, lock, clock)
    except BaseException:
        lock.release()
        raise


def server_appointment_lookup(
    sync: SyncController, wait_seconds: float
) -> Callable[[AppointmentLookup], list[AppointmentInfo] | None] | None:
    """Asks the kiosk's central server for bookings at any hub, with the server address and
    token the sync engine holds when it is called (enrolment may come after start-up).
    None when the kiosk has no server; the lookup answers None when it cannot say."""
    engine = sync.engine
    if engine is None:
        return None

    def lookup(query: AppointmentLookup) -> list[AppointmentInfo] | None:
        from hubkiosk.core.appointments import found_info
        from sync.client.lookup import lookup_appointments  # here: not needed at start

        found = lookup_appointments(
            engine.base_url,
            engine.token,
            query,
            timeout=(min(2.0, wait_seconds), wait_seconds),
            verify=engine.ca_bundle or True,
        )
        return None if found is None else [found_info(entry) for entry in found]

    return lookup


def create_window(argv: list[str]) -> MainWindow:
    """The main window exactly as ``hubkiosk ARGV`` builds it, without the event loop."""
    return build(argv).window


def check_resources(content: Content) -> None:
    """Every file the screens will need is present and usable (raises RuntimeError)."""
    from PySide6.QtGui import QIcon

    from hubkiosk.core.i18n import CODES
    from hubkiosk.resources import resource
    from hubkiosk.ui import theme

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
    from hubkiosk.core.content import ContentError

    try:
        kiosk = build(argv, connect=False)
        check_resources(kiosk.content)
        window = kiosk.window
        window.screen_set.build_all()  # screens are otherwise built when first shown
        for screen_id in list(window.screens):
            window.show_screen(screen_id)
            window.screens[screen_id].retranslate()
        window.start_over()
        names = len(window.screens)
        repaired = list(kiosk.store.notices)
        kiosk.close()
    except (ContentError, RuntimeError, OSError, ValueError) as exc:
        print(f"hubkiosk self-test FAILED: {exc}")
        return 1
    if repaired:  # IT must know: records may be in the file moved aside
        for notice in repaired:
            print(f"hubkiosk self-test: the store was repaired: {notice}")
        print(f"hubkiosk self-test: version {__version__}, {names} screens; look at the above")
        return 1
    print(
        f"hubkiosk self-test OK: version {__version__}, {names} screens, store and resources sound"
    )
    return 0


#: The audit's fixed moment: a Tuesday 10:30 in London, hubs open, the survey running.
AUDIT_MOMENT = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)


def audit_command(argv: list[str]) -> int:
    """``hubkiosk --audit [--out DIR] [--quick]``: the accessibility audit (hubkiosk/ui/audit.py)
    on a kiosk built in a throwaway data dir, so a real kiosk's store is never touched."""
    import collections
    import tempfile

    from hubkiosk.ui import audit
    from sync.words import counted

    args = parse_args(argv)
    out = args.out or Path("audit")
    # The walk takes minutes in one setting: the idle reset must not start it over midway.
    for name in ("IDLE", "ASSISTED_IDLE", "ADVISER_IDLE"):  # an adviser helps in the walk too
        os.environ[f"HUBKIOSK_{name}_SECONDS"] = str(24 * 3600)
    with tempfile.TemporaryDirectory(prefix="hubkiosk-audit-") as scratch:
        audit_only = ("--audit", "--quick", "--staff", "--demo", "--no-screenshots")
        kept = [a for a in argv if a not in audit_only]
        for flag in ("--out", "--data-dir"):
            if flag in kept:
                at = kept.index(flag)
                del kept[at : at + 2]
        kiosk = build(
            [*kept, "--windowed", "--data-dir", scratch], clock=lambda: AUDIT_MOMENT, connect=False
        )
        kiosk.window.show()
        report = audit.run(
            kiosk,
            out,
            quick=args.quick,
            staff=args.staff,
            screenshots=not args.no_screenshots,
            progress=lambda line: print(f"audit: {line}", flush=True),
        )
        kiosk.close()
    kinds = ", ".join(
        f"{kind} {count}"
        for kind, count in sorted(collections.Counter(v.kind for v in report.violations).items())
    )
    print(
        f"hubkiosk audit: {counted(report.checked, 'screen')} checked, "
        f"{counted(len(report.violations), 'violation')}"
        + (f" ({kinds})" if kinds else "")
        + f"; report in {out / 'audit.md'}"
    )
    return 1 if report.violations else 0


def enrol_command(args: argparse.Namespace) -> int:
    """``hubkiosk --enrol URL CODE``: exchange IT's one-time code for this kiosk's token."""
    from hubkiosk.qt.sync_controller import enrol_device, refuse_stranding
    from sync.client.engine import EnrolmentError

    try:
        settings = load_settings(args)
    except ValueError as exc:  # a setting IT must fix: named, no traceback
        print(f"hubkiosk: {exc}", file=sys.stderr)
        return 1
    url, code = args.enrol
    try:
        check_writable(settings.data_dir)
        waiting = _waiting_by_hub(settings.data_dir)
        # Records of another hub would be stranded by this enrolment: the server sets
        # aside a record naming a hub other than its device's. Refused before the code is
        # spent when the settings already name the new hub...
        refuse_stranding(waiting, settings.hub_id, None)

        def check(answer: EnrolResponse) -> None:  # ... and after, when only the code does
            refuse_stranding(waiting, answer.hub_id, answer.device_id)

        credentials = enrol_device(settings.data_dir, url, code, check=check)
    except (EnrolmentError, RuntimeError) as exc:
        print(f"hubkiosk: enrolment failed: {exc}", file=sys.stderr)
        return 1
    print(
        f"hubkiosk: enrolled as device {credentials.device_id} of hub {credentials.hub_id}; "
        f"the token is kept in {settings.data_dir} (readable by this user only)"
    )
    if credentials.hub_id != settings.hub_id:
        print(
            f"hubkiosk: note: set hub_id to '{credentials.hub_id}' in the config file "
            f"(it is '{settings.hub_id}'): the kiosk sends nothing until then, as the "
            "central server would set its records aside as made at another hub",
            file=sys.stderr,
        )
    return 0


def _waiting_by_hub(data_dir: Path) -> dict[str, int]:
    """The kiosk's records not yet sent, by the hub they were made at ({} with no store)."""
    from hubkiosk.qt.sync_controller import waiting_by_hub
    from hubkiosk.store.db import DB_NAME, open_store

    if not (data_dir / DB_NAME).exists():
        return {}
    store = open_store(data_dir)
    try:
        return waiting_by_hub(store)
    finally:
        store.close()


def _store_for_it(args: argparse.Namespace, nothing_done: str) -> Store | None:
    """This kiosk's store for an IT command (the kiosk may be running), or None once the
    reason is said on stderr, ending with ``nothing_done`` where the store is missing."""
    from hubkiosk.store.db import DB_NAME, open_store

    try:
        settings = load_settings(args)
    except ValueError as exc:  # a setting IT must fix: named, no traceback
        print(f"hubkiosk: {exc}", file=sys.stderr)
        return None
    if not (settings.data_dir / DB_NAME).exists():
        # A mistyped data dir: a new store made there would be acted on, and IT misled.
        print(
            f"hubkiosk: no kiosk store in {settings.data_dir} (check --data-dir or "
            f"HUBKIOSK_DATA_DIR): {nothing_done}",
            file=sys.stderr,
        )
        return None
    try:
        check_writable(settings.data_dir)
        return open_store(settings.data_dir)
    except (RuntimeError, OSError) as exc:
        print(f"hubkiosk: cannot open the store: {exc}", file=sys.stderr)
        return None


def unlock_command(args: argparse.Namespace) -> int:
    """``hubkiosk --unlock-advisers``: IT ends a sign-in lockout (the kiosk may be running)."""
    from hubkiosk.store.signin import unlock_advisers

    store = _store_for_it(args, "nothing unlocked")
    if store is None:
        return 1
    try:
        was_locked = unlock_advisers(
            store, by="IT (hubkiosk --unlock-advisers)", now=dt.datetime.now(dt.UTC)
        )
    finally:
        store.close()
    print(
        "hubkiosk: adviser sign-in unlocked"
        if was_locked
        else "hubkiosk: adviser sign-in was not locked; wrong PINs counted so far are cleared"
    )
    return 0


def recover_command(args: argparse.Namespace) -> int:
    """``hubkiosk --recover-moved PATH``: IT queues the unsent records of a damaged store
    moved aside (:mod:`hubkiosk.store.recover`) in this kiosk's store, for its sync to
    send (the kiosk may be running). Exits 2 when PATH is no kiosk store."""
    from hubkiosk.store.recover import NotAStore, recover_moved

    moved: Path = args.recover_moved
    store = _store_for_it(args, "nothing queued")
    if store is None:
        return 1
    try:
        for notice in store.notices:
            print(f"hubkiosk: note: {notice}", file=sys.stderr)
        recovered = recover_moved(store, moved)
    except NotAStore as exc:
        print(f"hubkiosk: {exc}: nothing queued", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"hubkiosk: {recovered.summary(moved.name)}")
    return 0


#: What the kiosk's files never give every user of the machine: its store, backups and
#: logs hold residents' names and phone numbers until they are purged (the group the kiosk
#: runs in keeps read access: a backup agent, the Debian unit's state dir).
PRIVATE_UMASK = 0o027


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    os.umask(os.umask(PRIVATE_UMASK) | PRIVATE_UMASK)  # stricter than the shell's, never looser
    if "--self-test" in argv:
        gc.enable()
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return self_test(argv)
    if "--audit" in argv:
        gc.enable()
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return audit_command(argv)
    # The collector, held off by ``python -m hubkiosk`` (hubkiosk/__main__.py) while the
    # modules were imported, stays off while the command line is read: turned on here, its
    # first pass walked every object the imports had made (Qt's types and enums), about
    # 3 ms of every start. The kiosk holds it off until its first paint (run_kiosk); the
    # other commands turn it on now.
    args = parse_args(argv)
    if not runs_kiosk(args):
        gc.enable()
    if args.config_template:
        from hubkiosk.settings import config_template

        print(config_template())
        return 0
    if args.print_config:
        import json

        from hubkiosk.settings import cautions, effective_config

        try:
            settings = load_settings(args)
        except ValueError as exc:
            print(f"hubkiosk: {exc}", file=sys.stderr)
            return 1
        for line in cautions(settings):
            print(f"hubkiosk: {line}", file=sys.stderr)
        print(json.dumps(effective_config(settings), indent=2))
        return 0
    if args.enrol:
        return enrol_command(args)
    if args.unlock_advisers:
        return unlock_command(args)
    if args.recover_moved:
        return recover_command(args)
    return run_kiosk(argv, args)


#: ``HUBKIOSK_START_PROBE=paint`` makes the kiosk print one JSON line when its home screen
#: is first painted (``{"event": "paint", "time": <epoch seconds>, "modules": [...], "qt":
#: [the Qt libraries loaded], "collecting": <whether the garbage collector runs>,
#: "collections": <the collector's passes since this module was imported>, "window" and
#: "screen": [x, y, width, height]}``) and exit at once; ``=ready`` prints that line, then
#: ``{"event": "ready", ...}`` once the kiosk is complete, and quits. Only the cold-start
#: benchmark and its test use it.
PROBE_VARIABLE = "HUBKIOSK_START_PROBE"


def _probe_line(event: str, window: QWidget | None = None) -> None:
    import json
    import time

    now = time.time()  # the moment itself, before the probe's own work
    names = sorted(
        {name.split(".")[0] for name in sys.modules}
        | {name for name in sys.modules if name.startswith(("sync.", "hubkiosk."))}
    )
    line = {
        "event": event,
        "time": now,
        "modules": names,
        "qt": _qt_libraries(),
        "collecting": gc.isenabled(),
        "collections": _collections() - _COLLECTIONS_AT_IMPORT,
    }
    if window is not None:  # where the window is, and its screen: [x, y, width, height]
        for key, rect in (("window", window.geometry()), ("screen", window.screen().geometry())):
            line[key] = [rect.x(), rect.y(), rect.width(), rect.height()]
    print(json.dumps(line), flush=True)


def _collections() -> int:
    return sum(generation["collections"] for generation in gc.get_stats())


#: The collector's passes before the kiosk's own code ran (Python's start-up).
_COLLECTIONS_AT_IMPORT = _collections()


def _qt_libraries() -> list[str]:
    """The Qt libraries and plugins loaded (Linux: from the process's memory map)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "/" in line}
    except OSError:
        return []
    return sorted({Path(p).name for p in paths if "Qt6" in p or "/plugins/" in p})


def fill_screen(window: QWidget, screen: QScreen) -> None:
    """``window`` full screen on ``screen``, placed and sized to it here too: with no window
    manager (a bare X session, as the README's xinit line starts it), nothing else makes a
    window full screen."""
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


class ScreenKeeper(QObject):
    """Keeps a full-screen window filling its screen, or out of sight.

    - When a screen changes size (a monitor that comes up late at another resolution),
      the window fills it again: with no window manager nothing else would.
    - With ``number`` (``--screen``): when that screen goes (a hall's TV switched off can
      take its output away), the system moves its windows to the primary screen, and the
      calling display would cover the kiosk's touchscreen. The window hides instead, and
      comes back full screen on screen ``number`` once the machine has that many screens
      again."""

    def __init__(self, app: QApplication, window: QWidget, number: int | None = None) -> None:
        super().__init__(window)
        self._app, self._window, self._number = app, window, number
        for screen in app.screens():
            screen.geometryChanged.connect(self._resized)
        app.screenRemoved.connect(self._removed)
        app.screenAdded.connect(self._added)

    def _resized(self) -> None:
        if self._window.isVisible():
            fill_screen(self._window, self._window.screen())

    def _removed(self, gone: QScreen) -> None:
        left = [screen for screen in self._app.screens() if screen is not gone]
        if self._number is not None and len(left) < self._number:
            self._window.hide()

    def _added(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._resized)
        screens = self._app.screens()
        if self._number is not None and self._window.isHidden() and len(screens) >= self._number:
            fill_screen(self._window, screens[self._number - 1])


class FirstPaint(QObject):
    """Calls ``then`` once, when ``widget`` (the home screen) is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self._then)
        return False


def run_kiosk(argv: list[str], args: argparse.Namespace) -> int:
    """The kiosk itself: a quick start when the memo matches, else a full one; then the
    event loop until the kiosk is stopped.

    The garbage collector is held off until the home screen is first painted: what is made
    before it (Qt's wrappers and enums, the window, on a full start the content and the
    store) lives as long as the kiosk, so its passes found nothing to free and only delayed
    the paint (issue 16)."""
    gc.disable()
    watch_for_faults()
    try:
        return _run_kiosk(argv, args)
    finally:
        gc.enable()  # if the window was never painted


def watch_for_faults() -> None:
    """A kiosk that dies of a fatal signal writes every thread's stack to stderr (the
    journal under systemd): SIGABRT from the watchdog (hubkiosk/qt/watchdog.py) on a frozen
    kiosk, a segfault in a Qt library. IT and developers then see where it stood. No
    personal data is in a stack: file names, lines and function names only."""
    import faulthandler

    if sys.stderr is not None and not faulthandler.is_enabled():  # None: a windowed build
        faulthandler.enable(all_threads=True)


def _run_kiosk(argv: list[str], args: argparse.Namespace) -> int:
    from hubkiosk.ui.screens import ScreenId

    probe = os.environ.get(PROBE_VARIABLE, "")
    if os.environ.get("NOTIFY_SOCKET"):  # under systemd: a migration may come first
        from hubkiosk.qt.watchdog import allow_for_start

        allow_for_start()
    quick: QuickStart | None = None
    kiosk: Kiosk | None = None
    try:
        quick = quick_start(argv, args)
        if quick is None:
            kiosk = build(argv)
    except Exception as exc:  # any, as on a quick start (QuickStart._fail): no traceback
        say_cannot_start(exc)
        return 1
    app = ensure_app()
    if quick is not None:
        main_window = quick.window
    else:
        assert kiosk is not None
        main_window = kiosk.window
    window: QWidget = main_window
    home: QWidget = main_window.screens[ScreenId.HOME]
    if kiosk is not None and kiosk.args.display:
        from hubkiosk.ui.display import CallingDisplay

        display = CallingDisplay(kiosk.ctx)
        display.start()
        window = home = display
    outcome = {"code": 0}
    heartbeat: dict[str, object] = {}

    def painted() -> None:
        if probe:
            _probe_line("paint", window)
            if probe == "paint":
                os._exit(0)  # the benchmark's measure ends here; nothing to keep
        gc.enable()
        quit_on_signals(app)  # not sooner: a quit before the loop runs does nothing
        from hubkiosk.qt.watchdog import start_heartbeat

        heartbeat["systemd"] = start_heartbeat(app)  # from here the loop is watched
        if quick is not None:
            quick.begin()
        elif probe == "ready":
            _probe_line("ready")
            app.quit()

    def started(code: int) -> None:
        if code:
            outcome["code"] = code
            app.exit(code)
        elif probe == "ready":
            _probe_line("ready")
            app.quit()

    FirstPaint(home, painted)
    if quick is not None:
        quick.done.connect(started)
    # The screen the window was built for (``--screen`` was checked then).
    screen = shown_screen(args) or window.screen()
    if args.windowed:
        window.setScreen(screen)
        window.resize(*WINDOWED_SIZE)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        fill_screen(window, screen)
        ScreenKeeper(app, window, args.screen)
    code = app.exec()
    if quick is not None:
        quick.close()
    elif kiosk is not None:
        kiosk.close()
    return code or outcome["code"]


def quit_on_signals(app: QApplication) -> None:
    """SIGTERM (systemd stopping the kiosk) and Ctrl+C end the event loop cleanly, so the
    store is closed and a demo server stopped. A short timer lets Python see the signal
    while Qt's loop runs. Called once the loop runs (the first paint): before, a quit does
    nothing, and the default action (the process ends) is the right one."""
    import signal  # here: only the kiosk's own loop needs it

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()
