"""A report's period has a limit, said plainly: every day and week of a period is listed
(a day with no records says so), so a period of centuries was a page of hundreds of
thousands of rows that took the server minutes, one request after another (found by
tests/sync/test_trust_schemathesis.py asking for 1779 to 2000)."""

from __future__ import annotations

import datetime as dt

import pytest
import requests

from sync.server.cli import main
from tests.sync.conftest import REPORT_KEY, Central

LONGEST = 1827  # five years (reports.MAX_PERIOD_DAYS)
CENTURIES = {"from": "1779-01-01", "to": "2000-01-01"}


@pytest.mark.parametrize("path", ["hubs", "feedback"])
def test_a_report_of_centuries_is_refused_saying_the_longest_period(
    central: Central, path: str
) -> None:
    answer = requests.get(
        f"{central.url}/reports/{path}",
        params={**CENTURIES, "format": "json", "key": REPORT_KEY},
        timeout=60,
    )
    assert answer.status_code == 422, answer.text[:200]
    body = answer.json()
    assert body["error"] == "invalid_range"
    assert f"at most {LONGEST:,} days" in body["message"]
    assert "80,719 days" in body["message"], "and how long the period asked for is"


def test_a_surveys_report_lists_no_periods_and_takes_any(central: Central) -> None:
    """The survey's figures are sums over the period, one row each however long it is: a
    survey the council runs for years is reported over its whole run."""
    answer = requests.get(
        f"{central.url}/reports/surveys/council-cx-2022",
        params={**CENTURIES, "format": "json", "key": REPORT_KEY},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text[:200]


def test_the_longest_period_is_still_reported(central: Central) -> None:
    start = dt.date(2022, 1, 1)
    end = start + dt.timedelta(days=LONGEST - 1)
    answer = requests.get(
        f"{central.url}/reports/hubs",
        params={"from": str(start), "to": str(end), "format": "json", "key": REPORT_KEY},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text[:200]
    assert answer.json()["weeks"], "every week of five years listed"


@pytest.mark.parametrize("command", [["hubs"], ["feedback"]])
def test_the_command_refuses_centuries_in_one_line(tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["--db", db, "migrate"]) == 0
    capsys.readouterr()
    dates = ["--from", CENTURIES["from"], "--to", CENTURIES["to"]]
    assert main(["--db", db, "report", *command, *dates]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hubkiosk-server: ") and err.count("\n") == 1, err
    assert f"at most {LONGEST:,} days" in err
