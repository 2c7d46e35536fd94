"""The survey engine and survey definitions: skip logic, back, progress, validation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hubkiosk.core.content import ContentError, load_default_content
from hubkiosk.core.survey import (
    AnswerError,
    Progress,
    SurveyRun,
    load_survey,
    load_surveys,
    offered,
    question_range,
)
from hubkiosk.resources import resource
from sync.protocol.surveys import QuestionType, SurveyDefinition


@pytest.fixture(scope="module")
def council() -> SurveyDefinition:
    return load_survey(resource("surveys", "council_cx_2022.json"))


def test_the_council_survey_has_the_appendix_7_questions(council):
    types = [(q.id, q.type) for q in council.questions]
    assert types == [
        ("contacted", QuestionType.YES_NO),
        ("services", QuestionType.MULTIPLE),
        ("experience", QuestionType.AGREEMENT),
        ("contact-ranking", QuestionType.RANKING),
        ("would-use-website", QuestionType.YES_NO),
        ("why-not-website", QuestionType.TEXT),
        ("vision", QuestionType.AGREEMENT),
        ("outcomes", QuestionType.AGREEMENT),
        ("outcomes-today", QuestionType.AGREEMENT),
        ("other-outcomes", QuestionType.TEXT),
        ("promise", QuestionType.AGREEMENT),
    ]
    assert len(council.question("experience").statements) == 5
    assert len(council.question("contact-ranking").options) == 7
    assert len(council.question("outcomes").statements) == 3
    for question in council.questions:
        for lang in ("en", "bn", "so"):
            assert question.text.root[lang].strip()


def test_default_content_carries_the_surveys():
    assert "council-cx-2022" in load_default_content().surveys


def test_offered_only_between_its_dates(council):
    assert offered([council], dt.date(2026, 11, 1)) == [council]
    assert offered([council], dt.date(2026, 12, 31)) == [council]
    assert offered([council], dt.date(2026, 10, 31)) == []
    assert offered([council], dt.date(2027, 1, 1)) == []


def test_skip_logic_back_and_progress(council):
    run = SurveyRun(council)
    assert run.current.id == "contacted"
    # Three questions wait on answers not given yet: "about", and the most it can be.
    assert run.progress == Progress(1, 11, exact=False)
    assert question_range(council) == (8, 11)
    with pytest.raises(AnswerError):
        run.next()  # a yes/no question needs an answer
    run.answer("contacted", "yes")
    assert run.progress == Progress(1, 11, exact=False)  # why-not-website still undecided
    assert run.next().id == "services"
    run.answer("services", ["waste", "streets"])
    assert run.next().id == "experience"
    assert run.back().id == "services"
    assert run.back().id == "contacted"
    run.answer("contacted", "no")
    assert run.next().id == "contact-ranking"
    assert run.progress == Progress(2, 9, exact=False)  # why-not-website: maybe
    assert run.missing()  # at least a first choice
    run.answer("contact-ranking", ["email"])
    assert not run.missing()  # rank as many as you like
    run.answer("contact-ranking", ["email", "telephone"])
    assert run.next().id == "would-use-website"
    run.answer("would-use-website", "no")
    assert run.progress == Progress(3, 9)  # the path is known now: no "about"
    assert run.next().id == "why-not-website"
    assert not run.missing()  # free text is optional
    run.answer("why-not-website", "  Hard to find the right form  ")
    run.next()
    # The services answer given before "no" is not recorded: that question is now hidden.
    assert "services" not in run.recorded_answers()
    assert run.recorded_answers()["why-not-website"] == "Hard to find the right form"
    assert not run.complete


def test_walking_through_to_the_end_is_complete(council):
    run = SurveyRun(council)
    run.answer("contacted", "no")
    while run.current is not None:
        question = run.current
        if question.type is QuestionType.AGREEMENT:
            run.answer(question.id, {s.id: "dont-know" for s in question.statements})
        elif question.type is QuestionType.RANKING:
            run.answer(question.id, [o.id for o in question.options])
        elif question.type is QuestionType.YES_NO and question.id not in run.answers:
            run.answer(question.id, "yes")
        run.next()
    assert run.finished and run.complete
    assert run.progress == Progress(8, 8)


def test_bad_answers_are_refused(council):
    run = SurveyRun(council)
    with pytest.raises(AnswerError):
        run.answer("contacted", "maybe")
    with pytest.raises(AnswerError):
        run.answer("experience", {"first-contact": "fully"})
    with pytest.raises(AnswerError):
        run.answer("contact-ranking", ["email", "email"])


def _survey(**changes) -> dict:
    data = json.loads(resource("surveys", "council_cx_2022.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["questions"][5]["show_if"].update(question="other-outcomes"),
            "survey 'council-cx-2022': question 'why-not-website': show_if names "
            "'other-outcomes', which is not an earlier question",
        ),
        (
            lambda d: d["questions"][5]["show_if"].update(any_of=["maybe"]),
            "question 'why-not-website': show_if answer 'maybe' is not an option of "
            "'would-use-website'",
        ),
        (
            lambda d: d["questions"][1].update(options=[]),
            "question 'services': a multiple question needs at least two options",
        ),
        (lambda d: d.update(runs_to="2026-10-01"), "runs_to 2026-10-01 is before runs_from"),
        (
            lambda d: d["questions"][2]["statements"][0].update(text={"bn": "x"}),
            "entry 'experience', field 'statements', entry 'first-contact', field 'text'",
        ),
    ],
)
def test_invalid_definitions_name_the_survey_and_question(tmp_path: Path, change, expected):
    data = _survey()
    change(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_surveys(tmp_path)
    assert "survey 'council-cx-2022'" in str(caught.value)
    assert expected in str(caught.value)


def test_newest_version_wins(tmp_path: Path):
    for version in (1, 3, 2):
        (tmp_path / f"v{version}.json").write_text(json.dumps(_survey(version=version)))
    assert load_surveys(tmp_path)["council-cx-2022"].version == 3


# Editing answers by touch: the rules the survey screen follows, here without Qt ------------
def _at(run: SurveyRun, question_id: str) -> None:
    """Walk ``run`` forward (answering what blocks it) until ``question_id`` is shown."""
    filler = {"contacted": "yes", "services": ["waste"], "would-use-website": "yes"}
    while run.current is not None and run.current.id != question_id:
        question = run.current
        if run.missing():
            if question.type is QuestionType.AGREEMENT:
                for statement in question.statements:
                    run.rate(statement.id, question.choices[0].id)
            elif question.type is QuestionType.RANKING:
                for option in question.choices:
                    run.tap(option.id)
            else:
                run.answer(question.id, filler[question.id])
        run.next()


def test_tapping_a_single_answer_replaces_the_one_chosen(council):
    run = SurveyRun(council)
    run.tap("yes")
    run.tap("no")
    assert run.answer_of("contacted") == "no"
    run.tap("no")  # touching the chosen answer again keeps it chosen
    assert run.answer_of("contacted") == "no"
    assert run.chosen("no") and not run.chosen("yes")


def test_tapping_a_multiple_answer_toggles_it(council):
    run = SurveyRun(council)
    _at(run, "services")
    run.tap("waste")
    run.tap("housing")
    run.tap("waste")
    assert run.answer_of("services") == ["housing"]
    assert run.chosen("housing") and not run.chosen("waste")
    run.tap("housing")
    assert run.answer_of("services") is None
    assert run.missing()


def test_ranking_by_taps_in_order_with_undo(council):
    run = SurveyRun(council)
    _at(run, "contact-ranking")
    run.tap("email")
    run.tap("telephone")
    run.tap("email")  # already ranked: its place does not change
    assert run.answer_of("contact-ranking") == ["email", "telephone"]
    assert run.rank_of("telephone") == 2
    assert run.rank_of("website") is None
    run.undo_rank()
    assert run.answer_of("contact-ranking") == ["email"]
    run.undo_rank()
    run.undo_rank()  # nothing left to undo: no error
    assert run.answer_of("contact-ranking") is None


def test_rating_statements_one_by_one(council):
    run = SurveyRun(council)
    _at(run, "experience")
    run.rate("first-contact", "agree")
    run.rate("timescale", "disagree")
    run.rate("first-contact", "strongly-agree")
    assert run.answer_of("experience") == {
        "first-contact": "strongly-agree",
        "timescale": "disagree",
    }
    assert run.rating_of("timescale") == "disagree" and run.rating_of("access") is None
    assert run.missing()  # three statements still unrated
    for statement in ("access", "knowledge", "polite"):
        run.rate(statement, "neither")
    assert not run.missing()


def test_a_tap_that_does_not_fit_the_question_is_refused(council):
    run = SurveyRun(council)
    with pytest.raises(AnswerError):
        run.tap("waste")  # not an answer to "contacted"
    with pytest.raises(AnswerError):
        run.rate("first-contact", "agree")  # "contacted" has no statements
    run.tap("yes")
    run.next()
    with pytest.raises(AnswerError):
        run.undo_rank()  # "services" is not a ranking
