"""One locator for resources/: in a checkout, an installed wheel and a PyInstaller bundle.

A checkout (and an editable install) reads ``resources/`` at the top of the repository; a
wheel carries the same files as package data in ``hubkiosk/_resources`` (see setup.py),
beside this module; a PyInstaller bundle has them in its own folder. Which of the last two
applies is looked up once: a start asks for every icon, font and style sheet, and
``importlib.resources`` cost more than the files it found.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"
#: Where a wheel keeps them (an installed package is a folder on disk).
PACKAGED = Path(__file__).parent / "_resources"


@functools.cache
def _installed() -> Path:
    return PACKAGED if PACKAGED.is_dir() else SOURCE_TREE


def resources_dir() -> Path:
    """``HUBKIOSK_RESOURCES``, the bundle's, the installed package's, or the checkout's."""
    override = os.environ.get("HUBKIOSK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return _installed()


def resource(*parts: str) -> Path:
    """Path to a file under resources/, e.g. ``resource("data", "hubs.json")``."""
    return resources_dir().joinpath(*parts)
