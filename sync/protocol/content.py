"""Content that the council configures: hubs (hours, closures) and the service catalogue.

The shipped defaults live in ``resources/data`` as JSON; the central server sends the same
shapes inside a config snapshot. Every text a resident reads is a :class:`LocalizedText`,
a mapping from language code to text that must at least have English.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    WithJsonSchema,
    field_validator,
    model_validator,
)

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
SLUG = r"^[a-z0-9][a-z0-9-]{0,47}$"

#: The kiosk's languages (hubkiosk.core.i18n.CODES), English first, by their English names:
#: a text under another code is never shown.
KIOSK_LANGUAGES = {
    "en": "English",
    "bn": "Bengali",
    "so": "Somali",
    "ur": "Urdu",
    "es": "Spanish",
    "pl": "Polish",
}


#: Hub-local wall times, without a zone: the schema says so, rather than RFC 3339's
#: "time" and "date-time" formats, which need an offset.
LocalTime = Annotated[
    dt.time,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$",
            "description": "Local time",
        }
    ),
]
LocalDateTime = Annotated[
    dt.datetime,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$",
            "description": "Local date and time at the hub (an offset is optional)",
        }
    ),
]


class Strict(BaseModel):
    """Base for content: unknown fields are an error, so typos in a data file show up."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(RootModel[dict[str, str]]):
    """Text in several languages, e.g. ``{"en": "Housing", "bn": "আবাসন"}``.

    English is required: it is the fallback for every language that has no text yet.
    """

    model_config = ConfigDict(frozen=True)

    @field_validator("root")
    @classmethod
    def _check(cls, value: dict[str, str]) -> dict[str, str]:
        if "en" not in value or not value["en"].strip():
            raise ValueError("needs English text under 'en'")
        for code in value:
            if not LANGUAGE_CODE.match(code):
                raise ValueError(f"'{code}' is not a language code")
        return value

    def get(self, language: str) -> str:
        """The text in ``language``, falling back to English."""
        text = self.root.get(language, "")
        return text if text.strip() else self.root["en"]

    def __str__(self) -> str:
        return self.root["en"]


def texts(en: str, bn: str, so: str, **more: str) -> LocalizedText:
    """English, Bengali and Somali text, and the later kiosk languages by code (``ur=``),
    for definitions written in code."""
    return LocalizedText({"en": en, "bn": bn, "so": so, **more})


#: "Yes" and "No" in every kiosk language: the answers of a survey's and a form's yes/no
#: question, which no definition spells out.
YES = texts("Yes", "হ্যাঁ", "Haa", ur="ہاں", es="Sí", pl="Tak")
NO = texts("No", "না", "Maya", ur="نہیں", es="No", pl="Nie")


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @classmethod
    def of(cls, day: dt.date) -> Weekday:
        return list(cls)[day.weekday()]


class Interval(Strict):
    """One opening period in a day, local time, e.g. 09:00 to 17:00."""

    open: LocalTime
    close: LocalTime

    @model_validator(mode="after")
    def _order(self) -> Interval:
        if self.close <= self.open:
            raise ValueError("'close' must be after 'open'")
        return self


class Closure(Strict):
    """A period when the hub is shut although its hours say open (holidays, training)."""

    start: LocalDateTime
    end: LocalDateTime
    reason: LocalizedText

    @model_validator(mode="after")
    def _order(self) -> Closure:
        if self.end <= self.start:
            raise ValueError("'end' must be after 'start'")
        return self


class Hub(Strict):
    id: Annotated[str, Field(pattern=SLUG)]
    name: LocalizedText
    address: str
    postcode: str
    latitude: float
    longitude: float
    appointment_only: bool = False
    hours: dict[Weekday, list[Interval]]
    closures: list[Closure] = []

    def intervals_on(self, day: dt.date) -> list[Interval]:
        return list(self.hours.get(Weekday.of(day), []))

    def closure_at(self, moment: dt.datetime) -> Closure | None:
        for closure in self.closures:
            if closure.start <= moment < closure.end:
                return closure
        return None


class HubList(Strict):
    hubs: list[Hub]

    @model_validator(mode="after")
    def _unique(self) -> HubList:
        ids = [hub.id for hub in self.hubs]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"hub ids used twice: {', '.join(dupes)}")
        return self

    def by_id(self, hub_id: str) -> Hub | None:
        return next((hub for hub in self.hubs if hub.id == hub_id), None)


def web_address(value: str | None) -> str | None:
    """``value`` if it is a web address a resident's phone opens from the kiosk's QR code
    (``https://`` or ``http://`` and a host name, no spaces; empty: no address)."""
    if not value:
        return value
    try:
        parts = urlsplit(value)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. "https://[bad"
        usable = False
    if not usable or not value.isprintable() or any(char.isspace() for char in value):
        raise ValueError(
            "must be a web address: https:// (or http://) and a host name, e.g. "
            "https://www.towerhamlets.gov.uk/"
        )
    return value


class Service(Strict):
    """One entry of the service catalogue, e.g. housing or council tax."""

    id: Annotated[str, Field(pattern=SLUG)]
    prefix: Annotated[str, Field(pattern=r"^[A-Z]$")]
    name: LocalizedText
    summary: LocalizedText
    icon: str
    topic: Annotated[str, Field(pattern=SLUG)]
    # Share of hub visits, used to put the most asked-for services on the home screen.
    share_of_visits: Annotated[float, Field(ge=0, le=1)] = 0.0
    hub_can_do: list[LocalizedText] = []
    bring: list[LocalizedText] = []
    #: The service's page on the council's website, shown as a QR code and its address.
    online_url: Annotated[str | None, AfterValidator(web_address)] = None
    keywords: dict[str, list[str]] = {}
    form_ids: list[str] = []
    # Typical minutes an adviser spends with a resident, before the hub has history.
    default_service_minutes: Annotated[int, Field(ge=1, le=240)] = 12


class Catalogue(Strict):
    services: list[Service]

    @model_validator(mode="after")
    def _unique(self) -> Catalogue:
        ids = [s.id for s in self.services]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"service ids used twice: {', '.join(dupes)}")
        by_prefix: dict[str, list[str]] = {}
        for service in self.services:
            by_prefix.setdefault(service.prefix, []).append(service.id)
        clashes = [
            f"{prefix} ({', '.join(named[:-1])} and {named[-1]})"
            if len(named) <= 5
            else f"{prefix} ({', '.join(named[:4])} and {len(named) - 4} more)"
            for prefix, named in sorted(by_prefix.items())
            if len(named) > 1
        ]
        if clashes:
            raise ValueError(f"service prefixes used twice: {', '.join(clashes)}")
        return self

    def by_id(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def top(self, count: int) -> list[Service]:
        """The ``count`` services with the largest share of visits, most visited first."""
        ranked = sorted(self.services, key=lambda s: (-s.share_of_visits, s.id))
        return ranked[:count]
