"""Helpers the Qt benchmarks share: a percentile and letting the event loop settle."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
