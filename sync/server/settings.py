"""Server settings, each declared once with its type, default and help (``HUBKIOSK_SERVER_*``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The shortest report key the server takes.
MIN_REPORT_KEY = 16
#: The longest retention the server takes (ten years): far more than any policy asks, well
#: within the calendar's reach (millions of days overflowed it, and each purge failed).
MAX_RETENTION_DAYS = 3650
#: The longest an enrolment code stays valid (a year).
MAX_ENROL_CODE_HOURS = 8760


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HUBKIOSK_SERVER_", extra="forbid")

    db_url: str = Field(
        "sqlite:///hubkiosk-server.sqlite3",
        description="SQLAlchemy URL: sqlite:///PATH (default) or postgresql+psycopg://...",
    )
    max_body_bytes: Annotated[int, Field(ge=1024)] = Field(
        2_000_000, description="Largest request body accepted (413 above)."
    )
    max_json_depth: Annotated[int, Field(ge=4, le=200)] = Field(
        32, description="Deepest nesting of arrays and objects in a request body (400 above)."
    )
    max_batch_items: Annotated[int, Field(ge=1)] = Field(
        2000,
        description="Most items in one push batch (413 above); a kiosk's records are a few "
        "hundred bytes, so 2,000 fit well within max_body_bytes.",
    )
    rate_limit_requests: Annotated[int, Field(ge=1)] = Field(
        120, description="Requests a device may make per rate window (429 above)."
    )
    rate_limit_window_seconds: Annotated[float, Field(gt=0)] = Field(
        60.0, description="Length of the per-device rate-limit window."
    )
    lookup_limit_per_hour: Annotated[int, Field(ge=1)] = Field(
        60,
        description="Booking lookups a device may make per hour (429 above): plenty for the "
        "residents at one kiosk, far too few to try every booking reference.",
    )
    enrol_limit_per_hour: Annotated[int, Field(ge=1)] = Field(
        30,
        description="Enrolment attempts one client address may make per hour (429 above): "
        "enough for IT to enrol a hub's kiosks, far too few to guess a code.",
    )
    queue_limit_per_minute: Annotated[int, Field(ge=1)] = Field(
        600,
        description="Queue pages (/queue) one client address may load per minute (429 above); "
        "a hub's residents may share one address through its Wi-Fi.",
    )
    report_key_limit_per_hour: Annotated[int, Field(ge=1)] = Field(
        30,
        description="Wrong report keys one client address may give per hour (429 above, for "
        "the right key too, until the hour is over): far too few to guess a key.",
    )
    retention_days: Annotated[int, Field(ge=0, le=MAX_RETENTION_DAYS)] = Field(
        90,
        description="Days the server keeps personal fields (names, answers, phones) and what "
        "residents typed into surveys and feedback; managers read survey comments in that time.",
    )
    enrol_code_hours: Annotated[float, Field(gt=0, le=MAX_ENROL_CODE_HOURS)] = Field(
        72.0, description="Hours an enrolment code stays valid."
    )
    report_key: str | None = Field(
        None,
        description="Key managers add to report URLs (?key=... or a Bearer header); "
        "reports are not served over HTTP without one.",
    )
    demo_hours: bool = Field(
        False,
        description="Every hub open around the clock, with no closures, as hubkiosk --demo "
        "shows it: its demo server's phone page agrees with the demo kiosk (never a real one).",
    )
    timezone: str = Field("Europe/London", description="Local time zone of the hubs.")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"'{name}' is not a time zone: an IANA name such as Europe/London"
            ) from None
        return name

    @field_validator("report_key")
    @classmethod
    def _long_enough(cls, key: str | None) -> str | None:
        if key and len(key) < MIN_REPORT_KEY:
            raise ValueError(
                f"the report key must be at least {MIN_REPORT_KEY} characters (this one has "
                f"{len(key)}): a short key can be guessed. Make one with: python -c "
                '"import secrets; print(secrets.token_urlsafe(24))"'
            )
        return key
