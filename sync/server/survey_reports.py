"""Survey results the way the council reports them (Appendix 7), computed in SQL.

Over the ingested records of kind ``survey_response`` (and ``feedback``) in a date range
(the record's local day) and, optionally, some hubs:

* respondents: complete and partial (walk-aways) counted separately, overall and by hub;
* every agreement statement: the count and percentage of each answer, and "strongly
  disagree or disagree" combined (the scale's negative answers);
* single, multiple and yes/no questions: count and percentage of each option;
* ranking: the average rank of each item (1 = most preferred);
* free text: the comments listed (newest first, up to a limit) and how many there are;
  a comment past the server's retention (``HUBKIOSK_SERVER_RETENTION_DAYS``) has had its
  words removed (:mod:`sync.server.retention`): it still counts, as removed, but is not
  listed, so managers read comments within that many days of their arrival;
* a question or answer only an earlier version of the survey has (renamed or removed
  since): reported after the newest version's, in the words it was answered with;
* quick feedback: scores overall, by service, by hub, by week and against the wait, each
  with its net satisfaction (good +1, average 0, poor -1, averaged: from -1 to +1), and
  what residents said it was mostly about (the follow-up's reasons).

The survey figures are sums, in SQL, of tallies kept up to date as responses arrive
(:mod:`sync.server.survey_aggregates`): a report over a million responses reads a few
thousand rows, not a million payloads. Only the comments listed are read from the
responses, newest first and no more than asked for. Python only combines and divides the
resulting integers. Rounding is the council's: whole percentages and ranks to two
decimals, halves rounded up, done exactly on integers.

Percentages are of the respondents who answered that question or statement ("don't know"
counts as an answer). By default the figures are over complete responses; partial ones
are counted separately, or included with ``include_partial=True``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Numeric,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from sync.protocol.content import SLUG
from sync.protocol.records import WAIT_BANDS as BAND_STARTS
from sync.protocol.records import FeedbackReason, RecordKind
from sync.protocol.surveys import (
    REMOVED_KEY,
    Option,
    Question,
    QuestionType,
    Statement,
    SurveyDefinition,
    response_problem,
)
from sync.server import config, csvsafe, pages, reports, survey_aggregates
from sync.server.models import HubRow, IngestedRecord, PublishedConfig
from sync.server.pages import Chart, rows_chart

R = IngestedRecord
#: The follow-up's reasons as the report names them (the kiosk's words for residents).
REASON_LABELS: dict[FeedbackReason, str] = {
    FeedbackReason.WAITING_TIME: "Waiting time",
    FeedbackReason.STAFF_HELPFULNESS: "Staff helpfulness",
    FeedbackReason.PROBLEM_SOLVED: "Getting my problem solved",
    FeedbackReason.BUILDING: "The building and facilities",
    FeedbackReason.INFORMATION: "Information given",
}
COMMENT_LIMIT = 200
#: The first window of the newest responses searched for comments (see ``_comments``).
COMMENT_WINDOW = 4096

#: Wait bands (minutes, lower bound included) for feedback against waits: "0-9 min",
#: "10-19 min", "20-29 min", "30-44 min", "45-59 min", "60 min or more". A feedback carries
#: its band's start (:data:`sync.protocol.records.WAIT_BANDS`); one stored before that, the
#: minute, which falls in the same band.
WAIT_BANDS: tuple[tuple[str, int, int | None], ...] = tuple(
    (f"{low}-{high - 1} min" if high is not None else f"{low} min or more", low, high)
    for low, high in zip(BAND_STARTS, (*BAND_STARTS[1:], None), strict=True)
)
NO_WAIT_BAND = "no wait recorded"
#: The feedback "by service" row of the answers given with no service.
NO_SERVICE = "No service given"


#: A report, or a row of one (a hub, a channel, a service, a week, a wait band), over fewer
#: responses than this shows no figure: with so few, its figures can be one resident's
#: answers (and a hub's and a day's, who gave them). Zero responses hide nothing.
MIN_RESPONSES_SHOWN = 5
SUPPRESSED_NOTE = f"fewer than {MIN_RESPONSES_SHOWN} responses: not shown"


class SurveyReportError(ValueError):
    """The report cannot be made (e.g. an unknown survey); the message says why."""


class UnknownSurvey(SurveyReportError):
    """No configuration ever published, nor any shipped file, has the survey."""


class InvalidSurvey(SurveyReportError):
    """Every definition of the survey there is fails to validate (the message says how)."""


# Small counts ---------------------------------------------------------------------------------
def too_few(responses: int) -> bool:
    """Whether figures over ``responses`` responses are withheld (see MIN_RESPONSES_SHOWN)."""
    return 0 < responses < MIN_RESPONSES_SHOWN


def withheld_rows(counts: Sequence[int], total: int) -> list[bool]:
    """Which rows of a table that splits ``total`` responses are not shown: each over too
    few responses, and, when those (with any responses no row holds) come to too few
    together, the smallest shown rows too until they do not. Otherwise the total less the
    rows shown gives a hidden row's figures: 7 answers averaging 3.43, a hub of 5 averaging
    3.20, so the other hub's 2 averaged 4.0."""
    hidden = [too_few(n) for n in counts]
    unshown = total - sum(n for n, out in zip(counts, hidden, strict=True) if not out)
    for index in sorted(range(len(counts)), key=lambda i: counts[i]):
        if not too_few(unshown):
            break
        if not hidden[index] and counts[index] > 0:
            hidden[index] = True
            unshown += counts[index]
    return hidden


def _withheld(value: Any) -> Any:
    """A report's JSON part with every figure (every number in it) made null."""
    if isinstance(value, dict):
        return {key: _withheld(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_withheld(item) for item in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None
    return value


def _row(data: dict[str, Any], withheld: bool) -> dict[str, Any]:
    """A row of a report as JSON, its figures null when ``withheld``, and saying so."""
    return {**(_withheld(data) if withheld else data), "suppressed": withheld}


# Exact rounding -------------------------------------------------------------------------------
def percent(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` as a whole percentage, halves rounded up (exact)."""
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)


def average_2dp(total: int, count: int) -> float | None:
    """``total / count`` to two decimals, halves rounded up (exact)."""
    if count <= 0:
        return None
    hundredths = (200 * total + count) // (2 * count)
    return hundredths / 100


# The report -----------------------------------------------------------------------------------
@dataclass
class AnswerFigure:
    id: str
    label: str
    count: int
    percent: int | None


@dataclass
class OptionFigure(AnswerFigure):
    """An answer to a survey question. ``from_version``: the version of the survey whose
    words ``label`` is, when not the one the report is made with (an id only an earlier
    published version has, answered in the period); None: the reported version's."""

    from_version: int | None = None


@dataclass
class StatementFigures:
    id: str
    text: str
    answered: int
    answers: list[OptionFigure]
    negative_count: int
    negative_percent: int | None
    #: As :attr:`OptionFigure.from_version`.
    from_version: int | None = None


@dataclass
class RankFigure:
    id: str
    label: str
    average_rank: float | None
    ranked_by: int
    #: As :attr:`OptionFigure.from_version`.
    from_version: int | None = None


@dataclass
class Comment:
    hub_id: str
    day: str | None
    text: str


@dataclass
class QuestionFigures:
    id: str
    type: str
    text: str
    answered: int
    options: list[OptionFigure] = field(default_factory=list)
    statements: list[StatementFigures] = field(default_factory=list)
    #: The label of the combined negative figure, e.g. "Strongly disagree or disagree".
    negative_label: str | None = None
    ranking: list[RankFigure] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    #: Every comment made, including those whose words were removed after retention.
    comments_total: int = 0
    #: Comments past retention: counted, no longer readable (so never listed).
    comments_removed: int = 0
    #: As :attr:`OptionFigure.from_version`: a question only an earlier version asked.
    from_version: int | None = None


@dataclass
class HubRespondents:
    hub_id: str
    hub_name: str
    complete: int
    partial: int

    @property
    def suppressed(self) -> bool:
        return too_few(self.complete + self.partial)


@dataclass
class SurveyReport:
    survey_id: str
    title: str
    start: dt.date
    end: dt.date
    hub_ids: list[str]
    include_partial: bool
    generated_at: dt.datetime
    complete: int
    partial: int
    hubs: list[HubRespondents]
    questions: list[QuestionFigures]
    #: How long comments stay readable at the centre (the server's retention days).
    comments_kept_days: int | None = None
    #: The figures are over this channel's responses only (None: every response).
    channel: str | None = None
    #: Complete responses the resident gave alone, and with an adviser beside them.
    self_completed: int = 0
    assisted: int = 0
    #: What is wrong with a newer definition of the survey, passed over as it does not
    #: validate (None: the report uses the newest).
    definition_problem: str | None = None
    #: The version of the survey the report is made with (its questions and words first).
    version: int | None = None

    @property
    def earlier_versions(self) -> list[int]:
        """The versions whose words some question or answer of the report is in."""
        found = {q.from_version for q in self.questions}
        for q in self.questions:
            found.update(o.from_version for o in q.options)
            found.update(r.from_version for r in q.ranking)
            for s in q.statements:
                found.add(s.from_version)
                found.update(a.from_version for a in s.answers)
        return sorted(v for v in found if v is not None)

    @property
    def respondents(self) -> int:
        """How many responses the figures are over."""
        return self.complete + (self.partial if self.include_partial else 0)

    @property
    def suppressed(self) -> bool:
        """Too few responses to show any figure (:data:`MIN_RESPONSES_SHOWN`)."""
        return too_few(self.respondents)

    @property
    def shown_hubs(self) -> set[str]:
        """The hubs whose row is shown."""
        if self.suppressed:
            return set()
        return {h.hub_id for h in self.hubs if not h.suppressed}

    @property
    def comments_placed(self) -> bool:
        """Whether comments say where and when they were made: only when every hub's row
        is shown (beside a hidden row, a comment without a place would still point to it)."""
        return not self.suppressed and all(not h.suppressed for h in self.hubs)

    @property
    def channels(self) -> list[tuple[str, int, bool]]:
        """(channel, complete responses, withheld) of the responses completed alone and
        with an adviser."""
        return [
            (way, n, self.suppressed or too_few(n))
            for way, n in (("self_service", self.self_completed), ("assisted", self.assisted))
        ]

    def question(self, question_id: str) -> QuestionFigures:
        for figures in self.questions:
            if figures.id == question_id:
                return figures
        raise KeyError(question_id)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON: a figure over too few responses is null, and its part says
        ``"suppressed": true``."""
        data = asdict(self)
        data["start"] = self.start.isoformat()
        data["end"] = self.end.isoformat()
        data["generated_at"] = self.generated_at.isoformat()
        data["respondents"] = self.respondents
        data["min_responses_shown"] = MIN_RESPONSES_SHOWN
        data["suppressed"] = self.suppressed
        shown = self.shown_hubs
        data["hubs"] = [_row(asdict(h), h.hub_id not in shown) for h in self.hubs]
        data["channels"] = [
            _row({"channel": way, "responses": n}, withheld) for way, n, withheld in self.channels
        ]
        for way, _, withheld in self.channels:
            if withheld:
                data["self_completed" if way == "self_service" else "assisted"] = None
        for question in data["questions"]:
            question["suppressed"] = self.suppressed
            for comment in question["comments"] if not self.comments_placed else []:
                comment["hub_id"] = comment["day"] = None
        if self.suppressed:
            data.update(complete=None, partial=None, respondents=None)
            data["questions"] = [{**_withheld(q), "comments": []} for q in data["questions"]]
        return data


@dataclass
class FeedbackBand:
    label: str
    count: int
    average_score: float | None
    satisfied_percent: int | None
    #: Good (4, 5) +1, average (3) 0, poor (1, 2) -1, averaged: -1.00 to +1.00.
    net_score: float | None = None
    #: What the row is of: the hub's or service's id ("" for no service), the week's
    #: Monday, the wait band.
    key: str = ""
    #: Not shown although over enough answers: beside a row over too few, the total less
    #: this one would give that one's figures (:func:`withheld_rows`).
    beside_hidden: bool = field(default=False, compare=False)

    @property
    def suppressed(self) -> bool:
        return too_few(self.count) or self.beside_hidden


@dataclass
class FeedbackReport:
    start: dt.date
    end: dt.date
    hub_ids: list[str]
    generated_at: dt.datetime
    count: int
    average_score: float | None
    scores: list[AnswerFigure]
    by_wait: list[FeedbackBand]
    by_service: list[FeedbackBand]
    by_hub: list[FeedbackBand]
    net_score: float | None = None
    #: Weeks by their Monday (ISO date).
    by_week: list[FeedbackBand] = field(default_factory=list)
    #: Follow-ups: what the feedback was mostly about (a follow-up may give several).
    follow_ups: int = 0
    reasons: list[AnswerFigure] = field(default_factory=list)
    #: The names of the hubs asked for (none: every hub).
    hub_names: list[str] = field(default_factory=list)
    #: The hubs the report is of (id to name, by name), and by week (its Monday, ISO) those
    #: that sent no records for it: no ticket, check-in, form or feedback (a kiosk down or
    #: a hub closed). In the JSON on each week, not on their own.
    listed_hubs: dict[str, str] = field(default_factory=dict)
    without_records: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for bands in (self.by_wait, self.by_service, self.by_hub, self.by_week):
            hidden = withheld_rows([band.count for band in bands], self.count)
            for band, out in zip(bands, hidden, strict=True):
                band.beside_hidden = out and not too_few(band.count)

    @property
    def suppressed(self) -> bool:
        """Too few answers to show any figure (:data:`MIN_RESPONSES_SHOWN`)."""
        return too_few(self.count)

    def week_span(self, band: FeedbackBand) -> reports.WeekSpan:
        """The days of a week of :attr:`by_week` (its key: its Monday) in the range."""
        return reports.week_span(dt.date.fromisoformat(band.key), self.start, self.end)

    def hubs_without_records(self, band: FeedbackBand) -> list[str]:
        """The ids of the hubs that sent no records for a week of :attr:`by_week`."""
        return self.without_records.get(band.key, [])

    def no_records(self, band: FeedbackBand) -> str:
        """What a week says of the hubs that sent nothing for it, as the hub report's trend
        says it ("no records from Town Hall Whitechapel"; "" if every hub sent some)."""
        return reports.no_records_note(self.hubs_without_records(band), self.listed_hubs)

    @property
    def empty_weeks(self) -> bool:
        """Whether a week has no answers, or a hub sent no records for it."""
        return any(not band.count or self.hubs_without_records(band) for band in self.by_week)

    @property
    def reasons_suppressed(self) -> bool:
        return self.suppressed or too_few(self.follow_ups)

    def withheld(self, band: FeedbackBand) -> bool:
        return self.suppressed or band.suppressed

    def to_json(self) -> dict[str, Any]:
        """The report as JSON: a figure over too few answers is null, and its part says
        ``"suppressed": true``."""
        data = asdict(self)
        data["start"] = self.start.isoformat()
        data["end"] = self.end.isoformat()
        data["generated_at"] = self.generated_at.isoformat()
        data["min_responses_shown"] = MIN_RESPONSES_SHOWN
        data["suppressed"] = self.suppressed
        del data["listed_hubs"], data["without_records"]  # said on each week
        for section in ("by_wait", "by_service", "by_hub", "by_week"):
            bands: list[FeedbackBand] = getattr(self, section)
            data[section] = [
                _row({k: v for k, v in asdict(b).items() if k != "beside_hidden"}, self.withheld(b))
                for b in bands
            ]
        # Each week says how many of its days are in the range (a figure of the calendar,
        # not of residents: shown when its figures are not).
        # And which hubs sent no records for it (its 0 answers are then no one's choice).
        for row, band in zip(data["by_week"], self.by_week, strict=True):
            row |= self.week_span(band).to_json()
            row["hubs_without_records"] = self.hubs_without_records(band)
        if self.suppressed:
            data.update(count=None, average_score=None, net_score=None)
            data["scores"] = _withheld(data["scores"])
        data["reasons_suppressed"] = self.reasons_suppressed
        if self.reasons_suppressed:
            data["follow_ups"] = None
            data["reasons"] = _withheld(data["reasons"])
        return data


# Definitions ----------------------------------------------------------------------------------
def shipped_surveys_dir() -> Path:
    return config.default_data_dir().parent / "surveys"


@dataclass(frozen=True)
class KnownSurvey:
    """A survey that can be reported on: its newest definition that validates."""

    definition: SurveyDefinition
    #: What is wrong with the newer definitions passed over (None: there were none).
    problem: str | None = None
    #: Its other definitions that validate, newest first (as :func:`_stored_definitions`
    #: orders them): residents answered them too, with ids ``definition`` may not have.
    earlier: tuple[SurveyDefinition, ...] = ()


def _version(entry: dict[str, Any]) -> int:
    version = entry.get("version")
    return version if isinstance(version, int) else 0


def _stored_definitions(
    session: Session, survey_id: str | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """(where it is, the definition as stored) of ``survey_id`` (or of every survey), newest
    first: every published configuration's, the newest configuration first (in each, the
    highest version first), then the shipped files' (highest version first)."""

    def kept(entries: Any) -> list[dict[str, Any]]:
        found = [
            e
            for e in (entries if isinstance(entries, list) else [entries])
            if isinstance(e, dict) and (survey_id is None or e.get("id") == survey_id)
        ]
        return sorted(found, key=_version, reverse=True)

    stored: list[tuple[str, dict[str, Any]]] = []
    surveys = PublishedConfig.body["surveys"]
    rows = session.execute(
        select(PublishedConfig.version, surveys).order_by(PublishedConfig.version.desc())
    )
    for version, entries in rows:
        stored += [(f"published configuration {version}", e) for e in kept(entries)]
    folder = shipped_surveys_dir()
    shipped: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        shipped += [(f"the shipped file {path.name}", e) for e in kept(data)]
    return stored + sorted(shipped, key=lambda found: _version(found[1]), reverse=True)


def _problem(exc: ValidationError) -> str:
    """A definition's first few problems, as the officer who wrote it can read them."""
    said = []
    for error in exc.errors()[:3]:
        where = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        said.append(f"{where}: {message}" if where else message)
    return "; ".join(said)


def _resolved(stored: list[tuple[str, dict[str, Any]]]) -> dict[str, KnownSurvey | str]:
    """Each survey's newest definition that validates, or (none validating) what is wrong."""
    found: dict[str, KnownSurvey] = {}
    problems: dict[str, list[str]] = {}
    for where, entry in stored:
        survey_id = str(entry.get("id"))
        if survey_id in found:
            continue
        try:
            definition = SurveyDefinition.model_validate(entry)
        except ValidationError as exc:
            version = entry.get("version")
            problems.setdefault(survey_id, []).append(
                f"version {version} ({where}) does not validate: {_problem(exc)}"
            )
            continue
        passed_over = problems.get(survey_id)
        problem = None
        if passed_over:
            problem = "; ".join(passed_over) + f"; reported with version {definition.version}"
        found[survey_id] = KnownSurvey(definition, problem)
    return {
        **{survey_id: "; ".join(said) for survey_id, said in problems.items()},
        **found,
    }


def find_survey(session: Session, survey_id: str) -> KnownSurvey:
    """The newest definition of ``survey_id`` that validates, from any configuration ever
    published (newest first), then the shipped files: a finished survey a later publish
    dropped is still reported, and a newer definition that does not validate is passed over
    (and said); with its other definitions that validate (:attr:`KnownSurvey.earlier`).
    Raises :class:`UnknownSurvey` or :class:`InvalidSurvey`."""
    stored = _stored_definitions(session, survey_id)
    found = _resolved(stored).get(survey_id)
    if found is None:
        # The id as asked only when it is one: an address can hold anything (thousands of
        # characters, a right-to-left override turning the rest of the line round).
        asked = f"'{survey_id}'" if re.fullmatch(SLUG, survey_id) else "of that id"
        raise UnknownSurvey(f"no survey {asked} is published or shipped")
    if isinstance(found, str):
        raise InvalidSurvey(f"survey '{survey_id}' has no definition that validates: {found}")
    return replace(found, earlier=_earlier(stored, found.definition))


def _earlier(
    stored: list[tuple[str, dict[str, Any]]], reported: SurveyDefinition
) -> tuple[SurveyDefinition, ...]:
    """Every other definition among ``stored`` (one survey's) that validates, in order
    (each configuration published holds the survey again: the same one is read once)."""
    earlier: list[SurveyDefinition] = []
    read: set[str] = set()
    for _, entry in stored:
        said = json.dumps(entry, sort_keys=True)
        if said in read:
            continue
        read.add(said)
        try:
            definition = SurveyDefinition.model_validate(entry)
        except ValidationError:
            continue
        if definition != reported and definition not in earlier:
            earlier.append(definition)
    return tuple(earlier)


def find_definition(session: Session, survey_id: str) -> SurveyDefinition:
    """The definition :func:`find_survey` reports ``survey_id`` with."""
    return find_survey(session, survey_id).definition


def known_surveys(session: Session) -> list[KnownSurvey]:
    """Every survey ever published (the shipped ones before any is), each with its newest
    definition that validates; a survey none of whose definitions validates is left out
    (its report says why)."""
    stored = _stored_definitions(session)
    published = {str(e.get("id")) for where, e in stored if where.startswith("published")}
    return [
        found
        for survey_id, found in sorted(_resolved(stored).items())
        if isinstance(found, KnownSurvey) and (not published or survey_id in published)
    ]


class SurveyVersions:
    """Every version of every survey ever published or shipped (each definition of it that
    validates: a version published twice may differ), for checking pushed responses: a
    response to a survey or version not among them, or whose answers fit none of its
    version's definitions, is not a response to any survey the council asked."""

    def __init__(self, stored: list[tuple[str, dict[str, Any]]]) -> None:
        self._definitions: dict[tuple[str, int], list[SurveyDefinition]] = {}
        #: The versions with a definition, none of which validates.
        self._invalid: set[tuple[str, int]] = set()
        self._surveys: set[str] = set()
        for _, entry in stored:
            survey_id, version = entry.get("id"), entry.get("version")
            if not isinstance(survey_id, str) or not isinstance(version, int):
                continue
            self._surveys.add(survey_id)
            try:
                definition = SurveyDefinition.model_validate(entry)
            except ValidationError:
                self._invalid.add((survey_id, version))
                continue
            known = self._definitions.setdefault((survey_id, version), [])
            if definition not in known:
                known.append(definition)

    def problem(
        self, survey_id: str, version: int, answers: dict[str, Any], *, complete: bool = False
    ) -> str | None:
        """Why ``answers`` (``complete``: of a response said complete) are no response to
        version ``version`` of ``survey_id`` (None: they fit one of its definitions), as a
        reason naming where."""
        definitions = self._definitions.get((survey_id, version))
        if not definitions:
            if survey_id not in self._surveys:
                return f"survey_id: no survey '{survey_id}' is published or shipped"
            if (survey_id, version) in self._invalid:
                return (
                    f"survey_version: version {version} of survey '{survey_id}' has no "
                    "definition that validates"
                )
            return (
                f"survey_version: survey '{survey_id}' has no version {version} published "
                "or shipped"
            )
        problems = [
            response_problem(definition, answers, complete=complete) for definition in definitions
        ]
        return None if None in problems else problems[0]


#: The survey versions known, by database and newest published configuration (its
#: version and time: a version never changes once published, and the time tells a
#: database restored from another apart) and shipped folder. A few kept: one is current.
_VERSIONS: dict[tuple[str, Any, str], SurveyVersions] = {}
_VERSIONS_KEPT = 4
_VERSIONS_LOCK = threading.Lock()


def survey_versions(session: Session) -> SurveyVersions:
    """:class:`SurveyVersions` as the database holds them now, read again only once a new
    configuration is published: one small query while none is."""
    head = session.execute(
        select(PublishedConfig.version, PublishedConfig.published_at)
        .order_by(PublishedConfig.version.desc())
        .limit(1)
    ).first()
    key = (
        str(session.get_bind().engine.url),
        None if head is None else tuple(head),
        str(shipped_surveys_dir()),
    )
    versions = _VERSIONS.get(key)
    if versions is None:
        versions = SurveyVersions(_stored_definitions(session))
        with _VERSIONS_LOCK:
            while len(_VERSIONS) >= _VERSIONS_KEPT:
                del _VERSIONS[next(iter(_VERSIONS))]
            _VERSIONS[key] = versions
    return versions


def listed_surveys(session: Session) -> list[dict[str, Any]]:
    """The surveys that can be reported on (every one ever published), with their run dates
    and the version reported with: the newest that validates (``problem`` says what is
    wrong with a newer one passed over)."""
    listed = []
    for known in known_surveys(session):
        survey = known.definition
        entry: dict[str, Any] = {
            "id": survey.id,
            "version": survey.version,
            "title": survey.title.get("en"),
            "runs_from": survey.runs_from.isoformat(),
            "runs_to": survey.runs_to.isoformat(),
        }
        if known.problem:
            entry["problem"] = known.problem
        listed.append(entry)
    return listed


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


def _channel() -> ColumnElement[str]:
    """``self_service`` or ``assisted`` (a response from before kiosks said: self-service)."""
    return func.coalesce(R.channel, "self_service")


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
    """The newest ``limit`` readable comments, from the stored responses: the only part
    of the report read from them. ``limit`` is never more than the readable comments the
    tallies counted, so the search stops at the last one rather than reading on.

    The responses are read newest first in windows of the server's sequence, each eight
    times the last: a planner cannot tell how many responses hold a comment (a filter on
    JSON), and guessing few it sorted all of them for the newest 200. A window is a range
    of the primary key, so the comments near the newest are found by reading those.
    """
    if limit <= 0:
        return []
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
    oldest, newest = session.execute(select(func.min(R.seq), func.max(R.seq))).one()
    found: list[Comment] = []
    if newest is None:
        return found
    high, span = int(newest) + 1, COMMENT_WINDOW
    while len(found) < limit and high > oldest:
        low = max(high - span, int(oldest))
        rows = session.execute(
            select(R.hub_id, R.day, text.label("text"))
            .where(*where, R.seq >= low, R.seq < high)
            .order_by(R.seq.desc())
            .limit(limit - len(found))
        ).all()
        found += [
            Comment(hub_id=row.hub_id, day=row.day.isoformat() if row.day else None, text=row.text)
            for row in rows
        ]
        high, span = low, span * 8
    return found


def _hub_names(session: Session) -> dict[str, str]:
    return {row.id: row.name for row in session.execute(select(HubRow.id, HubRow.name))}


class _Counts:
    """The tallies of a report's responses, read the way each question type needs them
    (see :mod:`sync.server.survey_aggregates` for what a fact is)."""

    def __init__(self, counts: Counter[survey_aggregates.Fact]) -> None:
        self._by_place: dict[tuple[str, str], dict[str, int]] = {}
        for (question_id, part, answer), n in counts.items():
            self._by_place.setdefault((question_id, part), {})[answer] = n

    def at(self, question_id: str, part: str = "") -> dict[str, int]:
        """Responses per answer given at ``part`` of the question."""
        return self._by_place.get((question_id, part), {})

    def given(self, question_id: str, part: str = "") -> int:
        """Responses that gave an answer at ``part`` (the whole question: of any shape)."""
        return sum(self.at(question_id, part).values())

    def places(self, question_id: str, option_id: str, places: int) -> list[int]:
        """Responses that put ``option_id`` first at each of the first ``places`` places."""
        return [self.at(question_id, f"#{i}").get(option_id, 0) for i in range(places)]


@dataclass(frozen=True)
class AskedQuestion:
    """A question as a report shows it: as asked by the version of the survey the report
    is made with (``version`` None), or, a question only earlier versions asked, by the
    newest of them that did; then the ids of it (options, statements) only earlier versions
    of it have, each with the words of the newest one that has it.

    A version that asked a question of the same id but another type is not counted with it
    (its answers have another shape)."""

    question: Question
    version: int | None
    #: The question as each earlier version asked it (same id and type), newest first.
    earlier: tuple[tuple[Question, int], ...] = ()

    def _merged(self, items: Any) -> list[tuple[Any, int | None]]:
        seen: set[str] = set()
        found: list[tuple[Any, int | None]] = []
        for question, version in ((self.question, self.version), *self.earlier):
            for item in items(question):
                if item.id not in seen:
                    seen.add(item.id)
                    found.append((item, version))
        return found

    @property
    def choices(self) -> list[tuple[Option, int | None]]:
        """Its choices (or items to rank, or scale) and the version whose words they are."""
        return self._merged(lambda question: question.choices)

    @property
    def statements(self) -> list[tuple[Statement, int | None]]:
        return self._merged(lambda question: question.statements)


def asked_questions(known: KnownSurvey) -> list[AskedQuestion]:
    """The questions a report of ``known`` shows, in order: its definition's, then those
    only its earlier definitions have (the newest that has one first, in its order)."""
    earlier = [({q.id: q for q in d.questions}, d.version) for d in known.earlier]

    def before(question: Question, start: int) -> tuple[tuple[Question, int], ...]:
        return tuple(
            (same, version)
            for questions, version in earlier[start:]
            if (same := questions.get(question.id)) is not None and same.type is question.type
        )

    asked = [AskedQuestion(q, None, before(q, 0)) for q in known.definition.questions]
    seen = {q.id for q in known.definition.questions}
    for index, (questions, version) in enumerate(earlier):
        for question in questions.values():
            if question.id not in seen:
                seen.add(question.id)
                asked.append(AskedQuestion(question, version, before(question, index + 1)))
    return asked


def _figures(
    asked: AskedQuestion, counts: _Counts, text: Any, *, earlier: bool = True
) -> QuestionFigures:
    """One question's figures from the counts (percentages of those who answered it).
    An option or statement only an earlier version has is shown when it was answered, and
    never when ``earlier`` is false (a report over too few responses: a row of its own
    would say what one of them answered)."""
    question = asked.question
    q = question.id
    kind = question.type
    figures = QuestionFigures(
        id=q, type=kind.value, text=text(question.text), answered=0, from_version=asked.version
    )

    def shown(version: int | None, count: int) -> bool:
        return version == asked.version or (earlier and count > 0)

    def option(choice: Option, version: int | None, count: int, whole: int) -> OptionFigure:
        return OptionFigure(choice.id, text(choice.text), count, percent(count, whole), version)

    choices = asked.choices
    if kind in (QuestionType.SINGLE, QuestionType.YES_NO):
        figures.answered = counts.given(q)
        given = counts.at(q)
        figures.options = [
            option(o, v, given.get(o.id, 0), figures.answered)
            for o, v in choices
            if shown(v, given.get(o.id, 0))
        ]
    elif kind is QuestionType.MULTIPLE:
        figures.answered = counts.given(q, "#0")
        chosen = [(o, v, sum(counts.places(q, o.id, len(choices)))) for o, v in choices]
        figures.options = [option(o, v, n, figures.answered) for o, v, n in chosen if shown(v, n)]
    elif kind is QuestionType.AGREEMENT:
        statements = {s.id for s, _ in asked.statements}
        figures.answered = sum(
            n for keys, n in counts.at(q, "{}").items() if statements.intersection(keys.split(" "))
        )
        negative = question.negative_answers
        words = {o.id: text(o.text) for o, _ in choices}
        figures.negative_label = " or ".join(words[p] for p in negative).capitalize() or None
        for statement, version in asked.statements:
            given = counts.at(q, f".{statement.id}")
            n = sum(given.values())
            if not shown(version, n):
                continue
            negative_count = sum(given.get(p, 0) for p in negative)
            figures.statements.append(
                StatementFigures(
                    id=statement.id,
                    text=text(statement.text),
                    answered=n,
                    answers=[
                        option(p, v, given.get(p.id, 0), n)
                        for p, v in choices
                        if shown(v, given.get(p.id, 0))
                    ],
                    negative_count=negative_count,
                    negative_percent=percent(negative_count, n) if negative else None,
                    from_version=version,
                )
            )
    elif kind is QuestionType.RANKING:
        figures.answered = counts.given(q, "#0")
        ranks: dict[bool, list[RankFigure]] = {True: [], False: []}
        for o, version in choices:
            at = counts.places(q, o.id, len(choices))
            if shown(version, sum(at)):
                ranks[version == asked.version].append(
                    RankFigure(
                        o.id,
                        text(o.text),
                        average_2dp(sum((i + 1) * n for i, n in enumerate(at)), sum(at)),
                        sum(at),
                        version,
                    )
                )
        # The question's own items, then those only earlier versions ranked, each by rank.
        figures.ranking = [
            rank
            for own in (True, False)
            for rank in sorted(
                ranks[own], key=lambda r: (r.average_rank is None, -(r.average_rank or 0))
            )
        ]
    else:
        # Free text: a typed answer, or the marker left once retention removed it (its
        # class is not the empty string either, so the count of comments does not change).
        figures.answered = sum(n for answer, n in counts.at(q).items() if answer != "")
        figures.comments_total = figures.answered
        figures.comments_removed = counts.given(q, f".{REMOVED_KEY}")
    return figures


def survey_report(
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

    Every response is counted under the words it was answered with: the questions and
    answers of the survey's newest definition that validates come first, in its order,
    then each question, option or statement id only its other definitions have
    (:func:`asked_questions`) and that was answered in the period, in the words of the
    newest that has it, its ``from_version`` saying which. The tallies count answers by
    id whatever version was answered, so an option renamed in a new version is a row of
    its own rather than a 0, and a question a new version removed is still reported.

    Every figure is a sum of the tallies kept at ingest
    (:mod:`sync.server.survey_aggregates`); only the comments listed are read from the
    responses themselves, newest first and no more than asked for.
    """
    reports.check_hubs(session, hub_ids)
    known = find_survey(session, survey_id)
    definition = known.definition
    start = start or definition.runs_from
    end = end or definition.runs_to
    if end < start:
        raise SurveyReportError("the end of the period is before its start")
    survey = survey_aggregates.Filter(definition.id, start, end, hub_ids, channel)

    names = _hub_names(session)
    hubs: dict[str, HubRespondents] = {}
    by_channel: dict[str, int] = {}
    for r in survey_aggregates.respondents(session, survey):
        if r.complete:
            way = "assisted" if r.channel == "assisted" else "self_service"
            by_channel[way] = by_channel.get(way, 0) + r.responses
        if channel is not None and r.channel != channel:
            continue
        hub = hubs.setdefault(
            r.hub_id, HubRespondents(r.hub_id, names.get(r.hub_id, r.hub_id), 0, 0)
        )
        if r.complete:
            hub.complete += r.responses
        else:
            hub.partial += r.responses
    complete = sum(h.complete for h in hubs.values())
    partial = sum(h.partial for h in hubs.values())
    asked = asked_questions(known)
    counts = _Counts(
        survey_aggregates.answer_counts(
            session,
            survey,
            [a.question.id for a in asked],
            include_partial=include_partial,
        )
    )

    def text(value: Any) -> str:
        return value.get(language) if value is not None else ""

    # Over too few responses no comment is listed (see MIN_RESPONSES_SHOWN): none is read;
    # nor is any question or answer only an earlier version has shown, even without its
    # figures (that it is there would say what one of those few answered).
    withheld = too_few(complete + (partial if include_partial else 0))
    questions: list[QuestionFigures] = []
    for a in asked:
        question = a.question
        if a.version is not None and (withheld or not counts.given(question.id)):
            continue
        figures = _figures(a, counts, text, earlier=not withheld)
        if question.type is QuestionType.TEXT and not withheld:
            readable = figures.comments_total - figures.comments_removed
            figures.comments = _comments(
                session,
                definition,
                question,
                start,
                end,
                hub_ids,
                include_partial,
                min(comment_limit, readable),
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
        hubs=sorted(hubs.values(), key=lambda h: h.hub_name),
        questions=questions,
        comments_kept_days=comments_kept_days,
        channel=channel,
        self_completed=by_channel.get("self_service", 0),
        assisted=by_channel.get("assisted", 0),
        definition_problem=known.problem,
        version=definition.version,
    )


# Quick feedback -------------------------------------------------------------------------------
def _band(wait: ColumnElement[Any]) -> Any:
    whens = []
    for label, low, high in WAIT_BANDS:
        condition = wait >= low if high is None else and_(wait >= low, wait < high)
        whens.append((condition, literal(label)))
    return case(*whens, else_=literal(NO_WAIT_BAND))


def stored_int(dialect: str, key: str, low: int, high: int) -> ColumnElement[Any]:
    """A whole number of the payload between ``low`` and ``high``, else NULL: whatever
    was stored (a string, 1e30, 2.5) a report counts it as missing rather than failing."""
    if dialect == "postgresql":
        value = R.payload[key]
        number = case((func.jsonb_typeof(value) == "number", cast(value.as_string(), Numeric)))
        whole = and_(number.between(low, high), number == func.floor(number))
        return case((whole, cast(number, Integer)))
    path = f"$.{key}"
    return case(
        (
            and_(
                func.json_type(R.payload, path) == "integer",
                func.json_extract(R.payload, path).between(low, high),
            ),
            func.json_extract(R.payload, path),
        )
    )


def _week_start(dialect: str) -> ColumnElement[Any]:
    """The Monday of the record's local day's week."""
    if dialect == "postgresql":
        return cast(func.date_trunc("week", R.day), Date)
    return func.date(R.day, "-6 days", "weekday 1")


def _reasons(
    session: Session, start: dt.date, end: dt.date, hub_ids: Sequence[str] | None
) -> tuple[int, list[AnswerFigure]]:
    """How many follow-ups, and how many gave each reason (a percent of the follow-ups)."""
    places = [R.payload[("reasons", i)].as_string() for i in range(len(FeedbackReason))]
    columns = [
        func.count(case((or_(*(place == reason.value for place in places)), 1))).label(reason.value)
        for reason in FeedbackReason
    ]
    row = session.execute(
        select(func.count().label("n"), *columns).where(
            *_filters(RecordKind.FEEDBACK_FOLLOW_UP.value, start, end, hub_ids)
        )
    ).one()
    n = int(row.n)
    return n, [
        AnswerFigure(
            reason.value,
            REASON_LABELS[reason],
            int(row._mapping[reason.value]),
            percent(int(row._mapping[reason.value]), n),
        )
        for reason in FeedbackReason
    ]


def feedback_report(
    session: Session,
    start: dt.date,
    end: dt.date,
    *,
    now: dt.datetime,
    hub_ids: Sequence[str] | None = None,
) -> FeedbackReport:
    """Quick-feedback scores (1 to 5): overall, by score, against waits, by service, by hub."""
    if end < start:
        raise SurveyReportError("the end of the period is before its start")
    reports.check_period(start, end)
    reports.check_hubs(session, hub_ids)
    dialect = session.get_bind().dialect.name
    score = stored_int(dialect, "score", 1, 5)
    wait = stored_int(dialect, "wait_minutes", 0, 24 * 60)
    where = [*_filters("feedback", start, end, hub_ids), score.is_not(None)]

    net = case((score >= 4, 1), (score <= 2, -1), else_=0)

    def grouped(key: Any) -> list[FeedbackBand]:
        rows = session.execute(
            select(
                key.label("key"),
                func.count().label("n"),
                func.sum(score).label("total"),
                func.count(case((score >= 4, 1))).label("satisfied"),
                func.sum(net).label("net"),
            )
            .where(*where)
            .group_by(key)
            .order_by(key)
        ).all()
        return [
            FeedbackBand(
                str(row.key),
                int(row.n),
                average_2dp(int(row.total or 0), int(row.n)),
                percent(int(row.satisfied), int(row.n)),
                average_2dp(int(row.net or 0), int(row.n)),
                key=str(row.key),
            )
            for row in rows
        ]

    scores: dict[int, int] = {
        int(value): int(n)
        for value, n in session.execute(select(score, func.count()).where(*where).group_by(score))
        if value is not None
    }
    count = sum(scores.values())
    total = sum(value * n for value, n in scores.items())
    order = [label for label, _, _ in WAIT_BANDS] + [NO_WAIT_BAND]
    by_wait = sorted(grouped(_band(wait)), key=lambda band: order.index(band.label))
    names = _hub_names(session)
    by_hub = grouped(R.hub_id)
    for band in by_hub:
        band.label = names.get(band.label, band.label)
    by_week = grouped(_week_start(dialect))
    for band in by_week:
        band.label = band.key = band.label[:10]  # SQLite gives text, PostgreSQL a date
    # Every week of the range, 0 answers where none were given (a week left out cannot be
    # told from one not shown), saying which hubs sent no records at all for it.
    weeks = [monday.isoformat() for monday in reports.mondays(start, end)]
    answered = {band.key for band in by_week}
    by_week += [
        FeedbackBand(week, 0, None, None, None, key=week) for week in weeks if week not in answered
    ]
    by_week.sort(key=lambda band: band.key)
    reported = {
        (hub, monday.isoformat())
        for hub, monday in reports.hubs_reporting(session, start, end, hub_ids, "week")
        if monday is not None
    }
    week_of_feedback = _week_start(dialect)
    reported |= {
        (str(hub), str(week)[:10])
        for hub, week in session.execute(
            select(R.hub_id, week_of_feedback)
            .where(*_filters("feedback", start, end, hub_ids))
            .distinct()
        )
    }
    listed = dict(
        sorted(
            ((hub, names.get(hub, hub)) for hub in (dict.fromkeys(hub_ids or []) or names)),
            key=lambda item: item[1],
        )
    )
    # Services by the catalogue's names (a service it no longer has: by its id), those
    # without a service last.
    services = reports.service_names(session)
    by_service = grouped(func.coalesce(R.service_id, literal("")))
    for band in by_service:
        band.label = services.get(band.key, band.key) if band.key else NO_SERVICE
    by_service.sort(key=lambda band: (not band.key, band.label.casefold()))
    good = sum(n for value, n in scores.items() if value >= 4)
    poor = sum(n for value, n in scores.items() if value <= 2)
    follow_ups, reasons = _reasons(session, start, end, hub_ids)
    return FeedbackReport(
        net_score=average_2dp(good - poor, count),
        by_week=by_week,
        follow_ups=follow_ups,
        reasons=reasons,
        start=start,
        end=end,
        hub_ids=list(hub_ids or []),
        hub_names=sorted(names.get(hub, hub) for hub in dict.fromkeys(hub_ids or [])),
        generated_at=now,
        count=count,
        average_score=average_2dp(total, count),
        scores=[
            AnswerFigure(
                str(s), str(s), int(scores.get(s, 0)), percent(int(scores.get(s, 0)), count)
            )
            for s in range(1, 6)
        ],
        by_wait=by_wait,
        by_service=by_service,
        by_hub=by_hub,
        listed_hubs=listed,
        without_records={
            week: [hub for hub in listed if (hub, week) not in reported] for week in weeks
        },
    )


# CSV and HTML ---------------------------------------------------------------------------------
def survey_csv(report: SurveyReport) -> str:
    """Long format: one row per figure (question, statement, answer), so every figure fits.
    A figure over too few responses has empty cells and ``note`` says why. ``version`` is
    the earlier version of the survey whose id (question, statement or answer) the row is
    of, when the version the report is made with has none such (empty otherwise)."""
    out = io.StringIO()
    writer = csvsafe.writer(out)
    writer.writerow(
        ["survey", "from", "to", "section", "question", "statement", "answer", "count", "value",
         "note", "version"]
    )  # fmt: skip
    base = [report.survey_id, report.start.isoformat(), report.end.isoformat()]

    def figure(*row: Any, withheld: bool = report.suppressed, version: int | None = None) -> None:
        """``row``: section, question, statement, answer, count, value."""
        said = "" if version is None else str(version)
        if withheld:
            writer.writerow([*base, *row[:4], "", "", SUPPRESSED_NOTE, said])
        else:
            writer.writerow([*base, *row, "", said])

    figure("respondents", "", "", "complete", report.complete, "")
    figure("respondents", "", "", "partial", report.partial, "")
    shown = report.shown_hubs
    for hub in report.hubs:
        withheld = hub.hub_id not in shown
        figure("respondents_by_hub", "", hub.hub_id, "complete", hub.complete, "",
               withheld=withheld)  # fmt: skip
        figure("respondents_by_hub", "", hub.hub_id, "partial", hub.partial, "",
               withheld=withheld)  # fmt: skip
    for q in report.questions:
        asked = q.from_version
        figure("answered", q.id, "", "", q.answered, "", version=asked)
        for option in q.options:
            figure("percent", q.id, "", option.id, option.count, _cell(option.percent),
                   version=option.from_version)  # fmt: skip
        for s in q.statements:
            for answer in s.answers:
                figure("percent", q.id, s.id, answer.id, answer.count, _cell(answer.percent),
                       version=answer.from_version or s.from_version)  # fmt: skip
            if s.negative_percent is not None:
                figure("negative_percent", q.id, s.id, "negative", s.negative_count,
                       _cell(s.negative_percent), version=s.from_version)  # fmt: skip
        for rank in q.ranking:
            figure("average_rank", q.id, "", rank.id, rank.ranked_by, _cell(rank.average_rank),
                   version=rank.from_version)  # fmt: skip
        if q.type == QuestionType.TEXT.value:
            figure("comments_removed", q.id, "", "", q.comments_removed, "", version=asked)
        placed = report.comments_placed
        for comment in [] if report.suppressed else q.comments:
            writer.writerow(
                [*base, "comment", q.id, comment.hub_id if placed else "",
                 (comment.day or "") if placed else "", "", comment.text, "",
                 "" if asked is None else str(asked)]
            )  # fmt: skip
    return out.getvalue()


def feedback_csv(report: FeedbackReport) -> str:
    """One row per figure's group; a group of too few answers has empty cells and ``note``
    says why. ``key`` is the group's id (a hub's, a service's, a week's Monday) where it has
    one; a week's ``days_in_range`` says how many of its days are in the range (the range's
    first and last weeks may be part weeks), empty on other rows. Every week of the range
    has its row (0 answers where none were given), its ``hubs_without_records`` the ids of
    the hubs that sent no records for it, space-separated."""
    out = io.StringIO()
    writer = csvsafe.writer(out)
    writer.writerow(
        ["from", "to", "section", "group", "count", "average_score", "satisfied_percent",
         "net_score", "key", "note", "days_in_range", "hubs_without_records"]
    )  # fmt: skip
    base = [report.start.isoformat(), report.end.isoformat()]

    def figures(
        section: str,
        group: str,
        *values: Any,
        key: str = "",
        withheld: bool,
        days: str = "",
        silent: str = "",
    ) -> None:
        """``values``: count, average score, satisfied percent, net score."""
        if withheld:
            writer.writerow(
                [*base, section, group, "", "", "", "", key, SUPPRESSED_NOTE, days, silent]
            )
        else:
            writer.writerow([*base, section, group, *values, key, "", days, silent])

    every = report.suppressed
    figures("all", "", report.count, _cell(report.average_score), "", _cell(report.net_score),
            withheld=every)  # fmt: skip
    for score in report.scores:
        figures("score", score.id, score.count, "", _cell(score.percent), "", withheld=every)
    for section, bands in (("wait", report.by_wait), ("service", report.by_service),
                           ("hub", report.by_hub), ("week", report.by_week)):  # fmt: skip
        for band in bands:
            week = section == "week"
            days = str(report.week_span(band).days) if week else ""
            silent = " ".join(report.hubs_without_records(band)) if week else ""
            figures(section, band.label, band.count, _cell(band.average_score),
                    _cell(band.satisfied_percent), _cell(band.net_score), key=band.key,
                    withheld=report.withheld(band), days=days, silent=silent)  # fmt: skip
    withheld = report.reasons_suppressed
    figures("follow_ups", "", report.follow_ups, "", "", "", withheld=withheld)
    for reason in report.reasons:
        figures("reason", reason.id, reason.count, "", _cell(reason.percent), "",
                key=reason.id, withheld=withheld)  # fmt: skip
    return out.getvalue()


def _cell(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f}" if isinstance(value, float) else str(value)


AGREEMENT_COLOURS = {
    "strongly-agree": "#0b6b3a",
    "agree": "#4c9a6a",
    "neither": "#8c8c8c",
    "disagree": "#d0743c",
    "strongly-disagree": "#a4000f",
    "dont-know": "#c9c9c0",
}
BAR = pages.BAR_COLOURS[0]


def _shown(percent_: int | None, count: int) -> str:
    """``29% (2)``: a figure as written beside its bar."""
    return f"{pages.percent(percent_)} ({pages.number(count)})"


def marked(label: str, version: int | None, within: int | None = None) -> str:
    """``label`` as the page shows it: followed by "(version 2)" when its words are those
    of an earlier version of the survey (not when those of the question or statement it is
    part of, ``within``, are from the same one: that says it already)."""
    return label if version is None or version == within else f"{label} (version {version})"


def _answers(
    title: str,
    answers: Sequence[AnswerFigure],
    chart_id: str,
    within: int | None = None,
    **kw: Any,
) -> Chart:
    return rows_chart(
        chart_id,
        title,
        [
            (
                marked(a.label, a.from_version, within) if isinstance(a, OptionFigure) else a.label,
                a.percent,
                _shown(a.percent, a.count),
            )
            for a in answers
        ],
        top=100,
        **kw,
    )


@dataclass(frozen=True)
class _Section:
    """One question's part of the page: its figures and the charts drawn from them."""

    question: QuestionFigures
    options_chart: Chart | None
    statements: list[tuple[StatementFigures, Chart]]
    ranking_chart: Chart | None
    #: Comments listed, and comments whose words are still readable.
    shown: int
    readable: int


def _section(q: QuestionFigures) -> _Section:
    title = marked(q.text, q.from_version)
    options = _answers(title, q.options, f"chart-{q.id}", q.from_version) if q.options else None
    statements = [
        (
            s,
            _answers(
                marked(s.text, s.from_version, q.from_version),
                s.answers,
                f"chart-{q.id}-{s.id}",
                s.from_version or q.from_version,
                colours=[AGREEMENT_COLOURS.get(a.id, BAR) for a in s.answers],
            ),
        )
        for s in q.statements
    ]
    ranking = (
        rows_chart(
            f"chart-{q.id}",
            "Average rank",
            [
                (
                    marked(r.label, r.from_version, q.from_version),
                    r.average_rank,
                    pages.number(r.average_rank, decimals=2),
                )
                for r in q.ranking
            ],
            top=float(len(q.ranking)),
        )
        if q.ranking
        else None
    )
    readable = q.comments_total - q.comments_removed
    return _Section(q, options, statements, ranking, len(q.comments), readable)


def survey_html(report: SurveyReport) -> str:
    """The Appendix 7 page (``templates/survey_report.html``): respondents, each
    statement's answers, average ranks, comments."""
    sections = [_section(q) for q in report.questions]
    shown = report.shown_hubs
    return pages.render(
        "survey_report.html",
        report=report,
        sections=sections,
        shown_hubs=shown,
        places={h.hub_id: h.hub_name for h in report.hubs} if report.comments_placed else {},
        note=SUPPRESSED_NOTE,
        min_responses=MIN_RESPONSES_SHOWN,
        marked=marked,
    )


def feedback_html(report: FeedbackReport) -> str:
    """The quick feedback page (``templates/feedback_report.html``)."""

    def bands(title: str, items: list[FeedbackBand], chart_id: str) -> Chart:
        return rows_chart(
            chart_id,
            title,
            [
                (b.label, None, SUPPRESSED_NOTE)
                if b.suppressed
                else (
                    b.label,
                    b.average_score,
                    f"{pages.number(b.average_score, decimals=2)} ({pages.number(b.count)})",
                )
                for b in items
            ],
            top=5.0,
        )

    def net(value: float | None) -> str:
        shown = pages.number(value, decimals=2)
        return f"+{shown}" if value is not None and value > 0 else shown

    # A part week (the range's first or last) says how many of its days are in the range.
    weeks = [
        band
        if (span := report.week_span(band)).whole
        else replace(band, label=f"{band.label} ({span.in_range})")
        for band in report.by_week
    ]
    # A week some hub sent no records for says so, as the hub report's trend does.
    silent = {band.key: note for band in report.by_week if (note := report.no_records(band))}
    tables = [
        ("net-hub", "Hub", report.by_hub, {}),
        ("net-service", "Service", report.by_service, {}),
        ("net-week", "Week (from Monday)", weeks, silent),
    ]
    reasons_title = "What it was mostly about (percent of follow-ups)"
    charts = [
        _answers("Scores", report.scores, "chart-scores"),
        _answers(reasons_title, [], "chart-reasons", empty=SUPPRESSED_NOTE)
        if report.reasons_suppressed
        else _answers(reasons_title, report.reasons, "chart-reasons"),
        bands("Average score by wait", report.by_wait, "chart-wait"),
        bands("Average score by service", report.by_service, "chart-service"),
        bands("Average score by hub", report.by_hub, "chart-hub"),
    ]
    return pages.render(
        "feedback_report.html",
        report=report,
        average=pages.number(report.average_score, decimals=2),
        net=net,
        tables=tables,
        charts=charts,
        note=SUPPRESSED_NOTE,
        min_responses=MIN_RESPONSES_SHOWN,
    )
