"""Give the heap a visit freed back to the system, at the end of every visit.

A kiosk runs for months. Each visit allocates and frees a few MB (screens' layouts and
text, query results, the records written); glibc's allocator keeps freed pages it cannot
return from the top of its heap, so with the SQLite page cache growing between them the
resident memory crept up by several KB a visit with no live object behind it. After the
wipe at the end of a visit, nobody is at the screen: ``malloc_trim(0)`` (well under a
millisecond here) returns every free page, so resident memory follows live memory.
Elsewhere than glibc (a developer's Mac, Windows) this does nothing.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QTimer


@functools.cache
def _trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, looked up on first use (not at start: the kiosk's start is
    measured) in the symbols already loaded, so no library search runs. ctypes is imported
    here too: loading it was over a millisecond of every start, before the first paint."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return cast("Callable[[int], int]", trim)


def give_back_free_heap() -> bool:
    """Return the heap's free pages to the system now; False where there is no way to."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True


def give_back_after_events() -> None:
    """:func:`give_back_free_heap` once the event loop has deleted what the visit's screens
    let go of (``deleteLater``): a zero timer runs after the events already posted."""
    QTimer.singleShot(0, give_back_free_heap)
