"""The survey asks in the council's own words (seed 002, Appendix 7), so its results
compare with the 2022 survey's: a statement reworded is a different statement.

The seed text is kept beside this test (``seed_002_appendix7.txt``, the council's page as
published); the survey's English text must be found in it word for word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hubkiosk.core.survey import load_survey
from hubkiosk.resources import resource

SEED = (Path(__file__).parent / "seed_002_appendix7.txt").read_text(encoding="utf-8")

#: Where the survey departs from the seed's words, and why. Nothing else may.
CORRECTIONS = {
    # The seed drops "you" ("to what extent agree with"): a typo, not a wording to keep.
    "outcomes": "Please state to what extent agree with the Strategy's desired outcomes.",
    # The seed's table lost the closing bracket when its cell wrapped.
    "face-to-face": "Face to face (such as visiting a council office",
}


def flat(text: str) -> str:
    """Spacing and letter case aside (a statement may start a sentence or sit inside one)."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def core(text: str) -> str:
    """The words, without the closing mark: the seed ends some questions with a full stop."""
    return flat(text).strip('"').rstrip("?.")


def ranking_rows() -> list[str]:
    """The council's table of contact methods (a label may wrap onto a second line)."""
    table = SEED.split("Method of contact\tAverage Method\n", 1)[1].split("\n\n", 1)[0]
    rows: list[str] = []
    for line in table.splitlines():
        words, _, figure = line.partition("\t")
        if figure.strip():
            rows.append(words.strip())
        else:
            rows[-1] += " " + words.strip()
    return rows


@pytest.fixture(scope="module")
def survey():
    return load_survey(resource("surveys", "council_cx_2022.json"))


def test_every_statement_is_the_councils(survey):
    seed = flat(SEED)
    statements = [(q.id, s) for q in survey.questions for s in q.statements]
    assert len(statements) == 13
    for question_id, statement in statements:
        words = core(statement.text.root["en"])
        assert words in seed, f"{question_id}/{statement.id}: '{words}' is not the council's"


def test_every_question_is_the_councils(survey):
    seed = flat(SEED)
    for question in survey.questions:
        if question.id == "would-use-website":
            continue  # the kiosk's own gate to the council's "why not" question
        words = core(CORRECTIONS.get(question.id, question.text.root["en"]))
        assert words in seed, f"{question.id}: '{words}' is not the council's question"
    assert "outcomes" in CORRECTIONS


def test_the_ways_to_contact_are_the_councils(survey):
    ranking = survey.question("contact-ranking")
    shown = sorted(CORRECTIONS.get(o.id, o.text.root["en"]) for o in ranking.options)
    assert shown == sorted(ranking_rows())
    assert len(ranking_rows()) == 7


def test_the_questions_about_the_strategy_and_promise_explain_them(survey):
    for question_id in ("vision", "outcomes", "outcomes-today", "other-outcomes", "promise"):
        help_text = survey.question(question_id).help
        assert help_text is not None, question_id
        assert {"en", "bn", "so"} <= set(help_text.root)
    assert "plan" in survey.question("vision").help.root["en"]
    assert "Customer Promise is" in survey.question("promise").help.root["en"]
