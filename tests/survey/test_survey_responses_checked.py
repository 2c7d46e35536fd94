"""A pushed survey response is checked against the survey the council published (QA IT
finding 18): a response to a survey or version never published nor shipped, or whose
answers do not fit that version's questions, is refused on its own with the reason and
never counted, the kiosk sets it aside for IT, and the rest of its batch is stored once.

What kiosks really send is still taken: responses made by the kiosk's own survey engine
(complete, walk-aways, skipped questions, typed and ranked answers, with an adviser
beside the resident, words removed by retention), to every version published. Real
server on 127.0.0.1, SQLite and PostgreSQL.
"""

from __future__ import annotations

import copy
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hubkiosk.core.survey import SurveyRun
from hubkiosk.store import outbox
from hubkiosk.store.db import Store
from hubkiosk.store.models import Channel, OutboxItem, SurveyResponse
from hubkiosk.store.outbox import to_payload
from sync.protocol.surveys import FreeTextQuestions, SurveyDefinition, remove_free_text
from tests.survey.test_survey_definitions_in_reports import folder_with, shipped_survey
from tests.survey.test_survey_reports import (
    BOW,
    COMPLETE,
    IN_RUN,
    SURVEY,
    TOWN_HALL,
    push,
    response,
    survey_json,
)
from tests.sync.conftest import Central, FakeClock, make_engine, push_raw

pytestmark = pytest.mark.both_databases

#: Words a resident might type: never in a reason the server gives.
TYPED = "Jane Doe 07700 900123"


def item(payload: dict[str, Any]) -> dict[str, Any]:
    return {"id": payload["id"], "kind": "survey_response", "payload": payload}


def payload(**changes: Any) -> dict[str, Any]:
    """A complete response to the shipped survey as the kiosk sends it, with ``changes``."""
    made = to_payload(response(0, COMPLETE[0], when=IN_RUN))
    return {**made, "id": str(uuid.uuid4()), **changes}


def sent(payloads: list[dict[str, Any]], central: Central, token: str) -> list[dict[str, Any]]:
    answer = push_raw(central, token, [item(p) for p in payloads])
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def test_a_response_to_no_published_survey_or_not_fitting_it_is_refused_and_not_counted(
    central: Central,
) -> None:
    for hub in (BOW, TOWN_HALL):
        push(central, hub, [response(n, row) for n, row in enumerate(COMPLETE) if row[0] == hub])
    assert survey_json(central)["complete"] == 8
    good = payload()
    refused = {
        # QA's four: a version never published, an unknown question, no answer at all, and
        # an answer that is not one of the question's options.
        "version": (payload(survey_version=999), "survey_version", "999"),
        "question": (payload(answers={"no-such-question": "x"}), "answers", "no such question"),
        "nothing": (payload(answers={}), "answers", "at least one question"),
        "choice": (payload(answers={"contacted": TYPED}), "answers.contacted", "options"),
        "survey": (payload(survey_id="no-such-survey"), "survey_id", "no-such-survey"),
        "type": (payload(answers={"contacted": ["yes"]}), "answers.contacted", "option"),
        "text": (payload(answers={"why-not-website": 3}), "answers.why-not-website", "text"),
        "statement": (
            payload(answers={"vision": {"no-such-statement": "agree"}}),
            "answers.vision",
            "statement",
        ),
        "scale": (payload(answers={"vision": {"vision": TYPED}}), "answers.vision", "scale"),
        "ranking": (
            payload(answers={"contact-ranking": ["email", "email"]}),
            "answers.contact-ranking",
            "option",
        ),
        # QA (s30): a text no kiosk could send (the engine trims to the question's length,
        # 500 characters here) was stored whole and shown to managers as a comment.
        "long text": (
            payload(answers={"why-not-website": TYPED + "x" * 500}),
            "answers.why-not-website",
            "longer than its 500 characters",
        ),
        # A question skip logic hid (services asks only who contacted the council): the
        # kiosk's engine records no answer to it.
        "hidden": (
            payload(answers={**payload()["answers"], "contacted": "no"}),
            "answers.services",
            "skip",
        ),
        # A "complete" response without a required question it showed (promise), or with
        # half an agreement group: the kiosk calls neither complete.
        "incomplete": (
            payload(answers={k: v for k, v in payload()["answers"].items() if k != "promise"}),
            "answers.promise",
            "complete response leaves it unanswered",
        ),
        "half a group": (
            payload(answers={**payload()["answers"], "outcomes": {"accessible": "agree"}}),
            "answers.outcomes",
            "complete response leaves it unanswered",
        ),
        "partial with nothing": (
            payload(complete=False, answers={}),
            "answers",
            "at least one question",
        ),
    }
    batch = [good] + [p for p, _, _ in refused.values()]
    token = central.enrol(BOW)

    for attempt in ("first", "again"):
        results = sent(batch, central, token)

        assert results[0]["status"] == ("accepted" if attempt == "first" else "duplicate")
        for (name, (_, where, said)), result in zip(refused.items(), results[1:], strict=True):
            assert result["status"] == "rejected", (name, result)
            reason = result["reason"]
            assert reason.startswith(f"invalid: {where}: ") and said in reason, (name, reason)
            assert TYPED not in reason and "Traceback" not in reason, name
        report = survey_json(central)
        assert (report["complete"], report["partial"]) == (9, 0), attempt
    assert central.count("survey_response") == 9


def council_v2() -> dict[str, Any]:
    """The council's survey as republished: version 2 adds libraries to the services."""
    changed = copy.deepcopy(shipped_survey())
    changed["version"] = 2
    for question in changed["questions"]:
        if question["id"] == "services":
            question["options"].append({"id": "libraries", "text": {"en": "Libraries"}})
    return changed


def run_through(definition: SurveyDefinition, steps: list[tuple[str, Any]]) -> SurveyRun:
    """A resident's way through the survey on the kiosk: each shown question answered as
    ``steps`` says in order (tap, rate, rank or type; None skips an optional one)."""
    run = SurveyRun(definition)
    for question_id, answer in steps:
        assert run.current is not None and run.current.id == question_id, question_id
        if answer is not None:
            run.answer(question_id, answer)
        run.next()
    return run


def kiosk_response(run: SurveyRun, *, complete: bool, **columns: Any) -> SurveyResponse:
    """The record the survey screen stores for ``run`` (questions.py's ``_save``)."""
    return SurveyResponse(
        id=uuid.uuid4(),
        created_at=IN_RUN,
        survey_id=run.definition.id,
        survey_version=run.definition.version,
        hub_id=BOW,
        language="so",
        complete=complete,
        answers=copy.deepcopy(run.recorded_answers()),
        **columns,
    )


def test_what_kiosks_send_is_still_taken_for_every_published_version(
    central: Central, tmp_path: Path
) -> None:
    central.publish(folder_with(tmp_path, [council_v2()]), appointments=False)
    first = SurveyDefinition.model_validate(shipped_survey())
    second = SurveyDefinition.model_validate(council_v2())
    experience = {
        "first-contact": "agree",
        "timescale": "dont-know",
        "access": "agree",
        "knowledge": "neither",
        "polite": "strongly-agree",
    }
    outcomes = {"accessible": "agree", "improved": "disagree", "culture": "agree"}
    today = {"accessible": "partly", "improved": "fully", "culture": "dont-know"}
    # Every question, words typed in both free-text ones, two ways of contact ranked.
    whole = run_through(
        first,
        [
            ("contacted", "yes"),
            ("services", ["waste", "parking"]),
            ("experience", experience),
            ("contact-ranking", ["telephone", "email"]),
            ("would-use-website", "no"),
            ("why-not-website", TYPED),
            ("vision", {"vision": "agree"}),
            ("outcomes", outcomes),
            ("outcomes-today", today),
            ("other-outcomes", TYPED + " " + "x" * 600),  # typed on: trimmed to 500
            ("promise", {"promise": "disagree"}),
        ],
    )
    assert len(whole.recorded_answers()["other-outcomes"]) == 500
    # Not contacted: the questions that depend on it skipped, the optional texts left empty.
    skipped = run_through(
        second,
        [
            ("contacted", "no"),
            ("contact-ranking", ["face-to-face"]),
            ("would-use-website", "yes"),
            ("vision", {"vision": "neither"}),
            ("outcomes", outcomes),
            ("outcomes-today", today),
            ("other-outcomes", None),
            ("promise", {"promise": "agree"}),
        ],
    )
    walked_away = run_through(second, [("contacted", "yes"), ("services", ["libraries"])])
    # Words removed by the kiosk's retention (a response set aside, then sent again).
    kept = FreeTextQuestions([first, second])
    removed = kiosk_response(whole, complete=True)
    removed.answers = remove_free_text(removed.answers, kept.choices_of(SURVEY, 1))
    taken = [
        kiosk_response(whole, complete=True),
        kiosk_response(skipped, complete=True),
        kiosk_response(skipped, complete=True),
        kiosk_response(walked_away, complete=False),
        kiosk_response(whole, complete=True, channel=Channel.ASSISTED, adviser_id="a-rahman"),
        removed,
    ]
    assert removed.answers["why-not-website"] == {"removed": True}
    # Libraries is an option of version 2 only.
    too_early = kiosk_response(walked_away, complete=False)
    too_early.survey_version = 1

    results = sent([to_payload(r) for r in [*taken, too_early]], central, central.enrol(BOW))

    assert [r["status"] for r in results] == ["accepted"] * 6 + ["rejected"]
    assert results[6]["reason"] == (
        "invalid: answers.services: an option the question does not have, or one given twice"
    )
    report = survey_json(central)  # five complete: enough for figures to be shown
    assert (report["complete"], report["partial"]) == (5, 1)


def test_the_kiosk_sets_a_refused_response_aside_and_sends_the_rest(
    central: Central, store: Store, clock: FakeClock
) -> None:
    answers = {"contacted": "yes", "services": ["waste"]}
    good, unknown = (
        SurveyResponse(
            survey_id=SURVEY,
            survey_version=version,
            hub_id=BOW,
            complete=False,
            answers=answers,
            created_at=IN_RUN,
        )  # fmt: skip
        for version in (1, 7)
    )
    with store.session() as session:
        for record in (good, unknown):
            outbox.add_record(session, record)

    status = make_engine(central.url, central.enrol(BOW), store, clock).sync_once()

    assert status.dead_letters == 1 and status.pending == 0
    with store.session() as session:
        aside = session.scalars(select(OutboxItem).where(OutboxItem.id == unknown.id)).one()
    assert aside.last_error == (
        "invalid: survey_version: survey 'council-cx-2022' has no version 7 published or shipped"
    )
    assert central.record(good.id) is not None and central.record(unknown.id) is None
    assert central.count("survey_response") == 1
    assert survey_json(central)["partial"] == 1
