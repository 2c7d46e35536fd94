"""The last ticket number given today for each service, kept beside the store.

Ticket numbers come from the store: the day's highest number for the service, plus one.
After a backup is restored (by hand, or by the kiosk's repair of a damaged store) the store
holds only what the backup held, and the rest of the day was numbered from there: numbers
residents already held, waiting, were given again. This small file (``ticket-numbers.json``
in the data dir) is not in the backups: the next number is one more than the higher of the
two. It holds counts only, no personal data, and only today's; when it is missing or
unreadable the store's numbers stand, as before.

It also notices a clock stepped across a day while the machine ran (:class:`Carry`): a
machine started after a power cut with the time it last saved (yesterday's) gives tickets
under yesterday's date until the network's time puts its clock right. Those residents are
in the hall today: the tickets given since the machine started stay in today's queue, and
today's numbers go on from theirs. The machine's own count of time since it started (Linux:
``CLOCK_BOOTTIME``, with its boot id), which no clock setting moves, tells a step from time
passing; with none (another system) nothing is carried, as before.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: The file's name in the data dir.
NUMBERS_NAME = "ticket-numbers.json"
#: Where a store's sessions hold its ledger (``Session.info``).
NUMBERS_KEY = "hubkiosk.ticket_numbers"
#: More than this between the clock's time and the machine's own count since two readings
#: is the clock set (by the network's time or by hand), not time passing: the network's
#: time slews a clock by well under a minute a day.
STEP = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Carry:
    """The tickets of ``from_day`` stored after store order ``after`` (those given since the
    machine started) are in ``to_day``'s queue: the clock was stepped from one to the other
    while the machine ran."""

    from_day: dt.date
    to_day: dt.date
    after: int


@functools.cache
def _boot_id() -> str | None:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def boot_reading() -> tuple[str, float] | None:
    """This machine's start (its boot id) and the seconds since, suspended time included;
    None where the system does not say."""
    boot, clock = _boot_id(), getattr(time, "CLOCK_BOOTTIME", None)
    if boot is None or clock is None:
        return None
    return boot, time.clock_gettime(clock)


@dataclass(frozen=True)
class ClockNews:
    """What the ledger noticed of the clock, for the adviser screen's notices: a clock set
    across a day (``carry``: the tickets kept in today's queue), or a run of the machine
    started with its clock behind the last ticket (``carry`` None)."""

    shown: dt.datetime
    last: dt.datetime
    carry: Carry | None


@dataclass(frozen=True)
class _Reading:
    """The clock's time and the machine's count at the last ticket given."""

    boot: str
    since: float
    at: dt.datetime


class NumberLedger:
    """Today's last ticket number per service, as given (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._day: str | None = None
        self._last: dict[str, int] = {}
        #: The last reading, the machine's start and the store's last ticket before it.
        self._seen: _Reading | None = None
        self._boot: tuple[str, int] | None = None
        self._carry: Carry | None = None
        #: The run of the machine whose clock behind the last ticket was told, and news
        #: not yet taken (:meth:`news`).
        self._behind: str | None = None
        self._news: list[ClockNews] = []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self._day = str(data["day"])
            self._last = {str(k): int(v) for k, v in dict(data["last"]).items()}
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning(
                "ticket numbers: %s unreadable (%s): the store's numbers stand", path.name, exc
            )
            return
        try:  # absent from a file an older kiosk wrote
            if "seen" in data:
                seen = dict(data["seen"])
                at = dt.datetime.fromisoformat(str(seen["at"]))
                self._seen = _Reading(str(seen["boot"]), float(seen["since"]), at)
            if "boot" in data:
                self._boot = (str(data["boot"]["id"]), int(data["boot"]["after"]))
            if "carry" in data:
                carry = dict(data["carry"])
                self._carry = Carry(
                    dt.date.fromisoformat(str(carry["from"])),
                    dt.date.fromisoformat(str(carry["to"])),
                    int(carry["after"]),
                )
            if "behind" in data:
                self._behind = str(data["behind"])
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ticket numbers: %s: clock readings unreadable (%s)", path.name, exc)

    def last(self, day: dt.date, service_id: str) -> int:
        """The last number given for ``service_id`` on ``day`` (0: none known)."""
        with self._lock:
            return self._last.get(service_id, 0) if self._day == day.isoformat() else 0

    def carried(self, day: dt.date) -> Carry | None:
        """The tickets carried into ``day``'s queue, as noticed before (:meth:`notice`)."""
        with self._lock:
            carry = self._carry
        return carry if carry is not None and carry.to_day == day else None

    def notice(self, day: dt.date, now: dt.datetime) -> Carry | None:
        """The tickets carried into ``day`` (the queue day of ``now``): noticed here when the
        clock was stepped from the last ticket's day to ``day`` since that ticket was given
        on this machine's run (see the module docstring)."""
        with self._lock:
            if self._carry is not None and self._carry.to_day == day:
                return self._carry
            seen, boot = self._seen, self._boot
            reading = None if seen is None else boot_reading()
            if seen is None or reading is None:
                return None
            if reading[0] != seen.boot:  # another run of the machine: its count began again
                if now < seen.at - STEP and self._behind != reading[0]:
                    self._behind = reading[0]
                    self._news.append(ClockNews(now, seen.at, None))
                    self._write()
                    log.warning(
                        "clock: %s at start, before the last ticket (%s): the machine "
                        "started with the wrong time",
                        now.isoformat(timespec="minutes"),
                        seen.at.isoformat(timespec="minutes"),
                    )
                return None
            if self._day in (None, day.isoformat()) or boot is None or boot[0] != seen.boot:
                return None
            real = reading[1] - seen.since
            shown = (now - seen.at).total_seconds()
            if abs(shown - real) <= STEP.total_seconds():
                return None  # time passed as it does (the kiosk left on overnight)
            assert self._day is not None
            carry = Carry(dt.date.fromisoformat(self._day), day, boot[1])
            self._carry = carry
            # From here the clock is right: the next day is not a step again.
            self._seen = _Reading(reading[0], reading[1], now)
            self._news.append(ClockNews(now, seen.at, carry))
            self._write()
        log.warning(
            "clock: set from %s to %s (%.0f minutes more than passed) while this machine ran: "
            "the tickets given since it started stay in today's queue",
            seen.at.isoformat(timespec="minutes"),
            now.isoformat(timespec="minutes"),
            (shown - real) / 60,
        )
        return carry

    def news(self) -> list[ClockNews]:
        """What was noticed of the clock since last asked (each told once)."""
        with self._lock:
            news, self._news = self._news, []
        return news

    def given(
        self,
        day: dt.date,
        service_id: str,
        sequence: int,
        *,
        now: dt.datetime | None = None,
        last_stored: Callable[[], int] | None = None,
    ) -> None:
        """Number ``sequence`` of ``service_id`` was given on ``day`` at ``now``: written at
        once (a failure to write is logged; the ticket is given all the same).
        ``last_stored``: the store's order of its last ticket, read for the first ticket
        of the machine's run (the tickets a step would carry come after it)."""
        reading = boot_reading() if now is not None else None
        with self._lock:
            if self._day != day.isoformat():
                self._day, self._last = day.isoformat(), {}
            self._last[service_id] = max(sequence, self._last.get(service_id, 0))
            if reading is not None and now is not None:
                if self._boot is None or self._boot[0] != reading[0]:
                    self._boot = (reading[0], last_stored() if last_stored is not None else 0)
                self._seen = _Reading(reading[0], reading[1], now)
            self._write()

    def _write(self) -> None:
        """The file, as the ledger holds it now (the lock held)."""
        data: dict[str, Any] = {"day": self._day, "last": self._last}
        if self._seen is not None:
            seen = self._seen
            data["seen"] = {"boot": seen.boot, "since": seen.since, "at": seen.at.isoformat()}
        if self._boot is not None:
            data["boot"] = {"id": self._boot[0], "after": self._boot[1]}
        if self._behind is not None:
            data["behind"] = self._behind
        if self._carry is not None:
            carry = self._carry
            data["carry"] = {
                "from": carry.from_day.isoformat(),
                "to": carry.to_day.isoformat(),
                "after": carry.after,
            }
        text = json.dumps(data, sort_keys=True)
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, self.path)
        except OSError as exc:
            log.warning("ticket numbers: could not write %s (%s)", self.path.name, exc)
