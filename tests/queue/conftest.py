"""Fixtures for the queue tests: a fixed clock inside opening hours, a bare store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hubkiosk.core.content import Content, load_default_content
from hubkiosk.store.db import Store, open_store

LONDON = ZoneInfo("Europe/London")
#: A Tuesday, 10:30 in London: the hubs are open (09:00 to 17:00, Monday to Friday).
TUESDAY_1030 = dt.datetime(2026, 11, 24, 10, 30, tzinfo=LONDON)


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
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "store")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def content() -> Content:
    return load_default_content()
