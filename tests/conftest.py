"""Shared fixtures: headless Qt, a kiosk built in a temporary data dir."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget  # noqa: E402

from hubkiosk.app import Kiosk, build  # noqa: E402
from tests.kiosk_store import seed_store, store_template  # noqa: E402

__all__ = ["store_template"]  # a fixture for every test


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``long`` (tens of seconds: the quick audit, schemathesis, headless
    Chromium, seeding a year of reports) run first, so the parallel workers (pytest-xdist)
    share them out at the start and finish together instead of one waiting on the last
    long test. The order is the same on every worker, as xdist requires."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests on a central server's database (``db_url``, so ``central`` and ``make_central``)
    run on SQLite; those marked ``both_databases``, where the SQL differs, on PostgreSQL too.

    A test that parametrizes ``db_url`` itself keeps its own choice.
    """
    if "db_url" not in metafunc.fixturenames:
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        names = mark.args[0]
        if "db_url" in ([n.strip() for n in names.split(",")] if isinstance(names, str) else names):
            return
    backends: list[object] = ["sqlite"]
    if metafunc.definition.get_closest_marker("both_databases") is not None:
        backends.append(pytest.param("postgres", marks=pytest.mark.postgres))
    metafunc.parametrize("db_url", backends, indirect=True)


@pytest.fixture(autouse=True)
def _test_clocks_move_as_time_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests move their kiosk's clock by hand ("the next day", "an hour later") while the
    machine's own count since it started hardly moves: to the kiosk, a clock set across a
    day, whose tickets it keeps in the new day's queue (hubkiosk.store.numbers). Here that
    count is not read, so a test's day passes as days do; the tests of a clock set while
    the kiosk runs (tests/queue/test_clock_stepped_forward.py) give their own count."""
    from hubkiosk.store import numbers

    monkeypatch.setattr(numbers, "boot_reading", lambda: None)


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """Windows a test leaves open are deleted after it: a live window is re-polished by
    every later kiosk's application style sheet, so one left behind slows every later test
    (and holds on to the last test's screens)."""
    yield
    # A kiosk sets what it built aside from the garbage collector (hubkiosk.qt.heap): right
    # for the one kiosk of a process, but tests build hundreds, and what a finished test's
    # kiosk left in reference cycles must be collectable again.
    gc.unfreeze()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


#: A Tuesday, 10:30 in London: the hubs are open (09:00 to 17:00, Monday to Friday).
TUESDAY_1030 = dt.datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Europe/London"))


class OpenHoursClock:
    """A clock that runs from a Tuesday 10:30 in London, when every hub is open: a test
    that takes a ticket must not fail because the suite runs in the evening or at a
    weekend (the kiosk shows its closed page then)."""

    def __init__(self) -> None:
        self._started = time.monotonic()

    def __call__(self) -> dt.datetime:
        return (TUESDAY_1030 + dt.timedelta(seconds=time.monotonic() - self._started)).astimezone(
            dt.UTC
        )


@pytest.fixture
def make_kiosk(tmp_path: Path, qtbot, store_template: Path) -> Iterator[Callable[..., Kiosk]]:
    """Build kiosks as ``hubkiosk --windowed --data-dir TMP [extra args]`` would (on the
    wall clock, or on ``clock``: :class:`OpenHoursClock` for a test that takes a ticket)."""
    built: list[Kiosk] = []

    def factory(
        *extra: str, config: dict | None = None, clock: Callable[[], dt.datetime] | None = None
    ) -> Kiosk:
        data = tmp_path / "data"
        if not data.exists():
            seed_store(data, store_template)
        args = ["--windowed", "--data-dir", str(data), *extra]
        if config is not None:
            import json

            path = tmp_path / "config.json"
            path.write_text(json.dumps(config))
            args += ["--config", str(path)]
        kiosk = build(args) if clock is None else build(args, clock=clock)
        qtbot.addWidget(kiosk.window)
        kiosk.window.resize(1280, 900)
        kiosk.window.show()
        built.append(kiosk)
        return kiosk

    yield factory
    for kiosk in built:
        kiosk.close()
        kiosk.window.close()
        kiosk.window.deleteLater()
    if built:
        # The language is the application's: a test that ended in Bengali or Urdu left its
        # words and right-to-left layout to the next test without a kiosk (a bare keyboard).
        from hubkiosk.ui.i18n import Translations

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        Translations.for_app(app).apply("en")
    # Delete closed windows now: live ones would all be re-polished by the next kiosk's
    # application style sheet, making every later test slower.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def kiosk(make_kiosk: Callable[..., Kiosk]) -> Kiosk:
    return make_kiosk()


@pytest.fixture
def open_kiosk(make_kiosk: Callable[..., Kiosk]) -> Kiosk:
    """A kiosk whose hub is open whenever the test runs (its clock: :class:`OpenHoursClock`)."""
    return make_kiosk(clock=OpenHoursClock())


def shown_text(button: QAbstractButton) -> str:
    """A button's words as drawn: Qt shows "&&" as "&" and a lone "&" not at all."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def find_button(root: QWidget, text: str) -> QAbstractButton:
    """The one visible button showing exactly ``text`` (as a person would look for it)."""
    buttons = root.findChildren(QAbstractButton)
    matches = showing(root, text)
    if len(matches) != 1:
        shown = sorted({shown_text(b) for b in buttons if b.isVisible()})
        raise AssertionError(
            f"expected one visible button '{text}', found {len(matches)}; visible: {shown}"
        )
    return matches[0]


def showing(root: QWidget, text: str) -> list[QAbstractButton]:
    """The visible buttons showing exactly ``text``."""
    buttons = root.findChildren(QAbstractButton)
    return [b for b in buttons if shown_text(b) == text and b.isVisible()]


def button_shown(root: QWidget, text: str) -> bool:
    """Whether one visible button shows exactly ``text`` (:func:`find_button` finds it)."""
    return len(showing(root, text)) == 1


def stored_rows(kiosk, model) -> list:
    """Every ``model`` row in ``kiosk``'s store, oldest first, once its operations are done
    (detached: read them after the session)."""
    from sqlalchemy import select

    kiosk.ctx.ops.wait()
    with kiosk.store.session() as session:
        found = session.scalars(select(model).order_by(model.created_at)).all()
        session.expunge_all()
        return list(found)


def sign_in_by_pin(kiosk, qtbot, click, pin: str):
    """An adviser types ``pin`` on the PIN pad and touches "Sign in", as at the kiosk; the
    adviser and IT screen they land on."""
    from hubkiosk.ui.screens import ScreenId

    window = kiosk.window
    window.go(ScreenId.ADVISER_PIN, {})
    for digit in pin:
        click(window, digit)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Sign in")
    assert blocker.args == [ScreenId.ADVISER_HOME]
    return window.screens[ScreenId.ADVISER_HOME]


def resize_to(window: QWidget, qtbot, size: tuple[int, int]) -> None:
    """``window`` at ``size`` (a laptop's panel, a portrait kiosk), once it is."""
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == tuple(size))


def logged(data_dir: Path) -> str:
    """Every line the kiosk on ``data_dir`` has logged so far, old files included: the
    writer thread's queue written out first (hubkiosk.logs)."""
    from hubkiosk.logs import flush_logs

    flush_logs()
    return "".join(
        path.read_text(encoding="utf-8") for path in sorted((data_dir / "logs").glob("*.log*"))
    )


def assert_all_in_view(viewport: QWidget, parts: list[QWidget]) -> None:
    """Each of ``parts`` is shown whole inside the scroll area's ``viewport`` once the
    screen is laid out: a person sees it without sliding the page. (Checked after the
    layout settles, not waited for: a part can pass on the layout before.)"""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication, QLabel

    for _ in range(3):  # a layout request can post another (words wrap at the new width)
        QApplication.processEvents()
    seen = viewport.rect()
    # The "More below" cue covers the foot of the page while there is more below: what is
    # under it is not seen either.
    area = viewport.parentWidget()
    cue = area.findChild(QLabel, "ScrollCue") if area is not None else None
    if cue is not None and cue.isVisible():
        seen.setBottom(cue.geometry().top() - viewport.geometry().top() - 1)
    for part in parts:
        assert part.isVisible(), part
        where = QRect(part.mapTo(viewport, QPoint(0, 0)), part.size())
        assert seen.contains(where), (part, where, seen)


@pytest.fixture
def click(qtbot) -> Callable[[QWidget, str], None]:
    """Click the visible button with that text, as a person would."""
    from PySide6.QtCore import Qt

    def do(root: QWidget, text: str) -> None:
        qtbot.mouseClick(find_button(root, text), Qt.MouseButton.LeftButton)

    return do
