"""The last ticket number given today for each service, kept beside the store.

Ticket numbers come from the store: the day's highest number for the service, plus one.
After a backup is restored (by hand, or by the kiosk's repair of a damaged store) the store
holds only what the backup held, and the rest of the day was numbered from there: numbers
residents already held, waiting, were given again. This small file (``ticket-numbers.json``
in the data dir) is not in the backups: the next number is one more than the higher of the
two. It holds counts only, no personal data, and only today's; when it is missing or
unreadable the store's numbers stand, as before.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

#: The file's name in the data dir.
NUMBERS_NAME = "ticket-numbers.json"
#: Where a store's sessions hold its ledger (``Session.info``).
NUMBERS_KEY = "hubkiosk.ticket_numbers"


class NumberLedger:
    """Today's last ticket number per service, as given (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._day: str | None = None
        self._last: dict[str, int] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self._day = str(data["day"])
            self._last = {str(k): int(v) for k, v in dict(data["last"]).items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning(
                "ticket numbers: %s unreadable (%s): the store's numbers stand", path.name, exc
            )

    def last(self, day: dt.date, service_id: str) -> int:
        """The last number given for ``service_id`` on ``day`` (0: none known)."""
        with self._lock:
            return self._last.get(service_id, 0) if self._day == day.isoformat() else 0

    def given(self, day: dt.date, service_id: str, sequence: int) -> None:
        """Number ``sequence`` of ``service_id`` was given on ``day``: written at once (a
        failure to write is logged; the ticket is given all the same)."""
        with self._lock:
            if self._day != day.isoformat():
                self._day, self._last = day.isoformat(), {}
            self._last[service_id] = max(sequence, self._last.get(service_id, 0))
            text = json.dumps({"day": self._day, "last": self._last}, sort_keys=True)
            partial = self.path.with_name(self.path.name + ".partial")
            try:
                partial.write_text(text, encoding="utf-8")
                os.replace(partial, self.path)
            except OSError as exc:
                log.warning("ticket numbers: could not write %s (%s)", self.path.name, exc)
