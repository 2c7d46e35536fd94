"""Temporary: dump report pages for a visual look (not committed)."""
import datetime as dt
from pathlib import Path

import requests

from tests.sync.conftest import REPORT_KEY
from tests.sync.test_report_empty_weeks import RANGE, skipped_week  # noqa: F401
from tests.sync.test_fleet_silent import silent_kiosk  # noqa: F401

OUT = Path("/tmp/s36-reports")


def test_dump(skipped_week):
    for name, params in {"report": {}, "report-two": {"hub": ["idea-store-bow", "town-hall-whitechapel"]}}.items():
        page = requests.get(f"{skipped_week.url}/reports/hubs", params={**RANGE, "key": REPORT_KEY, **params}, timeout=30)
        (OUT / f"{name}.html").write_text(page.text)


def test_dump_fleet(silent_kiosk):
    central, clock, _ = silent_kiosk
    clock.advance(24 * 3600)
    page = requests.get(f"{central.url}/reports/fleet", params={"key": REPORT_KEY}, timeout=30)
    (OUT / "fleet.html").write_text(page.text)
