"""Secrets kept out of log lines, for the kiosk's logs and the server's alike.

A report key in a URL (``?key=...``), a device token (``hkd_...``), an enrolment code
(``ABCD-EFGH-JKLM``) or a bearer credential becomes ``[redacted]``. Code never logs them
on purpose; this is the second guard, for lines that quote a URL or an error.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

#: Query parameters whose values never reach a log (compared without case).
SECRET_PARAMS = frozenset(
    {
        "key",
        "report_key",
        "api_key",
        "apikey",
        "token",
        "access_token",
        "code",
        "enrol_code",
        "password",
        "pin",
        "secret",
        "signature",
        "sig",
        # A ticket's id is what lets its holder follow the queue at /queue?ticket=...
        "ticket",
    }
)
REDACTED = "[redacted]"

#: A query parameter (also after a ``;``, as some servers split them there).
_QUERY_PARAM = re.compile(r"(?P<lead>[?&;])(?P<name>[^=&;#\s\"']+)=(?P<value>[^&;#\s\"']*)")
#: A secret's value runs to the next ``&`` or the end of the address (a space), whatever it
#: holds: a key with a ``;``, a quote or a ``#`` in it is hidden whole.
_SECRET_END = re.compile(r"[&\s]")
_SHAPES = (
    # A device token (sync.server.security.new_token): prefix and url-safe base64.
    re.compile(r"\bhkd_[A-Za-z0-9_-]{8,}"),
    # An enrolment code (sync.server.security.new_enrolment_code), as shown or typed,
    # not inside a longer run of dashed groups (a UUID keeps its groups).
    re.compile(
        r"(?<![\w-])[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}(?![\w-])", re.IGNORECASE
    ),
    # A bearer credential, e.g. an Authorization header quoted in an error.
    re.compile(r"(?<=\bBearer )[^\s\"',;]+", re.IGNORECASE),
)


def _redact_params(text: str) -> str:
    parts: list[str] = []
    start = 0
    while (match := _QUERY_PARAM.search(text, start)) is not None:
        end = match.end()
        if unquote_plus(match["name"]).strip().lower() in SECRET_PARAMS:
            stop = _SECRET_END.search(text, match.start("value"))
            end = stop.start() if stop else len(text)
            if end > match.start("value"):
                parts.append(f"{text[start : match.start('value')]}{REDACTED}")
                start = end
                continue
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return "".join(parts)


def redact_secrets(text: str) -> str:
    """``text`` with secret query values, tokens, codes and bearer credentials masked."""
    text = _redact_params(text)
    for shape in _SHAPES:
        text = shape.sub(REDACTED, text)
    return text
