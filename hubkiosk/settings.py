"""Kiosk settings, each declared once with its type, default and help.

Read from (highest first) command-line flags, ``HUBKIOSK_*`` environment variables, and a
config file (``--config`` or ``HUBKIOSK_CONFIG``) that IT places on the machine: JSON, or
TOML when its name ends in ``.toml``. :func:`config_template` writes the TOML template with
every setting, its default and its help, from these declarations, so the template IT edits
(``hubkiosk --config-template``, ``/etc/hubkiosk/kiosk.toml`` in the Debian package) never
drifts from the code. :func:`effective_config` is what ``hubkiosk --print-config`` shows,
secrets masked.
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from hubkiosk.core.i18n import CODES
from hubkiosk.quickstart import default_data_dir
from sync.protocol.wire import PIN_HASH

#: Settings whose values are secrets: never printed.
SECRET_SETTINGS = frozenset({"enrol_code", "adviser_pin_hash"})
MASK = "********"
#: The most days ``retention_days`` and ``set_aside_days`` take (ten years): longer ran
#: past the dates Python counts (the start or the hourly housekeeping failed).
MAX_DAYS = 3650
#: The log levels a kiosk takes (``log_level``).
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(ValueError):
    """A config file or variable IT must fix; the message names the file and the field."""


class KioskSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HUBKIOSK_", extra="forbid")

    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where the store, backups and logs live."
    )
    hub_id: str = Field(
        "idea-store-bow", description="The hub this kiosk stands in (an id from hubs.json)."
    )
    default_language: str = Field(
        "en",
        description="Language the kiosk returns to after an idle reset: en, bn, so, ur, es or pl.",
    )
    idle_seconds: Annotated[float, Field(gt=0, allow_inf_nan=False)] = Field(
        90.0, description="Seconds without a touch before the idle warning."
    )
    warning_seconds: Annotated[float, Field(gt=0, allow_inf_nan=False)] = Field(
        30.0,
        description="Seconds the idle warning counts down before the reset (WCAG 2.2.1: at least 20).",
    )
    assisted_idle_seconds: Annotated[float, Field(gt=0, allow_inf_nan=False)] = Field(
        300.0,
        description="Seconds without a touch before the idle warning while an adviser helps a "
        "resident (assisted mode): longer, as they talk. When it runs out, everything of the "
        "resident is wiped and the adviser signed out.",
    )
    adviser_idle_seconds: Annotated[float, Field(gt=0, allow_inf_nan=False)] = Field(
        180.0,
        description="Seconds without a touch on the adviser's own screens before the idle "
        "warning; then the adviser is signed out.",
    )
    adviser_queue_idle_seconds: Annotated[float, Field(gt=0, allow_inf_nan=False)] = Field(
        30.0,
        description='Seconds without a touch on the adviser\'s "Queue and desks" before the '
        "idle warning, which then counts down a sixth of it (no longer than "
        "warning_seconds); then the adviser is signed out. Short: an adviser calls a "
        "resident there and walks to their desk, and the screen shows the resident's name "
        "and needs and takes the adviser's actions.",
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
    sync_interval_seconds: Annotated[float, Field(ge=5, le=86_400)] = Field(
        30.0,
        description="Seconds between syncs: 5 at least (more often only loads the central "
        "server), a day (86400) at most.",
    )
    lookup_timeout_seconds: Annotated[float, Field(gt=0, le=30)] = Field(
        4.0,
        description="Seconds a resident waits for the central server to find a booking made "
        "at another hub before the kiosk answers with what it knows (longer on a slow link).",
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
    retention_days: Annotated[int, Field(ge=0, le=MAX_DAYS)] = Field(
        1,
        description="Days personal fields (and what residents typed into surveys and "
        "feedback) stay after sync.",
    )
    set_aside_days: Annotated[int, Field(ge=0, le=MAX_DAYS)] = Field(
        30,
        description="Days a record the central server refused (set aside for IT) keeps its "
        "personal fields; then they are cleared as after sync, and the record is kept. The "
        "adviser and IT screen says when.",
    )
    log_level: str = Field("INFO", description="Log level: DEBUG, INFO, WARNING or ERROR.")

    @field_validator("printer")
    @classmethod
    def _printer(cls, value: str) -> str:
        from hubkiosk.printing.spec import parse_spec

        parse_spec(value)  # an unknown kind or a missing target, named
        return value

    @field_validator(
        "adviser_pin_hash", "server_url", "enrol_code", "queue_status_url", mode="before"
    )
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        """``""`` (as the template prints a setting with no value) is no value."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("server_url", "queue_status_url")
    @classmethod
    def _address(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            what = "a server" if info.field_name == "server_url" else "a page"
            raise ValueError(f"'{value}' is not an http:// or https:// address of {what}")
        return value.strip()

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"'{value}' is not a log level: one of {', '.join(LOG_LEVELS)}")
        return value.upper()

    @field_validator("hub_id")
    @classmethod
    def _hub(cls, value: str) -> str:
        hubs = shipped_hub_ids()
        if value not in hubs:
            raise ValueError(f"'{value}' is not a hub: one of {', '.join(hubs)}")
        return value

    @field_validator("default_language")
    @classmethod
    def _kiosk_language(cls, value: str) -> str:
        if value not in CODES:
            raise ValueError(f"'{value}' is not a kiosk language: one of {', '.join(CODES)}")
        return value

    @classmethod
    def load(cls, config_path: Path | None = None, **overrides: Any) -> KioskSettings:
        """Settings from the config file, then the environment, then ``overrides``."""
        file_values: dict[str, Any] = {}
        if config_path is not None:
            file_values = read_config_file(config_path)
        try:
            env = cls()  # environment and defaults
        except ValidationError as exc:
            raise ConfigError(_describe(exc, "the environment", env_prefix=True)) from None
        merged = {**file_values}
        for name in cls.model_fields:
            if name in env.model_fields_set:
                merged[name] = getattr(env, name)
        merged.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.model_validate(merged)
        except ValidationError as exc:
            where = str(config_path) if config_path is not None else "the settings"
            raise ConfigError(_describe(exc, where)) from None


def shipped_hub_ids() -> list[str]:
    """The ids of the hubs the kiosk ships with (``resources/data/hubs.json``): the only
    hubs a kiosk can stand in (the start refuses any other)."""
    from hubkiosk.resources import resource

    hubs = json.loads(resource("data", "hubs.json").read_text(encoding="utf-8"))["hubs"]
    return [str(hub["id"]) for hub in hubs]


#: ``HUBKIOSK_*`` variables read by other parts than the settings (and by the central
#: server, the tests and the benchmarks): not settings, but not mistakes either.
OTHER_VARIABLES = frozenset(
    {
        "HUBKIOSK_CONFIG",
        "HUBKIOSK_RESOURCES",
        "HUBKIOSK_START_PROBE",
        "HUBKIOSK_REPORT_SCREENSHOT",
        "HUBKIOSK_FOLLOW_SCREENSHOTS",
        "HUBKIOSK_DEBIAN_ROOT_CACHE",
    }
)
OTHER_PREFIXES = ("HUBKIOSK_SERVER_", "HUBKIOSK_TEST_", "HUBKIOSK_BENCH_")


#: WCAG 2.2.1 (Timing Adjustable): at least this long to answer a time-out warning.
WCAG_WARNING_SECONDS = 20.0


def cautions(settings: KioskSettings, environ: Mapping[str, str] = os.environ) -> list[str]:
    """What IT should hear of settings the kiosk takes but may not be what was meant: a
    ``HUBKIOSK_*`` variable that is no setting, an idle warning shorter than WCAG asks.
    ``--print-config`` prints them and the kiosk logs them at start."""
    lines = stray_variables(environ)
    if settings.warning_seconds < WCAG_WARNING_SECONDS:
        lines.append(
            f"warning_seconds is {settings.warning_seconds:g} s: residents get at least "
            f"{WCAG_WARNING_SECONDS:g} s to answer the idle warning (WCAG 2.2.1); the kiosk "
            f"uses {settings.warning_seconds:g} s as set"
        )
    return lines


def stray_variables(environ: Mapping[str, str] = os.environ) -> list[str]:
    """A line for each ``HUBKIOSK_*`` variable that is no setting (a mistyped name, which
    the settings would ignore without a word), with the setting it is closest to."""
    settings = [f"HUBKIOSK_{name.upper()}" for name in KioskSettings.model_fields]
    lines = []
    for name in sorted(environ):
        upper = name.upper()  # the settings read the environment case-blind
        if (
            not upper.startswith("HUBKIOSK_")
            or upper in settings
            or upper in OTHER_VARIABLES
            or upper.startswith(OTHER_PREFIXES)
        ):
            continue
        close = difflib.get_close_matches(  # on what follows the prefix all share
            upper.removeprefix("HUBKIOSK_"), [s.removeprefix("HUBKIOSK_") for s in settings], n=1
        )
        hint = f"did you mean HUBKIOSK_{close[0]}?" if close else "see hubkiosk --config-template"
        lines.append(f"{name} is not a setting and is ignored ({hint})")
    return lines


def read_config_file(path: Path) -> dict[str, Any]:
    """The settings in a JSON or TOML config file (raises :class:`ConfigError` naming it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror})") from None
    values: Any
    try:
        values = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from None
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: the config file must hold a JSON object")
    return values


def _describe(exc: ValidationError, where: str, *, env_prefix: bool = False) -> str:
    """``FILE: setting 'idle_seconds': Input should be greater than 0`` (one line per error)."""
    lines = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"]) or "(whole file)"
        if env_prefix:
            field = f"HUBKIOSK_{field.upper()}"
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "not a setting (see hubkiosk --config-template)"
        lines.append(f"{where}: setting '{field}': {message}")
    return "; ".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value))


def config_template() -> str:
    """A TOML config file with every setting commented out at its default, with its help."""
    lines = [
        "# Hub Kiosk settings (generated by `hubkiosk --config-template` from",
        "# hubkiosk/settings.py). Uncomment a line to change it. Environment variables",
        "# HUBKIOSK_<NAME> and the command-line flags win over this file.",
        "",
    ]
    for name, info in KioskSettings.model_fields.items():
        lines.extend(f"# {part}" for part in (info.description or name).splitlines())
        lines.append(f"# Environment variable: HUBKIOSK_{name.upper()}")
        if info.default_factory is not None:
            default = info.default_factory()  # type: ignore[call-arg]
            lines.append(f"# {name} = {_toml_value(default)}  # default: depends on the user")
        elif info.default is None:
            lines.append(f'# {name} = ""  # no value by default')
        else:
            lines.append(f"# {name} = {_toml_value(info.default)}")
        lines.append("")
    return "\n".join(lines)


def effective_config(settings: KioskSettings) -> dict[str, Any]:
    """Every setting's value in force, secrets masked (for ``hubkiosk --print-config``)."""
    shown: dict[str, Any] = {}
    for name, value in settings.model_dump(mode="json").items():
        if name in SECRET_SETTINGS and value:
            shown[name] = MASK
        elif name.endswith("_url") and isinstance(value, str):
            shown[name] = _without_password(value)
        else:
            shown[name] = value
    return shown


def _without_password(url: str) -> str:
    """``url`` with any password in it masked (``https://it:****@host``)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{parts.username}:{MASK}@{host}").geturl()
