"""Languages the kiosk offers and how content text is picked for one of them."""

from __future__ import annotations

from dataclasses import dataclass

from sync.protocol import LocalizedText


@dataclass(frozen=True)
class Language:
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


def pick(text: LocalizedText | dict[str, str] | str, code: str) -> str:
    """``text`` in language ``code``, falling back to English."""
    if isinstance(text, str):
        return text
    if isinstance(text, LocalizedText):
        return text.get(code)
    value = text.get(code) or text.get("en") or ""
    return value
