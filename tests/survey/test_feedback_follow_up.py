"""Issue 14, item 3 (server side): a feedback's follow-up is its own record, which ingest
accepts and checks; the feedback report gives the net satisfaction score (good +1,
average 0, poor -1, averaged) per hub, service and week beside the counts, and the
reasons residents gave. Run on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import pytest
import requests
from pydantic import ValidationError

from hubkiosk.store.models import Feedback, FeedbackFollowUp
from hubkiosk.store.outbox import to_payload
from sync.protocol import PROTOCOL_VERSION
from sync.protocol.records import RECORD_ITEM
from tests.survey.test_survey_reports import BOW, TOWN_HALL, get, push

MONDAY = dt.datetime(2026, 11, 9, 11, 0, tzinfo=dt.UTC)  # week of Monday 9 November
NEXT_WEEK = dt.datetime(2026, 11, 17, 11, 0, tzinfo=dt.UTC)  # Tuesday of the week after

# hub, score, service, when
SCORES = [
    (BOW, 5, "housing", MONDAY),
    (BOW, 4, "housing", MONDAY),
    (BOW, 1, "council-tax", MONDAY),
    (BOW, 3, "council-tax", NEXT_WEEK),
    (TOWN_HALL, 2, "housing", NEXT_WEEK),
    (TOWN_HALL, 5, "housing", NEXT_WEEK),
]
#: Each score above, and each follow-up below, is given by this many residents, so that
#: every row of the report has enough answers to be shown (MIN_RESPONSES_SHOWN): counts
#: are five times those of the list, averages and percentages the list's own.
GIVEN_BY = 5


def feedback(hub: str, score: int, service: str, when: dt.datetime) -> Feedback:
    return Feedback(
        id=uuid.uuid4(),
        created_at=when,
        hub_id=hub,
        score=score,
        visit_token=uuid.uuid4().hex,
        service_id=service,
        wait_minutes=10,
    )


def follow_up(of: Feedback, reasons: list[str], comment: str | None = None) -> FeedbackFollowUp:
    return FeedbackFollowUp(
        id=uuid.uuid4(),
        created_at=of.created_at + dt.timedelta(seconds=20),
        hub_id=of.hub_id,
        feedback_id=of.id,
        reasons=reasons,
        comment=comment,
    )


@pytest.fixture
def with_follow_ups(central):
    faces = [feedback(*row) for row in SCORES * GIVEN_BY]
    extra = []
    for first in range(0, len(faces), len(SCORES)):
        extra += [
            follow_up(faces[first], ["staff_helpfulness", "problem_solved"]),
            follow_up(faces[first + 2], ["waiting_time"], "Too long a wait"),
            follow_up(faces[first + 4], ["waiting_time", "information"]),
        ]
    for hub in (BOW, TOWN_HALL):
        push(central, hub, [r for r in faces + extra if r.hub_id == hub])
    central.faces = faces
    return central


def test_net_satisfaction_by_hub_service_and_week(with_follow_ups):
    params = {"from": "2026-11-01", "to": "2026-11-30"}
    report = get(with_follow_ups, "/reports/feedback", format="json", **params).json()
    # Good 5, 4, 5 (+3), average 3 (0), poor 1, 2 (-2): +1/6 = 0.17 (each five times).
    assert report["count"] == 30 and report["net_score"] == 0.17

    def net(section: str) -> dict:
        return {b["label"]: (b["count"], b["net_score"]) for b in report[section]}

    assert net("by_hub") == {"Idea Store Bow": (20, 0.25), "Town Hall Whitechapel": (10, 0.0)}
    assert net("by_service") == {"Council tax": (10, -0.5), "Housing": (20, 0.5)}
    # Every week of the range: those with no answers at 0, with no score.
    assert net("by_week") == {
        "2026-10-26": (0, None),
        "2026-11-02": (0, None),
        "2026-11-09": (15, 0.33),
        "2026-11-16": (15, 0.0),
        "2026-11-23": (0, None),
        "2026-11-30": (0, None),
    }
    # What the feedback was mostly about: 3 follow-ups (each five times), a reason may come
    # with another.
    assert report["follow_ups"] == 15
    assert {r["id"]: (r["count"], r["percent"]) for r in report["reasons"]} == {
        "waiting_time": (10, 67),
        "staff_helpfulness": (5, 33),
        "problem_solved": (5, 33),
        "building": (0, 0),
        "information": (5, 33),
    }

    rows = list(
        csv.DictReader(
            io.StringIO(get(with_follow_ups, "/reports/feedback", format="csv", **params).text)
        )
    )
    week = next(r for r in rows if r["section"] == "week" and r["group"] == "2026-11-09")
    assert (week["count"], week["net_score"]) == ("15", "0.33")
    page = get(with_follow_ups, "/reports/feedback", **params).text
    assert '<strong id="net">+0.17</strong>' in page
    assert '<table id="net-week">' in page and "2026-11-16" in page
    assert "−0.50" in page or "-0.50" in page  # council tax
    assert "Waiting time" in page


def test_a_follow_up_must_name_a_feedback_of_its_own_hub(with_follow_ups):
    central = with_follow_ups
    bow_face = central.faces[0]
    token = central.enrol(TOWN_HALL)
    stray = follow_up(bow_face, ["building"])
    stray.hub_id = TOWN_HALL
    answer = requests.post(
        f"{central.url}/v1/push",
        json={
            "protocol_version": PROTOCOL_VERSION,
            "items": [
                {"id": str(stray.id), "kind": "feedback_follow_up", "payload": to_payload(stray)}
            ],
        },
        headers=central.headers(token),
        timeout=30,
    )
    assert answer.status_code == 200
    [result] = answer.json()["results"]
    assert result["status"] == "rejected"
    assert "another hub" in result["reason"]


def test_a_follow_up_needs_a_known_reason_or_a_comment():
    base = {"id": str(uuid.uuid4()), "kind": "feedback_follow_up"}
    payload = {
        "created_at": "2026-11-09T11:00:00+00:00",
        "hub_id": BOW,
        "feedback_id": str(uuid.uuid4()),
    }
    with pytest.raises(ValidationError):
        RECORD_ITEM.validate_python({**base, "payload": {**payload, "reasons": []}})
    with pytest.raises(ValidationError):
        RECORD_ITEM.validate_python({**base, "payload": {**payload, "reasons": ["the weather"]}})
    ok = RECORD_ITEM.validate_python({**base, "payload": {**payload, "comment": "Lovely"}})
    assert ok.payload.comment == "Lovely"


def test_a_ranking_of_some_methods_is_reported_as_the_council_does(central):
    """Residents rank as many ways of contacting the council as they like: each way's
    average is over those who placed it, with how many did (Appendix 7's "Average")."""
    from tests.survey.test_survey_reports import COMPLETE, response, survey_json

    rows = [COMPLETE[0], COMPLETE[1], COMPLETE[2], COMPLETE[3], COMPLETE[4]]
    responses = [response(n, row) for n, row in enumerate(rows)]
    responses[0].answers["contact-ranking"] = ["email"]
    responses[1].answers["contact-ranking"] = ["telephone", "email"]
    responses[2].answers["contact-ranking"] = ["email", "telephone", "writing"]
    # Two who ranked none, and so left before the end (a complete response ranks at
    # least one way): with them, the report over every response has the five it needs to
    # be shown (MIN_RESPONSES_SHOWN), and the averages are over those who ranked.
    for walked_away in responses[3:]:
        walked_away.answers = {
            k: v for k, v in walked_away.answers.items() if k in ("contacted", "services")
        }
        walked_away.complete = False
    push(central, BOW, responses)
    report = survey_json(central, partial="true")
    ranking = next(q for q in report["questions"] if q["id"] == "contact-ranking")
    figures = {r["id"]: (r["average_rank"], r["ranked_by"]) for r in ranking["ranking"]}
    assert figures["email"] == (1.33, 3)  # (1 + 2 + 1) / 3
    assert figures["telephone"] == (1.5, 2)  # (1 + 2) / 2
    assert figures["writing"] == (3.0, 1)
    assert figures["social-media"] == (None, 0)
    assert ranking["answered"] == 3
