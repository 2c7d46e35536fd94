"""Survey results at the centre, the way Appendix 7 reports them.

Responses are made as the kiosk makes them (SurveyResponse/Feedback records and their
outbox payloads), pushed to a real central server (SQLite and PostgreSQL), and the report's
figures are checked against figures worked out by hand below.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests

from hubkiosk.store.models import Feedback, SurveyResponse
from hubkiosk.store.outbox import to_payload
from sync.protocol import PROTOCOL_VERSION
from sync.server import config
from sync.server.cli import main as server_main
from sync.server.survey_reports import average_2dp, percent
from tests.sync.conftest import REPORT_KEY

# The survey reports' SQL (counts over JSON answers) differs by database: run on both.
pytestmark = pytest.mark.both_databases

BOW = "idea-store-bow"
TOWN_HALL = "town-hall-whitechapel"
SURVEY = "council-cx-2022"
PERIOD = {"from": "2026-11-01", "to": "2026-11-30"}

# Three orders of the seven ways to contact the council (most preferred first).
A = ["email", "telephone", "website", "face-to-face", "social-media", "councillor", "writing"]
B = ["face-to-face", "telephone", "email", "writing", "councillor", "website", "social-media"]
C = ["telephone", "email", "face-to-face", "website", "writing", "social-media", "councillor"]

# (hub, contacted, services, first-contact, ranking, would use website, why not,
#  vision, outcomes-today/accessible)
COMPLETE = [
    (BOW, "yes", ["waste", "streets"], "strongly-disagree", A, "no",
     "Hard to find the right form", "strongly-agree", "not-meeting"),
    (BOW, "yes", ["waste"], "disagree", A, "no", None, "strongly-agree", "not-meeting"),
    (BOW, "yes", ["streets", "housing"], "disagree", B, "yes", None, "strongly-agree",
     "partly"),
    (BOW, "yes", ["waste", "streets"], "agree", C, "no",
     "No reply when I report things online", "agree", "not-meeting"),
    (BOW, "yes", ["council-tax"], "dont-know", A, "yes", None, "disagree", "partly"),
    (BOW, "yes", ["waste", "streets", "parking"], "strongly-disagree", B, "yes", None,
     "disagree", "not-meeting"),
    (TOWN_HALL, "yes", ["housing"], "neither", C, "yes", None, "neither", "not-meeting"),
    (TOWN_HALL, "no", None, None, B, "no", "I have no internet at home", "strongly-disagree",
     "dont-know"),
]  # fmt: skip

IN_RUN = dt.datetime(2026, 11, 10, 10, 0, tzinfo=dt.UTC)


def response(n: int, row: tuple, *, when: dt.datetime = IN_RUN, survey: str = SURVEY):
    hub, contacted, services, first, ranking, web, why, vision, today = row
    answers: dict = {"contacted": contacted}
    if contacted == "yes":
        answers["services"] = services
        answers["experience"] = {
            "first-contact": first,
            "timescale": "disagree",
            "access": "agree",
            "knowledge": "agree",
            "polite": "strongly-agree",
        }
    answers["contact-ranking"] = ranking
    answers["would-use-website"] = web
    if why:
        answers["why-not-website"] = why
    answers["vision"] = {"vision": vision}
    answers["outcomes"] = {"accessible": "agree", "improved": "agree", "culture": "agree"}
    answers["outcomes-today"] = {"accessible": today, "improved": "partly", "culture": "partly"}
    answers["promise"] = {"promise": "agree"}
    return SurveyResponse(
        id=uuid.uuid4(),
        created_at=when + dt.timedelta(minutes=n),
        survey_id=survey,
        survey_version=1,
        hub_id=hub,
        language="en",
        complete=True,
        answers=answers,
    )


def partial(hub: str, answers: dict) -> SurveyResponse:
    return SurveyResponse(
        id=uuid.uuid4(),
        created_at=IN_RUN,
        survey_id=SURVEY,
        survey_version=1,
        hub_id=hub,
        language="bn",
        complete=False,
        answers=answers,
    )


FEEDBACK = [  # hub, score, wait minutes, service
    (BOW, 5, 3, "housing"),
    (BOW, 4, 8, "housing"),
    (BOW, 2, 25, "council-tax"),
    (BOW, 1, 50, "council-tax"),
    (BOW, 3, 22, "parking"),
    (TOWN_HALL, 5, None, None),
    (TOWN_HALL, 4, 12, "housing"),
]
#: Each feedback above is given by this many residents, so that every row of the feedback
#: report has enough answers to be shown (MIN_RESPONSES_SHOWN): counts are five times
#: those of the list, averages and percentages the list's own.
FEEDBACK_GIVEN_BY = 5


def push(central, hub: str, records: list) -> None:
    token = central.enrol(hub)
    items = [
        {
            "id": str(r.id),
            "kind": r.__tablename__,
            "kiosk_time": r.created_at.isoformat(),
            "payload": to_payload(r),
        }
        for r in records
    ]
    answer = requests.post(
        f"{central.url}/v1/push",
        json={"protocol_version": PROTOCOL_VERSION, "items": items},
        headers=central.headers(token),
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}


def shipped_survey() -> dict[str, Any]:
    folder = config.default_data_dir().parent / "surveys"
    return json.loads((folder / "council_cx_2022.json").read_text(encoding="utf-8"))


def folder_with(tmp_path: Path, surveys: list[dict[str, Any]]) -> Path:
    shipped = config.default_data_dir()
    folder = tmp_path / f"data-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    for name in ("hubs.json", "catalogue.json"):
        shutil.copy(shipped / name, folder / name)
    shutil.copytree(shipped.parent / "forms", folder / "forms")
    (folder / "surveys").mkdir()
    for survey in surveys:
        (folder / "surveys" / f"{survey['id']}.json").write_text(json.dumps(survey))
    return folder


#: Another survey the council runs at the same time (the server takes responses only to
#: surveys it published or shipped).
ANOTHER = "another-survey"


@pytest.fixture
def seeded(central, tmp_path):
    central.publish(
        folder_with(tmp_path, [shipped_survey(), {**shipped_survey(), "id": ANOTHER}]),
        appointments=False,
    )
    responses = [response(n, row) for n, row in enumerate(COMPLETE)]
    noise = [
        # Outside the period asked for, and another survey: neither is counted.
        response(99, COMPLETE[0], when=dt.datetime(2026, 10, 20, 12, tzinfo=dt.UTC)),
        response(98, COMPLETE[0], survey=ANOTHER),
    ]
    walkaways = [
        partial(BOW, {"contacted": "yes", "services": ["waste"]}),
        partial(TOWN_HALL, {"contacted": "no"}),
    ]
    feedback = [
        Feedback(
            id=uuid.uuid4(),
            created_at=IN_RUN,
            hub_id=hub,
            score=score,
            visit_token=uuid.uuid4().hex,
            service_id=service,
            wait_minutes=wait,
        )
        for hub, score, wait, service in FEEDBACK * FEEDBACK_GIVEN_BY
    ]
    for hub in (BOW, TOWN_HALL):
        push(central, hub, [r for r in responses + noise + walkaways + feedback if r.hub_id == hub])
    return central


def get(central, path: str, **params):
    answer = requests.get(f"{central.url}{path}", params={"key": REPORT_KEY, **params}, timeout=60)
    assert answer.status_code == 200, answer.text
    return answer


def survey_json(central, **params) -> dict:
    return get(
        central,
        f"/reports/surveys/{SURVEY}",
        format="json",
        **{"from": "2026-11-01", "to": "2026-11-30"},
        **params,
    ).json()


def figures(report: dict, question: str) -> dict:
    return next(q for q in report["questions"] if q["id"] == question)


def statement(report: dict, question: str, statement_id: str) -> dict:
    return next(s for s in figures(report, question)["statements"] if s["id"] == statement_id)


def by_answer(items: list[dict]) -> dict[str, tuple[int, int | None]]:
    return {a["id"]: (a["count"], a["percent"]) for a in items}


def test_council_rounding_is_half_up_and_exact():
    assert [percent(n, 8) for n in (1, 3, 5, 7)] == [13, 38, 63, 88]  # 12.5 -> 13, ...
    assert percent(4, 7) == 57 and percent(2, 7) == 29 and percent(0, 3) == 0
    assert percent(1, 0) is None
    assert average_2dp(21, 8) == 2.63  # 2.625: Python's round() would say 2.62
    assert average_2dp(47, 8) == 5.88 and average_2dp(16, 8) == 2.0


def test_appendix_7_figures_worked_out_by_hand(seeded):
    report = survey_json(seeded)
    assert (report["complete"], report["partial"], report["respondents"]) == (8, 2, 8)
    # Town Hall's three responses are too few to show (MIN_RESPONSES_SHOWN): its row has none.
    assert {h["hub_id"]: (h["complete"], h["partial"]) for h in report["hubs"]} == {
        BOW: (6, 1),
        TOWN_HALL: (None, None),
    }

    # Contacted the council in the last 12 months: 7 yes, 1 no of 8.
    contacted = figures(report, "contacted")
    assert contacted["answered"] == 8
    assert by_answer(contacted["options"]) == {"yes": (7, 88), "no": (1, 13)}

    # Services contacted most (several answers each), of the 7 who contacted the council.
    services = by_answer(figures(report, "services")["options"])
    assert services["waste"] == (4, 57)  # 4/7 = 57.1%
    assert services["streets"] == (4, 57)
    assert services["housing"] == (2, 29)  # 28.6%
    assert services["council-tax"] == (1, 14) and services["parking"] == (1, 14)
    assert services["benefits"] == (0, 0)

    # "Got through to the right person at the first contact", 7 answers:
    # strongly disagree 2, disagree 2, neither 1, agree 1, don't know 1.
    first = statement(report, "experience", "first-contact")
    assert first["answered"] == 7
    assert by_answer(first["answers"]) == {
        "strongly-agree": (0, 0),
        "agree": (1, 14),
        "neither": (1, 14),
        "disagree": (2, 29),
        "strongly-disagree": (2, 29),
        "dont-know": (1, 14),
    }
    assert (first["negative_count"], first["negative_percent"]) == (4, 57)  # 4/7, not 29+29
    assert figures(report, "experience")["negative_label"] == "Strongly disagree or disagree"
    assert statement(report, "experience", "timescale")["negative_percent"] == 100

    # The vision, all 8: strongly agree 3 (37.5% -> 38), agree 1, neither 1, disagree 2,
    # strongly disagree 1 (12.5% -> 13); strongly disagree or disagree 3/8 = 37.5% -> 38.
    vision = statement(report, "vision", "vision")
    assert by_answer(vision["answers"]) == {
        "strongly-agree": (3, 38),
        "agree": (1, 13),
        "neither": (1, 13),
        "disagree": (2, 25),
        "strongly-disagree": (1, 13),
        "dont-know": (0, 0),
    }
    assert vision["negative_percent"] == 38

    # Meets the outcomes today (its own scale): "does not meet" 5 of 8 = 62.5% -> 63.
    today = statement(report, "outcomes-today", "accessible")
    assert by_answer(today["answers"]) == {
        "fully": (0, 0),
        "partly": (2, 25),
        "not-meeting": (5, 63),
        "dont-know": (1, 13),
    }
    assert today["negative_percent"] == 63
    assert figures(report, "outcomes-today")["negative_label"] == "Does not meet"

    # Average rank of each way of contacting (orders A x3, B x3, C x2):
    # e-mail (3*1 + 3*3 + 2*2)/8 = 2.00; telephone (3*2 + 3*2 + 2*1)/8 = 1.75;
    # website (3*3 + 3*6 + 2*4)/8 = 4.375; face to face (3*4 + 3*1 + 2*3)/8 = 2.625;
    # social media (3*5 + 3*7 + 2*6)/8 = 6.00; councillor (3*6 + 3*5 + 2*7)/8 = 5.875;
    # writing (3*7 + 3*4 + 2*5)/8 = 5.375. Listed from the highest average, as the council does.
    ranking = figures(report, "contact-ranking")["ranking"]
    assert [(r["id"], r["average_rank"], r["ranked_by"]) for r in ranking] == [
        ("social-media", 6.0, 8),
        ("councillor", 5.88, 8),
        ("writing", 5.38, 8),
        ("website", 4.38, 8),
        ("face-to-face", 2.63, 8),
        ("email", 2.0, 8),
        ("telephone", 1.75, 8),
    ]

    # Why not the website: shown only to those who said no; their comments listed.
    web = figures(report, "would-use-website")
    assert by_answer(web["options"]) == {"yes": (4, 50), "no": (4, 50)}
    why = figures(report, "why-not-website")
    assert why["comments_total"] == 3
    assert sorted(c["text"] for c in why["comments"]) == [
        "Hard to find the right form",
        "I have no internet at home",
        "No reply when I report things online",
    ]


def test_by_hub_and_with_walkaways(seeded):
    bow = survey_json(seeded, hub=BOW)
    assert (bow["complete"], bow["partial"]) == (6, 1)
    assert by_answer(figures(bow, "contacted")["options"]) == {"yes": (6, 100), "no": (0, 0)}
    first = statement(bow, "experience", "first-contact")  # sd 2, d 2, agree 1, dk 1 of 6
    assert (first["answered"], first["negative_percent"]) == (6, 67)

    with_partial = survey_json(seeded, partial="true")
    assert with_partial["respondents"] == 10
    contacted = by_answer(figures(with_partial, "contacted")["options"])
    assert contacted == {"yes": (8, 80), "no": (2, 20)}
    assert by_answer(figures(with_partial, "services")["options"])["waste"] == (5, 63)  # 5/8

    october = get(
        seeded,
        f"/reports/surveys/{SURVEY}",
        format="json",
        **{"from": "2026-10-01", "to": "2026-10-31"},
    ).json()
    # October had one response: too few to show anything of it.
    assert october["suppressed"] and (october["complete"], october["partial"]) == (None, None)


def test_csv_and_html_carry_the_same_figures(seeded):
    params = {"from": "2026-11-01", "to": "2026-11-30"}
    rows = list(
        csv.DictReader(
            io.StringIO(get(seeded, f"/reports/surveys/{SURVEY}", format="csv", **params).text)
        )
    )
    negative = next(
        r for r in rows if r["section"] == "negative_percent" and r["statement"] == "first-contact"
    )
    assert (negative["count"], negative["value"]) == ("4", "57")
    rank = next(r for r in rows if r["section"] == "average_rank" and r["answer"] == "face-to-face")
    assert rank["value"] == "2.63"
    assert sum(r["section"] == "comment" for r in rows) == 3

    page = get(seeded, f"/reports/surveys/{SURVEY}", **params).text
    assert page.startswith("<!doctype html>") and "<script" not in page
    assert '<strong id="respondents">8</strong>' in page
    assert '<strong id="partial">2</strong>' in page
    assert "57% of respondents answered strongly disagree or disagree." in page
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page
    assert 'data-label="Strongly disagree" data-value="29% (2)"' in page
    assert (
        '<tr data-item="face-to-face"><td>Face to face (such as visiting a council office)</td><td class="n">2.63</td>'
        in page
    )
    assert "No reply when I report things online" in page

    listed = get(seeded, "/reports/surveys", format="json").json()
    assert [s["id"] for s in listed] == [ANOTHER, SURVEY]


def test_quick_feedback_against_waits(seeded):
    params = {"from": "2026-11-01", "to": "2026-11-30"}
    report = get(seeded, "/reports/feedback", format="json", **params).json()
    # Scores 5, 4, 2, 1, 3, 5, 4 (each five times): 24/7 = 3.43.
    assert (report["count"], report["average_score"]) == (35, 3.43)
    assert {s["id"]: (s["count"], s["percent"]) for s in report["scores"]} == {
        "1": (5, 14),
        "2": (5, 14),
        "3": (5, 14),
        "4": (10, 29),
        "5": (10, 29),
    }
    assert [
        (b["label"], b["count"], b["average_score"], b["satisfied_percent"])
        for b in report["by_wait"]
    ] == [
        ("0-9 min", 10, 4.5, 100),
        ("10-19 min", 5, 4.0, 100),
        ("20-29 min", 10, 2.5, 0),
        ("45-59 min", 5, 1.0, 0),
        ("no wait recorded", 5, 5.0, 100),
    ]
    services = {b["label"]: (b["count"], b["average_score"]) for b in report["by_service"]}
    assert services == {
        "No service given": (5, 5.0),
        "Council tax": (10, 1.5),
        "Housing": (15, 4.33),
        "Parking": (5, 3.0),
    }
    bow_only = get(seeded, "/reports/feedback", format="json", hub=BOW, **params).json()
    assert (bow_only["count"], bow_only["average_score"]) == (25, 3.0)
    page = get(seeded, "/reports/feedback", **params).text
    assert '<strong id="average">3.43</strong>' in page and "<script" not in page
    assert "45-59 min" in get(seeded, "/reports/feedback", format="csv", **params).text


def test_reports_need_the_key(seeded):
    answer = requests.get(f"{seeded.url}/reports/surveys/{SURVEY}", timeout=10)
    assert answer.status_code == 401
    missing = requests.get(
        f"{seeded.url}/reports/surveys/no-such-survey", params={"key": REPORT_KEY}, timeout=10
    )
    assert missing.status_code == 404
    # QA (IT, s30): the answer echoed whatever the address held, 5,000 characters or a
    # right-to-left override turning the rest of the line round.
    forged = "x" * 5000 + "\u202egnp.exe"
    long = requests.get(
        f"{seeded.url}/reports/surveys/{forged}", params={"key": REPORT_KEY}, timeout=10
    )
    assert long.status_code == 404
    assert len(long.text) < 1000 and "\u202e" not in long.text, long.text[:200]


def test_feedback_by_service_names_the_services(seeded):
    """QA s14: the "by service" table and chart showed ids (council-tax, (none)); they show
    the catalogue's names, and the id only for a service the catalogue no longer has."""
    gone = [
        Feedback(id=uuid.uuid4(), created_at=IN_RUN, hub_id=BOW, score=4,
                 visit_token=uuid.uuid4().hex, service_id="libraries", wait_minutes=5)
        for _ in range(5)
    ]  # fmt: skip
    push(seeded, BOW, gone)
    params = {"from": "2026-11-01", "to": "2026-11-30"}
    report = get(seeded, "/reports/feedback", format="json", **params).json()
    assert [(b["key"], b["label"], b["count"]) for b in report["by_service"]] == [
        ("council-tax", "Council tax", 10),
        ("housing", "Housing", 15),
        ("libraries", "libraries", 5),
        ("parking", "Parking", 5),
        ("", "No service given", 5),
    ]
    page = get(seeded, "/reports/feedback", **params).text
    table = page.split('<table id="net-service">', 1)[1].split("</table>", 1)[0]
    assert "<td>Council tax</td>" in table and "<td>No service given</td>" in table
    assert "council-tax" not in table.replace('data-key="council-tax"', "")
    chart = page.split('id="chart-service"', 1)[1].split("</figure>", 1)[0]
    assert 'data-label="Council tax"' in chart and 'data-label="No service given"' in chart
    assert "(none)" not in page
    rows = list(csv.DictReader(io.StringIO(get(seeded, "/reports/feedback", format="csv",
                                                **params).text)))  # fmt: skip
    services = {r["key"]: r["group"] for r in rows if r["section"] == "service"}
    assert services["council-tax"] == "Council tax" and services[""] == "No service given"


def test_the_command_line_gives_the_survey_and_feedback_reports(seeded, db_url, capsys, tmp_path):
    """IT or a manager without the report key, at the server's shell, had only ``report
    hubs``: the council's survey figures and the quick feedback were web pages alone. The
    command line now gives the same reports as the routes, in the same formats."""
    period = ["--from", "2026-11-01", "--to", "2026-11-30"]
    base = ["--db", db_url, "report"]

    assert server_main([*base, "surveys"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert SURVEY in [entry["id"] for entry in listed]

    assert server_main([*base, "survey", SURVEY, *period, "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    web = survey_json(seeded)
    assert said["questions"] == web["questions"]
    assert (said["complete"], said["partial"]) == (web["complete"], web["partial"]) == (8, 2)

    out = tmp_path / "survey.csv"
    assert server_main([*base, "survey", SURVEY, *period, "--format", "csv", "-o", str(out)]) == 0
    web_csv = get(seeded, f"/reports/surveys/{SURVEY}", format="csv", **PERIOD).text
    assert out.read_bytes().decode("utf-8") == web_csv

    args = [*base, "feedback", *period, "--hub", BOW, "--format", "csv"]
    assert server_main(args) == 0
    assert (
        capsys.readouterr().out
        == get(seeded, "/reports/feedback", format="csv", hub=BOW, **PERIOD).text
    )

    # A mistyped survey or hub: one line, exit 2, nothing written.
    assert server_main([*base, "survey", "council-cx", *period]) == 2
    out_text, err = capsys.readouterr()
    assert out_text == "" and err.startswith("hubkiosk-server: ") and err.count("\n") == 1
    assert server_main([*base, "feedback", *period, "--hub", "bow"]) == 2
    assert capsys.readouterr().err.startswith("hubkiosk-server: unknown hub 'bow'")


def test_one_comment_and_one_day_are_said_in_the_singular(seeded, db_url, capsys, monkeypatch):
    """QA s36 (counts on the server's pages): a question with one comment said "1
    comments", and a server keeping comments a day said "for 1 days"."""
    day = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
    # Five respondents that day (enough to be shown), one of whom typed why not the website.
    push(
        seeded,
        BOW,
        [response(200, COMPLETE[0], when=day)]
        + [response(201 + n, COMPLETE[1], when=day) for n in range(4)],
    )
    that_day = {"from": "2026-11-20", "to": "2026-11-20"}
    page = get(seeded, f"/reports/surveys/{SURVEY}", **that_day).text
    assert "<p>1 comment.</p>" in page and "1 comments" not in page
    assert "<p>4 comments.</p>" in get(seeded, f"/reports/surveys/{SURVEY}", **PERIOD).text

    monkeypatch.setenv("HUBKIOSK_SERVER_RETENTION_DAYS", "1")
    period = ["--from", "2026-11-20", "--to", "2026-11-20", "--format", "html"]
    assert server_main(["--db", db_url, "report", "survey", SURVEY, *period]) == 0
    said = capsys.readouterr().out
    assert "Comments can be read here for 1 day after" in said and "1 days" not in said
