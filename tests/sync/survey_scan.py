"""The survey report as it was computed before figures were kept at ingest: one scan of
every response's JSON answers (the test's oracle for :mod:`sync.server.survey_aggregates`).

Kept as it was (issue 16 item 6), so the report that sums the aggregates can be compared,
figure for figure, with figures counted from the raw rows by an independent computation.
Since QA s35 it reports what the report does of a survey published in several versions: the
questions and answers :func:`~sync.server.survey_reports.asked_questions` picks, those only
an earlier version has shown when answered in the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    func,
    or_,
    select,
    true,
)
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session

from sync.protocol.surveys import REMOVED_KEY, Question, QuestionType, SurveyDefinition
from sync.server.models import HubRow, IngestedRecord
from sync.server.survey_reports import (
    COMMENT_LIMIT,
    AskedQuestion,
    Comment,
    HubRespondents,
    OptionFigure,
    QuestionFigures,
    RankFigure,
    StatementFigures,
    SurveyReport,
    SurveyReportError,
    asked_questions,
    average_2dp,
    find_survey,
    percent,
    too_few,
)

R = IngestedRecord


# SQL ------------------------------------------------------------------------------------------
def _filters(
    kind: str, start: dt.date, end: dt.date, hub_ids: Sequence[str] | None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [R.kind == kind, R.day >= start, R.day <= end]
    if hub_ids:
        where.append(R.hub_id.in_(list(hub_ids)))
    return where


def _answer(*path: str | int) -> ColumnElement[str]:
    """An answer (or part of one) as text, straight from the JSON payload."""
    return R.payload[("answers", *path)].as_string()


class _Plan:
    """The columns pulled out of each response and the counts taken over them.

    ``extract`` adds a CTE column (once per JSON path); ``count`` adds an aggregate and
    returns its label, so the figures can be read back from the grouped rows.
    """

    def __init__(self) -> None:
        #: Column name -> JSON path under ``answers``.
        self.paths: dict[str, tuple[str | int, ...]] = {}
        self._names: dict[tuple[str | int, ...], str] = {}
        self.aggregates: list[tuple[str, Any]] = []

    def extract(self, *path: str | int) -> str:
        if path not in self._names:
            name = f"x{len(self._names)}"
            self._names[path] = name
            self.paths[name] = path
        return self._names[path]

    def count(self, make: Any) -> str:
        label = f"a{len(self.aggregates)}"
        self.aggregates.append((label, make))
        return label


@dataclass
class _QuestionPlan:
    asked: AskedQuestion
    answered: str = ""
    #: Responses that gave the question any answer at all.
    given: str = ""
    options: dict[str, str] = field(default_factory=dict)
    statements: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    ranks: dict[str, tuple[str, str]] = field(default_factory=dict)
    removed: str = ""


def _plan(asked: list[AskedQuestion]) -> tuple[_Plan, list[_QuestionPlan]]:
    plan = _Plan()
    plans: list[_QuestionPlan] = []
    for a in asked:
        question = a.question
        choices = [option for option, _ in a.choices]
        qp = _QuestionPlan(a)
        whole = plan.extract(question.id)
        qp.given = plan.count(lambda c, x=whole: func.count(c[x]))
        kind = question.type
        if kind in (QuestionType.SINGLE, QuestionType.YES_NO):
            x = plan.extract(question.id)
            qp.answered = plan.count(lambda c, x=x: func.count(c[x]))
            for option in choices:
                qp.options[option.id] = plan.count(
                    lambda c, x=x, o=option.id: func.count(case((c[x] == o, 1)))
                )
        elif kind is QuestionType.MULTIPLE:
            xs = [plan.extract(question.id, i) for i in range(len(choices))]
            qp.answered = plan.count(lambda c, x=xs[0]: func.count(c[x]))
            for option in choices:
                qp.options[option.id] = plan.count(
                    lambda c, xs=xs, o=option.id: func.count(
                        case((or_(*(c[x] == o for x in xs)), 1))
                    )
                )
        elif kind is QuestionType.AGREEMENT:
            for statement, _ in a.statements:
                x = plan.extract(question.id, statement.id)
                answered = plan.count(lambda c, x=x: func.count(c[x]))
                points = {
                    point.id: plan.count(
                        lambda c, x=x, p=point.id: func.count(case((c[x] == p, 1)))
                    )
                    for point in choices
                }
                qp.statements[statement.id] = (answered, points)
            columns = [plan.extract(question.id, s.id) for s, _ in a.statements]
            qp.answered = plan.count(
                lambda c, xs=columns: func.count(case((or_(*(c[x].is_not(None) for x in xs)), 1)))
            )
        elif kind is QuestionType.RANKING:
            xs = [plan.extract(question.id, i) for i in range(len(choices))]
            qp.answered = plan.count(lambda c, x=xs[0]: func.count(c[x]))
            for option in choices:

                def rank(c: Any, xs: list[str] = xs, o: str = option.id) -> Any:
                    return case(*((c[x] == o, i + 1) for i, x in enumerate(xs)))

                qp.ranks[option.id] = (
                    plan.count(lambda c, rank=rank: func.coalesce(func.sum(rank(c)), 0)),
                    plan.count(lambda c, rank=rank: func.count(rank(c))),
                )
        else:
            # Free text: a typed answer, or the marker left once retention removed it
            # (its text is not empty either, so the count of comments does not change).
            x = plan.extract(question.id)
            qp.answered = plan.count(lambda c, x=x: func.count(case((c[x] != "", 1))))
            removed = plan.extract(question.id, REMOVED_KEY)
            qp.removed = plan.count(lambda c, x=removed: func.count(c[x]))
        plans.append(qp)
    return plan, plans


def _from_doc(doc: Any, path: tuple[str | int, ...]) -> ColumnElement[str]:
    """``doc -> 'a' -> 'b' ->> 'c'``: plain operators, cheaper than a ``#>>`` path."""
    node = doc
    for part in path[:-1]:
        node = node[part]
    return node[path[-1]].as_string()


def _where(
    definition: SurveyDefinition,
    start: dt.date,
    end: dt.date,
    hub_ids: Sequence[str] | None,
    channel: str | None = None,
) -> list[ColumnElement[bool]]:
    where = [
        *_filters("survey_response", start, end, hub_ids),
        R.payload["survey_id"].as_string() == definition.id,
    ]
    if channel is not None:
        where.append(_channel() == channel)
    return where


def _channel() -> ColumnElement[str]:
    """``self_service`` or ``assisted`` (a response from before kiosks said: self-service)."""
    return func.coalesce(R.channel, "self_service")


def _by_channel_query(
    definition: SurveyDefinition, start: dt.date, end: dt.date, hub_ids: Sequence[str] | None
) -> Any:
    """Complete responses by channel: completed by the resident alone, or with an adviser
    beside them (issue 15: the survey is the resident's, so assisted ones are told apart)."""
    return (
        select(R.channel, func.count().label("n"))
        .where(*_where(definition, start, end, hub_ids), _complete())
        .group_by(R.channel)
    )


def _complete() -> ColumnElement[bool]:
    return R.payload["complete"].as_boolean()


def _respondents_query(
    definition: SurveyDefinition,
    start: dt.date,
    end: dt.date,
    hub_ids: Sequence[str] | None,
    channel: str | None = None,
) -> Any:
    """Complete and partial responses per hub (a Select)."""
    # Narrow rows first (OFFSET 0 keeps the planner from flattening it), so that grouping
    # never sorts the payloads along with the hubs.
    narrow = (
        select(R.hub_id.label("hub_id"), _complete().label("done"))
        .where(*_where(definition, start, end, hub_ids, channel))
        .offset(0)
        .subquery("narrow")
    )
    return select(
        narrow.c.hub_id,
        func.count(case((narrow.c.done, 1))).label("complete"),
        func.count(case((~narrow.c.done, 1))).label("partial"),
    ).group_by(narrow.c.hub_id)


def _survey_query(
    definition: SurveyDefinition,
    plan: _Plan,
    start: dt.date,
    end: dt.date,
    hub_ids: Sequence[str] | None,
    include_partial: bool,
    dialect: str,
    channel: str | None = None,
) -> Select[Any]:
    """Every count the figures need, in one scan of the responses (one result row).

    The answers are pulled out of each payload once, into columns, and the counts read
    the columns. On PostgreSQL a large payload is stored compressed (TOAST) and every
    ``->>`` on the column would decompress it again, so the ``answers`` object is taken
    out once per row in a ``LATERAL (... OFFSET 0)`` subquery (not flattened by the
    planner) and the answers are read from that in a second one. SQLite has no LATERAL;
    there a plain subquery reads the payload (its JSON functions cache the parsed text).

    No GROUP BY on purpose: the planner cannot estimate how many rows a filter on a JSON
    field keeps, nor how many groups a JSON field makes, and with a grouping it sorted the
    whole wide rows (spilling a gigabyte to disk at a million responses). One plain
    aggregate needs no sort; the respondents per hub come from a narrow query of their own.
    """
    where = _where(definition, start, end, hub_ids, channel)
    if not include_partial:
        where.append(_complete())
    if dialect == "postgresql":
        doc = select(R.payload["answers"].label("a")).correlate(R).offset(0).lateral("doc")
        extracted = (
            select(*(_from_doc(doc.c.a, path).label(name) for name, path in plan.paths.items()))
            .offset(0)
            .lateral("answer")
        )
        responses = (
            select(*extracted.c)
            .select_from(R)
            .join(doc, true())
            .join(extracted, true())
            .where(*where)
            .subquery("responses")
        )
    else:
        responses = (
            select(*(_answer(*path).label(name) for name, path in plan.paths.items()))
            .where(*where)
            .subquery("responses")
        )
    c = responses.c
    return select(*(make(c).label(label) for label, make in plan.aggregates))


def _comments(
    session: Session,
    definition: SurveyDefinition,
    question: Question,
    start: dt.date,
    end: dt.date,
    hub_ids: Sequence[str] | None,
    include_partial: bool,
    limit: int,
    channel: str | None = None,
) -> list[Comment]:
    text = _answer(question.id)
    where = [
        *_filters("survey_response", start, end, hub_ids),
        R.payload["survey_id"].as_string() == definition.id,
        text.is_not(None),
        text != "",
        _answer(question.id, REMOVED_KEY).is_(None),  # removed after retention: not listed
    ]
    if channel is not None:
        where.append(_channel() == channel)
    if not include_partial:
        where.append(R.payload["complete"].as_boolean().is_(True))
    rows = session.execute(
        select(R.hub_id, R.day, text.label("text"))
        .where(*where)
        .order_by(R.seq.desc())
        .limit(limit)
    ).all()
    return [
        Comment(hub_id=row.hub_id, day=row.day.isoformat() if row.day else None, text=row.text)
        for row in rows
    ]


def _hub_names(session: Session) -> dict[str, str]:
    return {row.id: row.name for row in session.execute(select(HubRow.id, HubRow.name))}


def scanned_survey_report(
    session: Session,
    survey_id: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    now: dt.datetime,
    hub_ids: Sequence[str] | None = None,
    include_partial: bool = False,
    comment_limit: int = COMMENT_LIMIT,
    language: str = "en",
    comments_kept_days: int | None = None,
    channel: str | None = None,
) -> SurveyReport:
    """The Appendix 7 figures for ``survey_id`` (dates default to the survey's run).

    ``channel`` (``self_service`` or ``assisted``) keeps only the responses completed that
    way; the report always says how many complete responses each channel had.

    ``comments_kept_days`` (the server's retention days) is only said on the page.
    """
    known = find_survey(session, survey_id)
    definition = known.definition
    start = start or definition.runs_from
    end = end or definition.runs_to
    if end < start:
        raise SurveyReportError("the end of the period is before its start")
    plan, plans = _plan(asked_questions(known))
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # ~160 expressions over a million rows: compiling them (JIT) costs more than it
        # saves; and parallel workers would ship every whole payload to the leader (the
        # LATERAL extraction runs there), which costs more than scanning in one process.
        session.execute(text_sql("SET LOCAL jit = off"))
        session.execute(text_sql("SET LOCAL max_parallel_workers_per_gather = 0"))
    query = _survey_query(definition, plan, start, end, hub_ids, include_partial, dialect, channel)
    row = session.execute(query).mappings().one()
    totals: dict[str, int] = {label: int(row[label] or 0) for label, _ in plan.aggregates}

    names = _hub_names(session)
    hubs = [
        HubRespondents(r.hub_id, names.get(r.hub_id, r.hub_id), int(r.complete), int(r.partial))
        for r in session.execute(_respondents_query(definition, start, end, hub_ids, channel))
    ]
    by_channel: dict[str, int] = {}
    for r in session.execute(_by_channel_query(definition, start, end, hub_ids)):
        way = "assisted" if r.channel == "assisted" else "self_service"  # None: before it
        by_channel[way] = by_channel.get(way, 0) + int(r.n)
    complete = sum(h.complete for h in hubs)
    partial = sum(h.partial for h in hubs)

    def text(value: Any) -> str:
        return value.get(language) if value is not None else ""

    withheld = too_few(complete + (partial if include_partial else 0))

    def shown(a: AskedQuestion, version: int | None, count: int) -> bool:
        """Whether an item of the question is reported: the question's own, or one only an
        earlier version has that was answered (never over too few responses)."""
        return version == a.version or (not withheld and count > 0)

    questions: list[QuestionFigures] = []
    for qp in plans:
        a = qp.asked
        question = a.question
        if a.version is not None and (withheld or not totals[qp.given]):
            continue
        answered = totals[qp.answered]
        figures = QuestionFigures(
            id=question.id,
            type=question.type.value,
            text=text(question.text),
            answered=answered,
            from_version=a.version,
        )
        choices = {option.id: (option, version) for option, version in a.choices}
        if qp.options:
            figures.options = [
                OptionFigure(
                    option_id,
                    text(choices[option_id][0].text),
                    totals[label],
                    percent(totals[label], answered),
                    choices[option_id][1],
                )
                for option_id, label in qp.options.items()
                if shown(a, choices[option_id][1], totals[label])
            ]
        if qp.statements:
            negative = question.negative_answers
            figures.negative_label = (
                " or ".join(text(choices[p][0].text) for p in negative).capitalize() or None
            )
            for statement, version in a.statements:
                answered_label, points = qp.statements[statement.id]
                n = totals[answered_label]
                if not shown(a, version, n):
                    continue
                negative_count = sum(totals[points[p]] for p in negative)
                figures.statements.append(
                    StatementFigures(
                        id=statement.id,
                        text=text(statement.text),
                        answered=n,
                        answers=[
                            OptionFigure(
                                point_id,
                                text(choices[point_id][0].text),
                                totals[label],
                                percent(totals[label], n),
                                choices[point_id][1],
                            )
                            for point_id, label in points.items()
                            if shown(a, choices[point_id][1], totals[label])
                        ],
                        negative_count=negative_count,
                        negative_percent=percent(negative_count, n) if negative else None,
                        from_version=version,
                    )
                )
        if qp.ranks:
            ranks = [
                RankFigure(
                    option_id,
                    text(choices[option_id][0].text),
                    average_2dp(totals[total], totals[count]),
                    totals[count],
                    choices[option_id][1],
                )
                for option_id, (total, count) in qp.ranks.items()
                if shown(a, choices[option_id][1], totals[count])
            ]
            # The question's own items by rank, then those only earlier versions ranked.
            figures.ranking = sorted(
                ranks,
                key=lambda r: (
                    r.from_version != a.version,
                    r.average_rank is None,
                    -(r.average_rank or 0),
                ),
            )
        if question.type is QuestionType.TEXT:
            figures.comments_total = answered
            figures.comments_removed = totals[qp.removed]
            figures.comments = _comments(
                session,
                definition,
                question,
                start,
                end,
                hub_ids,
                include_partial,
                comment_limit,
                channel,
            )
        questions.append(figures)

    return SurveyReport(
        survey_id=definition.id,
        title=text(definition.title),
        start=start,
        end=end,
        hub_ids=list(hub_ids or []),
        include_partial=include_partial,
        generated_at=now,
        complete=complete,
        partial=partial,
        hubs=sorted(hubs, key=lambda h: h.hub_name),
        questions=questions,
        comments_kept_days=comments_kept_days,
        channel=channel,
        self_completed=by_channel.get("self_service", 0),
        assisted=by_channel.get("assisted", 0),
        definition_problem=known.problem,
        version=definition.version,
    )
