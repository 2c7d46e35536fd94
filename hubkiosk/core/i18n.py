"""Languages the kiosk offers and how content text is picked for one of them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sync.protocol import LocalizedText


class Language(NamedTuple):
    """A kiosk language (a named tuple: the top bar's buttons are made from these before
    the first paint, and a dataclass's generated code was a cost of every start)."""

    code: str
    #: The language's name in its own script, as a resident looks for it.
    native: str
    english: str
    rtl: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("bn", "বাংলা", "Bengali / Sylheti"),
    Language("so", "Soomaali", "Somali"),
    Language("ur", "اردو", "Urdu", rtl=True),
    Language("es", "Español", "Spanish"),
    Language("pl", "Polski", "Polish"),
)

CODES = tuple(lang.code for lang in LANGUAGES)


def language(code: str) -> Language:
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    raise KeyError(f"'{code}' is not a kiosk language ({', '.join(CODES)})")


def pick(text: LocalizedText | Mapping[str, str] | str, code: str) -> str:
    """``text`` in language ``code``, falling back to English."""
    if isinstance(text, str):
        return text
    if not isinstance(text, Mapping):  # a LocalizedText (not imported: the start is light)
        return text.get(code)
    value = text.get(code) or ""
    return value if value.strip() else text.get("en") or ""
