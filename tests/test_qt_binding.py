"""The Qt binding must keep Python's reference counts right.

PySide6 6.12.0 released one reference to ``True`` every time a bool went through a
``Signal(object)`` to a method slot: after a few hundred operations (PIN checks, prints)
the kiosk aborted with "bool_dealloc". pyproject.toml keeps PySide6 below 6.12 for that;
this test fails if a binding with the bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Sender(QObject):
    value = Signal(object)


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def take(self, _value: object) -> None:
        self.count += 1


def test_bools_through_object_signals_keep_their_references(qtbot):
    sender, receiver = Sender(), Receiver()
    sender.value.connect(receiver.take)
    before = sys.getrefcount(True)
    for _ in range(50):
        sender.value.emit(True)
    assert receiver.count == 50
    assert sys.getrefcount(True) >= before


def test_bools_across_threads_keep_their_references(qtbot):
    sender, receiver = Sender(), Receiver()
    sender.value.connect(receiver.take)

    class Emit(QRunnable):
        def run(self) -> None:
            for _ in range(50):
                sender.value.emit(True)

    before = sys.getrefcount(True)
    pool = QThreadPool()
    pool.start(Emit())
    pool.waitForDone()
    qtbot.waitUntil(lambda: receiver.count == 50)
    assert sys.getrefcount(True) >= before
