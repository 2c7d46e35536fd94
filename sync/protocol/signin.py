"""The adviser sign-in attempt record a kiosk pushes for the server's audit trail.

One record per attempt at a kiosk's adviser PIN screen: when, at which hub, who (only when
the PIN matched), whether it worked, and how many wrong PINs in a row it makes. Never the
PIN. Kept here until the typed record schemas of ``sync.protocol.records`` take it in: the
kind must then join ``RecordKind`` and the server's discriminated union.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from sync.protocol.content import SLUG

#: The record kind (the kiosk's table name) on the wire.
ADVISER_SIGNIN = "adviser_signin"


class SignInOutcome(StrEnum):
    SIGNED_IN = "signed_in"
    WRONG_PIN = "wrong_pin"
    #: Refused without checking the PIN: a delay after wrong PINs was still running.
    TOO_SOON = "too_soon"
    #: Refused without checking the PIN: sign-in is locked until the server or IT unlocks.
    LOCKED = "locked"


class AdviserSignInRecord(BaseModel):
    """The payload of an ``adviser_signin`` item (kind :data:`ADVISER_SIGNIN`).

    No personal field: an adviser id is a member of staff's, and the PIN is never in it.
    """

    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID
    created_at: dt.datetime
    hub_id: Annotated[str, Field(pattern=SLUG)]
    adviser_id: Annotated[str | None, Field(pattern=SLUG)] = None
    success: bool
    outcome: SignInOutcome
    failures: Annotated[int, Field(ge=0, le=10_000)]
