"""One kiosk per data dir: a lock the operating system releases when the process dies.

Two kiosks on one store would both number tickets and both sync the same outbox. The lock
is an ``flock`` (``msvcrt.locking`` on Windows) on ``<data dir>/hubkiosk.lock``: the kernel
drops it when the holder exits or crashes, so a kiosk that the service manager restarts
after a crash always gets it back, and no stale file needs cleaning. The file holds the
holder's pid and start time, so a refused second start can say who holds it, and, once
the kiosk has closed, when it stopped: a file still naming a start with no stop when the
next kiosk takes the lock tells that the last one never closed (it froze and systemd's
watchdog killed it, it crashed, was killed, or the power was cut). :attr:`unclean_since`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import IO

LOCK_FILE = "hubkiosk.lock"
LOCK_OFFSET = 1 << 20


class AlreadyRunning(RuntimeError):
    """Another kiosk holds the data dir; the message names its pid and start time."""


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        # One byte far past the end: the pid and start time at the start stay readable.
        handle.seek(LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return f"pid {int(info['pid'])}, started {info['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a process that has not written its details yet"


class InstanceLock:
    """Held while a kiosk runs on ``data_dir``; :meth:`release` (or process exit) frees it."""

    def __init__(self, data_dir: Path, *, now: dt.datetime | None = None) -> None:
        self.path = data_dir / LOCK_FILE
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held while running)
        if not _try_lock(handle):
            handle.close()
            raise AlreadyRunning(
                f"another Hub Kiosk is already running on the data dir {data_dir} "
                f"({_holder(self.path)}); stop it first (systemctl stop hubkiosk)"
            )
        handle.seek(0)
        #: When the last kiosk on this data dir started, if it never closed (None: it
        #: closed, or none ran here before).
        self.unclean_since: str | None = _never_closed(handle.read())
        self._started = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        self._handle: IO[str] | None = handle
        self._write({"pid": os.getpid(), "started": self._started, "running": True})

    def _write(self, details: dict[str, object]) -> None:
        assert self._handle is not None
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(json.dumps(details))
        self._handle.flush()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        """The kiosk closed: the file says when (the next start finds a clean stop)."""
        if self._handle is not None:
            stopped = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            # A full disk: the next start reports a stop it cannot tell from a crash.
            with contextlib.suppress(OSError):
                self._write({"pid": os.getpid(), "started": self._started, "stopped": stopped})
            self._handle.close()  # closing the descriptor drops the lock
            self._handle = None


def _never_closed(text: str) -> str | None:
    """The start time in a lock file's ``text`` when it says its kiosk is still running
    (its kiosk never closed), else None (closed; an empty file: the first kiosk here; a
    file an older kiosk wrote, which kept no stop)."""
    try:
        details = json.loads(text)
    except ValueError:
        return None
    if not isinstance(details, dict) or details.get("running") is not True:
        return None
    started = details.get("started")
    return started if isinstance(started, str) else None
