"""Small counts do not identify residents (QA s3, s14): a survey or feedback report, or a
row of one (a hub, a service, a week, a wait band), over fewer than
``MIN_RESPONSES_SHOWN`` (5) responses shows "fewer than 5 responses: not shown" in HTML,
null figures with ``"suppressed": true`` in JSON and empty cells with a note in CSV;
comments are listed only where the report has at least 5 responses, and a comment's hub
and day only where that hub's row is shown.

Responses and feedback are made as the kiosk makes them and pushed to a real central
server (SQLite and PostgreSQL).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import pytest

from hubkiosk.store.models import Channel, Feedback, FeedbackFollowUp
from sync.server.survey_reports import MIN_RESPONSES_SHOWN
from tests.survey.test_survey_reports import BOW, COMPLETE, IN_RUN, SURVEY, get, push, response

pytestmark = pytest.mark.both_databases

CUBITT = "cubitt-town-library"
PDC = "pdc-bethnal-green"
NOTE = "fewer than 5 responses: not shown"
#: What one resident at Cubitt Town Library told the survey, with an adviser beside them.
JO = "I am blind and my carer Jo does it for me"
PERIOD = {"from": "2026-11-01", "to": "2026-11-30"}
SURVEY_PATH = f"/reports/surveys/{SURVEY}"
BOW_COMMENTS = [row[6] for row in COMPLETE if row[0] == BOW and row[6]]


@pytest.fixture
def one_at_cubitt(central):
    """Bow's six complete responses (Appendix 7's rows), and one resident at Cubitt Town
    Library, the next day, assisted, who wrote a comment."""
    bow = [response(n, row) for n, row in enumerate(COMPLETE) if row[0] == BOW]
    alone = response(20, (CUBITT, *COMPLETE[0][1:6], JO, *COMPLETE[0][7:]))
    alone.created_at = IN_RUN + dt.timedelta(days=1)
    alone.channel = Channel.ASSISTED
    alone.adviser_id = "a-rahman"
    push(central, BOW, bow)
    push(central, CUBITT, [alone])
    return central


def test_min_responses_shown_is_five():
    assert MIN_RESPONSES_SHOWN == 5


def test_a_survey_report_of_one_resident_shows_no_figure(one_at_cubitt):
    cubitt_day = {"from": "2026-11-11", "to": "2026-11-11"}
    for params in ({"hub": CUBITT}, {"channel": "assisted"}, cubitt_day):
        report = get(one_at_cubitt, SURVEY_PATH, format="json", **{**PERIOD, **params}).json()
        assert report["suppressed"] is True and report["min_responses_shown"] == 5, params
        assert (report["complete"], report["respondents"], report["assisted"]) == (None,) * 3
        assert [(h["hub_id"], h["complete"], h["suppressed"]) for h in report["hubs"]] == [
            (CUBITT, None, True)
        ]
        experience = next(q for q in report["questions"] if q["id"] == "experience")
        first = experience["statements"][0]
        assert experience["suppressed"] is True and experience["answered"] is None
        assert first["answered"] is None and first["negative_percent"] is None
        assert {a["count"] for a in first["answers"]} == {None}
        why = next(q for q in report["questions"] if q["id"] == "why-not-website")
        assert why["comments"] == [] and why["comments_total"] is None
        assert JO not in str(report)

    page = get(one_at_cubitt, SURVEY_PATH, hub=CUBITT, **PERIOD).text
    assert f"{NOTE.capitalize()}." in page and JO not in page
    assert 'id="s-experience-first-contact"' not in page and "% (1)" not in page
    rows = list(
        csv.DictReader(io.StringIO(get(one_at_cubitt, SURVEY_PATH, format="csv", hub=CUBITT,
                                       **PERIOD).text))
    )  # fmt: skip
    assert rows and {r["note"] for r in rows} == {NOTE}
    assert {r["count"] for r in rows} == {""} and {r["value"] for r in rows} == {""}
    assert not [r for r in rows if r["section"] == "comment"]


def test_the_whole_survey_report_keeps_its_figures_and_hides_the_small_hub(one_at_cubitt):
    report = get(one_at_cubitt, SURVEY_PATH, format="json", **PERIOD).json()
    assert report["suppressed"] is False and report["complete"] == 7
    hubs = {h["hub_id"]: (h["complete"], h["partial"], h["suppressed"]) for h in report["hubs"]}
    assert hubs == {BOW: (6, 0, False), CUBITT: (None, None, True)}
    # One response was assisted: that count is not shown either, the other is.
    assert (report["self_completed"], report["assisted"]) == (6, None)
    assert {c["channel"]: c["suppressed"] for c in report["channels"]} == {
        "self_service": False,
        "assisted": True,
    }
    contacted = next(q for q in report["questions"] if q["id"] == "contacted")
    assert contacted["suppressed"] is False and contacted["answered"] == 7
    # The report has 7 responses: the comments are listed, but while Cubitt's row is not
    # shown none says where or when it was made (a comment without, beside comments with,
    # would still point to Cubitt).
    why = next(q for q in report["questions"] if q["id"] == "why-not-website")
    assert sorted(c["text"] for c in why["comments"]) == sorted([JO, *BOW_COMMENTS])
    assert {(c["hub_id"], c["day"]) for c in why["comments"]} == {(None, None)}
    # Bow's own report: every hub's row is shown, and so is where each comment was made.
    bow = get(one_at_cubitt, SURVEY_PATH, format="json", hub=BOW, **PERIOD).json()
    why = next(q for q in bow["questions"] if q["id"] == "why-not-website")
    assert sorted(c["text"] for c in why["comments"]) == sorted(BOW_COMMENTS)
    assert {(c["hub_id"], c["day"]) for c in why["comments"]} == {(BOW, "2026-11-10")}

    page = get(one_at_cubitt, SURVEY_PATH, **PERIOD).text
    cubitt_row = page.split(f'<tr data-hub="{CUBITT}"', 1)[1].split("</tr>", 1)[0]
    assert NOTE in cubitt_row and ">1<" not in cubitt_row
    assert 'class="where"' not in page and "2026-11-11" not in page
    assert '<strong id="respondents">7</strong>' in page

    rows = list(
        csv.DictReader(io.StringIO(get(one_at_cubitt, SURVEY_PATH, format="csv", **PERIOD).text))
    )
    cubitt = [r for r in rows if r["section"] == "respondents_by_hub" and r["statement"] == CUBITT]
    assert [(r["count"], r["note"]) for r in cubitt] == [("", NOTE), ("", NOTE)]
    comment = next(r for r in rows if r["section"] == "comment" and r["value"] == JO)
    assert (comment["statement"], comment["answer"]) == ("", "")


FEEDBACK = [  # hub, score, service, wait minutes, day of November
    *[(BOW, s, "housing", 5, 2) for s in (5, 4, 5, 4, 3)],  # five: shown
    *[(BOW, s, "council-tax", 25, 2) for s in (2, 2, 1, 3)],  # four: not shown
    (BOW, 3, None, None, 2),
    (PDC, 1, "freedom-pass-blue-badge", 70, 3),  # one resident, at PDC on 3 November
]


@pytest.fixture
def feedback_at_pdc(central):
    made = [
        Feedback(
            id=uuid.uuid4(),
            created_at=dt.datetime(2026, 11, day, 15, tzinfo=dt.UTC),
            hub_id=hub,
            score=score,
            visit_token=uuid.uuid4().hex,
            service_id=service,
            wait_minutes=wait,
        )
        for hub, score, service, wait, day in FEEDBACK
    ]
    pdc = made[-1]
    follow_up = FeedbackFollowUp(
        id=uuid.uuid4(),
        created_at=pdc.created_at + dt.timedelta(seconds=20),
        hub_id=PDC,
        feedback_id=pdc.id,
        reasons=["waiting_time"],
        comment=None,
    )
    push(central, BOW, made[:-1])
    push(central, PDC, [pdc, follow_up])
    return central


def test_feedback_of_one_resident_shows_no_score(feedback_at_pdc):
    one_day = {"from": "2026-11-03", "to": "2026-11-03"}
    report = get(feedback_at_pdc, "/reports/feedback", format="json", hub=PDC, **one_day).json()
    assert report["suppressed"] is True and report["min_responses_shown"] == 5
    assert (report["count"], report["average_score"], report["net_score"]) == (None,) * 3
    assert {s["count"] for s in report["scores"]} == {None}
    for section in ("by_wait", "by_service", "by_hub", "by_week"):
        assert report[section] and all(
            b["suppressed"] and b["count"] is None and b["average_score"] is None
            for b in report[section]
        ), section
    assert report["follow_ups"] is None and {r["count"] for r in report["reasons"]} == {None}

    page = get(feedback_at_pdc, "/reports/feedback", hub=PDC, **one_day).text
    assert f"{NOTE.capitalize()}." in page and "1.00" not in page and "60 min or more" not in page
    rows = list(
        csv.DictReader(io.StringIO(get(feedback_at_pdc, "/reports/feedback", format="csv",
                                       hub=PDC, **one_day).text))
    )  # fmt: skip
    assert rows and {r["note"] for r in rows} == {NOTE}
    assert {r["count"] for r in rows} == {""} and {r["average_score"] for r in rows} == {""}


def test_feedback_rows_of_fewer_than_five_are_not_shown(feedback_at_pdc):
    report = get(feedback_at_pdc, "/reports/feedback", format="json", **PERIOD).json()
    assert report["suppressed"] is False
    assert (report["count"], report["average_score"]) == (11, 3.0)  # 33 / 11

    def shown(section: str) -> dict:
        return {b["key"]: (b["count"], b["average_score"]) for b in report[section]}

    # Housing: five answers, shown (4.2); council tax four, none given one, PDC's one: not.
    assert shown("by_service") == {
        "housing": (5, 4.2),
        "council-tax": (None, None),
        "freedom-pass-blue-badge": (None, None),
        "": (None, None),
    }
    # PDC's one answer is not shown, and neither is Bow's row beside it: the report's 11
    # answers averaging 3.0 less Bow's 10 averaging 3.2 gave PDC's resident's score, 1
    # (QA s30). Service and wait rows hide 6 answers between them: their sum says nothing
    # of any one.
    assert shown("by_hub") == {BOW: (None, None), PDC: (None, None)}
    assert shown("by_wait") == {
        "0-9 min": (5, 4.2),
        "20-29 min": (None, None),
        "60 min or more": (None, None),
        "no wait recorded": (None, None),
    }
    # Every week of the range; the weeks of no answers show 0 (not hidden: 0 gives no one's
    # score away, and a week left out said the same).
    assert shown("by_week") == {
        "2026-10-26": (0, None),
        "2026-11-02": (11, 3.0),
        **{week: (0, None) for week in ("2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30")},
    }
    assert not any(b["suppressed"] for b in report["by_week"])
    # One follow-up: what it was about is not shown.
    assert report["follow_ups"] is None and {r["count"] for r in report["reasons"]} == {None}
    assert report["reasons_suppressed"] is True

    page = get(feedback_at_pdc, "/reports/feedback", **PERIOD).text
    pdc_row = page.split('data-key="pdc-bethnal-green"', 1)[1].split("</tr>", 1)[0]
    assert NOTE in pdc_row and "1.00" not in pdc_row
    bow_row = page.split(f'data-key="{BOW}"', 1)[1].split("</tr>", 1)[0]
    assert NOTE in bow_row and "3.20" not in bow_row
    rows = list(
        csv.DictReader(io.StringIO(get(feedback_at_pdc, "/reports/feedback", format="csv",
                                       **PERIOD).text))
    )  # fmt: skip
    for hub in (PDC, BOW):
        row = next(r for r in rows if r["section"] == "hub" and r["key"] == hub)
        assert (row["count"], row["average_score"], row["note"]) == ("", "", NOTE)
    housing = next(r for r in rows if r["section"] == "service" and r["key"] == "housing")
    assert (housing["count"], housing["average_score"], housing["note"]) == ("5", "4.20", "")


@pytest.mark.parametrize(
    ("counts", "total", "hidden"),
    [
        ([5, 2], 7, [True, True]),  # the QA's day: Bow 5, Whitechapel 2
        ([10, 1], 11, [True, True]),
        ([5, 4, 1, 1], 11, [False, True, True, True]),  # 6 hidden together: enough
        ([6, 5, 2, 2], 15, [False, True, True, True]),  # the smallest shown one goes
        ([6, 7], 13, [False, False]),
        ([5, 0, 2], 8, [True, False, True]),  # an empty row hides nothing
        ([6], 8, [True]),  # 2 answers in no row: the row would give them
        ([7, 2, 3], 12, [False, True, True]),  # 2 + 3: enough together
    ],
)
def test_a_row_is_not_shown_where_the_total_less_the_rows_shown_gives_a_small_one(
    counts, total, hidden
):
    from sync.server.survey_reports import withheld_rows

    assert withheld_rows(counts, total) == hidden
