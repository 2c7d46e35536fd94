"""A frozen kiosk is restarted (hubkiosk/qt/watchdog.py): under systemd the kiosk tells the
unit's watchdog it is alive from its GUI thread, so when that thread stops (s30: a printing
thread and the GUI thread once waited for each other for ever) systemd kills and restarts
it, and the kiosk's last words say where it stood.

systemd's side is a real datagram socket here, read as systemd reads it (``sd_notify``'s
protocol); the kiosk runs as a hub runs it where it matters (``python -m hubkiosk``)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QObject

from hubkiosk.qt import watchdog
from hubkiosk.store.db import open_store
from hubkiosk.store.health import kiosk_health
from hubkiosk.store.models import UNCLEAN_STOP
from tests.test_quick_start import ROOT, kiosk_env, start_kiosk


class Systemd:
    """The socket systemd gives a service in ``NOTIFY_SOCKET``, and what it heard."""

    def __init__(self, name: str) -> None:
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind("\0" + name)  # Linux's abstract namespace: no path to clean up
        self.address = "@" + name
        self.heard: list[str] = []

    def environ(self, usec: int, pid: int | None = None) -> dict[str, str]:
        return {
            "NOTIFY_SOCKET": self.address,
            "WATCHDOG_USEC": str(usec),
            "WATCHDOG_PID": str(os.getpid() if pid is None else pid),
        }

    def listen(self, timeout: float | None) -> str | None:
        """The next message, waiting up to ``timeout`` seconds (None if none came)."""
        self.socket.settimeout(timeout)
        try:
            message = self.socket.recv(4096).decode()
        except (TimeoutError, BlockingIOError):
            return None
        self.heard.append(message)
        return message

    def pending(self) -> list[str]:
        """Every message already sent and not yet read."""
        messages = []
        while (message := self.listen(0)) is not None:
            messages.append(message)
        return messages

    def beats(self) -> int:
        self.pending()
        return self.heard.count("WATCHDOG=1")


@pytest.fixture
def systemd(request: pytest.FixtureRequest) -> Iterator[Systemd]:
    listener = Systemd(f"hubkiosk-test-{os.getpid()}-{request.node.name}"[:100])
    yield listener
    listener.socket.close()


def test_the_heartbeat_stops_when_the_gui_thread_stops(systemd, qtbot):
    """Alive while its event loop turns, silent while the GUI thread is held: a heartbeat
    from any other thread would tell systemd a frozen screen was fine."""
    owner = QObject()
    heartbeat = watchdog.start_heartbeat(owner, systemd.environ(usec=100_000))
    assert heartbeat is not None
    # The unit's time is set back at once (the start's allowance ends), then the first beat.
    assert systemd.pending()[:2] == ["WATCHDOG_USEC=100000", "WATCHDOG=1"]
    qtbot.waitUntil(lambda: systemd.beats() >= 4, timeout=5000)  # every 50 ms

    # The GUI thread held (here: waiting on the socket itself) for six beats' time.
    assert systemd.listen(timeout=0.3) is None

    before = systemd.beats()
    qtbot.waitUntil(lambda: systemd.beats() > before, timeout=5000)  # turning again
    owner.deleteLater()


def test_no_watchdog_no_message(systemd, qtbot):
    """Outside systemd, with a watchdog for another process, or a time that is no number,
    the kiosk sends nothing (and a hub laptop imports nothing of it: see test_quick_start)."""
    owner = QObject()
    for environ in (
        {},
        {"WATCHDOG_USEC": "100000", "WATCHDOG_PID": str(os.getpid())},  # no socket
        {**systemd.environ(usec=100_000), "WATCHDOG_USEC": "soon"},
        {**systemd.environ(usec=100_000), "WATCHDOG_USEC": "0"},
        systemd.environ(usec=100_000, pid=1),  # the variables of another service
        {**systemd.environ(usec=100_000), "NOTIFY_SOCKET": "relative/path"},
    ):
        assert watchdog.start_heartbeat(owner, environ) is None, environ
        assert watchdog.allow_for_start(environ) is False, environ
    assert systemd.pending() == []
    owner.deleteLater()


def test_under_cage_the_parents_watchdog_is_the_kiosks(systemd, qtbot):
    """systemd's main process is Cage, the kiosk's parent: WATCHDOG_PID names Cage."""
    owner = QObject()
    heartbeat = watchdog.start_heartbeat(owner, systemd.environ(1_000_000, pid=os.getppid()))
    assert heartbeat is not None
    assert "WATCHDOG=1" in systemd.pending()
    owner.deleteLater()


def test_a_heartbeat_nobody_hears_does_not_stop_the_kiosk(systemd, qtbot, caplog):
    """systemd gone (its socket closed): the kiosk serves on, and IT finds why in the log,
    once: not a line every beat (5,760 a day at the unit's 30 s)."""
    environ = systemd.environ(usec=100_000)
    systemd.socket.close()
    owner = QObject()
    heartbeat = watchdog.start_heartbeat(owner, environ)
    assert heartbeat is not None
    beats = []
    heartbeat.timer.timeout.connect(lambda: beats.append(1))
    qtbot.waitUntil(lambda: len(beats) >= 4, timeout=5000)
    told = [r.getMessage() for r in caplog.records if "systemd" in r.getMessage()]
    assert len([line for line in told if line.startswith("could not tell systemd")]) == 1, told
    owner.deleteLater()


def test_a_kiosk_started_by_systemd_allows_for_its_start_then_beats(systemd, monkeypatch, tmp_path):
    """The kiosk itself, started as the unit starts it: before the store is opened it asks
    for time for a migration; once its home screen is painted, it sets the unit's 30 s back
    and beats."""
    for name, value in systemd.environ(usec=30_000_000, pid=0).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("WATCHDOG_PID")  # systemd names Cage; here the kiosk is started alone
    done = start_kiosk(tmp_path / "data", "ready")
    assert done.returncode == 0, done.stderr
    heard = systemd.pending()
    assert heard[:3] == [
        f"WATCHDOG_USEC={watchdog.START_BUDGET_S * 1_000_000}",
        "WATCHDOG_USEC=30000000",
        "WATCHDOG=1",
    ], heard


def test_a_kiosk_stopped_by_its_watchdog_says_where_it_stood(systemd, tmp_path):
    """The watchdog kills a silent kiosk with SIGABRT: its last words in the journal are
    every thread's stack, so IT and developers see what froze it."""
    env = kiosk_env(**systemd.environ(usec=30_000_000))
    del env["WATCHDOG_PID"]
    command = [sys.executable, "-m", "hubkiosk", "--windowed", "--data-dir", str(tmp_path / "d")]
    kiosk = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        while (message := systemd.listen(timeout=120)) != "WATCHDOG=1":
            assert message is not None, "the kiosk never told its watchdog it was alive"
        kiosk.send_signal(signal.SIGABRT)  # what systemd sends when the beats stop
        _, stderr = kiosk.communicate(timeout=60)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.communicate()
    assert kiosk.returncode == -signal.SIGABRT
    assert "Fatal Python error: Aborted" in stderr
    assert "Current thread" in stderr  # the GUI thread, in the event loop...
    assert str(Path("hubkiosk") / "app.py") in stderr  # ... of the kiosk's own code

    # Restarted (a quick start, as every start after the first), the kiosk tells IT it did
    # not close: a freeze the watchdog cured is not hidden from the fleet page.
    again = start_kiosk(tmp_path / "d", "ready")
    assert again.returncode == 0, again.stderr
    store = open_store(tmp_path / "d")
    try:
        told = [e.message for e in store.unseen_events() if e.kind == UNCLEAN_STOP]
        health = kiosk_health(store, printer_spec="none", started=0)
    finally:
        store.close()
    assert len(told) == 1 and told[0].startswith("The kiosk did not close")
    assert health.last_error == told[0]
