"""Finding a booking: the rules the kiosk and the central server share, and the lookup's wire.

A resident names a booking by its reference (``HK-4821``; case, spaces and dashes do not
matter) or by phone number plus the first letters of their surname. The normalisers and the
minimum proof (:func:`reference_matches`, :func:`phone_matches`) are defined here once, so the
kiosk's local match and the server's ``POST /v1/appointments/lookup`` agree exactly.

Only whole matches count: a reference matches when it is the same reference, never when it
merely starts or ends the same way. The lookup's answer carries no name, phone or reference.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sync.protocol.content import SLUG
from sync.protocol.wire import AppointmentEntry

#: At least this many letters of the surname are needed with a phone number.
MIN_SURNAME_LETTERS = 2
#: A phone number needs at least this many digits (a UK number has 10 or 11).
MIN_PHONE_DIGITS = 10
#: The server answers a reference lookup only for at least this many letters and digits.
MIN_REFERENCE_CHARS = 4
#: The most bookings one lookup answers with.
MAX_MATCHES = 20


def normalise_reference(text: str) -> str:
    """``hk 4821`` and ``HK-4821`` are the same reference: letters and digits, upper case."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def normalise_phone(text: str) -> str:
    """Digits only, with a leading +44/0044 turned into the UK trunk 0."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("44") and len(digits) == 12:
        digits = "0" + digits[2:]
    return digits


def normalise_letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def reference_matches(stored: str | None, wanted: str) -> bool:
    """Whether a stored reference is the one typed (``wanted`` already normalised)."""
    return bool(wanted) and normalise_reference(stored or "") == wanted


def phone_proof(phone: str, surname_start: str) -> tuple[str, str] | None:
    """The normalised phone and letters, or None when they prove too little to search."""
    digits, letters = normalise_phone(phone), normalise_letters(surname_start)
    if len(digits) < MIN_PHONE_DIGITS or len(letters) < MIN_SURNAME_LETTERS:
        return None
    return digits, letters


def phone_matches(
    stored_phone: str | None, stored_surname: str | None, digits: str, letters: str
) -> bool:
    """Whether a booking's phone and surname fit the normalised proof from :func:`phone_proof`."""
    return (
        normalise_phone(stored_phone or "") == digits
        and normalise_letters(stored_surname or "").startswith(letters)
        and len(letters) >= MIN_SURNAME_LETTERS
    )


class AppointmentLookup(BaseModel):
    """``POST /v1/appointments/lookup``: a reference, or a phone number with surname letters.

    The server refuses (422) a body with both ways or neither, a reference of fewer than
    :data:`MIN_REFERENCE_CHARS` letters and digits, or a phone proof that is too short.
    """

    model_config = ConfigDict(extra="forbid")

    reference: Annotated[str | None, Field(max_length=20)] = None
    phone: Annotated[str | None, Field(max_length=20)] = None
    surname_start: Annotated[str | None, Field(max_length=20)] = None

    @model_validator(mode="after")
    def _one_way(self) -> AppointmentLookup:
        # The messages name no value: a 422 body or a log line never echoes what was typed.
        if self.reference is not None:
            if self.phone is not None or self.surname_start is not None:
                raise ValueError("give a reference, or a phone with surname letters, not both")
            if len(normalise_reference(self.reference)) < MIN_REFERENCE_CHARS:
                raise ValueError(
                    f"a reference needs at least {MIN_REFERENCE_CHARS} letters and digits"
                )
            return self
        if self.phone is None or self.surname_start is None:
            raise ValueError("give a reference, or a phone with surname letters")
        if phone_proof(self.phone, self.surname_start) is None:
            raise ValueError(
                f"a phone needs at least {MIN_PHONE_DIGITS} digits and the surname at least "
                f"{MIN_SURNAME_LETTERS} letters"
            )
        return self


class AppointmentFound(BaseModel):
    """One matching booking: where, for what and when. No name, phone or reference."""

    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID
    hub_id: Annotated[str, Field(pattern=SLUG)]
    service_id: Annotated[str, Field(pattern=SLUG)]
    starts_at: dt.datetime

    @model_validator(mode="after")
    def _aware(self) -> AppointmentFound:
        if self.starts_at.tzinfo is None:
            raise ValueError("starts_at needs a time zone")
        return self


class AppointmentLookupResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    matches: Annotated[list[AppointmentFound], Field(max_length=MAX_MATCHES)] = []


# Demo bookings ---------------------------------------------------------------------------

#: Demo bookings get stable ids per reference and day (so loading them twice is harmless).
DEMO_NAMESPACE = uuid.UUID("6f1c4b8e-2f4a-4b61-9d0c-6a1d2b3c4d5e")


def demo_bookings(
    path: Path, today: dt.date, tz: dt.tzinfo | None = None
) -> list[AppointmentEntry]:
    """The demo bookings in ``path`` (``demo_appointments.json``) as of local ``today``.

    Each entry gives a local ``time`` ("10:45") and an optional ``day_offset`` (days from
    today), so the demo always has bookings that are on time, early, late, tomorrow and
    at another hub. Both the kiosk's demo loader and the demo central server read them.
    """
    zone = tz or ZoneInfo("Europe/London")
    data = json.loads(path.read_text(encoding="utf-8"))
    bookings = []
    for entry in data["appointments"]:
        day = today + dt.timedelta(days=int(entry.get("day_offset", 0)))
        starts = dt.datetime.combine(day, dt.time.fromisoformat(entry["time"]), tzinfo=zone)
        bookings.append(
            AppointmentEntry(
                id=uuid.uuid5(DEMO_NAMESPACE, f"{entry['reference']}|{day.isoformat()}"),
                hub_id=entry["hub_id"],
                service_id=entry["service_id"],
                starts_at=starts.astimezone(dt.UTC),
                reference=entry["reference"],
                surname=entry["surname"],
                phone=entry.get("phone"),
            )
        )
    return bookings
