"""The person-made records a kiosk pushes: one pydantic model per kind, the only schema.

The kiosk builds every outbox payload through these models (:mod:`hubkiosk.store.outbox`)
and the central server validates every pushed item with them before anything is stored
(:mod:`sync.server.ingest`), so the two sides cannot drift. Bounds are the boundary's:
strings have lengths and hold no NUL and no lone surrogate (neither can be stored on every
database), times carry a zone and fall between 2020 and 2100, a feedback score is 1 to 5.
The enums (ticket priorities, queue event kinds, outcomes) live here once.

Personal fields are marked on the models (``json_schema_extra={"personal": True}``, shown
in the OpenAPI document too); :func:`personal_fields` lists them with what replaces them,
and both sides' retention purges exactly those.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    StrictBool,
    StrictInt,
    TypeAdapter,
    ValidationInfo,
    model_validator,
)

from sync.protocol.content import SLUG

#: Earliest and latest times (and days) a record may carry.
EARLIEST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
#: How deep an answer may nest (a list of choices inside an answer is 2).
MAX_ANSWER_DEPTH = 4
#: Most answers in one form or survey response, and most items in one answer list.
MAX_ANSWERS = 200
MAX_ANSWER_ITEMS = 200
MAX_ANSWER_TEXT = 4000


class RecordKind(StrEnum):
    """The kinds of person-made records a kiosk pushes (the kiosk's table names)."""

    TICKET = "ticket"
    QUEUE_EVENT = "queue_event"
    FORM_SUBMISSION = "form_submission"
    SURVEY_RESPONSE = "survey_response"
    FEEDBACK = "feedback"
    FEEDBACK_FOLLOW_UP = "feedback_follow_up"
    ADVISER_SIGNIN = "adviser_signin"
    #: An adviser's sign-in and sign-out (the session between them).
    ADVISER_SESSION = "adviser_session"
    #: The start and end of an assisted visit: an adviser helping a resident at the kiosk.
    ASSISTED_VISIT = "assisted_visit"
    #: A visit that came to check in for an appointment and ended without doing so.
    CHECK_IN_TURNED_AWAY = "check_in_turned_away"


class Channel(StrEnum):
    """How a resident's record was made: by the resident alone, or with an adviser beside
    them (issue 15: the council's channel-shift figure). Records without it (made before
    the field existed) count as self-service."""

    SELF_SERVICE = "self_service"
    ASSISTED = "assisted"


class SessionEvent(StrEnum):
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"


class VisitEvent(StrEnum):
    STARTED = "started"
    ENDED = "ended"


class EndReason(StrEnum):
    """Why an adviser session or an assisted visit ended."""

    #: The adviser touched "Leave adviser mode", "Finish" or "Hand back".
    LEFT = "left"
    FINISHED = "finished"
    HANDED_BACK = "handed_back"
    #: Nobody touched the kiosk for the idle time.
    IDLE = "idle"
    #: A sync took the adviser's PIN away (IT removed them) while they were signed in.
    WITHDRAWN = "withdrawn"


class Priority(StrEnum):
    NONE = "none"
    INTERPRETER = "interpreter"
    ACCESSIBILITY = "accessibility"
    URGENT = "urgent"


class QueueEventKind(StrEnum):
    CHECKED_IN = "checked_in"
    CALLED = "called"
    RECALLED = "recalled"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    SERVED = "served"


class Outcome(StrEnum):
    RESOLVED_FIRST_CONTACT = "resolved_first_contact"
    REFERRED = "referred"
    FOLLOW_UP_BOOKED = "follow_up_booked"


class SignInOutcome(StrEnum):
    SIGNED_IN = "signed_in"
    WRONG_PIN = "wrong_pin"
    #: Refused without checking the PIN: a delay after wrong PINs was still running.
    TOO_SOON = "too_soon"
    #: Refused without checking the PIN: sign-in is locked (:data:`ADVISER_LOCK_SECONDS`).
    LOCKED = "locked"
    #: Refused: the PIN matched two advisers' (it signs in neither; IT gives one a new PIN).
    SHARED_PIN = "shared_pin"


#: Wrong PINs in a row that lock a kiosk's adviser sign-in (the kiosk's policy,
#: ``hubkiosk.core.pin``; the server's fleet page flags a kiosk whose last attempt locked it).
ADVISER_LOCK_AFTER = 10
#: How long the lock lasts after the wrong PIN that set it; each wrong PIN after it sets it
#: again. IT ends it sooner (``hubkiosk --unlock-advisers``, or new adviser PINs).
ADVISER_LOCK_SECONDS = 3600


# -- checked values ------------------------------------------------------------------------


def storable(value: str) -> str:
    """``value`` unless it holds a NUL or a lone surrogate (no database stores them)."""
    if "\x00" in value:
        raise ValueError("text may not hold a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text may not hold a lone surrogate (invalid Unicode)") from None
    return value


#: Validation context under which times are not held to the window: the kiosk writes its
#: records with it, so a kiosk whose clock is wrong (a flat clock battery) still issues
#: tickets; the server, which validates without it, then refuses those items with the
#: reason, and IT sees them set aside.
KIOSK_CLOCK = {"kiosk_clock": True}


def in_window(value: dt.datetime, info: ValidationInfo) -> dt.datetime:
    """An aware time between :data:`EARLIEST` and :data:`LATEST` (checked without overflow)."""
    if isinstance(info.context, dict) and info.context.get("kiosk_clock"):
        return value
    if EARLIEST.year < value.year < LATEST.year - 1:
        # Well inside by its own year, whatever its offset (at most a day): no need to
        # compare aware times, which costs a UTC offset of each (every record has a few).
        return value
    if not EARLIEST.year - 1 < value.year < LATEST.year + 1:
        raise ValueError("the time must be between 2020 and 2100")
    if not EARLIEST <= value <= LATEST:
        raise ValueError("the time must be between 2020 and 2100")
    return value


def day_in_window(value: dt.date, info: ValidationInfo) -> dt.date:
    if isinstance(info.context, dict) and info.context.get("kiosk_clock"):
        return value
    if not EARLIEST.date() <= value <= LATEST.date():
        raise ValueError("the day must be between 2020 and 2100")
    return value


def _answer_value(value: Any, depth: int = 1) -> None:
    if depth > MAX_ANSWER_DEPTH:
        raise ValueError(f"an answer may nest at most {MAX_ANSWER_DEPTH} deep")
    if isinstance(value, str):
        if len(value) > MAX_ANSWER_TEXT:
            raise ValueError(f"an answer may be at most {MAX_ANSWER_TEXT} characters")
        storable(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("an answer must be a finite number")
    elif isinstance(value, list):
        if len(value) > MAX_ANSWER_ITEMS:
            raise ValueError(f"an answer may list at most {MAX_ANSWER_ITEMS} items")
        for item in value:
            _answer_value(item, depth + 1)
    elif isinstance(value, dict):
        if len(value) > MAX_ANSWER_ITEMS:
            raise ValueError(f"an answer may hold at most {MAX_ANSWER_ITEMS} entries")
        for key, item in value.items():
            storable(key)
            _answer_value(item, depth + 1)


def answers_ok(value: dict[str, JsonValue]) -> dict[str, JsonValue]:
    for key, item in value.items():
        storable(key)
        _answer_value(item)
    return value


#: A string every database can store (lengths are given where it is used).
SafeStr = Annotated[str, Field(strict=True), AfterValidator(storable)]
Slug = Annotated[str, Field(pattern=SLUG, strict=True)]
Moment = Annotated[AwareDatetime, AfterValidator(in_window)]
Day = Annotated[dt.date, AfterValidator(day_in_window)]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", strict=True)]
Answers = Annotated[
    dict[Annotated[str, Field(max_length=100)], JsonValue],
    Field(max_length=MAX_ANSWERS),
    AfterValidator(answers_ok),
]

#: Marks a field holding personal data (purged by both sides' retention).
PERSONAL: dict[str, Any] = {"personal": True}


class Record(BaseModel):
    """Base of every record: its client-made id and when it was made (by the kiosk's clock).

    Unknown fields are an error, so a mangled payload shows up. Both are optional on the
    wire for records made before the kiosk sent them; the kiosk always sends both now.
    """

    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID | None = None
    created_at: Moment | None = None


class HubRecord(Record):
    """A record that names the kiosk's hub (the server takes the hub from the device
    token; a payload naming another hub is refused)."""

    hub_id: Slug | None = None


class Attributed(HubRecord):
    """A resident's record that says whether it was made alone or with an adviser, and
    which adviser (a member of staff's id, not personal). Stamped centrally by the kiosk's
    outbox from the mode it is in, never typed by a screen."""

    channel: Channel = Channel.SELF_SERVICE
    adviser_id: Slug | None = None

    @model_validator(mode="after")
    def _channel_names_adviser(self) -> Attributed:
        if self.channel is Channel.ASSISTED and self.adviser_id is None:
            raise ValueError("an assisted record must name its adviser (adviser_id)")
        if self.channel is Channel.SELF_SERVICE and self.adviser_id is not None:
            raise ValueError("a self-service record names no adviser")
        return self


def on_the_hour(value: dt.datetime | None) -> dt.datetime | None:
    """``value`` cut to its hour: anonymous records carry their time no finer than their
    reports need, so they cannot be joined to a ticket's time to find who answered."""
    if value is None:
        return None
    return value.replace(minute=0, second=0, microsecond=0)


class HourOnly(Record):
    """A record whose time is kept to the hour: an anonymous one, or a quick feedback's
    follow-up (which names its feedback, so its time would time the feedback too)."""

    @model_validator(mode="after")
    def _coarse_time(self) -> HourOnly:
        coarse = on_the_hour(self.created_at)
        if coarse != self.created_at:
            self.created_at = coarse
        return self


class Anonymous(Attributed, HourOnly):
    """An anonymous record (survey response, quick feedback): its time is kept to the hour."""


#: The waits a quick feedback may carry: the start of each of the feedback report's wait
#: bands ("0-9 min", "10-19 min", "20-29 min", "30-44 min", "45-59 min", "60 min or more").
WAIT_BANDS: tuple[int, ...] = (0, 10, 20, 30, 45, 60)
#: The longest wait a kiosk counts (a day); longer is refused, not banded.
LONGEST_WAIT = 24 * 60


def wait_band(minutes: float | None) -> int | None:
    """The start of the wait band ``minutes`` falls in (None: no wait, or not a wait).

    A feedback keeps no finer wait than its report needs: to the minute, with its hour and
    service, it picks out the one ticket of that wait (and the name it was called by)."""
    if minutes is None or not 0 <= minutes <= LONGEST_WAIT:
        return None
    return max(start for start in WAIT_BANDS if start <= minutes)


def _banded(value: object) -> object:
    """An older kiosk's wait to the minute as its band's start (a whole number past a day
    as it is, for the schema to refuse); not a whole number (true, 2.5) is refused."""
    if value is None:
        return None
    if type(value) is not int:
        raise ValueError("a wait is whole minutes")
    return wait_band(value) if 0 <= value <= LONGEST_WAIT else value


#: A wait band's start (:data:`WAIT_BANDS`): what a kiosk of this release sends. A kiosk
#: before it sent the minute: the server keeps its band (:func:`wait_band`), as a time an
#: older kiosk sent to the second is kept to the hour.
WaitBand = Annotated[Literal[0, 10, 20, 30, 45, 60], BeforeValidator(_banded)]


class Ticket(Attributed):
    """A place in a queue, e.g. ``H-023``; a ticket for a booking names its appointment."""

    service_id: Slug
    number: Annotated[SafeStr, Field(min_length=1, max_length=16)]
    sequence: Annotated[StrictInt, Field(ge=1, le=100_000)] | None = None
    day: Day
    priority: Priority = Priority.NONE
    language: Language = "en"
    interpreter_language: Language | None = None
    appointment_id: uuid.UUID | None = None
    call_name: Annotated[
        Annotated[SafeStr, Field(max_length=60)] | None, Field(json_schema_extra=PERSONAL)
    ] = None


class QueueEvent(Record):
    """Something that happened to a ticket (checked in, called, served with an outcome...)."""

    ticket_id: uuid.UUID
    kind: QueueEventKind
    at: Moment
    desk: Annotated[SafeStr, Field(max_length=40)] | None = None
    adviser_id: Annotated[SafeStr, Field(max_length=48)] | None = None
    to_service_id: Slug | None = None
    outcome: Outcome | None = None
    #: A referral to a catalogue service: its id (counted by destination in the reports).
    referred_service_id: Slug | None = None
    #: A referral to another organisation: its name (older records: free text).
    referred_to: Annotated[SafeStr, Field(max_length=100)] | None = None
    #: A check-in made with an adviser beside the resident is ``assisted`` (and
    #: ``adviser_id`` names the adviser); desk events leave it self-service.
    channel: Channel = Channel.SELF_SERVICE

    @model_validator(mode="after")
    def _assisted_names_adviser(self) -> QueueEvent:
        if self.channel is Channel.ASSISTED and self.adviser_id is None:
            raise ValueError("an assisted record must name its adviser (adviser_id)")
        return self


class FormSubmission(Attributed):
    """A form filled in at the kiosk: its answers may be personal."""

    form_id: Slug
    form_version: Annotated[StrictInt, Field(ge=1, le=1_000_000)] | None = None
    reference: Annotated[SafeStr, Field(min_length=1, max_length=20)] | None = None
    language: Language = "en"
    answers: Annotated[Answers, Field(json_schema_extra=PERSONAL)]


class SurveyResponse(Anonymous):
    """Anonymous answers to a survey (free-text answers are removed after retention)."""

    survey_id: Slug
    survey_version: Annotated[StrictInt, Field(ge=1, le=1_000_000)]
    language: Language = "en"
    complete: StrictBool = True
    answers: Answers


class Feedback(Anonymous):
    """Quick feedback after a visit: a score from 1 to 5 and maybe a comment.

    It refers to no other record: ``visit_token`` is a random token the kiosk made for the
    visit, deliberately not a ticket id, so feedback cannot be tied to a resident. Its wait
    is a band's start (:data:`WaitBand`), never the minute: with the hour and the service,
    the minute matched one ticket's wait, and so the name it was called by.
    """

    score: Annotated[StrictInt, Field(ge=1, le=5)]
    visit_token: Annotated[SafeStr, Field(max_length=40)] | None = None
    service_id: Slug | None = None
    wait_minutes: WaitBand | None = None
    follow_up: Annotated[SafeStr, Field(max_length=48)] | None = None
    comment: Annotated[
        Annotated[SafeStr, Field(max_length=2000)] | None, Field(json_schema_extra=PERSONAL)
    ] = None


class FeedbackReason(StrEnum):
    """What a visit's feedback was mostly about (the reasons UK councils' face-to-face
    feedback asks for)."""

    WAITING_TIME = "waiting_time"
    STAFF_HELPFULNESS = "staff_helpfulness"
    PROBLEM_SOLVED = "problem_solved"
    BUILDING = "building"
    INFORMATION = "information"


class FeedbackFollowUp(HubRecord, HourOnly):
    """What a quick feedback was mostly about, and maybe a comment: given after the face.

    The face is recorded the moment it is touched (a :class:`Feedback`); records are
    immutable, so what the resident adds afterwards is this second record, naming the
    first by ``feedback_id`` (a feedback of the same hub).
    """

    feedback_id: uuid.UUID
    reasons: Annotated[list[FeedbackReason], Field(max_length=len(FeedbackReason))] = []
    comment: Annotated[
        Annotated[SafeStr, Field(max_length=2000)] | None, Field(json_schema_extra=PERSONAL)
    ] = None

    @model_validator(mode="after")
    def _something(self) -> FeedbackFollowUp:
        if len(set(self.reasons)) != len(self.reasons):
            raise ValueError("reasons: a reason is given twice")
        if not self.reasons and not self.comment:
            raise ValueError("a follow-up needs a reason or a comment")
        return self


class TurnedAwayReason(StrEnum):
    """Why a resident could not check in for an appointment at the kiosk: the last answer
    the kiosk gave them in their visit."""

    #: Before check-in opens (30 minutes before the appointment).
    EARLY = "early"
    #: After check-in closed (15 minutes after the appointment's start).
    LATE = "late"
    #: The booking is for another day.
    ANOTHER_DAY = "another_day"
    #: The booking is at another hub.
    ANOTHER_HUB = "another_hub"
    #: No booking matched what was typed (or several did, and the resident left there).
    NOT_FOUND = "not_found"


class CheckInTurnedAway(Anonymous):
    """A visit that came to check in for an appointment and ended without a check-in: the
    reason the kiosk last gave. One per visit, however many tries (a reference mistyped,
    then found, is no record at all), written when the visit ends.

    Anonymous, like quick feedback: no booking, reference, service or ticket, and its time
    kept to the hour, so it cannot be joined to the hub's booking list. The managers' hub
    report counts them beside the visits, so a hub that turns many away does not look as
    if it served everyone who came (the appointment-only hub above all)."""

    reason: TurnedAwayReason


class AdviserSignIn(HubRecord):
    """One attempt at a kiosk's adviser PIN screen, for the server's audit trail: who (only
    when the PIN matched), whether it worked, how many wrong PINs in a row. Never the PIN;
    no personal field (an adviser id is a member of staff's)."""

    adviser_id: Slug | None = None
    success: StrictBool
    outcome: SignInOutcome
    failures: Annotated[StrictInt, Field(ge=0, le=10_000)]


class AdviserSession(HubRecord):
    """An adviser signed in to the kiosk, or out of it (``session_id`` pairs the two)."""

    adviser_id: Slug
    session_id: uuid.UUID
    event: SessionEvent
    reason: EndReason | None = None


class AssistedVisit(HubRecord):
    """An adviser began, or ended, helping a resident at the kiosk (``visit_id`` pairs
    the two). Nothing of the resident: only when, which adviser and why it ended."""

    adviser_id: Slug
    visit_id: uuid.UUID
    event: VisitEvent
    reason: EndReason | None = None


RECORD_MODELS: dict[RecordKind, type[Record]] = {
    RecordKind.TICKET: Ticket,
    RecordKind.QUEUE_EVENT: QueueEvent,
    RecordKind.FORM_SUBMISSION: FormSubmission,
    RecordKind.SURVEY_RESPONSE: SurveyResponse,
    RecordKind.FEEDBACK: Feedback,
    RecordKind.FEEDBACK_FOLLOW_UP: FeedbackFollowUp,
    RecordKind.ADVISER_SIGNIN: AdviserSignIn,
    RecordKind.ADVISER_SESSION: AdviserSession,
    RecordKind.ASSISTED_VISIT: AssistedVisit,
    RecordKind.CHECK_IN_TURNED_AWAY: CheckInTurnedAway,
}


# -- pushed items: the kind decides the payload's model ------------------------------------


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID
    #: When the kiosk made the record, by its own clock: kept as data, never used for order.
    kiosk_time: Moment | None = None

    @model_validator(mode="after")
    def _same_id(self) -> _Item:
        payload = getattr(self, "payload", None)
        if isinstance(payload, Record) and payload.id is not None and payload.id != self.id:
            raise ValueError("the payload's id differs from the item's id")
        return self


class TicketItem(_Item):
    kind: Literal[RecordKind.TICKET]
    payload: Ticket


class QueueEventItem(_Item):
    kind: Literal[RecordKind.QUEUE_EVENT]
    payload: QueueEvent


class FormSubmissionItem(_Item):
    kind: Literal[RecordKind.FORM_SUBMISSION]
    payload: FormSubmission


class SurveyResponseItem(_Item):
    kind: Literal[RecordKind.SURVEY_RESPONSE]
    payload: SurveyResponse


class FeedbackItem(_Item):
    kind: Literal[RecordKind.FEEDBACK]
    payload: Feedback


class FeedbackFollowUpItem(_Item):
    kind: Literal[RecordKind.FEEDBACK_FOLLOW_UP]
    payload: FeedbackFollowUp


class AdviserSignInItem(_Item):
    kind: Literal[RecordKind.ADVISER_SIGNIN]
    payload: AdviserSignIn


class AdviserSessionItem(_Item):
    kind: Literal[RecordKind.ADVISER_SESSION]
    payload: AdviserSession


class AssistedVisitItem(_Item):
    kind: Literal[RecordKind.ASSISTED_VISIT]
    payload: AssistedVisit


class CheckInTurnedAwayItem(_Item):
    kind: Literal[RecordKind.CHECK_IN_TURNED_AWAY]
    payload: CheckInTurnedAway


RecordItem = Annotated[
    TicketItem
    | QueueEventItem
    | FormSubmissionItem
    | SurveyResponseItem
    | FeedbackItem
    | FeedbackFollowUpItem
    | AdviserSignInItem
    | AdviserSessionItem
    | AssistedVisitItem
    | CheckInTurnedAwayItem,
    Field(discriminator="kind"),
]
"""One pushed item, its payload checked against the schema of its ``kind``."""

RECORD_ITEM: TypeAdapter[
    TicketItem
    | QueueEventItem
    | FormSubmissionItem
    | SurveyResponseItem
    | FeedbackItem
    | FeedbackFollowUpItem
    | AdviserSignInItem
    | AdviserSessionItem
    | AssistedVisitItem
    | CheckInTurnedAwayItem
] = TypeAdapter(RecordItem)


def payload_of(record: Record) -> dict[str, Any]:
    """The JSON payload the kiosk sends for ``record`` (every field, ISO times)."""
    return record.model_dump(mode="json")


def marked_personal(model: type[BaseModel]) -> list[str]:
    """The fields of ``model`` marked personal, in declaration order."""
    return [
        name
        for name, info in model.model_fields.items()
        if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("personal")
    ]


def personal_fields(kind: RecordKind | str) -> dict[str, Any]:
    """The personal fields of records of ``kind``, each with the value that replaces it."""
    known = {member.value: member for member in RecordKind}
    if str(kind) not in known:
        return {}
    model = RECORD_MODELS[known[str(kind)]]
    return {name: {} if name == "answers" else None for name in marked_personal(model)}


#: Personal fields by kind (kinds without any are left out).
PERSONAL_FIELDS: dict[str, dict[str, Any]] = {
    kind.value: fields for kind in RecordKind if (fields := personal_fields(kind))
}
