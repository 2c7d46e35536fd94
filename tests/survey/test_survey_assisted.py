"""Issue 15: the council's survey is the resident's own. A response completed while an
adviser helped is marked assisted (by the kiosk's mode, through its schema), and the
survey report counts assisted and self-completed responses apart and can show either."""

from __future__ import annotations

import pytest

from hubkiosk.store.models import Channel
from tests.survey.test_survey_reports import BOW, COMPLETE, SURVEY, get, push, response

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases


def test_assisted_survey_responses_are_reported_apart(central) -> None:
    responses = [response(n, row) for n, row in enumerate(COMPLETE)]
    for helped in responses[:2]:  # two of Bow's six, with an adviser beside them
        helped.channel = Channel.ASSISTED
        helped.adviser_id = "a-rahman"
    for hub in {r.hub_id for r in responses}:
        push(central, hub, [r for r in responses if r.hub_id == hub])
    period = {"from": "2026-11-01", "to": "2026-11-30"}
    path = f"/reports/surveys/{SURVEY}"

    everyone = get(central, path, format="json", **period).json()
    assert everyone["complete"] == 8
    assert (everyone["self_completed"], everyone["assisted"]) == (6, 2)

    assisted = get(central, path, format="json", channel="assisted", **period).json()
    assert assisted["complete"] == 2 and assisted["channel"] == "assisted"
    assert [(h["hub_id"], h["complete"]) for h in assisted["hubs"]] == [(BOW, 2)]
    alone = get(central, path, format="json", channel="self_service", **period).json()
    assert alone["complete"] == 6
    # The first-contact statement: the helped two answered strongly disagree and disagree.
    counts = {
        s["id"]: s
        for q in assisted["questions"]
        if q["id"] == "experience"
        for s in q["statements"]
    }
    first = counts["first-contact"]
    assert first["answered"] == 2

    html = get(central, path, format="html", **period).text
    assert 'id="self-completed">6<' in html and 'id="assisted">2<' in html
    assert "counted apart" in html
