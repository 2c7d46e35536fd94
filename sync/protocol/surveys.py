"""Survey definitions: the questions a survey asks, as data a council officer can edit.

A :class:`SurveyDefinition` is versioned, carries its text per language and runs between
two dates (inclusive, local days). Question types:

``single``      one option (answer: the option id)
``multiple``    one or more options (answer: a list of option ids)
``agreement``   a group of statements, each answered on a scale (answer: statement id to
                scale option id); the default scale is the council's five points plus
                "don't know", and a question may give its own scale
``ranking``     the options in order of preference, tapped one after another (answer: the
                option ids, most preferred first)
``text``        free text (answer: a string); optional unless ``required`` says otherwise
``yes_no``      yes or no (answer: ``"yes"`` or ``"no"``)

Skip logic: ``show_if`` names an earlier single, multiple or yes/no question and the
answers that make this question appear. Surveys are anonymous by design: there is no
question type for names, addresses or contact details. Free text may still hold what a
resident chose to type, so it is removed after retention (:func:`remove_free_text`).

Every definition is validated whole when it is loaded; a problem names the survey and the
question.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError, model_validator

from sync.protocol.content import NO, SLUG, YES, LocalizedText, Strict, texts

Slug = Annotated[str, Field(pattern=SLUG)]


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    AGREEMENT = "agreement"
    RANKING = "ranking"
    TEXT = "text"
    YES_NO = "yes_no"


#: Question types whose answers can drive skip logic.
CHOICE_TYPES = (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.YES_NO)


class Option(Strict):
    """One answer to choose (or one item to rank, or one point of an agreement scale)."""

    id: Slug
    text: LocalizedText


class Statement(Strict):
    """One statement of an agreement group."""

    id: Slug
    text: LocalizedText


#: The council's five-point agreement scale plus "don't know".
AGREEMENT_SCALE: tuple[Option, ...] = (
    Option(
        id="strongly-agree",
        text=texts(
            "Strongly agree",
            "পুরোপুরি একমত",
            "Aad ayaan u raacsanahay",
            ur="پوری طرح متفق",
            es="Muy de acuerdo",
            pl="Zdecydowanie się zgadzam",
        ),
    ),
    Option(
        id="agree",
        text=texts(
            "Agree", "একমত", "Waan raacsanahay", ur="متفق", es="De acuerdo", pl="Zgadzam się"
        ),
    ),
    Option(
        id="neither",
        text=texts(
            "Neither agree nor disagree",
            "একমতও না, দ্বিমতও না",
            "Ma raacsani mana diidani",
            ur="نہ متفق نہ غیر متفق",
            es="Ni de acuerdo ni en desacuerdo",
            pl="Ani się zgadzam, ani nie zgadzam",
        ),
    ),
    Option(
        id="disagree",
        text=texts(
            "Disagree",
            "একমত নই",
            "Ma raacsani",
            ur="غیر متفق",
            es="En desacuerdo",
            pl="Nie zgadzam się",
        ),
    ),
    Option(
        id="strongly-disagree",
        text=texts(
            "Strongly disagree",
            "একেবারেই একমত নই",
            "Gabi ahaanba ma raacsani",
            ur="بالکل غیر متفق",
            es="Muy en desacuerdo",
            pl="Zdecydowanie się nie zgadzam",
        ),
    ),
    Option(
        id="dont-know",
        text=texts(
            "Don't know", "জানি না", "Ma garanayo", ur="معلوم نہیں", es="No sé", pl="Nie wiem"
        ),
    ),
)
#: Answers reported together as the negative figure ("strongly disagree or disagree").
AGREEMENT_NEGATIVE: tuple[str, ...] = ("strongly-disagree", "disagree")

YES_NO_OPTIONS: tuple[Option, ...] = (
    Option(id="yes", text=YES),
    Option(id="no", text=NO),
)


class ShowIf(Strict):
    """Show a question only when an earlier question's answer is one of ``any_of``."""

    question: Slug
    any_of: list[Slug] = Field(min_length=1)


class Question(Strict):
    id: Slug
    type: QuestionType
    text: LocalizedText
    #: A line under the question, e.g. the statement of the vision being asked about.
    help: LocalizedText | None = None
    #: Choices (single, multiple), items to rank (ranking), or a custom scale (agreement).
    options: list[Option] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    #: For agreement groups: the scale's answers reported together as the negative figure.
    negative: list[Slug] | None = None
    #: ``None``: free text is optional, every other type must be answered.
    required: bool | None = None
    max_length: Annotated[int, Field(ge=1, le=2000)] = 500
    show_if: ShowIf | None = None

    @property
    def is_required(self) -> bool:
        if self.required is not None:
            return self.required
        return self.type is not QuestionType.TEXT

    @property
    def choices(self) -> tuple[Option, ...]:
        """What the resident chooses from (the scale, for an agreement group)."""
        if self.type is QuestionType.YES_NO:
            return YES_NO_OPTIONS
        if self.type is QuestionType.AGREEMENT and not self.options:
            return AGREEMENT_SCALE
        return tuple(self.options)

    @property
    def negative_answers(self) -> tuple[str, ...]:
        if self.negative is not None:
            return tuple(self.negative)
        if self.type is QuestionType.AGREEMENT and not self.options:
            return AGREEMENT_NEGATIVE
        return ()

    def choice(self, option_id: str) -> Option | None:
        for option in self.choices:
            if option.id == option_id:
                return option
        return None

    def check_shape(self) -> list[str]:
        """Problems with this question on its own (the survey adds its name)."""
        problems: list[str] = []
        kind = self.type
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE) and len(self.options) < 2:
            problems.append(f"a {kind.value} question needs at least two options")
        if kind is QuestionType.RANKING and len(self.options) < 2:
            problems.append("a ranking question needs at least two items to rank")
        if kind in (QuestionType.TEXT, QuestionType.YES_NO) and self.options:
            problems.append(f"a {kind.value} question has no options")
        if kind is QuestionType.AGREEMENT:
            if not self.statements:
                problems.append("an agreement group needs at least one statement")
            if self.options and len(self.options) < 2:
                problems.append("an agreement scale needs at least two points")
        elif self.statements:
            problems.append("only an agreement group has statements")
        if self.negative is not None:
            if kind is not QuestionType.AGREEMENT:
                problems.append("only an agreement group has negative answers")
            known = {option.id for option in self.choices}
            for answer in self.negative:
                if answer not in known:
                    problems.append(f"negative answer '{answer}' is not on the scale")
        for what, ids in (
            ("option", [o.id for o in self.options]),
            ("statement", [s.id for s in self.statements]),
        ):
            seen: set[str] = set()
            for item_id in ids:
                if item_id in seen:
                    problems.append(f"{what} '{item_id}' appears twice")
                seen.add(item_id)
        return problems


class SurveyDefinition(Strict):
    id: Slug
    version: Annotated[int, Field(ge=1)]
    title: LocalizedText
    intro: LocalizedText | None = None
    #: First and last local day the survey is offered (both included).
    runs_from: dt.date
    runs_to: dt.date
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> SurveyDefinition:
        problems: list[str] = []
        if self.runs_to < self.runs_from:
            problems.append(
                f"runs_to {self.runs_to.isoformat()} is before runs_from "
                f"{self.runs_from.isoformat()}"
            )
        earlier: dict[str, Question] = {}
        for question in self.questions:
            where = f"question '{question.id}'"
            if question.id in earlier:
                problems.append(f"{where} appears twice")
            problems.extend(f"{where}: {problem}" for problem in question.check_shape())
            rule = question.show_if
            if rule is not None:
                source = earlier.get(rule.question)
                if source is None:
                    problems.append(
                        f"{where}: show_if names '{rule.question}', which is not an earlier "
                        "question"
                    )
                elif source.type not in CHOICE_TYPES:
                    problems.append(
                        f"{where}: show_if names '{rule.question}', a {source.type.value} "
                        "question (only single, multiple and yes/no answers can show "
                        "another question)"
                    )
                else:
                    for answer in rule.any_of:
                        if source.choice(answer) is None:
                            problems.append(
                                f"{where}: show_if answer '{answer}' is not an option of "
                                f"'{rule.question}'"
                            )
            earlier[question.id] = question
        if problems:
            raise ValueError(f"survey '{self.id}': " + "; ".join(problems))
        return self

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(f"survey '{self.id}' has no question '{question_id}'")

    def is_running(self, day: dt.date) -> bool:
        """Whether the survey is offered on local day ``day``."""
        return self.runs_from <= day <= self.runs_to


# Answers -------------------------------------------------------------------------------------
# What a response holds, checked by the kiosk as a resident answers (hubkiosk.core.survey)
# and by the server as a kiosk pushes it: the same rules on both sides. A problem never
# quotes the answer: it may be words a resident typed.


def answer_problem(question: Question, value: object) -> str | None:
    """What is wrong with ``value`` as an answer to ``question`` (None: it fits).

    The shapes the module's docstring gives, every option id one of the question's (its
    scale's, for an agreement group), none given twice; a free-text answer no longer than
    its question's ``max_length``. A free-text answer may also be the marker retention
    leaves in place of the words (:func:`removed_text`).
    """
    kind = question.type
    ids = {option.id for option in question.choices}
    if kind in (QuestionType.SINGLE, QuestionType.YES_NO):
        if not isinstance(value, str):
            return "expected one of its options"
        return None if value in ids else "the answer is not one of its options"
    if kind in (QuestionType.MULTIPLE, QuestionType.RANKING):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "expected a list of option ids"
        if len(set(value)) != len(value) or not set(value) <= ids:
            return "an option the question does not have, or one given twice"
        return None
    if kind is QuestionType.AGREEMENT:
        if not isinstance(value, Mapping):
            return "expected statement answers"
        statements = {statement.id for statement in question.statements}
        for key, point in value.items():
            if key not in statements:
                return "a statement the question does not have"
            if not isinstance(point, str) or point not in ids:
                return "an answer that is not on its scale"
        return None
    if is_removed_text(value):
        return None
    if not isinstance(value, str):
        return "expected text"
    if len(value) > question.max_length:  # the kiosk trims what is typed to this
        return f"a text longer than its {question.max_length} characters"
    return None


def is_given(value: object) -> bool:
    """Whether ``value`` answers its question at all (a JSON null, an empty text, list or
    object does not: the kiosk records none of those)."""
    return value is not None and value not in ("", [], {})


def is_full_answer(question: Question, value: object) -> bool:
    """Whether ``value`` answers ``question`` fully (every statement; a ranking's first
    choice), as a complete response must answer each required question it showed."""
    if value is None:
        return False
    kind = question.type
    if kind is QuestionType.AGREEMENT:
        return isinstance(value, Mapping) and all(s.id in value for s in question.statements)
    if kind is QuestionType.RANKING:  # as many as the resident likes, at least the first
        return isinstance(value, list) and len(value) >= 1
    return bool(value)


def is_shown(
    definition: SurveyDefinition, question: Question, answers: Mapping[str, object]
) -> bool:
    """Whether skip logic shows ``question`` after ``answers``: its ``show_if`` question
    shown and answered with one of ``any_of`` (the kiosk's survey engine asks this too)."""
    rule = question.show_if
    if rule is None:
        return True
    source = definition.question(rule.question)
    if not is_shown(definition, source, answers):
        return False
    value = answers.get(rule.question)
    if isinstance(value, str):
        return value in rule.any_of
    if isinstance(value, list):
        return any(v in rule.any_of for v in value)
    return False


def response_problem(
    definition: SurveyDefinition, answers: Mapping[str, object], *, complete: bool = False
) -> str | None:
    """What keeps ``answers`` from being a response to ``definition`` (None: nothing), as
    a reason naming where: a question the survey does not have, an answer that does not
    fit its question (:func:`answer_problem`), an answer to a question skip logic did not
    show (the kiosk records none), or no answer at all (the kiosk keeps no response,
    complete or a walk-away, that answered nothing), or, ``complete``, a required question
    it showed left unanswered (the kiosk calls only a response with none complete). A JSON
    null is no answer."""
    questions = {question.id: question for question in definition.questions}
    given = False
    for question_id, value in answers.items():
        question = questions.get(question_id)
        if question is None:
            return (
                f"answers: version {definition.version} of survey '{definition.id}' has no "
                "such question"
            )
        if value is None:
            continue
        problem = answer_problem(question, value)
        if problem is not None:
            return f"answers.{question_id}: {problem}"
        if is_given(value) and not is_shown(definition, question, answers):
            return f"answers.{question_id}: answered, though the answers before it skip it"
        given = given or is_given(value)
    if not given:
        return "answers: a response answers at least one question"
    missing = unanswered_required(definition, answers) if complete else None
    if missing is not None:
        return f"answers.{missing.id}: a complete response leaves it unanswered"
    return None


def unanswered_required(
    definition: SurveyDefinition, answers: Mapping[str, object]
) -> Question | None:
    """The first required question ``answers`` show and do not answer in full (None:
    none): what keeps a response from being complete, on the kiosk and the server."""
    for question in definition.questions:
        if (
            question.is_required
            and is_shown(definition, question, answers)
            and not is_full_answer(question, answers.get(question.id))
        ):
            return question
    return None


# Retention of free text ---------------------------------------------------------------------
# Surveys ask for no personal details, but a resident may still type a name, a phone number
# or an address into a free-text answer. Once a response's retention is over (the kiosk:
# synced and past its grace; the server: older than its retention days) each typed answer
# is replaced by a marker: the words are gone, the choices, ratings and rankings stay, and a
# report still counts that a comment was made (and how many were removed). Any other string
# that is not an option of its question goes the same way, wherever it was put.

#: The key of the marker that replaces a removed free-text answer: ``{"removed": true}``.
#: A typed answer is always a string, so the marker cannot be mistaken for one.
REMOVED_KEY = "removed"


def removed_text() -> dict[str, bool]:
    """A fresh marker for a free-text answer removed after its retention."""
    return {REMOVED_KEY: True}


def is_removed_text(value: object) -> bool:
    return isinstance(value, dict) and value.get(REMOVED_KEY) is True


def definitions_from(entries: Iterable[object]) -> list[SurveyDefinition]:
    """The valid definitions among ``entries`` (raw JSON objects); others are skipped."""
    found: list[SurveyDefinition] = []
    for entry in entries:
        try:
            found.append(SurveyDefinition.model_validate(entry))
        except ValidationError:
            continue
    return found


def free_text_questions_from(
    published: Iterable[object], shipped_folder: Path
) -> FreeTextQuestions:
    """The free-text questions of the surveys in ``published`` (each a stored config body's
    ``surveys`` list) and of the shipped definitions in ``shipped_folder``: kiosk and server
    retention judge survey answers by the same definitions."""
    entries: list[object] = []
    for surveys in published:
        entries.extend(surveys if isinstance(surveys, list) else [])
    for path in sorted(shipped_folder.glob("*.json")) if shipped_folder.is_dir() else []:
        entries.append(json.loads(path.read_text(encoding="utf-8")))
    return FreeTextQuestions(definitions_from(entries))


class FreeTextQuestions:
    """What each question of each survey version keeps after retention, from the known
    definitions: the ids of its options (an agreement group's: its scale's), none for a
    free-text question.

    A version not among them is judged by every known version of the same survey (an
    option of the question in any of them is kept, unless the question took text in any
    of them); a survey not known at all gives ``None``, and :func:`remove_free_text` then
    keeps no string at all.
    """

    def __init__(self, definitions: Iterable[SurveyDefinition]) -> None:
        self._exact: dict[tuple[str, int], dict[str, frozenset[str]]] = {}
        self._any: dict[str, dict[str, frozenset[str]]] = {}
        typed: dict[str, set[str]] = {}
        for definition in definitions:
            exact = self._exact.setdefault((definition.id, definition.version), {})
            every = self._any.setdefault(definition.id, {})
            for question in definition.questions:
                options = frozenset(option.id for option in question.choices)
                for known in (exact, every):
                    known[question.id] = known.get(question.id, frozenset()) | options
                if question.type is QuestionType.TEXT:
                    typed.setdefault(definition.id, set()).add(question.id)
        for survey_id, question_ids in typed.items():
            for question_id in question_ids:
                self._any[survey_id][question_id] = frozenset()

    def choices_of(self, survey_id: object, version: object) -> dict[str, frozenset[str]] | None:
        """Question id to the strings its answer keeps after retention (None: the survey is
        not known)."""
        if isinstance(version, int) and (str(survey_id), version) in self._exact:
            return self._exact[(str(survey_id), version)]
        return self._any.get(str(survey_id))


def remove_free_text(
    answers: Mapping[str, object], choices: Mapping[str, Collection[str]] | None
) -> dict[str, object]:
    """``answers`` with every string a resident may have typed replaced by
    :func:`removed_text`, at any depth: each string that is not an option id of its
    question, whether under a free-text question, in place of a choice, inside an
    agreement group or a list, or under a question the survey does not have.

    ``choices`` gives each question's option ids (:meth:`FreeTextQuestions.choices_of`);
    ``None`` (the survey is unknown) keeps no string, since a typed answer cannot then be
    told from the id of a chosen option. Empty answers stay empty (they were never
    comments), and a marker stays as it is, so running it again changes nothing.
    """
    return {
        question_id: _without_typed(value, () if choices is None else choices.get(question_id, ()))
        for question_id, value in answers.items()
    }


def _without_typed(value: object, options: Collection[str]) -> object:
    if isinstance(value, str):
        return value if value == "" or value in options else removed_text()
    if isinstance(value, list):
        return [_without_typed(item, options) for item in value]
    if isinstance(value, dict) and not is_removed_text(value):
        return {key: _without_typed(item, options) for key, item in value.items()}
    return value
