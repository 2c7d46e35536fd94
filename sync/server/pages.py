"""The server's HTML pages: Jinja2 templates, Babel formatting and the pages' words.

Every page (the resident's follow-the-queue page, the managers' hub and survey reports) is
a template in ``sync/server/templates`` extending one layout (``base.html``) with one
stylesheet (``style.css``, inline: the follow page's Content-Security-Policy loads nothing)
and one SVG bar chart macro (``macros.html``). Autoescape is on for every template, so no
value reaches a page unescaped. Python builds the data (figures, a :class:`Chart`), the
template builds the page.

Dates and numbers are formatted by Babel in the page's language (``date``, ``datetime``,
``time``, ``number`` and ``percent`` filters, reading ``lang`` from the page's context),
in the digits the kiosk writes that language in (:data:`NATIVE_DIGITS`).
The follow page's words are gettext catalogues, one per language, in
``resources/translations/queue_page/<language>.po`` (the msgid is the English sentence,
``%1``, ``%2`` its blanks, as in the kiosk's Qt translations); :class:`Words` reads them
with Babel.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context

from sync.protocol.queue_rules import desk_number
from sync.server import config

TEMPLATES = Path(__file__).with_name("templates")
#: The Babel locale of each page language (English pages are British English): the
#: kiosk's languages (hubkiosk.core.i18n); only these locales are in the bundle (build.spec).
LOCALES = {"en": "en_GB", "bn": "bn", "so": "so", "ur": "ur", "es": "es", "pl": "pl"}


#: The digits a language is written in where they are not 0-9: the kiosk's (Qt's locale:
#: ``QLocale("bn").zeroDigit()`` is ০; Urdu's, Somali's, Spanish's and Polish's are 0), so
#: the page shows a Bengali reader the figures and times their ticket screen did.
NATIVE_DIGITS = {"bn": "০১২৩৪৫৬৭৮৯"}


def locale(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


def digits(text: str, language: str) -> str:
    """``text`` (a figure, a time or a date already formatted) in ``language``'s digits."""
    native = NATIVE_DIGITS.get(language)
    return text.translate(str.maketrans("0123456789", native)) if native else text


def direction(language: str) -> str:
    """``rtl`` for a language written right to left (Urdu), else ``ltr``."""
    return str(Locale.parse(locale(language)).text_direction)


def _language(context: Context) -> str:
    return str(context.get("lang") or "en")


def _lang(context: Context) -> str:
    return locale(_language(context))


@pass_context
def _date(context: Context, value: dt.date, pattern: str = "d MMMM y") -> str:
    """``value`` by ``pattern``, or the language's own ``full`` (``long`` ...) date."""
    return digits(format_date(value, pattern, locale=_lang(context)), _language(context))


@pass_context
def _datetime(context: Context, value: dt.datetime, pattern: str = "d MMMM y HH:mm") -> str:
    text = format_datetime(value, pattern, tzinfo=value.tzinfo, locale=_lang(context))
    return digits(text, _language(context))


@pass_context
def _time(context: Context, value: dt.datetime | dt.time, pattern: str = "HH:mm") -> str:
    return digits(format_time(value, pattern, locale=_lang(context)), _language(context))


def number(
    value: float | int | None,
    language: str = "en",
    missing: str = "–",
    decimals: int | None = None,
) -> str:
    """``18,867``, ``54.2`` in ``language`` (``missing`` for no figure); with ``decimals``
    always that many (``2.50``)."""
    if value is None:
        return missing
    pattern = None if decimals is None else "#,##0." + "0" * decimals
    return digits(format_decimal(value, format=pattern, locale=locale(language)), language)


def percent(value: int | None, language: str = "en", missing: str = "–") -> str:
    """A whole percentage (57 for 57 %), as the reports count them."""
    if value is None:
        return missing
    return digits(format_percent(value / 100, locale=locale(language)), language)


@pass_context
def _number(
    context: Context, value: float | int | None, missing: str = "–", decimals: int | None = None
) -> str:
    return number(value, str(context.get("lang") or "en"), missing, decimals)


@pass_context
def _percent(context: Context, value: int | None, missing: str = "–") -> str:
    return percent(value, str(context.get("lang") or "en"), missing)


@pass_context
def _digits(context: Context, text: str) -> str:
    return digits(text, _language(context))


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(
        date=_date,
        datetime=_datetime,
        time=_time,
        number=_number,
        percent=_percent,
        direction=direction,
        desk_number=desk_number,
        digits=_digits,
    )
    return env


def render(template: str, **context: Any) -> str:
    """``template`` filled with ``context`` (``lang`` sets the language, default English)."""
    context.setdefault("lang", "en")
    return environment().get_template(template).render(**context)


def render_string(source: str, **context: Any) -> str:
    """``source`` as a template of the environment (for short texts and tests)."""
    context.setdefault("lang", "en")
    return environment().from_string(source).render(**context)


# Charts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    value: float
    #: The figure as written beside the bar (and in its tooltip).
    shown: str
    colour: str
    #: ``data-value``: the figure as a machine reads it.
    data_value: str
    #: The series' name, written as ``data-series`` and in the tooltip (None: one series).
    series: str | None = None


@dataclass(frozen=True)
class ChartRow:
    label: str
    bars: Sequence[Bar]


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: one row per label, a bar per series in each row."""

    chart_id: str
    title: str
    rows: Sequence[ChartRow]
    #: The value a full-length bar stands for.
    top: float
    #: (name, colour) of each series for the legend; none for a single series.
    legend: Sequence[tuple[str, str]] = ()
    empty: str = "No data for this period"

    @property
    def series_count(self) -> int:
        return max((len(row.bars) for row in self.rows), default=1) or 1


BAR_COLOURS = ("#1d4f91", "#c2410c")


def series_chart(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    unit: str = "",
    language: str = "en",
    decimals: int | None = None,
) -> Chart:
    """A chart of one or more named series over ``labels``, scaled to the largest value;
    its values shown with ``decimals`` places (see :func:`number`)."""
    colours = {name: BAR_COLOURS[j % len(BAR_COLOURS)] for j, (name, _) in enumerate(series)}
    rows = [
        ChartRow(
            label,
            [
                Bar(
                    value=values[i],
                    shown=f"{number(values[i], language, decimals=decimals)}{unit}",
                    colour=colours[name],
                    data_value=f"{values[i]:g}",
                    series=name,
                )
                for name, values in series
            ],
        )
        for i, label in enumerate(labels)
    ]
    top = max((v for _, values in series for v in values), default=0) or 1
    legend = list(colours.items()) if len(series) > 1 else []
    return Chart(chart_id, title, rows, float(top), legend)


def rows_chart(
    chart_id: str,
    title: str,
    rows: Sequence[tuple[str, float | None, str]],
    *,
    top: float,
    colours: Sequence[str] | None = None,
    empty: str = "No answers in this period",
) -> Chart:
    """A chart of one bar per ``(label, value, shown)`` row (no value: an empty bar); the
    figure as shown is also the bar's ``data-value``."""
    return Chart(
        chart_id,
        title,
        [
            ChartRow(
                label,
                [
                    Bar(
                        value=value or 0.0,
                        shown=shown,
                        colour=colours[i % len(colours)] if colours else BAR_COLOURS[0],
                        data_value=shown,
                    )
                ],
            )
            for i, (label, value, shown) in enumerate(rows)
        ],
        top,
        empty=empty,
    )


# The follow page's words ------------------------------------------------------------------


def catalogue_dir() -> Path:
    return config.default_data_dir().parent / "translations" / "queue_page"


@functools.cache
def _catalogue(language: str) -> dict[str, str]:
    path = catalogue_dir() / f"{language}.po"
    if language == "en" or not path.is_file():
        return {}
    with path.open("rb") as stream:
        catalog = read_po(stream, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string}


@dataclass(frozen=True)
class Words:
    """The sentences of one language: ``words("You are number %1 in the queue.", 4)``."""

    language: str

    def __call__(self, sentence: str, *args: object) -> str:
        text = _catalogue(self.language).get(sentence, sentence)
        for n, value in enumerate(args, start=1):
            text = text.replace(f"%{n}", str(value))
        return text

    def translated(self, sentence: str) -> bool:
        return self.language == "en" or sentence in _catalogue(self.language)


def language_name(language: str) -> str:
    """The language's name in itself (``বাংলা``), for the links that switch."""
    name = Locale.parse(locale(language)).language_name
    return str(name[:1].upper() + name[1:]) if name else language
