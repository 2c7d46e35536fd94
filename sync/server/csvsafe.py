"""CSV that a spreadsheet opens as data, never as formulas (CSV injection).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by
Excel, LibreOffice and Google Sheets as a formula, so a survey comment typed as
``=HYPERLINK("http://...","Click")`` would open in a manager's spreadsheet as a live
link. As OWASP advises, such text cells get a leading single quote, which spreadsheets
show as text. Cells are quoted as RFC 4180 asks. Numbers are written as they are (a negative count is still a number).
Every CSV the server produces is written through :func:`writer`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, Protocol

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


def neutralise(value: object) -> object:
    """``value``, with a single quote before text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """A :func:`csv.writer` whose text cells are :func:`neutralise`-d."""

    def __init__(self, out: _Writable) -> None:
        # CRLF line ends (RFC 4180): the csv module quotes a cell holding any character of
        # the line terminator, so a carriage return typed inside a comment stays in its cell.
        self._writer = csv.writer(out, lineterminator="\r\n")

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(out: _Writable) -> SafeWriter:
    """A CSV writer (CRLF line ends) that neutralises formula-like text cells."""
    return SafeWriter(out)
