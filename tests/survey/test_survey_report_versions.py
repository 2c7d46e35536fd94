"""A survey's report counts every response under the words it was answered with, whatever
version of the survey was published since (QA s35).

The report was made with the newest published definition only: an option renamed in a
new version (same words, new id) showed 0 for every earlier answer, and a question the new
version removed vanished from the report; publishing the earlier version again made the
new version's answers vanish instead. Now the newest definition's questions and answers
come first, in its order, then each id only an earlier version has, with that version's
words and saying so.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import uuid
from typing import Any

import pytest

from hubkiosk.store.models import SurveyResponse
from tests.survey.test_survey_reports import (
    BOW,
    SURVEY,
    TOWN_HALL,
    folder_with,
    get,
    push,
    shipped_survey,
)
from tests.sync.test_config_publish import run

pytestmark = pytest.mark.both_databases

WHEN = dt.datetime(2026, 11, 10, 10, 0, tzinfo=dt.UTC)
RANKING = ["email", "telephone", "website", "face-to-face", "social-media", "councillor", "writing"]
PARAMS = {"from": "2026-11-01", "to": "2026-11-30"}


def version_2() -> dict[str, Any]:
    return {**shipped_survey(), "version": 2}


def version_3() -> dict[str, Any]:
    """Version 2 with ids renamed, the words kept ("waste" is now "bins", "polite" now
    "courteous", "email" now "e-mail"), and two questions removed (the promise, the other
    outcomes asked for)."""
    survey = copy.deepcopy(version_2())
    survey["version"] = 3
    renamed = {"waste": "bins", "polite": "courteous", "email": "e-mail"}
    for question in survey["questions"]:
        for item in [*question.get("options", []), *question.get("statements", [])]:
            item["id"] = renamed.get(item["id"], item["id"])
    survey["questions"] = [
        q for q in survey["questions"] if q["id"] not in ("promise", "other-outcomes")
    ]
    return survey


def answers(version: int, n: int) -> dict[str, Any]:
    """Resident ``n``'s answers to ``version``: all used (what was) waste and housing, rated
    every statement "agree", ranked email first; two of version 2's asked for more."""
    given: dict[str, Any] = {
        "contacted": "yes",
        "services": ["waste", "housing"],
        "experience": {
            s: "agree" for s in ["first-contact", "timescale", "access", "knowledge", "polite"]
        },
        "contact-ranking": RANKING,
        "would-use-website": "yes",
        "vision": {"vision": "agree"},
        "outcomes": {"accessible": "agree", "improved": "agree", "culture": "agree"},
        "outcomes-today": {"accessible": "partly", "improved": "partly", "culture": "partly"},
        "promise": {"promise": "disagree"},
    }
    if n < 2:
        given["other-outcomes"] = "More evening opening, please"
    if version == 3:
        given["services"] = ["bins", "housing"]
        given["experience"]["courteous"] = given["experience"].pop("polite")
        given["contact-ranking"] = ["e-mail", *RANKING[1:]]
        del given["promise"]
        given.pop("other-outcomes", None)
    return given


def residents(central: Any, version: int, first: int, given: Any = None) -> None:
    """Five residents answer ``version`` (three at Bow, two at the Town Hall), each
    ``given(n)`` (by default :func:`answers`)."""
    made = [
        SurveyResponse(
            id=uuid.uuid4(),
            created_at=WHEN + dt.timedelta(minutes=first + n),
            survey_id=SURVEY,
            survey_version=version,
            hub_id=BOW if n < 3 else TOWN_HALL,
            language="en",
            complete=True,
            answers=(given or (lambda n: answers(version, n)))(n),
        )
        for n in range(5)
    ]
    for hub in (BOW, TOWN_HALL):
        push(central, hub, [r for r in made if r.hub_id == hub])


def report(central: Any) -> dict[str, Any]:
    return get(central, f"/reports/surveys/{SURVEY}", format="json", **PARAMS).json()


def question(data: dict[str, Any], question_id: str) -> dict[str, Any]:
    return next(q for q in data["questions"] if q["id"] == question_id)


def rows(items: list[dict[str, Any]]) -> list[tuple[str, str, int, int | None, int | None]]:
    """(id, words, count, percent, the version the words are from) of each answer."""
    return [(a["id"], a["label"], a["count"], a["percent"], a.get("from_version")) for a in items]


def nonzero(items: list[dict[str, Any]]) -> list[tuple[str, str, int, int | None, int | None]]:
    return [row for row in rows(items) if row[2]]


def test_every_answer_is_counted_once_under_its_words_whichever_version_is_published(
    central, tmp_path
):
    central.publish(folder_with(tmp_path, [version_2()]), appointments=False)
    residents(central, 2, 0)
    before = report(central)
    assert nonzero(question(before, "services")["options"]) == [
        ("waste", "Waste and recycling", 5, 100, None),
        ("housing", "Housing", 5, 100, None),
    ]

    central.publish(folder_with(tmp_path, [version_3()]), appointments=False)
    residents(central, 3, 10)
    data = report(central)
    assert data["respondents"] == 10
    # The renamed option: its own row under the words it was chosen with, each counted once.
    services = question(data, "services")
    assert nonzero(services["options"]) == [
        ("bins", "Waste and recycling", 5, 50, None),
        ("housing", "Housing", 10, 100, None),
        ("waste", "Waste and recycling", 5, 50, 2),
    ]
    assert [o["id"] for o in services["options"]][-1] == "waste"  # after version 3's own
    assert services["answered"] == 10 and services["from_version"] is None
    assert data["version"] == 3  # the version whose questions and words come first
    # A renamed statement, and a renamed item ranked.
    experience = question(data, "experience")
    assert experience["answered"] == 10
    assert [(s["id"], s["text"], s["answered"], s["from_version"]) for s in experience["statements"]] == [
        ("first-contact", "Got through to the right person at the first contact.", 10, None),
        ("timescale", "Council service responded to me at the agreed timescale.", 10, None),
        ("access", "Able to access the information and service easily.", 10, None),
        ("knowledge", "Council staff had sufficient knowledge to respond to my query.", 10, None),
        ("courteous", "Council staff were helpful and polite.", 5, None),
        ("polite", "Council staff were helpful and polite.", 5, 2),
    ]  # fmt: skip
    polite = experience["statements"][-1]
    assert nonzero(polite["answers"]) == [("agree", "Agree", 5, 100, None)]
    ranking = {r["id"]: (r["average_rank"], r["ranked_by"], r["from_version"]) for r in
               question(data, "contact-ranking")["ranking"]}  # fmt: skip
    assert ranking["e-mail"] == (1.0, 5, None) and ranking["email"] == (1.0, 5, 2)
    assert ranking["telephone"] == (2.0, 10, None)
    assert [r["id"] for r in question(data, "contact-ranking")["ranking"]][-1] == "email"
    # The removed questions: still there, after version 3's, in version 2's words.
    assert [q["id"] for q in data["questions"]][-2:] == ["other-outcomes", "promise"]
    promise = question(data, "promise")
    assert (promise["answered"], promise["from_version"]) == (5, 2)
    assert promise["text"].startswith("To what extent do you agree that the Customer Promise")
    assert promise["statements"][0]["negative_percent"] == 100
    other = question(data, "other-outcomes")
    assert (other["answered"], other["from_version"], len(other["comments"])) == (2, 2, 2)

    page = get(central, f"/reports/surveys/{SURVEY}", **PARAMS).text
    assert 'data-label="Waste and recycling" data-value="50% (5)"' in page
    assert 'data-label="Waste and recycling (version 2)" data-value="50% (5)"' in page
    assert '<tr data-item="email"><td>E-mail (version 2)</td>' in page
    assert "Council staff were helpful and polite. (version 2)" in page
    assert '<section id="q-promise" data-version="2"><h2>To what extent' in page
    assert "from us and what we expect from our customers? (version 2)</h2>" in page
    assert "those of version 3 of the survey. Residents also answered version 2," in page
    table = list(
        csv.DictReader(
            io.StringIO(get(central, f"/reports/surveys/{SURVEY}", format="csv", **PARAMS).text)
        )
    )
    csv_rows = {
        (r["question"], r["statement"], r["answer"]): (r["count"], r["value"], r["version"])
        for r in table
        if r["section"] == "percent"
    }
    assert csv_rows[("services", "", "bins")] == ("5", "50", "")
    assert csv_rows[("services", "", "waste")] == ("5", "50", "2")
    assert csv_rows[("promise", "promise", "disagree")] == ("5", "100", "2")

    # Version 2's questions brought back, as version 4 (publish refuses a version going
    # backwards): now version 3's ids are the ones only an earlier one has, and no answer
    # disappears.
    central.publish(folder_with(tmp_path, [{**version_2(), "version": 4}]), appointments=False)
    again = report(central)
    assert again["respondents"] == 10 and again["version"] == 4
    assert nonzero(question(again, "services")["options"]) == [
        ("waste", "Waste and recycling", 5, 50, None),
        ("housing", "Housing", 10, 100, None),
        ("bins", "Waste and recycling", 5, 50, 3),
    ]
    statements = question(again, "experience")["statements"]
    assert [(s["id"], s["answered"], s["from_version"]) for s in statements][-2:] == [
        ("polite", 5, None),
        ("courteous", 5, 3),
    ]
    promise = question(again, "promise")
    assert (promise["answered"], promise["from_version"]) == (5, None)
    assert [q["id"] for q in again["questions"]][-1] == "promise"  # in version 4's order


def test_a_question_changed_in_kind_keeps_each_versions_answers_apart(
    central, db_url, tmp_path, capsys
):
    """Version 3 kept the id of version 2's promise (statements to agree or disagree with)
    but asked it as yes or no: published, and the report counted it as one question,
    version 2's five ratings gone but in the base of version 3's yes or no (10 answered:
    yes 40 %, no 10 %).
    Publish now refuses it; the same question given a new id is published (with a
    caution), and the report keeps each version's answers under its own words."""
    central.publish(folder_with(tmp_path, [version_2()]), appointments=False)
    residents(central, 2, 0)

    def version_3(promise_id: str) -> dict[str, Any]:
        survey = copy.deepcopy(version_2())
        survey["version"] = 3
        promise = next(q for q in survey["questions"] if q["id"] == "promise")
        promise.update(id=promise_id, type="yes_no")
        promise["text"] = {"en": "Does the Customer Promise say what you expect from us?"}
        del promise["statements"]
        return survey

    code, out, err = run(
        capsys, db_url, "config", "publish", str(folder_with(tmp_path, [version_3("promise")]))
    )
    assert (code, out) == (2, "")
    assert err == (
        f"hubkiosk-server: survey '{SURVEY}' version 3 changes question 'promise' from "
        "statements to agree or disagree with (type agreement) to yes or no (type yes_no): "
        "give the changed question a new id; the answers given to version 2's stay in the "
        "survey report, under version 2's words\n"
    )
    assert report(central)["version"] == 2

    code, out, err = run(
        capsys,
        db_url,
        "config",
        "publish",
        str(folder_with(tmp_path, [version_3("promise-kept")])),
    )
    assert code == 0 and err == "", err
    assert (
        f"caution: survey '{SURVEY}' version 3 no longer has question 'promise': answers "
        "given to it before still show in the survey report, under version 2's words"
    ) in out.splitlines()

    def answers_3(n: int) -> dict[str, Any]:
        given = answers(2, n)
        del given["promise"]
        return {**given, "promise-kept": "yes" if n < 4 else "no"}

    residents(central, 3, 10, answers_3)
    data = report(central)
    assert data["respondents"] == 10 and data["version"] == 3
    kept = question(data, "promise-kept")
    assert (kept["answered"], kept["from_version"], kept["type"]) == (5, None, "yes_no")
    assert rows(kept["options"]) == [("yes", "Yes", 4, 80, None), ("no", "No", 1, 20, None)]
    promise = question(data, "promise")
    assert (promise["answered"], promise["from_version"], promise["type"]) == (5, 2, "agreement")
    assert [(s["id"], s["answered"], s["negative_percent"]) for s in promise["statements"]] == [
        ("promise", 5, 100)
    ]
    assert nonzero(promise["statements"][0]["answers"]) == [("disagree", "Disagree", 5, 100, 2)]
