"""One locator for resources/: in a checkout, an installed wheel and a PyInstaller bundle.

A checkout (and an editable install) reads ``resources/`` at the top of the repository; a
wheel carries the same files as package data in ``hubkiosk/_resources`` (see setup.py),
found with :mod:`importlib.resources`; a PyInstaller bundle has them in its own folder.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """``HUBKIOSK_RESOURCES``, the bundle's, the installed package's, or the checkout's."""
    override = os.environ.get("HUBKIOSK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(str(files("hubkiosk") / "_resources"))
    if packaged.is_dir():
        return packaged
    return SOURCE_TREE


def resource(*parts: str) -> Path:
    """Path to a file under resources/, e.g. ``resource("data", "hubs.json")``."""
    return resources_dir().joinpath(*parts)
