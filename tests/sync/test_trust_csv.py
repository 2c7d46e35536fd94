"""Every CSV the server produces opens in a spreadsheet as data: a cell a resident or a
kiosk wrote that starts like a formula is prefixed with a single quote (issue 10)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import pytest
import requests

from hubkiosk.store.outbox import to_payload
from sync.server import csvsafe
from tests.survey.test_survey_reports import COMPLETE, response
from tests.sync.conftest import REPORT_KEY, TZ, Central, push_raw

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

FORMULA = '=HYPERLINK("http://evil.example/x","Click for your refund")'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_that_starts_like_a_formula_is_quoted(start: str) -> None:
    out = io.StringIO()
    writer = csvsafe.writer(out)

    writer.writerow([f"{start}1+1", "plain", -3, 2.5, "a=b", "line\rbreak"])

    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows == [[f"'{start}1+1", "plain", "-3", "2.5", "a=b", "line\rbreak"]]


def _rows(answer: requests.Response) -> list[list[str]]:
    assert answer.status_code == 200, answer.text
    return list(csv.reader(io.StringIO(answer.text)))


def test_a_survey_comment_is_not_a_live_formula_in_the_survey_csv(central: Central) -> None:
    token = central.enrol()
    now = dt.datetime.now(dt.UTC)
    payload = {
        "survey_id": "council-cx-2022",
        "survey_version": 1,
        "complete": True,
        "created_at": now.isoformat(),
        # Every required question answered, as a kiosk's complete response does.
        "answers": to_payload(response(0, COMPLETE[1]))["answers"],
    }
    # Five responses, so that the report lists comments (MIN_RESPONSES_SHOWN); one has it.
    responses = [
        {"id": str(uuid.uuid4()), "kind": "survey_response", "payload": payload} for _ in range(5)
    ]
    responses[0]["payload"] = {**payload, "answers": {**payload["answers"],
                                                      "why-not-website": FORMULA}}  # fmt: skip
    results = push_raw(central, token, responses).json()["results"]
    assert {r["status"] for r in results} == {"accepted"}
    today = now.astimezone(TZ).date().isoformat()

    rows = _rows(
        requests.get(
            f"{central.url}/reports/surveys/council-cx-2022",
            params={"from": today, "to": today, "format": "csv", "key": REPORT_KEY},
            timeout=30,
        )
    )

    value = rows[0].index("value")
    comments = [row[value] for row in rows if row[3] == "comment"]
    assert comments == ["'" + FORMULA]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_a_referral_destination_is_not_a_live_formula_in_the_hub_csv(central: Central) -> None:
    token = central.enrol()
    now = dt.datetime.now(dt.UTC)
    ticket_id = str(uuid.uuid4())
    ticket = {"id": ticket_id, "kind": "ticket",
              "payload": {"day": now.astimezone(TZ).date().isoformat(), "service_id": "housing",
                          "number": "H-001", "created_at": now.isoformat()}}  # fmt: skip
    served = {"id": str(uuid.uuid4()), "kind": "queue_event",
              "payload": {"ticket_id": ticket_id, "kind": "served", "at": now.isoformat(),
                          "outcome": "referred", "referred_to": "@SUM(1+9)*cmd|' /C calc'!A0"}}  # fmt: skip
    assert push_raw(central, token, [ticket, served]).ok
    today = now.astimezone(TZ).date().isoformat()

    rows = _rows(
        requests.get(
            f"{central.url}/reports/hubs",
            params={"from": today, "to": today, "format": "csv", "key": REPORT_KEY},
            timeout=30,
        )
    )

    keys = {row[6] for row in rows if row[5] == "referrals_by_destination"}
    assert keys == {"'@SUM(1+9)*cmd|' /C calc'!A0"}


def test_the_feedback_csv_is_written_safely_too(central: Central) -> None:
    token = central.enrol()
    now = dt.datetime.now(dt.UTC)
    # Five answers, so that the report shows their figures (MIN_RESPONSES_SHOWN).
    feedback = [{"id": str(uuid.uuid4()), "kind": "feedback",
                 "payload": {"score": 2, "created_at": now.isoformat()}} for _ in range(5)]  # fmt: skip
    assert push_raw(central, token, feedback).ok
    today = now.astimezone(TZ).date().isoformat()

    rows = _rows(
        requests.get(
            f"{central.url}/reports/feedback",
            params={"from": today, "to": today, "format": "csv", "key": REPORT_KEY},
            timeout=30,
        )
    )

    assert rows[1][2:5] == ["all", "", "5"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
