"""Counted nouns in the English lines the commands print for IT ("1 record", "2 records").

The kiosk's and the server's command output is English only (the residents' screens are
translated through Qt); this keeps its counts grammatical in one place.
"""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, the noun plural unless the count is one: ``1 record``,
    ``0 records``, ``3 entries`` (``plural`` where adding an "s" is wrong)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
