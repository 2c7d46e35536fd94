"""What the home screen needs at start, remembered from the last start (issue 16: a quick start).

A kiosk starts every morning with the same settings and the same content as the evening
before. Validating the settings (pydantic), loading the content and opening the store
(SQLAlchemy) took most of a second before anything was painted. The home screen needs only
a few of those values: the hub's name, whether it is appointment only, the three most
visited services and the days a survey runs. Each full start (and each new content) writes
them to ``<data dir>/start-memo.json`` with a fingerprint of where the settings came from
(the config file's bytes, the ``HUBKIOSK_*`` variables, the flags, the version). The next
start whose fingerprint matches paints the home screen from the memo at once and does the
full work after, off the GUI thread; any other start (the first, a changed config file, an
upgrade) does the full work first, as before.

This module imports nothing heavy (no pydantic, SQLAlchemy or Qt): it runs before the
first paint. Its records are named tuples, not dataclasses: the dataclasses module and the
code it generates for each class were a few milliseconds of every start.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hubkiosk import __version__

if TYPE_CHECKING:
    from hubkiosk.core.content import Content
    from hubkiosk.settings import KioskSettings

MEMO_NAME = "start-memo.json"
#: Bumped whenever what the memo holds changes shape.
MEMO_FORMAT = 1
#: ``HUBKIOSK_*`` variables that are not settings (the start probe: hubkiosk/app.py).
NOT_SETTINGS = frozenset({"HUBKIOSK_START_PROBE"})
#: How many services the home screen shows (the most visited first).
TOP_SERVICES = 3


def default_data_dir() -> Path:
    """Where the store, backups and logs live when no setting says (per user)."""
    import platformdirs  # here: only when no flag, variable or file names the data dir

    return Path(platformdirs.user_data_dir("hubkiosk", "TowerHamlets"))


class StartSettings(NamedTuple):
    """The settings the window needs before the full settings are validated."""

    data_dir: Path
    hub_id: str
    default_language: str
    idle_seconds: float
    warning_seconds: float

    @classmethod
    def from_settings(cls, settings: KioskSettings) -> StartSettings:
        return cls(
            data_dir=settings.data_dir,
            hub_id=settings.hub_id,
            default_language=settings.default_language,
            idle_seconds=settings.idle_seconds,
            warning_seconds=settings.warning_seconds,
        )


class HomeService(NamedTuple):
    """One of the home screen's most visited services."""

    id: str
    icon: str
    name: Mapping[str, str]


class HomeView(NamedTuple):
    """What the home screen (and the top bar) shows of the content in force."""

    hub_name: Mapping[str, str]
    appointment_only: bool
    top: tuple[HomeService, ...]
    #: (first day, last day) of each survey, local dates.
    survey_runs: tuple[tuple[dt.date, dt.date], ...]

    @classmethod
    def from_content(cls, content: Content, hub_id: str) -> HomeView:
        hub = content.hub(hub_id)
        return cls(
            hub_name=dict(hub.name.root),
            appointment_only=hub.appointment_only,
            top=tuple(
                HomeService(s.id, s.icon, dict(s.name.root))
                for s in content.catalogue.top(TOP_SERVICES)
            ),
            survey_runs=tuple(sorted((s.runs_from, s.runs_to) for s in content.surveys.values())),
        )

    def survey_running(self, day: dt.date) -> bool:
        """Whether a survey is offered on local day ``day`` (as core.survey.offered says)."""
        return any(first <= day <= last for first, last in self.survey_runs)

    def survey_running_at(self, now: dt.datetime) -> bool:
        """Whether a survey is offered at ``now`` (aware), on London's day. London is on UTC
        or an hour ahead, so its day is UTC's or the next: only when a survey starts or
        ends between the two is the time zone read (zoneinfo is a cost of a start)."""
        day = now.astimezone(dt.UTC).date()
        running = self.survey_running(day)
        if running == self.survey_running(day + dt.timedelta(days=1)):
            return running
        from zoneinfo import ZoneInfo

        return self.survey_running(now.astimezone(ZoneInfo("Europe/London")).date())

    def service_name(self, service_id: str) -> Mapping[str, str] | None:
        return next((s.name for s in self.top if s.id == service_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "hub_name": dict(self.hub_name),
            "appointment_only": self.appointment_only,
            "top": [{"id": s.id, "icon": s.icon, "name": dict(s.name)} for s in self.top],
            "survey_runs": [[a.isoformat(), b.isoformat()] for a, b in self.survey_runs],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HomeView:
        return cls(
            hub_name=dict(data["hub_name"]),
            appointment_only=bool(data["appointment_only"]),
            top=tuple(
                HomeService(str(s["id"]), str(s["icon"]), dict(s["name"])) for s in data["top"]
            ),
            survey_runs=tuple(
                (dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in data["survey_runs"]
            ),
        )


def early_data_dir(data_dir: Path | None, demo: bool, config: Path | None) -> Path:
    """The data dir the full settings will name, as ``hubkiosk.app.load_settings`` decides
    it (flag, then ``HUBKIOSK_DATA_DIR``, then the config file, then the default; ``--demo``
    adds ``demo`` unless the flag or the variable named one), read without validating
    anything else. Raises ValueError when the config file cannot be read: the full load
    then says what is wrong."""
    if data_dir is not None:
        return data_dir
    from_env = os.environ.get("HUBKIOSK_DATA_DIR")
    if from_env is not None:
        return Path(from_env)
    found = _config_values(config).get("data_dir") if config is not None else None
    folder = Path(found) if isinstance(found, str) else default_data_dir()
    return folder / "demo" if demo else folder


def _config_values(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() == ".toml":
            import tomllib

            values: Any = tomllib.loads(text)
        else:
            values = json.loads(text)
    except (OSError, ValueError) as exc:
        raise ValueError(str(exc)) from None
    if not isinstance(values, dict):
        raise ValueError(f"{path}: not a settings object")
    return values


def _sha256() -> Callable[[bytes], Any]:
    """SHA-256 without loading OpenSSL (``hashlib`` does, a few milliseconds of a start)."""
    try:
        from _sha256 import sha256  # CPython 3.11's own

        return sha256
    except ImportError:
        from hashlib import sha256 as openssl_sha256

        return openssl_sha256


def fingerprint(data_dir: Path | None, demo: bool, config: Path | None) -> str:
    """A digest of everything the settings are made from: the flags that set them
    (``--data-dir``, ``--demo``, ``--config``), every ``HUBKIOSK_*`` variable, the config
    file's bytes, the kiosk's version and the memo's format. Other flags (``--windowed``,
    ``--self-test``) do not change the settings. Only the digest is kept, so no secret (an
    enrolment code) is written to the memo."""
    digest = _sha256()(f"{MEMO_FORMAT}\0{__version__}\0".encode())
    digest.update(f"{data_dir}\0{demo}\0{config}".encode())
    for name in sorted(os.environ):
        if name.startswith("HUBKIOSK_") and name not in NOT_SETTINGS:
            digest.update(f"\0{name}={os.environ[name]}".encode())
    if config is not None:
        try:
            digest.update(b"\0config\0" + config.read_bytes())
        except OSError:
            digest.update(b"\0config missing")
    return digest.hexdigest()


def read_memo(data_dir: Path, print_: str) -> tuple[StartSettings, HomeView] | None:
    """The settings and home view the last full start wrote, if made from the same
    sources (``print_``, see :func:`fingerprint`); None otherwise or if unreadable."""
    try:
        data = json.loads((data_dir / MEMO_NAME).read_text(encoding="utf-8"))
        if data.get("format") != MEMO_FORMAT or data.get("fingerprint") != print_:
            return None
        given = data["settings"]
        start = StartSettings(
            data_dir=data_dir,
            hub_id=str(given["hub_id"]),
            default_language=str(given["default_language"]),
            idle_seconds=float(given["idle_seconds"]),
            warning_seconds=float(given["warning_seconds"]),
        )
        return start, HomeView.from_json(data["home"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_memo(print_: str, start: StartSettings, home: HomeView) -> None:
    """Remember ``start`` and ``home`` for the next start (replaced whole, never torn)."""
    body = {
        "format": MEMO_FORMAT,
        "fingerprint": print_,
        "settings": {
            "hub_id": start.hub_id,
            "default_language": start.default_language,
            "idle_seconds": start.idle_seconds,
            "warning_seconds": start.warning_seconds,
        },
        "home": home.to_json(),
    }
    path = start.data_dir / MEMO_NAME
    partial = path.with_name(MEMO_NAME + ".part")
    try:
        partial.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass  # the next start is then a full one: nothing is lost
