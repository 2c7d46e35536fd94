"""The survey engine: which question comes next, back, progress and completeness.

Pure Python, no Qt: a :class:`SurveyRun` holds one resident's answers to one
:class:`~sync.protocol.surveys.SurveyDefinition` while they go through it. It is anonymous
by design: it knows the answers and nothing about who gave them.

Answers, by question type: ``single`` and ``yes_no`` an option id; ``multiple`` a list of
option ids; ``agreement`` a mapping of statement id to scale option id; ``ranking`` the
option ids most preferred first; ``text`` a string.

Skip logic: a question with ``show_if`` is shown only while the earlier question's answer
is one of the listed ones. If the resident goes back and changes that answer, the hidden
question's answer is left out of what is recorded (:meth:`SurveyRun.recorded_answers`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync.protocol.surveys import (
    Question,
    QuestionType,
    SurveyDefinition,
    answer_problem,
    is_full_answer,
    is_shown,
    unanswered_required,
)

Answer = str | list[str] | dict[str, str]


class AnswerError(ValueError):
    """An answer that does not fit its question (a programming error in a screen)."""


@dataclass(frozen=True)
class Progress:
    """Question ``number`` of ``total``.

    ``total`` counts the questions shown on the path taken so far, and the questions whose
    showing depends on an answer not given yet; while any such question remains the total
    is not ``exact`` (a screen says "about"), and it can only go down.
    """

    number: int
    total: int
    exact: bool = True


def question_range(definition: SurveyDefinition) -> tuple[int, int]:
    """The fewest and the most questions a resident can be shown (skip logic decides)."""
    questions = definition.questions
    return sum(1 for q in questions if q.show_if is None), len(questions)


def offered(surveys: Iterable[SurveyDefinition], day: dt.date) -> list[SurveyDefinition]:
    """The surveys running on local day ``day``, in a stable order."""
    return sorted((s for s in surveys if s.is_running(day)), key=lambda s: (s.runs_from, s.id))


def check_answer(question: Question, value: Any) -> Answer:
    """``value`` as a well-formed answer to ``question`` (raises :class:`AnswerError`): by
    the rules the server checks pushed responses with (:func:`answer_problem`), a text
    trimmed to its question's length."""
    if question.type is QuestionType.TEXT:
        if not isinstance(value, str):  # the marker retention leaves is never typed
            raise AnswerError(f"'{question.id}': expected text")
        value = value.strip()[: question.max_length]
    problem = answer_problem(question, value)
    if problem is not None:
        raise AnswerError(f"'{question.id}': {problem}")
    if isinstance(value, list):
        return list(value)
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    return value


class SurveyRun:
    """One resident going through one survey.

    ``position`` is the index of the question on screen, or ``None`` once finished.
    """

    def __init__(self, definition: SurveyDefinition) -> None:
        self.definition = definition
        self.answers: dict[str, Answer] = {}
        self._trail: list[int] = []
        first = self._next_visible(-1)
        if first is None:
            raise AnswerError(f"survey '{definition.id}' shows no question")
        self.position: int | None = first
        self.finished = False

    # What is shown -------------------------------------------------------------------------
    def is_visible(self, question: Question) -> bool:
        return is_shown(self.definition, question, self.answers)

    def _next_visible(self, after: int) -> int | None:
        questions = self.definition.questions
        for index in range(after + 1, len(questions)):
            if self.is_visible(questions[index]):
                return index
        return None

    @property
    def current(self) -> Question | None:
        if self.position is None:
            return None
        return self.definition.questions[self.position]

    def visible_questions(self) -> list[Question]:
        return [q for q in self.definition.questions if self.is_visible(q)]

    def is_undecided(self, question: Question) -> bool:
        """Whether showing ``question`` waits on an answer not given yet."""
        rule = question.show_if
        if rule is None:
            return False
        source = self.definition.question(rule.question)
        if self.is_undecided(source):
            return True
        return self.is_visible(source) and rule.question not in self.answers

    @property
    def progress(self) -> Progress:
        visible = self.visible_questions()
        undecided = [q for q in self.definition.questions if self.is_undecided(q)]
        total = len(visible) + len(undecided)
        if self.current is None:
            return Progress(len(visible), len(visible))
        ids = [q.id for q in visible]
        return Progress(ids.index(self.current.id) + 1, total, exact=not undecided)

    # Answering -------------------------------------------------------------------------------
    def answer(self, question_id: str, value: Any) -> None:
        """Set (or, with an empty value, clear) the answer to ``question_id``."""
        question = self.definition.question(question_id)
        if value in (None, "", [], {}):
            self.answers.pop(question_id, None)
            return
        checked = check_answer(question, value)
        if checked in ("", [], {}):
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = checked

    def answer_of(self, question_id: str) -> Answer | None:
        return self.answers.get(question_id)

    # Editing by touch: what a tap on the current question's answers means ----------------
    def _shown(self, *kinds: QuestionType) -> Question:
        question = self.current
        if question is None:
            raise AnswerError("the survey is finished: no question is shown")
        if kinds and question.type not in kinds:
            raise AnswerError(f"'{question.id}' is not a {'/'.join(k.value for k in kinds)}")
        return question

    def tap(self, option_id: str) -> None:
        """The resident touched ``option_id`` on the question shown.

        Single and yes/no: it becomes the answer. Multiple: it is chosen, or unchosen if
        it was. Ranking: it takes the next place, unless it already has one.
        """
        question = self._shown(
            QuestionType.SINGLE, QuestionType.YES_NO, QuestionType.MULTIPLE, QuestionType.RANKING
        )
        value = self.answers.get(question.id)
        if question.type in (QuestionType.SINGLE, QuestionType.YES_NO):
            self.answer(question.id, option_id)
            return
        chosen = list(value) if isinstance(value, list) else []
        if question.type is QuestionType.MULTIPLE and option_id in chosen:
            chosen.remove(option_id)
        elif option_id not in chosen:
            chosen.append(option_id)
        self.answer(question.id, chosen)

    def rate(self, statement_id: str, point_id: str) -> None:
        """On an agreement question, ``statement_id`` gets the scale point ``point_id``."""
        question = self._shown(QuestionType.AGREEMENT)
        value = self.answers.get(question.id)
        rated = dict(value) if isinstance(value, dict) else {}
        rated[statement_id] = point_id
        self.answer(question.id, rated)

    def undo_rank(self) -> None:
        """On a ranking question, take back the last place given (nothing if none)."""
        question = self._shown(QuestionType.RANKING)
        value = self.answers.get(question.id)
        order = list(value) if isinstance(value, list) else []
        if order:
            order.pop()
            self.answer(question.id, order)

    def rank_of(self, option_id: str) -> int | None:
        """The place (from 1) given to ``option_id`` on the ranking question shown."""
        question = self._shown(QuestionType.RANKING)
        value = self.answers.get(question.id)
        if isinstance(value, list) and option_id in value:
            return value.index(option_id) + 1
        return None

    def chosen(self, option_id: str) -> bool:
        """Whether ``option_id`` is (part of) the answer to the question shown."""
        question = self._shown()
        value = self.answers.get(question.id)
        if isinstance(value, list):
            return option_id in value
        return value == option_id

    def rating_of(self, statement_id: str) -> str | None:
        """The scale point given to ``statement_id`` on the agreement question shown."""
        question = self._shown(QuestionType.AGREEMENT)
        value = self.answers.get(question.id)
        return value.get(statement_id) if isinstance(value, dict) else None

    def missing(self) -> bool:
        """Whether the current question still needs an answer before Next."""
        question = self.current
        if question is None:
            return False
        return question.is_required and not is_full_answer(question, self.answers.get(question.id))

    # Moving ----------------------------------------------------------------------------------
    @property
    def can_go_back(self) -> bool:
        return bool(self._trail)

    @property
    def is_last(self) -> bool:
        return self.position is not None and self._next_visible(self.position) is None

    def next(self) -> Question | None:
        """Go to the next shown question (``None``: the survey is finished)."""
        if self.position is None:
            return None
        if self.missing():
            raise AnswerError(f"'{self.definition.questions[self.position].id}' needs an answer")
        following = self._next_visible(self.position)
        self._trail.append(self.position)
        self.position = following
        if following is None:
            self.finished = True
        return self.current

    def back(self) -> Question | None:
        """Go back to the question shown before this one (answers are kept)."""
        if not self._trail:
            return self.current
        self.position = self._trail.pop()
        self.finished = False
        return self.current

    # What is recorded ------------------------------------------------------------------------
    def recorded_answers(self) -> dict[str, Answer]:
        """The answers to the questions that are (still) shown, in survey order."""
        recorded: dict[str, Answer] = {}
        for question in self.visible_questions():
            value = self.answers.get(question.id)
            if value is not None:
                recorded[question.id] = value
        return recorded

    @property
    def complete(self) -> bool:
        """Finished, with every required shown question answered."""
        return self.finished and unanswered_required(self.definition, self.answers) is None

    @property
    def started(self) -> bool:
        """Whether anything was answered (an empty walk-away is not a response)."""
        return bool(self.recorded_answers())


# Loading -------------------------------------------------------------------------------------
def load_survey(path: Path) -> SurveyDefinition:
    """One survey file, validated whole; errors name the file, the survey and the question."""
    from hubkiosk.core.content import read_json, validate_data

    data = read_json(path)
    name = data.get("id") if isinstance(data, dict) else None
    source = f"{path} (survey '{name}')" if name else str(path)
    return validate_data(SurveyDefinition, data, source)


def load_surveys(folder: Path) -> dict[str, SurveyDefinition]:
    """Every ``*.json`` survey in ``folder`` by id (the newest version of each id)."""
    surveys: dict[str, SurveyDefinition] = {}
    if not folder.is_dir():
        return surveys
    for path in sorted(folder.glob("*.json")):
        survey = load_survey(path)
        known = surveys.get(survey.id)
        if known is None or survey.version > known.version:
            surveys[survey.id] = survey
    return surveys
