"""Pure Python logic of the kiosk: no Qt, tested in milliseconds."""

from __future__ import annotations


class Refusal(ValueError):
    """What was asked does not fit how things stand (an adviser serves a ticket nobody
    called): expected, not a fault. The screen says so in its own words, chosen by
    ``kind``; the operation runner (:mod:`hubkiosk.qt.ops`) logs one INFO line naming the
    kind, without a traceback or the message (which may quote what was typed)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
