"""Which definition a survey report is made with (QA s6, s15): the newest that validates,
from any configuration ever published (newest first), then the shipped files.

A definition that does not validate (published before the server checked surveys) never
makes the survey pages answer 500: the report falls back to the last definition that
validates and says what was wrong with the newer one, or, with none, answers a clear
JSON error naming the problem. A survey a later publish dropped (the council's own, once
it finished) is still listed, and its results still read. Real server, SQLite and
PostgreSQL.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from sync.server import config
from sync.server.models import PublishedConfig
from tests.survey.test_survey_reports import (
    COMPLETE,
    SURVEY,
    folder_with,
    push,
    response,
    shipped_survey,
)
from tests.sync.conftest import REPORT_KEY

pytestmark = pytest.mark.both_databases

OWN = "hubs-autumn-2026"
PERIOD = {"from": "2026-11-01", "to": "2026-11-30"}


def answer(central: Any, path: str, **params: Any) -> requests.Response:
    return requests.get(f"{central.url}{path}", params={"key": REPORT_KEY, **params}, timeout=30)


def push_each_hub(central: Any, responses: list[Any]) -> None:
    for hub in sorted({r.hub_id for r in responses}):
        push(central, hub, [r for r in responses if r.hub_id == hub])


def store_as_published(central: Any, surveys: list[dict[str, Any]]) -> int:
    """The current configuration again with ``surveys``, stored as the next version the way a
    server that did not check surveys at publish stored it."""
    with central.database.session() as session:
        current = config.current_config(session)
        assert current is not None
        version = int(session.scalar(select(func.max(PublishedConfig.version))) or 0) + 1
        session.add(
            PublishedConfig(
                version=version,
                published_at=central.clock(),
                body={**copy.deepcopy(current.body), "surveys": surveys},
            )
        )
    return version


def broken(definition: dict[str, Any], version: int) -> dict[str, Any]:
    """The officer's mistake: an agreement group with no statements."""
    changed = copy.deepcopy(definition)
    changed["version"] = version
    for question in changed["questions"]:
        if question["id"] == "promise":
            question["statements"] = []
    return changed


def test_a_survey_version_that_does_not_validate_leaves_the_reports_working(central):
    push_each_hub(central, [response(n, row) for n, row in enumerate(COMPLETE)])
    store_as_published(central, [broken(shipped_survey(), 2)])

    listed = answer(central, "/reports/surveys")
    assert listed.status_code == 200, listed.text
    [entry] = listed.json()
    assert (entry["id"], entry["version"]) == (SURVEY, 1)
    assert "version 2" in entry["problem"] and "question 'promise'" in entry["problem"]

    report = answer(central, f"/reports/surveys/{SURVEY}", format="json", **PERIOD)
    assert report.status_code == 200, report.text
    body = report.json()
    assert body["complete"] == 8
    assert "question 'promise'" in body["definition_problem"]
    assert "reported with version 1" in body["definition_problem"]
    for fmt in ("html", "csv"):
        page = answer(central, f"/reports/surveys/{SURVEY}", format=fmt, **PERIOD)
        assert page.status_code == 200, (fmt, page.text)
    assert (
        "question &#39;promise&#39;" in answer(central, f"/reports/surveys/{SURVEY}", **PERIOD).text
    )


def test_a_survey_with_no_definition_that_validates_is_a_clear_error(central):
    own = broken({**shipped_survey(), "id": OWN}, 1)
    store_as_published(central, [shipped_survey(), own])

    listed = answer(central, "/reports/surveys")
    assert listed.status_code == 200, listed.text
    assert [s["id"] for s in listed.json()] == [SURVEY]
    report = answer(central, f"/reports/surveys/{OWN}", format="json")
    assert report.status_code == 422, report.text
    assert report.json()["error"] == "invalid_survey"
    message = report.json()["message"]
    assert OWN in message and "question 'promise'" in message and "Traceback" not in message
    missing = answer(central, "/reports/surveys/no-such-survey", format="json")
    assert missing.status_code == 404 and missing.json()["error"] == "unknown_survey"


def test_a_finished_survey_dropped_by_a_later_publish_is_still_reported(central, tmp_path):
    own = {**shipped_survey(), "id": OWN, "title": {"en": "Residents' Hubs autumn survey 2026"},
           "runs_from": "2026-09-01", "runs_to": "2026-10-31"}  # fmt: skip
    central.publish(folder_with(tmp_path, [own]), appointments=False)
    responses = [response(n, row, survey=OWN) for n, row in enumerate(COMPLETE)]
    for n, made in enumerate(responses):
        made.created_at = dt.datetime(2026, 9, 1 + n, 10, tzinfo=dt.UTC)
    push_each_hub(central, responses)
    # November: the council's survey replaces it on the kiosks.
    central.publish(folder_with(tmp_path, [shipped_survey()]), appointments=False)

    listed = answer(central, "/reports/surveys")
    assert listed.status_code == 200, listed.text
    assert {s["id"]: s["runs_from"] for s in listed.json()} == {
        OWN: "2026-09-01",
        SURVEY: shipped_survey()["runs_from"],
    }
    report = answer(central, f"/reports/surveys/{OWN}", format="json")
    assert report.status_code == 200, report.text
    body = report.json()
    assert (body["title"], body["complete"]) == ("Residents' Hubs autumn survey 2026", 8)
    assert (body["start"], body["end"]) == ("2026-09-01", "2026-10-31")
    assert body["definition_problem"] is None
