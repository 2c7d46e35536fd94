"""The hubs a manager's report is asked for (QA s12, s3, s11).

A mistyped hub id (``--hub bow``, ``?hub=bow``) is refused naming the hubs there are,
rather than answering an empty report; a report of some hubs names them where it said
"all hubs". Real server and command line, SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
import requests

from sync.server.cli import main as server_main
from tests.sync.conftest import REPORT_KEY

pytestmark = pytest.mark.both_databases

HUBS = [
    "cubitt-town-library",
    "idea-store-bow",
    "idea-store-chrisp-street",
    "pdc-bethnal-green",
    "town-hall-whitechapel",
]
PERIOD = {"from": "2026-11-01", "to": "2026-11-30"}


@pytest.mark.parametrize(
    "path", ["/reports/hubs", "/reports/surveys/council-cx-2022", "/reports/feedback"]
)
@pytest.mark.parametrize("fmt", ["json", "html", "csv"])
def test_a_mistyped_hub_is_refused_naming_the_hubs(central, path: str, fmt: str) -> None:
    answer = requests.get(
        f"{central.url}{path}",
        params={**PERIOD, "hub": ["idea-store-bow", "bow"], "format": fmt, "key": REPORT_KEY},
        timeout=30,
    )
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["error"] == "unknown_hub"
    assert body["message"].startswith("unknown hub 'bow'")
    assert all(hub in body["message"] for hub in HUBS)
    known = requests.get(
        f"{central.url}{path}",
        params={**PERIOD, "hub": "idea-store-bow", "format": fmt, "key": REPORT_KEY},
        timeout=30,
    )
    assert known.status_code == 200, known.text


def test_the_command_line_refuses_a_mistyped_hub_in_one_line(central, db_url, capsys) -> None:
    args = ["--db", db_url, "report", "hubs", "--from", "2026-11-01", "--to", "2026-11-30"]
    assert server_main([*args, "--hub", "bow"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("hubkiosk-server: unknown hub 'bow'") and err.count("\n") == 1
    assert all(hub in err for hub in HUBS)
    assert server_main([*args, "--hub", "idea-store-bow"]) == 0
