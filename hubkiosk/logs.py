"""Rotating log files in the data dir, with personal data kept out of every line.

Code never logs names, phone numbers, references or form answers, nor the kiosk's
enrolment code or device token. As a second guard, :class:`RedactFilter` masks anything
shaped like a phone number, an e-mail address or a postcode, and any secret
:func:`sync.redact.redact_secrets` knows (a device token, an enrolment code, a bearer
credential, a ``?key=`` value), before a line is written: in the message and in the
exception and stack text printed with it.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from sync.redact import redact_secrets

PATTERNS = (
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    re.compile(r"(?<!\d)(?:\+?44\s?|0)(?:\d[\s-]?){9,10}(?!\d)"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE),
)


def redact(text: str) -> str:
    text = redact_secrets(text)
    for pattern in PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class RedactFilter(logging.Filter):
    """Cleans the message and also the exception and stack text a handler would print.

    The traceback is formatted here once (as ``Formatter`` would) into ``exc_text``, cleaned,
    and ``exc_info`` dropped, so no handler formats the raw exception again.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def setup_logging(data_dir: Path, level: str = "INFO") -> Path:
    """Log to ``<data_dir>/logs/hubkiosk.log`` (1 MB, 5 kept) and to stderr."""
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hubkiosk.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hubkiosk", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    stream_handler = logging.StreamHandler()
    handlers: list[logging.Handler] = [file_handler, stream_handler]
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactFilter())
        setattr(handler, "_hubkiosk", True)  # noqa: B010 (marks our handlers for re-setup)
        root.addHandler(handler)
    stream_handler.setLevel(logging.WARNING)
    root.setLevel(level.upper())
    return path
