"""The central server's tables (SQLAlchemy 2 declarative models).

Ingested records live in one generic table, :class:`IngestedRecord`: the kiosk's payload as
sent plus its hash (for idempotency) and a few columns extracted at ingest so the reports
can group and join in SQL. ``seq`` is the server's receive sequence: order and cursors come
from it, never from kiosk clocks.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    false,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.sqltypes import UTCDateTime, utcnow  # noqa: F401 (re-exported for migrations)

# SQLite only makes an auto-incrementing key of a plain INTEGER PRIMARY KEY.
BigIntKey = BigInteger().with_variant(sqlite.INTEGER(), "sqlite")
JSONDoc = JSON().with_variant(postgresql.JSONB(), "postgresql")


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime(), uuid.UUID: Uuid(), dt.date: Date()}


class HubRow(Base):
    """A hub as last published (for report labels and enrolment checks)."""

    __tablename__ = "hub"
    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class EnrolmentCode(Base):
    """A one-time code IT types into a kiosk; exchanged for a device token at POST /v1/enrol."""

    __tablename__ = "enrolment_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(48))
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    device_id: Mapped[uuid.UUID | None]
    #: The kiosk that enrols with this code replaces the hub's kiosk (whose token is then
    #: revoked): ``enrol --replace``. Without it, the code enrols no second kiosk at a hub.
    replaces: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Device(Base):
    """One kiosk: its hub, its token (hashed), its high-water mark and its reported health."""

    __tablename__ = "device"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(48), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    last_seen_at: Mapped[dt.datetime | None]
    #: The highest ``IngestedRecord.seq`` stored for this device.
    high_water: Mapped[int] = mapped_column(BigInteger, default=0)
    reported_pending: Mapped[int | None] = mapped_column(Integer)
    reported_oldest_pending_seconds: Mapped[float | None] = mapped_column(Float)
    reported_dead_letters: Mapped[int | None] = mapped_column(Integer)
    #: When the kiosk clears the personal fields of its oldest set-aside record.
    reported_set_aside_cleared_at: Mapped[dt.datetime | None]
    #: The kiosk's clock less the server's, seconds, at its last report (None: not sent).
    reported_clock_offset_seconds: Mapped[float | None] = mapped_column(Float)
    kiosk_version: Mapped[str | None] = mapped_column(String(40))
    #: The machine's health from the latest heartbeat that carried it (fleet page).
    health_at: Mapped[dt.datetime | None]
    uptime_seconds: Mapped[float | None] = mapped_column(Float)
    printer_state: Mapped[str | None] = mapped_column(String(10))
    printer_fault: Mapped[str | None] = mapped_column(String(300))
    free_disk_bytes: Mapped[int | None] = mapped_column(BigInteger)
    last_backup_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(300))
    #: The configuration (ETag) the kiosk said it holds at its last configuration check
    #: (its If-None-Match); None: the shipped one. For the fleet page.
    config_in_force: Mapped[str | None] = mapped_column(String(80))
    #: Fixed-window rate limit, kept in the database so any server instance can enforce it.
    rate_window_start: Mapped[dt.datetime | None]
    rate_count: Mapped[int] = mapped_column(Integer, default=0)


class FleetSetting(Base):
    """IT's fleet policy (wanted kiosk version, thresholds), one row per setting."""

    __tablename__ = "fleet_setting"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class IngestedRecord(Base):
    """A person-made record as a kiosk pushed it, stored once whatever the re-sends."""

    __tablename__ = "ingested_record"
    seq: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    hub_id: Mapped[str] = mapped_column(String(48))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    received_at: Mapped[dt.datetime]
    kiosk_time: Mapped[dt.datetime | None]
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    payload_hash: Mapped[str] = mapped_column(String(64))
    personal_purged_at: Mapped[dt.datetime | None]
    # Extracted at ingest for the reports (see sync.server.ingest.extract).
    day: Mapped[dt.date | None]
    service_id: Mapped[str | None] = mapped_column(String(48))
    ticket_id: Mapped[uuid.UUID | None]
    event_kind: Mapped[str | None] = mapped_column(String(20))
    #: Event time as seconds since the epoch (same arithmetic on every database).
    event_epoch: Mapped[float | None] = mapped_column(Float)
    #: A ``served`` event's outcome; for a check-in turned away, the reason the kiosk gave.
    outcome: Mapped[str | None] = mapped_column(String(40))
    referred_to: Mapped[str | None] = mapped_column(String(100))
    #: Issue 15: ``self_service`` or ``assisted`` for a resident's records (older payloads
    #: without it count as self-service), the helping adviser, and what the resident did
    #: (``ticket``, ``check_in`` for a booking, ``form``) for the channel-shift figures.
    channel: Mapped[str | None] = mapped_column(String(20))
    adviser_id: Mapped[str | None] = mapped_column(String(48))
    activity: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (
        Index("ix_record_hub_kind_day", "hub_id", "kind", "day"),
        Index("ix_record_ticket", "ticket_id", "event_kind"),
        Index("ix_record_device_seq", "device_id", "seq"),
        Index("ix_record_received", "received_at"),
    )


class SurveyTally(Base):
    """How many survey responses one group holds, kept at ingest (:mod:`sync.server.survey_aggregates`).

    A group is what the survey report filters by: survey, hub, local day, channel and
    whether the response was complete. The report sums these rows instead of counting
    responses.
    """

    __tablename__ = "survey_tally"
    survey_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    complete: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    responses: Mapped[int] = mapped_column(BigInteger)


class SurveyAnswerTally(Base):
    """How many responses of a group gave one answer at one place of one question.

    ``part`` says where in the answer: ``""`` the answer itself, ``.KEY`` a member of an
    object answer (an agreement statement), ``#N`` an item of a list answer at its first
    place N (a choice, a rank), ``{}`` the keys an object answer filled. ``answer`` is an
    option id as given, or a class of value (``~text`` for typed text: no words are kept
    here). ``answer_key`` is ``answer`` itself, or its digest when too long for an index.
    """

    __tablename__ = "survey_answer_tally"
    survey_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    complete: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    part: Mapped[str] = mapped_column(String(56), primary_key=True)
    answer_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    answer: Mapped[str] = mapped_column(Text)
    responses: Mapped[int] = mapped_column(BigInteger)


class HubTicketTally(Base):
    """How many tickets a hub gave for one service on one local day, kept at ingest
    (:mod:`sync.server.hub_aggregates`): the report's visits."""

    __tablename__ = "hub_ticket_tally"
    hub_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    tickets: Mapped[int] = mapped_column(BigInteger)


class HubOutcomeTally(Base):
    """How many ``served`` events with one outcome (and, for a referral, one destination)
    the tickets of a hub and local day had: counted on the ticket's hub and day, only the
    events of the ticket's own hub. ``destination`` is ``""`` when the event named none."""

    __tablename__ = "hub_outcome_tally"
    hub_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    outcome: Mapped[str] = mapped_column(String(40), primary_key=True)
    destination: Mapped[str] = mapped_column(String(100), primary_key=True)
    events: Mapped[int] = mapped_column(BigInteger)


class HubChannelTally(Base):
    """How many of a hub's tickets, booking check-ins or forms (``activity``) of one service
    or form were done self-service or assisted (``channel``) on one local day: the channel
    shift. ``service_id`` is ``""`` for a record that named none."""

    __tablename__ = "hub_channel_tally"
    hub_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    activity: Mapped[str] = mapped_column(String(20), primary_key=True)
    service_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    records: Mapped[int] = mapped_column(BigInteger)


class HubTurnedAwayTally(Base):
    """How many residents a hub turned away at appointment check-in on one local day for
    one ``reason`` (the last the kiosk gave them: a
    :class:`~sync.protocol.records.TurnedAwayReason`), one a visit, kept at ingest: the
    report counts them beside its visits, not in them (the check-in made no ticket)."""

    __tablename__ = "hub_turned_away_tally"
    hub_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(40), primary_key=True)
    records: Mapped[int] = mapped_column(BigInteger)


class HubTicketWait(Base):
    """One ticket's first check-in and first call (seconds since the epoch; ``None`` until
    its hub's kiosks sent one), kept at ingest: the waits' median and 90th percentile are
    computed from these narrow rows of the days asked for, not from every queue event.
    ``appointment_at``: for a ticket for a booking the server knew when the ticket came,
    the appointment's start (a resident early for it waits from then)."""

    __tablename__ = "hub_ticket_wait"
    ticket_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(48))
    day: Mapped[dt.date]
    checked_in: Mapped[float | None] = mapped_column(Float)
    called: Mapped[float | None] = mapped_column(Float)
    appointment_at: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (Index("ix_hub_ticket_wait_day_hub", "day", "hub_id"),)


class PublishedConfig(Base):
    """One published configuration (hubs, catalogue, forms, surveys), newest is current."""

    __tablename__ = "published_config"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    published_at: Mapped[dt.datetime]
    body: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    recommended_kiosk_version: Mapped[str | None] = mapped_column(String(40))


class AdviserRow(Base):
    __tablename__ = "adviser"
    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    pin_hash: Mapped[str] = mapped_column(String(200))
    hub_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AppointmentRow(Base):
    __tablename__ = "appointment"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(48))
    service_id: Mapped[str] = mapped_column(String(48))
    starts_at: Mapped[dt.datetime]
    day: Mapped[dt.date]
    # Personal: cleared by the server's retention.
    reference: Mapped[str | None] = mapped_column(String(20))
    surname: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (Index("ix_appointment_hub_day", "hub_id", "day"),)


class RateCounter(Base):
    """A fixed-window request counter (booking lookups, enrolments, queue pages), kept in
    the database so every server process shares it and a restart forgets nothing."""

    __tablename__ = "rate_counter"
    #: What is counted and for whom, e.g. ``lookup:device:<id>`` or ``enrol:ip:<address>``.
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[dt.datetime]
    count: Mapped[int] = mapped_column(Integer)


class AuditEvent(Base):
    """Administrative actions (enrolment, revocation, publishing, purges) for IT."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
