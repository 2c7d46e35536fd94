"""Screens built the first time they are needed, so the kiosk starts with the home screen only.

Building all fifteen screens (hundreds of widgets, each polished by the style sheet) made a
cold start about thirteen times slower than a bare window, and every later style change
re-polished widgets nobody was looking at. :class:`ScreenSet` maps every known ScreenId to
its screen, building it on first access; iterating it walks the screens built so far, which
is all that language changes, resets and wipes need to reach (an unbuilt screen holds no
text and no resident's data). :class:`WarmUp` builds the likely next screens one per
event-loop turn once the home screen is painted, so a tap still goes through between two;
then what the kiosk has built so far, which lives as long as it does, is set aside from the
garbage collector's full passes (:mod:`hubkiosk.qt.heap`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from hubkiosk.qt.heap import freeze_long_lived
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen

T = TypeVar("T")

#: Builds the screen of an id and the scrolling page that holds it.
Builder = Callable[[ScreenId], tuple[Screen, QScrollArea]]


class _Built(Mapping[ScreenId, T]):
    """A view on one half of the built (screen, page) pairs; indexing builds."""

    def __init__(self, owner: ScreenSet, part: int) -> None:
        self._owner = owner
        self._part = part

    def __getitem__(self, key: ScreenId) -> T:
        pair = self._owner.built_pair(key)
        value: T = pair[self._part]  # type: ignore[assignment]
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._owner.known

    def __iter__(self) -> Iterator[ScreenId]:
        return iter(list(self._owner.pairs))

    def __len__(self) -> int:
        return len(self._owner.pairs)

    def get(self, key: ScreenId, default: T | None = None) -> T | None:  # type: ignore[override]
        """The built screen (or page) of ``key``, without building it."""
        pair = self._owner.pairs.get(key)
        return default if pair is None else pair[self._part]  # type: ignore[return-value]


class ScreenSet:
    """Every screen the kiosk knows, each built on first use.

    ``screens[id]`` and ``pages[id]`` build the screen if needed; ``id in screens`` says
    whether the kiosk has such a screen; iteration, ``len``, ``values()`` and ``get`` see the
    built ones only.
    """

    def __init__(self, known: Iterable[ScreenId], build: Builder) -> None:
        self.known: list[ScreenId] = list(known)
        self.pairs: dict[ScreenId, tuple[Screen, QScrollArea]] = {}
        self._build = build
        self.screens: _Built[Screen] = _Built(self, 0)
        self.pages: _Built[QScrollArea] = _Built(self, 1)

    def built_pair(self, screen_id: ScreenId) -> tuple[Screen, QScrollArea]:
        pair = self.pairs.get(screen_id)
        if pair is None:
            if screen_id not in self.known:
                raise KeyError(screen_id)
            pair = self._build(screen_id)
            self.pairs[screen_id] = pair
        return pair

    def is_built(self, screen_id: ScreenId) -> bool:
        return screen_id in self.pairs

    def build_all(self) -> None:
        """Build every screen (the self-test checks each can be built)."""
        for screen_id in self.known:
            self.built_pair(screen_id)


class WarmUp(QObject):
    """Builds the given screens in idle time, one per event-loop turn, after the first paint;
    then sets what is built aside from the garbage collector's full passes.

    Signals:
        finished(): every screen is built and the long-lived objects set aside.
    """

    finished = Signal()

    def __init__(self, screens: ScreenSet, order: Iterable[ScreenId], parent: QObject) -> None:
        super().__init__(parent)
        self._screens = screens
        self._todo = [screen_id for screen_id in order if screen_id in screens.known]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        self._painted: QWidget | None = None

    def start(self) -> None:
        self._timer.start()

    def start_after_paint(self, widget: QWidget) -> None:
        """Start once ``widget`` (the home screen) has been painted: the resident sees it
        before any other screen is built."""
        self._painted = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._painted and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._painted = None
            self.start()
        return False

    def stop(self) -> None:
        self._todo.clear()
        self._timer.stop()

    @property
    def pending(self) -> list[ScreenId]:
        return list(self._todo)

    def _next(self) -> None:
        while self._todo:
            screen_id = self._todo.pop(0)
            if not self._screens.is_built(screen_id):
                self._screens.built_pair(screen_id)
                break
        if self._todo:
            self._timer.start()
        else:
            freeze_long_lived()
            self.finished.emit()
