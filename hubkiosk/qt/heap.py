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

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)


def _find_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_TRIM = _find_trim()


def give_back_free_heap() -> bool:
    """Return the heap's free pages to the system now; False where there is no way to."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True


def give_back_after_events() -> None:
    """:func:`give_back_free_heap` once the event loop has deleted what the visit's screens
    let go of (``deleteLater``): a zero timer runs after the events already posted."""
    QTimer.singleShot(0, give_back_free_heap)
