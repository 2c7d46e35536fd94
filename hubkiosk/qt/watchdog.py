"""The kiosk's heartbeat to systemd's watchdog: a frozen kiosk is restarted, not left frozen.

``Restart=always`` (packaging/linux/hubkiosk.service) brings back a kiosk that exits: a
crash, a kill, an out-of-memory. A kiosk whose GUI thread stops (a deadlock, a loop that
never ends) does not exit: its screen stays frozen in front of residents until someone
restarts the machine. The unit sets ``WatchdogSec``: systemd then expects a ``WATCHDOG=1``
message at least that often, and kills and restarts a service that falls silent (with
SIGABRT, whose stack trace :mod:`faulthandler` writes to the journal: where it stood).

A start that opens the store before its first paint (a new version's migration, a
damaged store restored from its backup) may take longer than the watchdog's time, on the
GUI thread: :func:`allow_for_start` asks systemd for :data:`START_BUDGET_S` first, and the
first heartbeat sets the unit's time back (``WATCHDOG_USEC=``, systemd 236 and newer).

The message is sent by a timer on the GUI thread, so it stops exactly when the event loop
stops turning, whatever stops it. It is sent at half the watchdog's time, as systemd
advises, over the datagram socket systemd names in ``NOTIFY_SOCKET`` (``sd_notify``'s
protocol: one line ``KEY=VALUE`` per datagram; an ``@`` starts a name in Linux's abstract
namespace). The kiosk runs under Cage (a Wayland kiosk compositor), so systemd's main
process is Cage, the kiosk's parent: the unit says ``NotifyAccess=all``, and
``WATCHDOG_PID`` naming the kiosk or its parent is taken as the kiosk's own. Outside
systemd (a laptop, Windows, the tests' own runs) none of these variables is set and
nothing is sent.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

#: What a start may take before the home screen is painted (migrating a year's store and
#: its backup first, on a slow disk), so the watchdog does not kill a kiosk mid-migration
#: and then again at every restart.
START_BUDGET_S = 15 * 60

#: The longest gap between two heartbeats the timer is set to (a watchdog of hours still
#: hears from the kiosk every minute: the journal's "last ping" stays meaningful).
LONGEST_MS = 60_000


def notify_address(environ: Mapping[str, str]) -> str | None:
    """The socket systemd listens on for this process's messages, or None outside systemd
    (or where this system has no Unix sockets)."""
    address = environ.get("NOTIFY_SOCKET", "")
    if not address or not hasattr(socket, "AF_UNIX"):
        return None
    if address.startswith("@"):  # Linux's abstract namespace
        return "\0" + address[1:]
    return address if address.startswith("/") else None


def watchdog_usec(environ: Mapping[str, str], pid: int, parent: int) -> int | None:
    """The unit's watchdog time in microseconds, or None when no watchdog waits for this
    process: ``WATCHDOG_USEC`` unset or not a positive number, or ``WATCHDOG_PID`` naming a
    process that is neither the kiosk nor its parent (Cage, the service's main process)."""
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    named = environ.get("WATCHDOG_PID", "")
    if named and named not in (str(pid), str(parent)):
        return None  # another service's variables, passed on to this process
    return usec


def interval_ms(usec: int) -> int:
    """How often to tell a watchdog of ``usec`` that the kiosk is alive: at half its time,
    as systemd advises (at most every :data:`LONGEST_MS`)."""
    return max(1, min(usec // 2000, LONGEST_MS))


def _watched(environ: Mapping[str, str] | None) -> tuple[str, int] | None:
    """Where to tell systemd, and its watchdog's time, when one waits for this process."""
    environ = os.environ if environ is None else environ
    address = notify_address(environ)
    usec = watchdog_usec(environ, os.getpid(), os.getppid())
    return None if address is None or usec is None else (address, usec)


def allow_for_start(environ: Mapping[str, str] | None = None) -> bool:
    """Before the store is opened on the GUI thread: give the start :data:`START_BUDGET_S`
    (the first heartbeat sets the unit's time back). False when no watchdog waits."""
    watched = _watched(environ)
    if watched is None:
        return False
    address, usec = watched
    problem = notify(address, f"WATCHDOG_USEC={max(usec, START_BUDGET_S * 1_000_000)}")
    if problem is not None:
        log.warning("could not tell systemd the start may take longer (%s)", problem)
    return problem is None


def notify(address: str, message: str) -> OSError | None:
    """Send ``message`` to systemd at ``address``; why it could not be sent, else None.
    Never raises: a kiosk serves residents whether or not systemd hears it."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sender:
            sender.setblocking(False)  # the GUI thread sends: never waits on systemd
            sender.sendto(message.encode(), address)
    except OSError as exc:
        return exc
    return None


class Heartbeat(QObject):
    """Sets the watchdog back to the unit's time, then tells it the kiosk is alive
    (``WATCHDOG=1``) from a timer on the GUI thread, for as long as that thread's event loop
    turns."""

    def __init__(self, address: str, usec: int, parent: QObject) -> None:
        super().__init__(parent)
        self.address = address
        self.timer = QTimer(self)
        self.timer.setObjectName("systemd watchdog heartbeat")
        self.timer.setInterval(interval_ms(usec))
        self.timer.timeout.connect(self.beat)
        #: Whether the last message failed: a failure is logged once, not every beat.
        self.failing = False
        self._send(f"WATCHDOG_USEC={usec}")  # the start's allowance ends here
        self.beat()
        self.timer.start()
        log.info("telling systemd's watchdog the kiosk is alive every %d ms", interval_ms(usec))

    def beat(self) -> None:
        self._send("WATCHDOG=1")

    def _send(self, message: str) -> None:
        problem = notify(self.address, message)
        if problem is not None and not self.failing:
            log.warning("could not tell systemd %s (%s)", message.split("=")[0], problem)
        elif problem is None and self.failing:
            log.info("systemd hears the kiosk again")
        self.failing = problem is not None


def start_heartbeat(parent: QObject, environ: Mapping[str, str] | None = None) -> Heartbeat | None:
    """The kiosk's heartbeat when systemd's watchdog waits for it, else None. Called on
    the GUI thread once the home screen is painted and the event loop runs."""
    watched = _watched(environ)
    return None if watched is None else Heartbeat(*watched, parent)
