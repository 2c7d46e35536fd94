"""Keeps the garbage collector's full passes short, so they never freeze the screen.

A full (generation 2) collection walks every object the collector tracks, holding the GIL
all the while: once the kiosk is built that is about 136,000 objects (Qt wrappers, the
content, SQLAlchemy and pydantic), 60 ms on a quiet two-core kiosk and up to 200 ms on a
busy one. It runs in whichever thread happens to allocate, often the sync worker
validating a server's answer, and the screen waits for the GIL meanwhile: it was the
longest stall of issue 16's ui_stall row (a sync of 5,000 records, 170-200 ms).

Objects that live as long as the kiosk (modules, the screens, the content) are moved out
of the collector's reach once the kiosk is built and its likely screens warmed up
(:func:`gc.freeze`); a full pass then walks only what was made since. Nothing is lost:
freezing does not stop reference counting, and what those objects later drop is made
after the freeze, so still collected.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def freeze_long_lived() -> int:
    """Set every object alive now aside from later collections; how many there are."""
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.debug("heap: %d long-lived objects set aside from the collector", frozen)
    return frozen
