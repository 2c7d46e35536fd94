"""Kiosk settings, each declared once with its type, default and help.

Read from (highest first) command-line flags, ``HUBKIOSK_*`` environment variables, and a
JSON config file (``--config`` or ``HUBKIOSK_CONFIG``) that IT places on the machine.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from sync.protocol.wire import PIN_HASH


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("hubkiosk", "TowerHamlets"))


class KioskSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HUBKIOSK_", extra="forbid")

    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where the store, backups and logs live."
    )
    hub_id: str = Field(
        "idea-store-bow", description="The hub this kiosk stands in (an id from hubs.json)."
    )
    default_language: str = Field(
        "en", description="Language the kiosk returns to after an idle reset."
    )
    idle_seconds: Annotated[float, Field(gt=0)] = Field(
        90.0, description="Seconds without a touch before the idle warning."
    )
    warning_seconds: Annotated[float, Field(gt=0)] = Field(
        30.0,
        description="Seconds the idle warning counts down before the reset (WCAG 2.2.1: at least 20).",
    )
    adviser_pin_hash: Annotated[str | None, Field(pattern=PIN_HASH)] = Field(
        None,
        description="Hash of IT's adviser PIN on this kiosk (besides the advisers the central "
        "server sends: `hubkiosk-server adviser add ...`). Make it with "
        "`echo PIN | python -m hubkiosk.core.pin`. Unset, no PIN works until the server sends "
        "advisers (the demo PIN 2468 works only with --demo).",
    )
    server_url: str | None = Field(
        None, description="The central server, e.g. https://hubs.example.gov.uk."
    )
    enrol_code: str | None = Field(
        None, description="One-time enrolment code from `hubkiosk-server enrol`."
    )
    sync_interval_seconds: Annotated[float, Field(gt=0)] = Field(
        30.0, description="Seconds between syncs."
    )
    printer: str = Field(
        "none",
        description="Ticket printer: none, system, usb:VID:PID, network:HOST[:PORT], serial:DEVICE.",
    )
    queue_status_url: str | None = Field(
        None,
        description="URL printed as a QR code on tickets to follow the queue: the central "
        "server serves that page at /queue (https://<central server>/queue). With --demo and "
        "no value, the demo server's page.",
    )
    retention_days: Annotated[int, Field(ge=0)] = Field(
        1,
        description="Days personal fields (and what residents typed into surveys and "
        "feedback) stay after sync.",
    )
    log_level: str = Field("INFO", description="Log level: DEBUG, INFO, WARNING or ERROR.")

    @classmethod
    def load(cls, config_path: Path | None = None, **overrides: Any) -> KioskSettings:
        """Settings from the config file, then the environment, then ``overrides``."""
        file_values: dict[str, Any] = {}
        if config_path is not None:
            file_values = json.loads(config_path.read_text(encoding="utf-8"))
            if not isinstance(file_values, dict):
                raise ValueError(f"{config_path}: the config file must hold a JSON object")
        env = cls()  # environment and defaults
        merged = {**file_values}
        for name in cls.model_fields:
            if name in env.model_fields_set:
                merged[name] = getattr(env, name)
        merged.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(merged)
