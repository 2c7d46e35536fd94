"""What residents type into surveys and quick feedback goes after the server's retention.

The council's survey responses of ``test_survey_reports`` (plus feedback with comments)
are pushed to a real central server (SQLite and PostgreSQL). Before the retention days
are over the comments are listed; after them each typed answer is removed, while every
count the managers' report makes stays the same, and the purge can run again harmlessly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sqlalchemy import select

from hubkiosk.store.models import Feedback
from sync.protocol import PROTOCOL_VERSION
from sync.protocol.surveys import (
    FreeTextQuestions,
    SurveyDefinition,
    definitions_from,
    remove_free_text,
    removed_text,
)
from sync.server import retention
from sync.server.cli import main as server_main
from sync.server.models import IngestedRecord, utcnow
from sync.server.survey_reports import shipped_surveys_dir
from tests.survey.test_survey_reports import (  # noqa: F401 (seeded is a fixture)
    BOW,
    IN_RUN,
    SURVEY,
    get,
    partial,
    push,
    seeded,
    survey_json,
)
from tests.sync.conftest import stored_unchecked

# Retention's SQL (JSON answers rewritten) differs by database: run on both.
pytestmark = pytest.mark.both_databases

DAYS = 30
TYPED = [
    "Hard to find the right form",
    "I have no internet at home",
    "No reply when I report things online",
]


def strings_in(value: object) -> Iterator[str]:
    """Every string of an answer, at any depth (not the keys of its objects)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)


def without_comments(report: dict[str, Any]) -> dict[str, Any]:
    """Every figure of the report except the comments themselves and when it was made."""
    figures = {k: v for k, v in report.items() if k != "generated_at"}
    figures["questions"] = [
        {k: v for k, v in q.items() if k not in ("comments", "comments_removed")}
        for q in report["questions"]
    ]
    return figures


def comments(report: dict[str, Any], question: str) -> dict[str, Any]:
    return next(q for q in report["questions"] if q["id"] == question)


def purge(central: Any, *, after_days: float) -> retention.Purged:
    with central.database.session() as session:
        return retention.purge_personal(
            session, now=utcnow() + dt.timedelta(days=after_days), days=DAYS
        )


def payloads(central: Any, kind: str) -> dict[uuid.UUID, dict[str, Any]]:
    with central.database.session() as session:
        rows = session.execute(
            select(IngestedRecord.id, IngestedRecord.payload).where(IngestedRecord.kind == kind)
        ).all()
    return {row.id: row.payload for row in rows}


def test_typed_comments_go_after_retention_and_every_count_stays(seeded):  # noqa: F811
    walkaway = partial(BOW, {"contacted": "no", "other-outcomes": "Ring me: 07700 900123, Sam"})
    commented = Feedback(
        id=uuid.uuid4(),
        created_at=IN_RUN,
        hub_id=BOW,
        score=2,
        visit_token=uuid.uuid4().hex,
        service_id="housing",
        wait_minutes=40,
        comment="Ask for Rahima Begum, flat 3, 12 Bow Road",
    )
    push(seeded, BOW, [walkaway, commented])
    feedback_params = {"from": "2026-11-01", "to": "2026-11-30", "format": "json"}
    before = survey_json(seeded)
    before_partial = survey_json(seeded, partial="true")
    feedback_before = get(seeded, "/reports/feedback", **feedback_params).json()
    surveys_before = payloads(seeded, "survey_response")
    why = comments(before, "why-not-website")
    assert why["comments_total"] == 3 and why["comments_removed"] == 0
    assert sorted(c["text"] for c in why["comments"]) == TYPED
    other = comments(before_partial, "other-outcomes")
    assert other["comments_total"] == 1 and other["comments"][0]["text"].startswith("Ring me")

    # Not yet: the retention days are not over.
    early = purge(seeded, after_days=DAYS - 1)
    assert early.records == 0
    unchanged = survey_json(seeded)
    assert {**unchanged, "generated_at": before["generated_at"]} == before
    assert payloads(seeded, "survey_response") == surveys_before

    purged = purge(seeded, after_days=DAYS + 1)
    # 8 complete, 2 noise, 3 walk-aways; 36 feedback (the seed's 7, each given by 5, and this one)
    assert purged.records == 13 + 36

    after = survey_json(seeded)
    after_partial = survey_json(seeded, partial="true")
    assert without_comments(after) == without_comments(before)
    assert without_comments(after_partial) == without_comments(before_partial)
    why = comments(after, "why-not-website")
    assert (why["comments_total"], why["comments_removed"], why["comments"]) == (3, 3, [])
    other = comments(after_partial, "other-outcomes")
    assert (other["comments_total"], other["comments_removed"], other["comments"]) == (1, 1, [])
    feedback_after = get(seeded, "/reports/feedback", **feedback_params).json()
    feedback_after.pop("generated_at"), feedback_before.pop("generated_at")
    assert feedback_after == feedback_before

    surveys_after = payloads(seeded, "survey_response")
    for record_id, payload in surveys_after.items():
        original = surveys_before[record_id]
        for question, answer in original["answers"].items():
            if question in ("why-not-website", "other-outcomes"):
                assert payload["answers"][question] == removed_text()
            else:  # choices, ratings and rankings exactly as they were
                assert payload["answers"][question] == answer
        assert {k: v for k, v in payload.items() if k != "answers"} == {
            k: v for k, v in original.items() if k != "answers"
        }
    typed_anywhere = str(surveys_after) + str(payloads(seeded, "feedback"))
    for text in [*TYPED, "07700 900123", "Rahima Begum"]:
        assert text not in typed_anywhere
    assert payloads(seeded, "feedback")[commented.id]["score"] == 2
    assert payloads(seeded, "feedback")[commented.id]["comment"] is None

    page = get(seeded, f"/reports/surveys/{SURVEY}", **{"from": "2026-11-01", "to": "2026-11-30"})
    assert "3 comments (" in page.text and 'data-removed="3"' in page.text
    assert "Comments can be read here for 90 days" in page.text  # the server's retention
    assert not [text for text in TYPED if text in page.text]
    rows = list(
        csv.DictReader(
            io.StringIO(
                get(
                    seeded,
                    f"/reports/surveys/{SURVEY}",
                    format="csv",
                    **{"from": "2026-11-01", "to": "2026-11-30"},
                ).text
            )
        )
    )
    assert not [r for r in rows if r["section"] == "comment"]
    removed = next(
        r for r in rows if r["section"] == "comments_removed" and r["question"] == "why-not-website"
    )
    assert removed["count"] == "3"

    # Again, later: nothing left to do, nothing changes.
    again = purge(seeded, after_days=DAYS + 2)
    assert again.records == 0
    assert payloads(seeded, "survey_response") == surveys_after
    assert without_comments(survey_json(seeded)) == without_comments(before)


def council_survey() -> SurveyDefinition:
    [definition] = definitions_from(
        [
            json.loads(path.read_text(encoding="utf-8"))
            for path in shipped_surveys_dir().glob("*.json")
        ]
    )
    return definition


def test_what_each_answer_keeps_is_known_by_the_survey_definition():
    definition = council_survey()
    questions = FreeTextQuestions([definition])
    choices = questions.choices_of(SURVEY, 1)
    assert choices is not None
    assert choices["why-not-website"] == choices["other-outcomes"] == frozenset()
    assert choices["contacted"] == {"yes", "no"}
    assert "email" in choices["contact-ranking"] and "agree" in choices["vision"]
    # A version not known: judged by the versions that are.
    assert questions.choices_of(SURVEY, 7) == choices
    assert questions.choices_of("no-such-survey", 1) is None

    answers = {
        "contacted": "no",
        "contact-ranking": ["email", "telephone"],
        "would-use-website": "no",
        "why-not-website": "Sam, 07700 900123",
        "vision": {"vision": "agree"},
        "other-outcomes": "",
    }
    kept = remove_free_text(answers, choices)
    assert kept == {**answers, "why-not-website": {"removed": True}}  # "" was never a comment
    assert remove_free_text(kept, choices) == kept  # idempotent
    # A survey nobody knows: every string goes, at any depth (a typed answer cannot be told
    # from a choice).
    unknown = remove_free_text(answers, None)
    assert unknown == {
        "contacted": removed_text(),
        "contact-ranking": [removed_text(), removed_text()],
        "would-use-website": removed_text(),
        "why-not-website": removed_text(),
        "vision": {"vision": removed_text()},
        "other-outcomes": "",
    }
    assert remove_free_text(unknown, None) == unknown


TYPED_BY_RESIDENT = "Jane Doe 07700 900123"
#: Survey responses as QA pushed them (repro_retention_bypass.py): words typed where no
#: text question takes them, then what each must look like after retention. The server
#: now refuses them (tests/survey/test_survey_responses_checked.py); one from before that
#: still goes through retention.
ANYWHERE = {
    "unknown survey": (
        {"survey_id": "no-such-survey", "answers": {"notes": TYPED_BY_RESIDENT}},
        {"notes": removed_text()},
    ),
    "unknown version": (
        {"survey_version": 7, "answers": {"why-not-website": TYPED_BY_RESIDENT}},
        {"why-not-website": removed_text()},
    ),
    "unknown question": (
        {"answers": {"contacted": "no", "extra-notes": TYPED_BY_RESIDENT}},
        {"contacted": "no", "extra-notes": removed_text()},
    ),
    "text under yes/no": (
        {"answers": {"contacted": TYPED_BY_RESIDENT, "would-use-website": "yes"}},
        {"contacted": removed_text(), "would-use-website": "yes"},
    ),
    "unknown survey, nested": (
        {
            "survey_id": "no-such-survey",
            "answers": {"notes": [TYPED_BY_RESIDENT, 3], "more": {"k": TYPED_BY_RESIDENT}},
        },
        {"notes": [removed_text(), 3], "more": {"k": removed_text()}},
    ),
    "agreement member": (
        {"answers": {"experience": {"first-contact": TYPED_BY_RESIDENT, "polite": "agree"}}},
        {"experience": {"first-contact": removed_text(), "polite": "agree"}},
    ),
    "in a ranking": (
        {"answers": {"contact-ranking": ["email", TYPED_BY_RESIDENT, ["website"]]}},
        {"contact-ranking": ["email", removed_text(), ["website"]]},
    ),
    "text question (control)": (
        {
            "answers": {
                "would-use-website": "no",  # what shows "why not"
                "why-not-website": TYPED_BY_RESIDENT,
                "other-outcomes": "",
            }
        },
        {"would-use-website": "no", "why-not-website": removed_text(), "other-outcomes": ""},
    ),
}


def test_nothing_a_resident_typed_survives_retention_wherever_it_was_put(central, db_url, capsys):
    token = central.enrol()
    hour = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0).isoformat()
    items = {}
    for name, (response, _) in ANYWHERE.items():
        record_id = str(uuid.uuid4())
        payload = {
            "id": record_id,
            "created_at": hour,
            "hub_id": BOW,
            "survey_id": SURVEY,
            "survey_version": 1,
            "complete": False,  # walk-aways: the words, not whether they finished, matter
            **response,
        }
        items[name] = {"id": record_id, "kind": "survey_response", "payload": payload}
    answer = requests.post(
        f"{central.url}/v1/push",
        json={"protocol_version": PROTOCOL_VERSION, "items": list(items.values())},
        headers=central.headers(token),
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    # Today's server refuses all but the control: none is a response to the survey.
    statuses = dict(zip(items, (r["status"] for r in answer.json()["results"]), strict=True))
    control = "text question (control)"
    assert statuses == {name: "accepted" if name == control else "rejected" for name in items}
    # A server before that check took them: a database it kept holds them.
    stored_unchecked(central, BOW, [items[name] for name in items if name != control])

    assert server_main(["--db", db_url, "retention", "--days", "0"]) == 0
    capsys.readouterr()

    for name, (_, expected) in ANYWHERE.items():
        served = requests.get(
            f"{central.url}/v1/records/{items[name]['id']}",
            headers=central.headers(token),
            timeout=10,
        )
        assert served.status_code == 200
        assert TYPED_BY_RESIDENT not in served.text, name
        assert served.json()["payload"]["answers"] == expected, name
