"""One locator for resources/, from the source tree and inside a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: ``HUBKIOSK_RESOURCES``, the bundle's, or the source tree's."""
    override = os.environ.get("HUBKIOSK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path to a file under resources/, e.g. ``resource("data", "hubs.json")``."""
    return resources_dir().joinpath(*parts)
