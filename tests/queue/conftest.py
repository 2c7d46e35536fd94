"""Fixtures for the queue tests: a fixed clock inside opening hours, a bare store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hubkiosk.core.content import Content, load_default_content
from hubkiosk.qt.ops import OpRunner
from hubkiosk.store.db import Store, open_store
from tests.conftest import TUESDAY_1030
from tests.kiosk_store import seed_store

LONDON = ZoneInfo("Europe/London")


class Clock:
    """An injectable clock: a fixed moment that a test moves on by hand."""

    def __init__(self, start: dt.datetime = TUESDAY_1030) -> None:
        self.moment = start.astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)

    def set_local(self, moment: dt.datetime) -> None:
        self.moment = moment.astimezone(dt.UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, store_template: Path) -> Iterator[Store]:
    opened = open_store(seed_store(tmp_path / "store", store_template))
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def content() -> Content:
    return load_default_content()


@pytest.fixture
def queue_kiosk(tmp_path: Path, qtbot, clock: Clock, store_template: Path):
    """Build kiosks as ``hubkiosk --windowed --data-dir TMP`` would, with the test's clock
    (a Tuesday 10:30 unless moved) and today's demo appointments loaded."""
    import json

    from PySide6.QtCore import QCoreApplication, QEvent

    from hubkiosk.app import Kiosk, build
    from hubkiosk.core.appointments import load_demo_appointments

    def flush_deletes() -> None:
        # Windows closed by earlier tests are only deleteLater()'d; without an event loop
        # returning they stay alive, and every new style sheet re-polishes them all.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    flush_deletes()
    built: list[Kiosk] = []

    def factory(config: dict | None = None) -> Kiosk:
        data = seed_store(tmp_path / f"data{len(built)}", store_template)
        args = ["--windowed", "--data-dir", str(data)]
        if config is not None:
            path = tmp_path / f"config{len(built)}.json"
            path.write_text(json.dumps(config))
            args += ["--config", str(path)]
        kiosk = build(args, clock=clock)
        kiosk.window.resize(1280, 900)
        kiosk.window.show()
        load_demo_appointments(kiosk.store, clock().astimezone(LONDON).date())
        built.append(kiosk)
        return kiosk

    yield factory
    for kiosk in built:
        for printing in kiosk.window.findChildren(OpRunner):  # a ticket's, a test ticket's
            printing.wait()
        kiosk.ctx.ops.wait()
        kiosk.store.close()
        kiosk.window.close()
        kiosk.window.deleteLater()
    flush_deletes()
