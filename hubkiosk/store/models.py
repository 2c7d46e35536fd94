"""The local store's tables (SQLAlchemy 2 declarative models).

Everything a person creates (a ticket, a queue event, a form, a survey answer, feedback) is
an immutable record with a client-made UUID, written in the same transaction as its
:class:`OutboxItem` (see :mod:`hubkiosk.store.outbox`). Corrections are new records.
Personal fields are few, named in ``PERSONAL_FIELDS`` and purged once synced and past
their retention; so are the free-text answers of survey responses (see
:mod:`hubkiosk.store.retention`).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.protocol.records import PERSONAL_FIELDS as RECORD_PERSONAL_FIELDS
from sync.protocol.records import Channel as Channel
from sync.protocol.records import Outcome as Outcome  # the enums are defined once, there
from sync.protocol.records import Priority as Priority
from sync.protocol.records import QueueEventKind as QueueEventKind
from sync.protocol.records import marked_personal
from sync.protocol.wire import AppointmentEntry
from sync.sqltypes import UTCDateTime, utcnow  # noqa: F401 (re-exported for migrations)

#: How far ahead of the kiosk's clock a stored time may be and still count as now (NTP's
#: small nudges). Further ahead, it was stored while the clock ran fast (a flat RTC
#: battery can put a hub PC a year ahead until NTP corrects it).
CLOCK_SLACK = dt.timedelta(minutes=5)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime(), uuid.UUID: Uuid()}


class Record:
    """Mixin for immutable records a person creates: a UUID and when it was made."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Attributed:
    """Mixin for a resident's records: made alone (``self_service``) or with an adviser
    beside them (``assisted``, naming the adviser). Stamped by
    :func:`hubkiosk.store.outbox.add_record` from the kiosk's mode, never by a screen."""

    channel: Mapped[Channel] = mapped_column(
        Enum(Channel, native_enum=False, length=20), default=Channel.SELF_SERVICE
    )
    #: The adviser who helped (assisted records; a desk's queue events name their adviser).
    adviser_id: Mapped[str | None] = mapped_column(String(48))


class Hub(Base):
    """A hub as last configured (a cache of the config snapshot, for joins and reports)."""

    __tablename__ = "hub"
    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    appointment_only: Mapped[bool] = mapped_column(Boolean, default=False)


class Service(Base):
    __tablename__ = "service"
    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(1))
    name: Mapped[str] = mapped_column(String(200))


class Ticket(Attributed, Record, Base):
    """A place in a queue, e.g. ``H-023``: the number restarts each day per service."""

    __tablename__ = "ticket"
    hub_id: Mapped[str] = mapped_column(String(48))
    service_id: Mapped[str] = mapped_column(String(48))
    number: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    day: Mapped[dt.date]
    priority: Mapped[Priority] = mapped_column(
        Enum(Priority, native_enum=False), default=Priority.NONE
    )
    language: Mapped[str] = mapped_column(String(8), default="en")
    interpreter_language: Mapped[str | None] = mapped_column(String(8))
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("appointment.id"))
    # Personal: purged after sync and retention.
    call_name: Mapped[str | None] = mapped_column(String(60))

    __table_args__ = (
        Index("ix_ticket_day_service", "day", "service_id", "sequence", unique=True),
        # The day's queue at a hub (every check-in and display poll reads it).
        Index("ix_ticket_hub_day", "hub_id", "day"),
    )


class QueueEvent(Attributed, Record, Base):
    __tablename__ = "queue_event"
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"))
    kind: Mapped[QueueEventKind] = mapped_column(Enum(QueueEventKind, native_enum=False))
    desk: Mapped[str | None] = mapped_column(String(40))
    adviser_id: Mapped[str | None] = mapped_column(String(48))
    to_service_id: Mapped[str | None] = mapped_column(String(48))
    outcome: Mapped[Outcome | None] = mapped_column(Enum(Outcome, native_enum=False))
    #: A referral to a catalogue service (its id); ``referred_to`` names another organisation.
    referred_service_id: Mapped[str | None] = mapped_column(String(48))
    referred_to: Mapped[str | None] = mapped_column(String(100))
    # Monotonic order of events on this device (for wait estimates without wall clocks).
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        # A ticket's events (of a kind): the day's queue replays today's tickets' events,
        # the wait estimate asks whether a served ticket was transferred to the service.
        # Two equality columns, so SQLite prefers it to (kind, at) even with no statistics.
        Index("ix_queue_event_ticket_kind", "ticket_id", "kind"),
        # The latest services (kind "served"), newest first, for the wait estimate.
        Index("ix_queue_event_kind_at", "kind", "at"),
    )


class Appointment(Base):
    """Today's appointments, from the config snapshot (not created at the kiosk)."""

    __tablename__ = "appointment"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    hub_id: Mapped[str] = mapped_column(String(48))
    service_id: Mapped[str] = mapped_column(String(48))
    starts_at: Mapped[dt.datetime]
    # Personal: purged after the day and retention.
    reference: Mapped[str | None] = mapped_column(String(20), index=True)
    surname: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(20))


class FormSubmission(Attributed, Record, Base):
    __tablename__ = "form_submission"
    form_id: Mapped[str] = mapped_column(String(48))
    form_version: Mapped[int] = mapped_column(Integer)
    hub_id: Mapped[str] = mapped_column(String(48))
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    # Answers, some personal: purged after sync and retention (replaced by {}).
    answers: Mapped[dict[str, object]] = mapped_column(JSON)


class SurveyResponse(Attributed, Record, Base):
    """Anonymous by design: no personal fields, no link to a person.

    A free-text answer may still hold whatever a resident typed (a name, a phone number):
    once synced and past retention it is replaced by a marker, the other answers stay.
    """

    __tablename__ = "survey_response"
    survey_id: Mapped[str] = mapped_column(String(48))
    survey_version: Mapped[int] = mapped_column(Integer)
    hub_id: Mapped[str] = mapped_column(String(48))
    language: Mapped[str] = mapped_column(String(8), default="en")
    complete: Mapped[bool] = mapped_column(Boolean)
    answers: Mapped[dict[str, object]] = mapped_column(JSON)


class Feedback(Attributed, Record, Base):
    """Quick post-visit feedback, linked to a visit only through an anonymous token."""

    __tablename__ = "feedback"
    hub_id: Mapped[str] = mapped_column(String(48))
    score: Mapped[int] = mapped_column(Integer)
    visit_token: Mapped[str | None] = mapped_column(String(40))
    service_id: Mapped[str | None] = mapped_column(String(48))
    wait_minutes: Mapped[int | None] = mapped_column(Integer)
    follow_up: Mapped[str | None] = mapped_column(String(48))
    # Typed by the resident, so possibly personal: purged after sync and retention.
    comment: Mapped[str | None] = mapped_column(Text)


class FeedbackFollowUp(Record, Base):
    """What a quick feedback was mostly about, added after the face (which is its own
    record, written the moment it was touched)."""

    __tablename__ = "feedback_follow_up"
    hub_id: Mapped[str] = mapped_column(String(48))
    feedback_id: Mapped[uuid.UUID]
    reasons: Mapped[list[str]] = mapped_column(JSON)
    # Typed by the resident, so possibly personal: purged after sync and retention.
    comment: Mapped[str | None] = mapped_column(Text)


class OutboxState(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    DEAD = "dead"


class OutboxItem(Base):
    """One record waiting to reach the central server, in creation order.

    ``id`` is the record's own UUID, so the server can recognise a re-send as a duplicate.
    """

    __tablename__ = "outbox_item"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    state: Mapped[OutboxState] = mapped_column(
        Enum(OutboxState, native_enum=False), default=OutboxState.PENDING, index=True
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[dt.datetime | None]
    server_seq: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)


class ConfigSnapshot(Base):
    """A configuration snapshot from the server (or the shipped default), kept whole."""

    __tablename__ = "config_snapshot"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(80))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    body: Mapped[dict[str, object]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class AdviserSignIn(Record, Base):
    """One adviser sign-in attempt, for the audit trail on the server (never the PIN).

    ``adviser_id`` is known only when the PIN matched; ``outcome`` is ``signed_in``,
    ``wrong_pin``, ``too_soon`` (during a delay) or ``locked``.
    """

    __tablename__ = "adviser_signin"
    hub_id: Mapped[str] = mapped_column(String(48))
    adviser_id: Mapped[str | None] = mapped_column(String(48))
    success: Mapped[bool] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(String(20))
    #: Wrong PINs in a row after this attempt.
    failures: Mapped[int] = mapped_column(Integer)


class AdviserSession(Record, Base):
    """An adviser signed in or out (``session_id`` pairs the two), for the audit trail."""

    __tablename__ = "adviser_session"
    hub_id: Mapped[str] = mapped_column(String(48))
    adviser_id: Mapped[str] = mapped_column(String(48))
    session_id: Mapped[uuid.UUID]
    event: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(20))


class AssistedVisit(Record, Base):
    """An adviser began or ended helping a resident (``visit_id`` pairs the two)."""

    __tablename__ = "assisted_visit"
    hub_id: Mapped[str] = mapped_column(String(48))
    adviser_id: Mapped[str] = mapped_column(String(48))
    visit_id: Mapped[uuid.UUID]
    event: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(20))


class CheckInTurnedAway(Attributed, Record, Base):
    """A visit that came to check in for an appointment and ended without a check-in:
    only the hub, the hour and the kiosk's last answer (``reason``: a
    :class:`~sync.protocol.records.TurnedAwayReason` value). No booking, reference or
    service: anonymous, like quick feedback, and sent the same way."""

    __tablename__ = "check_in_turned_away"
    hub_id: Mapped[str] = mapped_column(String(48))
    reason: Mapped[str] = mapped_column(String(20))


class SignInGuard(Base):
    """Wrong adviser PINs in a row, kept in the store so a restart clears nothing.

    One row (``id`` 1). ``locked_at`` is set at the lockout; only the server (new adviser
    PINs in a config snapshot) or IT (``hubkiosk --unlock-advisers``) clears it.
    """

    __tablename__ = "signin_guard"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[dt.datetime | None]
    locked_at: Mapped[dt.datetime | None]


#: A ticket printer's fault, a notice for IT (:class:`StoreEvent` kind), and the kiosk's own
#: marker that it is over (no notice: for the fleet page's printer state).
PRINTER_FAULT = "printer_fault"
PRINTER_OK = "printer_ok"
#: The last kiosk on the data dir never closed (hubkiosk.instance): frozen and killed by the
#: watchdog, crashed, killed, or the power cut.
UNCLEAN_STOP = "unclean_stop"
#: The clock set across a day while the kiosk ran (its tickets carried into today's queue),
#: and a machine started with its clock behind the last ticket (hubkiosk.store.numbers).
CLOCK_SET = "clock_set"
CLOCK_BEHIND = "clock_behind"


class StoreEvent(Base):
    """Things IT must hear about (a corrupt store moved aside, a backup restored)."""

    __tablename__ = "store_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)


#: Fields holding personal data, per table: purged after sync and retention. The records'
#: come from their schemas (marked there); appointments arrive in the config snapshot.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    **{kind: tuple(fields) for kind, fields in RECORD_PERSONAL_FIELDS.items()},
    "appointment": tuple(marked_personal(AppointmentEntry)),
}
