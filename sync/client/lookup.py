"""Asks the central server for a resident's booking at any hub (``POST /v1/appointments/lookup``).

The resident is standing at the kiosk waiting, so this makes one attempt with a short
timeout and never retries: when the server cannot be reached, or answers with anything but
a well-formed result, :func:`lookup_appointments` returns None and the kiosk keeps its own
answer. Nothing typed is logged.
"""

from __future__ import annotations

import logging

import requests
from pydantic import ValidationError

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.appointments import AppointmentFound, AppointmentLookup, AppointmentLookupResult
from sync.protocol.wire import PROTOCOL_HEADER

log = logging.getLogger(__name__)

LOOKUP_PATH = "/v1/appointments/lookup"
#: (connect, read) seconds: short, since a resident is waiting.
LOOKUP_TIMEOUT = (2.0, 4.0)


def lookup_appointments(
    base_url: str,
    token: str | None,
    query: AppointmentLookup,
    *,
    timeout: tuple[float, float] = LOOKUP_TIMEOUT,
    verify: bool | str = True,
    session: requests.Session | None = None,
) -> list[AppointmentFound] | None:
    """The bookings the server found (maybe none), or None when it could not say.

    ``verify`` is True or a CA bundle path (as the sync engine's): TLS checks stay on.
    Without a token (the kiosk is not enrolled yet) nothing is sent.
    """
    if not token:
        return None
    headers = {
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        "Accept": "application/json",
        "Authorization": f"Bearer {token}",
    }
    http = session or requests.Session()
    try:
        response = http.post(
            base_url.rstrip("/") + LOOKUP_PATH,
            data=query.model_dump_json(exclude_none=True),
            headers={**headers, "Content-Type": "application/json"},
            timeout=timeout,
            verify=verify,
        )
    except requests.RequestException as exc:
        log.warning("appointment lookup: no answer from the server (%s)", type(exc).__name__)
        return None
    finally:
        if session is None:
            http.close()
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
    if response.status_code != 200 or content_type != "application/json":
        log.warning(
            "appointment lookup: the server answered %s (%s)",
            response.status_code,
            content_type or "no content type",
        )
        return None
    try:
        result = AppointmentLookupResult.model_validate_json(response.content)
    except ValidationError:
        log.warning("appointment lookup: the server's answer is not a lookup result")
        return None
    return result.matches
