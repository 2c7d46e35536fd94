"""Survey figures kept up to date at ingest, so a report sums a few rows instead of
scanning every response.

The survey report (:mod:`sync.server.survey_reports`) filters responses by survey, local
day, hub, channel and completeness; a *group* is one value of each. For every group two
tables hold counts (:class:`~sync.server.models.SurveyTally`: responses;
:class:`~sync.server.models.SurveyAnswerTally`: responses per answer), added to in the
same transaction that stores the responses (:func:`record`, called by ingest with the rows
it really inserted, so a re-sent response is never counted twice) and revised in the same
transaction as the server's retention rewrites a payload (:func:`revise`). The migration
that made the tables filled them from the stored responses (:func:`backfill`).

What is counted does not depend on any survey definition, so a definition published later
(new options, a new version) reads the same counts the way the raw-row report would. Nor
is the version a response answered kept: an id is the same question or answer in every
version, and the report puts an id only an earlier version has under that version's words
(:func:`sync.server.survey_reports.asked_questions`). Each response gives a set of
*facts* ``(question, part, answer)`` (:func:`facts`), counted once per response:

``(q, "", a)``      the answer to ``q`` itself (a single choice, a yes/no, a typed text);
``(q, ".k", a)``    member ``k`` of an object answer (an agreement statement, the marker
                    retention leaves in place of a typed text);
``(q, "#i", a)``    an item of a list answer at the first place ``i`` it appears (a
                    multiple choice, a rank: the report counts an option at its first place);
``(q, "{}", ks)``   the keys an object answer filled, sorted (an agreement group counts as
                    answered when any of its statements is).

``a`` is a string answer as given when it has the shape of an option id (a slug), ``""``
for an empty one, else a class: ``~text`` (typed words: none of them is kept here),
``~number``, ``~bool``, ``~list``, ``~object``. JSON nulls are not answers. Questions and
keys that cannot be ids (not slugs) are never reported, so are not counted.

Typed text shaped like an id (a single lowercase word) is counted as given, like the
payload it came from, until retention replaces it; then :func:`revise` moves its count to
the marker and drops the row that named it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, select
from sqlalchemy.orm import Session

from sync.protocol.content import SLUG
from sync.server.models import IngestedRecord, SurveyAnswerTally, SurveyTally
from sync.server.tally_sql import Write, added, merge

KIND = "survey_response"
#: A response made before kiosks said how it was made was made alone.
DEFAULT_CHANNEL = "self_service"
TEXT = "~text"
#: ``answer_key`` holds the answer itself up to this length, else its digest.
KEY_LENGTH = 200

_SLUG = re.compile(SLUG)

#: A group: (survey, day, hub, channel, complete).
Group = tuple[str, dt.date, str, str, bool]
Fact = tuple[str, str, str]


def _is_id(value: str) -> bool:
    return _SLUG.match(value) is not None


def _value(value: Any) -> str:
    """How an answer is counted: an id as given, an empty string, else its class."""
    if isinstance(value, str):
        return value if value == "" or _is_id(value) else TEXT
    if isinstance(value, bool):
        return "~bool"
    if isinstance(value, int | float):
        return "~number"
    if isinstance(value, list):
        return "~list"
    return "~object"


def facts(answers: object) -> set[Fact]:
    """What one response's ``answers`` count towards (see the module's description)."""
    found: set[Fact] = set()
    if not isinstance(answers, dict):
        return found
    for question_id, value in answers.items():
        if value is None or not isinstance(question_id, str) or not _is_id(question_id):
            continue
        found.add((question_id, "", _value(value)))
        if isinstance(value, dict):
            keys = []
            for key, member in value.items():
                if member is None or not isinstance(key, str) or not _is_id(key):
                    continue
                keys.append(key)
                found.add((question_id, f".{key}", _value(member)))
            if keys:
                found.add((question_id, "{}", " ".join(sorted(keys))))
        elif isinstance(value, list):
            seen: set[str] = set()
            for place, item in enumerate(value):
                if item is None:
                    continue
                counted = _value(item)
                if counted not in seen:
                    seen.add(counted)
                    found.add((question_id, f"#{place}", counted))
    return found


def answer_key(answer: str) -> str:
    if len(answer) <= KEY_LENGTH:
        return answer
    return "#" + hashlib.sha256(answer.encode()).hexdigest()


def group_of(row: Mapping[Any, Any]) -> Group | None:
    """The group of a stored response (``None``: no report can count it)."""
    payload = row.get("payload")
    if row.get("kind") != KIND or row.get("day") is None or not isinstance(payload, dict):
        return None
    survey_id, complete = payload.get("survey_id"), payload.get("complete")
    if not isinstance(survey_id, str) or not isinstance(complete, bool):
        return None
    return (survey_id, row["day"], row["hub_id"], row.get("channel") or DEFAULT_CHANNEL, complete)


@dataclass
class Tallies:
    """Counts to add (or take away) per group and per group and fact."""

    responses: Counter[Group]
    answers: Counter[tuple[Group, Fact]]

    @classmethod
    def empty(cls) -> Tallies:
        return cls(Counter(), Counter())

    def add(self, group: Group, answers: object, sign: int = 1) -> None:
        for fact in facts(answers):
            self.answers[(group, fact)] += sign

    def add_response(self, row: Mapping[Any, Any]) -> None:
        group = group_of(row)
        if group is not None:
            self.responses[group] += 1
            self.add(group, row["payload"].get("answers"))


_GROUP = ["survey_id", "day", "hub_id", "channel", "complete"]
_ANSWER = [*_GROUP, "question_id", "part", "answer_key"]


def apply(connection: Connection, tallies: Tallies) -> None:
    """Add ``tallies`` to the stored counts; rows left at zero are dropped (so a typed
    word retention removed is named nowhere)."""
    responses: list[dict[str, Any]] = [
        dict(zip(_GROUP, group, strict=True), responses=n)
        for group, n in tallies.responses.items()
        if n
    ]
    answers: list[dict[str, Any]] = [
        dict(
            zip(_GROUP, group, strict=True),
            question_id=question_id,
            part=part,
            answer_key=answer_key(answer),
            answer=answer,
            responses=n,
        )
        for (group, (question_id, part, answer)), n in tallies.answers.items()
        if n
    ]
    totals: Any = SurveyTally.__table__
    by_answer: Any = SurveyAnswerTally.__table__
    merge(
        connection,
        [
            Write(totals, responses, _GROUP, {"responses": added(totals, "responses")}),
            Write(by_answer, answers, _ANSWER, {"responses": added(by_answer, "responses")}),
        ],
    )
    lowered = [{f"k_{k}": row[k] for k in _ANSWER} for row in answers if row["responses"] < 0]
    if lowered:
        t = SurveyAnswerTally.__table__.c
        connection.execute(
            delete(SurveyAnswerTally).where(
                *(t[k] == bindparam(f"k_{k}") for k in _ANSWER), t.responses <= 0
            ),
            lowered,
        )


def record(session: Session, rows: Iterable[Mapping[Any, Any]]) -> None:
    """Count the responses among ``rows``: records ingest has just inserted (each a new
    one: a duplicate must not be passed), as the ``ingested_record`` columns they were
    inserted with (``kind``, ``hub_id``, ``day``, ``channel``, ``payload``)."""
    tallies = Tallies.empty()
    for row in rows:
        tallies.add_response(row)
    if tallies.responses:
        apply(session.connection(), tallies)


def revise(session: Session, changes: Iterable[tuple[Mapping[Any, Any], dict[str, Any]]]) -> None:
    """Count stored responses anew after their payloads changed (retention): each change
    is the stored row (with its old ``payload``) and the new payload."""
    tallies = Tallies.empty()
    for row, new_payload in changes:
        group = group_of(row)
        if group is None:
            continue
        tallies.add(group, row["payload"].get("answers"), -1)
        tallies.add(group, new_payload.get("answers"))
    if any(tallies.answers.values()):
        apply(session.connection(), tallies)


def backfill(connection: Connection, batch: int = 5000) -> int:
    """Count every stored response from scratch (the migration that made the tables, or
    a bulk load that inserted rows without :func:`record`); returns how many."""
    connection.execute(delete(SurveyAnswerTally))
    connection.execute(delete(SurveyTally))
    r = IngestedRecord
    query = select(r.kind, r.hub_id, r.day, r.channel, r.payload).where(
        r.kind == KIND, r.day.is_not(None)
    )
    tallies = Tallies.empty()
    count = 0
    result = connection.execute(query, execution_options={"yield_per": batch})
    for row in result.mappings():
        tallies.add_response(row)
        count += 1
    apply(connection, tallies)
    return count


# Reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Filter:
    """Which responses a report is over."""

    survey_id: str
    start: dt.date
    end: dt.date
    hub_ids: Sequence[str] | None = None
    channel: str | None = None

    def where(self, table: Any) -> list[Any]:
        where = [table.survey_id == self.survey_id, table.day.between(self.start, self.end)]
        if self.hub_ids:
            where.append(table.hub_id.in_(list(self.hub_ids)))
        if self.channel is not None:
            where.append(table.channel == self.channel)
        return where


@dataclass(frozen=True)
class Respondents:
    hub_id: str
    channel: str
    complete: bool
    responses: int


def respondents(session: Session, survey: Filter) -> list[Respondents]:
    """Responses per hub, channel and completeness (the channel filter is not applied:
    the report says how many each channel had)."""
    t = SurveyTally
    every = Filter(survey.survey_id, survey.start, survey.end, survey.hub_ids)
    rows = session.execute(
        select(t.hub_id, t.channel, t.complete, func.sum(t.responses))
        .where(*every.where(t))
        .group_by(t.hub_id, t.channel, t.complete)
    )
    return [Respondents(hub, channel, bool(done), int(n)) for hub, channel, done, n in rows]


def answer_counts(
    session: Session, survey: Filter, question_ids: Sequence[str], *, include_partial: bool
) -> Counter[Fact]:
    """How many responses gave each fact about ``question_ids``."""
    t = SurveyAnswerTally
    where = [*survey.where(t), t.question_id.in_(list(question_ids))]
    if not include_partial:
        where.append(t.complete.is_(True))
    rows = session.execute(
        select(t.question_id, t.part, t.answer, func.sum(t.responses))
        .where(and_(*where))
        .group_by(t.question_id, t.part, t.answer)
    )
    return Counter({(q, part, answer): int(n) for q, part, answer, n in rows})
