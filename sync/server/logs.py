"""The server's logs without secrets: report keys, device tokens and enrolment codes.

uvicorn's access log writes each request line whole, query string included, so a manager's
``/reports/...?key=SECRET`` would put the report key in the log. :class:`RedactSecrets`
rewrites a record before any handler sees it: the values of secret-looking query
parameters (:data:`sync.redact.SECRET_PARAMS`) become ``[redacted]``, and so does anything shaped like
a device token (``hkd_...``), an enrolment code (``ABCD-EFGH-JKLM``) or a bearer credential.
The path and the other parameters stay, so the log still says what was asked for.

Every way the server runs uses it: ``hubkiosk-server serve`` passes :func:`log_config` to
uvicorn, and :class:`~sync.server.runner.ServerThread` (the kiosk's demo server, tests,
benchmarks) does the same; both also call :func:`install`, which puts the filter on
uvicorn's own loggers, so a handler added later (or another log configuration) gets
redacted records too. The ``enrol`` command prints a code for IT on purpose; that output
is not a log.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import uvicorn.config

from sync.redact import redact_secrets as redact

#: uvicorn's loggers: records are redacted where they are made (logger filters are not
#: inherited, so each one that writes gets its own).
LOGGERS = ("uvicorn", "uvicorn.access", "uvicorn.error", "uvicorn.asgi")


def _clean(value: Any) -> Any:
    return redact(value) if isinstance(value, str) else value


class RedactSecrets(logging.Filter):
    """Masks secrets in a record's message and arguments (never drops a record).

    The arguments are cleaned one by one rather than merged into the message, because
    uvicorn's access formatter reads them (client, method, path, version, status).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_clean(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {name: _clean(value) for name, value in record.args.items()}
        return True


def install() -> None:
    """Put one :class:`RedactSecrets` on each of uvicorn's loggers (idempotent)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in logger.filters):
            logger.addFilter(RedactSecrets())


def log_config() -> dict[str, Any]:
    """uvicorn's default logging configuration with :class:`RedactSecrets` on its handlers."""
    config: dict[str, Any] = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_secrets"] = {"()": RedactSecrets}
    for handler in config["handlers"].values():
        handler["filters"] = [*handler.get("filters", []), "redact_secrets"]
    return config
