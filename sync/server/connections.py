"""The connections the server takes: how long a request may take to arrive, how many are
served at once, and whose ``X-Forwarded-For`` names the client.

uvicorn bounds an idle keep-alive connection (``timeout_keep_alive``) and the size of a
request's headers (h11's 16 KiB), but not the time a request takes to arrive: a connection
that sends half its headers, or its headers and half its body, is held for ever, and with
enough of them the process runs out of file handles, answers no kiosk, and uvicorn's
``accept()`` fails in a loop. Its ``limit_concurrency`` answers 503 only once a request's
headers have arrived (in plain text), so it does not bound connections that send nothing.

:class:`GuardedH11Protocol` (uvicorn's h11 protocol, which the server runs on) adds:

* a deadline for each request: its headers and body must have arrived
  ``request_timeout`` seconds after the connection opened or the previous answer was sent,
  else it is answered ``408 request_timeout`` and the connection closed;
* at most ``max_connections`` served at once: a connection accepted while that many are
  open has its request answered ``503 server_busy`` with ``Retry-After`` and is closed; past
  :data:`BUSY_ROOM` more, a connection is closed as soon as it is accepted, so the
  process keeps its file handles (see :func:`check_open_files`).

X-Forwarded-For is believed only from the addresses named in ``forwarded_allow_ips``
(uvicorn trusts it from 127.0.0.1 by default): anyone else could name a new address with
each request and so escape the limits counted per address (:mod:`sync.server.counters`).

``hubkiosk-server serve`` takes these as options; :class:`~sync.server.runner.ServerThread`
(the demo server, tests) uses the same protocol with the defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import logging
import time
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, ClassVar

from starlette.responses import JSONResponse
from uvicorn._types import ASGIReceiveCallable, ASGISendCallable, Scope
from uvicorn.protocols.http.h11_impl import H11Protocol

from sync.protocol.wire import ErrorBody

try:
    import resource
except ImportError:  # Windows (a kiosk's demo server): no limit on open files to check
    resource = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

#: Connections past ``max_connections`` held long enough to be answered 503 (a request
#: that arrives in time); any more are closed unanswered as soon as they are accepted.
BUSY_ROOM = 32
#: Files the process needs besides its connections: the database (a SQLite file and its
#: log per pooled connection, or PostgreSQL sockets), logs, the event loop, the listener.
OWN_FILES = 100
#: Connections the kernel queues for the server to accept, and the most it accepts at once
#: (asyncio accepts up to this many before any is looked at, and again on the next turn).
BACKLOG = 64
#: Connections accepted in a burst beyond those kept, before they are closed (measured under
#: a flood of new connections: under two backlogs).
ACCEPT_BURST = 4 * BACKLOG
#: What a kiosk told 503 is asked to wait (seconds) before it tries again.
BUSY_RETRY_AFTER = 5
#: At most one warning per this many seconds that connections are being closed.
WARN_EVERY = 60.0


@dataclass(frozen=True)
class HttpOptions:
    """How ``serve`` takes connections (its options, with these defaults)."""

    #: Seconds for a request's headers and body to arrive (408 after).
    request_timeout: float = 30.0
    #: Seconds an idle connection is kept open for the client's next request.
    keep_alive_timeout: int = 5
    #: Connections served at once (503 past them).
    max_connections: int = 500
    #: Addresses or networks of the reverse proxies whose X-Forwarded-For is believed.
    forwarded_allow_ips: tuple[str, ...] = ()

    def uvicorn(self) -> dict[str, Any]:
        """Keyword arguments for ``uvicorn.run`` or ``uvicorn.Config``."""
        return {
            "http": guarded_protocol(self),
            "timeout_keep_alive": self.keep_alive_timeout,
            "backlog": BACKLOG,
            "proxy_headers": bool(self.forwarded_allow_ips),
            "forwarded_allow_ips": list(self.forwarded_allow_ips),
        }


def check_open_files(options: HttpOptions) -> None:
    """Raise ValueError, saying what to change, when ``max_connections`` (with the room to
    answer 503 and the server's own files) does not fit the files the process may open."""
    if resource is None:
        return
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    spare = BUSY_ROOM + ACCEPT_BURST + OWN_FILES
    needed = options.max_connections + spare
    if soft != resource.RLIM_INFINITY and needed > soft:
        raise ValueError(
            f"--max-connections {options.max_connections} needs {needed} open files ({spare} "
            f"more for the server's own and those it turns away), but this process may open "
            f"{soft} (ulimit -n): raise the limit (LimitNOFILE= in a systemd unit) or lower "
            "--max-connections" + (f" to {soft - spare} at most" if soft > spare else "")
        )


def _error(status: int, error: str, message: str) -> bytes:
    """A whole HTTP/1.1 answer with an :class:`ErrorBody`, closing the connection."""
    content = ErrorBody(error=error, message=message).model_dump_json().encode()
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(content)}\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + content


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request and a bound on connections
    (made for one :class:`HttpOptions` by :func:`guarded_protocol`)."""

    options: ClassVar[HttpOptions] = HttpOptions()
    #: When a connection was last closed for being one too many (for the warning).
    warned_at: ClassVar[float] = -WARN_EVERY

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline: asyncio.TimerHandle | None = None
        self.admitted = False
        self.served_app = self.app
        self.app = self.admit

    # -- at most max_connections ---------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # Counted as it is accepted, so a connection served once goes on being served.
        self.admitted = len(self.connections) <= self.options.max_connections
        if len(self.connections) > self.options.max_connections + BUSY_ROOM:
            cls = type(self)
            if time.monotonic() - cls.warned_at >= WARN_EVERY:
                cls.warned_at = time.monotonic()
                log.warning(
                    "%d connections open, past --max-connections %d: new ones are closed "
                    "unanswered until some close (said at most once a minute)",
                    len(self.connections),
                    self.options.max_connections,
                )
            transport.close()
            return
        self.arm()

    async def admit(
        self, scope: Scope, receive: ASGIReceiveCallable, send: ASGISendCallable
    ) -> None:
        if self.admitted:
            await self.served_app(scope, receive, send)
            return
        body = ErrorBody(
            error="server_busy",
            message=f"The server is busy; try again in {BUSY_RETRY_AFTER} s.",
        )
        busy = JSONResponse(
            body.model_dump(mode="json"),
            503,
            headers={"Retry-After": str(BUSY_RETRY_AFTER), "Connection": "close"},
        )
        await busy(scope, receive, send)  # type: ignore[arg-type]

    # -- a deadline for each request -----------------------------------------------------

    def arm(self) -> None:
        self.disarm()
        self.deadline = self.loop.call_later(self.options.request_timeout, self.timed_out)

    def disarm(self) -> None:
        if self.deadline is not None:
            self.deadline.cancel()
            self.deadline = None

    def handle_events(self) -> None:
        super().handle_events()
        cycle = self.cycle
        if cycle is not None and not cycle.more_body and not cycle.response_complete:
            self.disarm()  # the whole request is here: the app's time is not the client's

    def on_response_complete(self) -> None:
        if not self.transport.is_closing():
            self.arm()  # the next request's time starts now
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
        super().connection_lost(exc)

    def timed_out(self) -> None:
        """The request has not all arrived: 408, and the connection closed."""
        self.deadline = None
        if self.transport.is_closing():
            return
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            if cycle.response_started:
                return  # being answered already
            # The app waiting for the rest of the body hears that the client has gone.
            cycle.disconnected = True
            cycle.message_event.set()
        seconds = f"{self.options.request_timeout:g}"
        self.transport.write(
            _error(408, "request_timeout", f"The request did not arrive within {seconds} s.")
        )
        self.transport.close()


def guarded_protocol(options: HttpOptions) -> type[GuardedH11Protocol]:
    """:class:`GuardedH11Protocol` for ``options`` (uvicorn makes one per connection)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"options": options})


# -- serve's options -------------------------------------------------------------------


def positive_seconds(text: str) -> float:
    """A positive number of seconds (argparse names the option when this refuses)."""
    value = float(text)
    if not 0 < value < 86_400:
        raise argparse.ArgumentTypeError(f"{text} is not a number of seconds above 0")
    return value


def whole_seconds(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number of seconds above 0")
    return value


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a number above 0")
    return value


def ip_addresses(text: str) -> tuple[str, ...]:
    """Comma-separated IP addresses or networks (``10.0.0.5,192.168.1.0/24``)."""
    found = tuple(part.strip() for part in text.split(",") if part.strip())
    for part in found:
        try:
            ipaddress.ip_network(part, strict=False)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{part!r} is not an IP address or network (such as 10.0.0.5 or 10.0.0.0/24)"
            ) from None
    return found
