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
    # Appendix 7's rows twice, five of Bow's twelve with an adviser beside them: enough
    # of each way for the figures to be shown (MIN_RESPONSES_SHOWN).
    responses = [response(n, row) for n, row in enumerate(COMPLETE * 2)]
    for helped in responses[:5]:
        helped.channel = Channel.ASSISTED
        helped.adviser_id = "a-rahman"
    for hub in {r.hub_id for r in responses}:
        push(central, hub, [r for r in responses if r.hub_id == hub])
    period = {"from": "2026-11-01", "to": "2026-11-30"}
    path = f"/reports/surveys/{SURVEY}"

    everyone = get(central, path, format="json", **period).json()
    assert everyone["complete"] == 16
    assert (everyone["self_completed"], everyone["assisted"]) == (11, 5)

    assisted = get(central, path, format="json", channel="assisted", **period).json()
    assert assisted["complete"] == 5 and assisted["channel"] == "assisted"
    assert [(h["hub_id"], h["complete"]) for h in assisted["hubs"]] == [(BOW, 5)]
    alone = get(central, path, format="json", channel="self_service", **period).json()
    assert alone["complete"] == 11
    # The first-contact statement: each of the helped five answered it.
    counts = {
        s["id"]: s
        for q in assisted["questions"]
        if q["id"] == "experience"
        for s in q["statements"]
    }
    first = counts["first-contact"]
    assert first["answered"] == 5

    html = get(central, path, format="html", **period).text
    assert 'id="self-completed">11<' in html and 'id="assisted">5<' in html
    assert "counted apart" in html
