"""A printer known not to print, not tried again for every resident (no Qt here).

A system printer that is off or unplugged still gets its jobs queued by CUPS, which then
never finishes them: each ticket waited :data:`~hubkiosk.printing.cups.JOB_WAIT_S` for
nothing before the resident was told to remember the number. Once one job has waited in
vain, the printer is *held*: the next tickets and slips are shown on screen at once, with no
job sent (none to pile up and come out later) and no new notice for IT (one per fault).

The hold ends when a page prints: IT's "Print a test ticket" (which tries the printer
whatever the hold) or, after :data:`RETRY_S`, the next ticket, which tries it again (a
printer turned back on by hub staff prints without IT). CUPS cannot say the printer is back:
after the job is cancelled the queue reads idle, as for a printer that works.

One :class:`PrinterHold` per kiosk (on the context), shared by every printing screen, used
on the printing threads and, to say so on the adviser screen, on the GUI thread: it only
takes a lock around a dictionary, never waits on a printer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: How long (seconds) a held printer is not tried for tickets; then the next ticket tries it
#: (one resident in five minutes waits, at most, while the printer is still off).
RETRY_S = 300.0


class PrinterHold:
    """Printers (by ``settings.printer`` spec) held since a job of theirs did not print."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        #: spec -> (the fault, in words for IT; when it was held, on ``clock``)
        self._held: dict[str, tuple[str, float]] = {}

    def fault(self, spec: str) -> str | None:
        """Why ``spec`` is held, or None: not held, or held for :data:`RETRY_S` already
        (the next page tries the printer)."""
        with self._lock:
            held = self._held.get(spec)
        if held is None or self._clock() - held[1] >= RETRY_S:
            return None
        return held[0]

    def held(self, spec: str) -> str | None:
        """Why ``spec`` is held, however long ago (until a page prints), or None: what the
        adviser screen says (:meth:`fault` is the tickets' rule, which tries it again)."""
        with self._lock:
            held = self._held.get(spec)
        return None if held is None else held[0]

    def hold(self, spec: str, fault: str) -> bool:
        """A page for ``spec`` did not print; True if this is a new fault (it was not held),
        False when a retry failed again (the same fault: IT was told)."""
        with self._lock:
            new = spec not in self._held
            self._held[spec] = (fault, self._clock())
        return new

    def release(self, spec: str) -> None:
        """A page for ``spec`` printed: tickets try it again."""
        with self._lock:
            self._held.pop(spec, None)
