"""The sync engine: pushes outbox batches and pulls config snapshots over HTTPS.

Guarantees (see shared/ARCHITECTURE.md, "Sync guarantees"):

- An item leaves the outbox only on a well-formed :class:`PushResponse` that answers for
  exactly the items sent; anything else (a captive portal's HTML with status 200, a cut
  connection, a 5xx) leaves it pending, to be sent again with the same id.
- Network errors, timeouts, 5xx, 429 and malformed answers are retried with exponential
  backoff and full jitter, never sooner than a ``Retry-After``; after ``max_attempts`` the
  cycle ends and the next cycle tries again, so retrying goes on for as long as it takes.
- Only a well-formed rejection from our own server dead-letters an item (a per-item
  ``rejected`` result, an ErrorBody ``wrong_hub``/``invalid_batch``, an ErrorBody 413 for a
  single item); the rest keeps flowing. An answer that is not our protocol (a proxy's HTML
  413, another JSON shape) is a transport failure: retried, never dead-lettered (a non-protocol
  413 also halves the batch, which loses nothing). IT can send dead letters again
  (:meth:`OutboxPort.requeue_dead_letters`).
- 401 stops the cycle with a plain "not enrolled or revoked"; 426 with "update required".
- Every request has a timeout; TLS verification is always on (a CA bundle may be named).

``clock`` and ``sleep`` are injectable, so tests run hours of backoff without waiting. The
default sleep waits on :attr:`SyncEngine.stopping`, so :meth:`SyncEngine.cancel` ends a
backoff at once (the kiosk closing does not wait minutes). A ``Retry-After`` longer than
``max_wait_in_cycle`` ends the cycle; later cycles make no request before that time.
"""

from __future__ import annotations

import datetime as dt
import enum
import gc
import logging
import random
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import ValidationError

from sync.client.port import OutboxCounts, OutboxPort, OutgoingItem
from sync.protocol import PROTOCOL_VERSION
from sync.protocol.status import HubsStatus
from sync.protocol.wire import (
    PROTOCOL_HEADER,
    ConfigSnapshot,
    DeviceHealth,
    DeviceReport,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ItemStatus,
    PushItem,
    PushResponse,
    RecordKind,
    validation_problems,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}
KNOWN_KINDS = frozenset(kind.value for kind in RecordKind)
#: Before any answer has shown the link's rate, the batch read while the first one is on
#: its way is at most this many times as big (read in about the time the first takes).
FIRST_GROWTH = 10
#: The error codes of our server's 413 answers (sync/server/app.py).
TOO_LARGE_ERRORS = {"payload_too_large", "batch_too_large"}
NOT_ENROLLED = "This kiosk is not enrolled or its token was revoked: ask IT to enrol it again."


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncState(enum.StrEnum):
    NEVER = "never"
    OK = "ok"
    OFFLINE = "offline"
    NOT_ENROLLED = "not_enrolled"
    UPDATE_REQUIRED = "update_required"


@dataclass(frozen=True)
class SyncStatus:
    """What advisers and IT see: calm words, numbers, and the last error if any."""

    state: SyncState = SyncState.NEVER
    pending: int = 0
    oldest_pending_age_seconds: float | None = None
    dead_letters: int = 0
    last_success: dt.datetime | None = None
    last_attempt: dt.datetime | None = None
    last_error: str | None = None
    config_etag: str | None = None
    config_error: str | None = None
    sent_last_cycle: int = 0

    @property
    def summary(self) -> str:
        if self.state is SyncState.NOT_ENROLLED:
            return NOT_ENROLLED
        if self.state is SyncState.UPDATE_REQUIRED:
            return "The central server needs a newer kiosk version: ask IT to update."
        if self.state is SyncState.NEVER:
            return "Not synced yet."
        if self.pending and self.dead_letters:
            waiting = f"{self.pending} waiting to send, {self.dead_letters} set aside for IT"
        elif self.pending:
            waiting = f"{self.pending} waiting to send"
        elif self.dead_letters:
            waiting = f"nothing waiting, but {self.dead_letters} set aside for IT"
        else:
            waiting = "all sent"
        if self.state is SyncState.OFFLINE:
            return f"Working offline; {waiting}. Records are kept and sent when back online."
        return f"Synced; {waiting}."


#: How many of a refused snapshot's problems its message names (the rest are counted).
CONFIG_PROBLEMS_NAMED = 3


def _config_problems(exc: ValidationError | ValueError) -> str:
    """What is wrong with a refused configuration snapshot, for IT: where and what, for the
    first few problems, never the values (a snapshot carries the day's bookings, with
    residents' references and surnames)."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    problems = validation_problems(exc)
    named = problems[:CONFIG_PROBLEMS_NAMED]
    if len(problems) > CONFIG_PROBLEMS_NAMED:
        named.append(f"and {len(problems) - CONFIG_PROBLEMS_NAMED} more")
    return "; ".join(named)


class _Retryable(Exception):
    """A failure worth trying again (network, 5xx, 429, a malformed answer)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class _Stop(Exception):
    def __init__(self, state: SyncState, message: str) -> None:
        super().__init__(message)
        self.state = state


class _GaveUp(Exception):
    """Retries of this cycle used up; the next cycle starts again."""


@dataclass(frozen=True)
class _TooLarge:
    message: str


@dataclass(frozen=True)
class _WrongHub:
    ids: list[uuid.UUID]
    message: str


_Outcome = PushResponse | _TooLarge | _WrongHub | str


@dataclass(frozen=True)
class _Batch:
    """Items read for one push, their encoded body, and the outbox position before them."""

    items: list[OutgoingItem]
    body: bytes
    after: int | None
    #: How many items were asked for (fewer came: the outbox is drained).
    limit: int
    #: Positions of the items of the batch before, on their way while this one was read
    #: (its heartbeat leaves them out of what waits).
    in_flight: tuple[int, ...] = ()
    #: The items' ids as 128-bit numbers, sorted: what the answer must account for (made
    #: while the batch before is on its way, not between its answer and this push).
    expected: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "expected", sorted(item.id.int for item in self.items))


@dataclass(frozen=True)
class _Answer:
    """What the server answered to a batch, how long it took, and whether a try timed out."""

    outcome: _Outcome
    seconds: float
    timed_out: bool


class EnrolmentError(Exception):
    """Enrolment failed; the message says why in plain words.

    ``status`` is the server's HTTP status when it answered (None when it could not be
    reached or was not asked), ``retry_after`` its Retry-After in seconds on a 429, and
    ``malformed`` says the request was never sent: no code IT is given looks like that."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        malformed: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        self.malformed = malformed

    @property
    def refused(self) -> bool:
        """The code itself is refused (by the server: unknown, used or expired, or a
        protocol it no longer speaks; or here, malformed): trying it again cannot succeed."""
        if self.malformed:
            return True
        return self.status is not None and 400 <= self.status < 500 and self.status != 429


def _malformed(exc: ValidationError, code: str) -> str:
    """Why an enrolment request cannot be sent, without the values."""
    problems = []
    for error in exc.errors(include_input=False, include_url=False, include_context=False):
        field = error["loc"][0] if error["loc"] else ""
        if field == "code":
            problems.append(
                f"an enrolment code is 6 to 64 characters, this one {len(code)}: type it as "
                "hubkiosk-server enrol printed it"
            )
        else:
            problems.append(f"the {str(field).replace('_', ' ')}: {error['msg']}")
    return "; ".join(problems)


def _retry_after(response: requests.Response, now: dt.datetime) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - now).total_seconds())


def _error_body(response: requests.Response) -> ErrorBody | None:
    try:
        return ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return None


#: In a stored payload's text, what :func:`_item_json` leaves to pydantic: ``\\u`` escapes
#: (sent as UTF-8 text, as pydantic writes it, so the server's body check takes its quick
#: path) and the non-JSON numbers Python's encoder writes (``NaN``, ``Infinity``: null).
_REWRITTEN = re.compile(r"\\u|NaN|Infinity")


def _item_json(item: OutgoingItem) -> str:
    """``item`` as a :class:`PushItem` in JSON (the kind is a known one: a plain word)."""
    payload = item.payload_json
    if _REWRITTEN.search(payload):  # one scan of the text, not one per word
        return PushItem(
            id=item.id,
            kind=RecordKind(item.kind),
            kiosk_time=item.created_at,
            payload=item.payload,
        ).model_dump_json()
    return (
        f'{{"id":"{item.id}","kind":"{item.kind}",'
        f'"kiosk_time":"{item.created_at.isoformat()}","payload":{payload}}}'
    )


def _is_json(response: requests.Response) -> bool:
    return response.headers.get("Content-Type", "").split(";")[0].strip() == "application/json"


@dataclass
class SyncEngine:
    """Pushes a kiosk's outbox and pulls its config; one :meth:`sync_once` per cycle."""

    base_url: str
    token: str | None
    port: OutboxPort
    session: requests.Session = field(default_factory=requests.Session)
    #: (connect, read) seconds for every request.
    timeout: tuple[float, float] = (5.0, 30.0)
    batch_size: int = 100
    max_attempts: int = 5
    backoff_base: float = 1.0
    backoff_cap: float = 300.0
    clock: Callable[[], dt.datetime] = utcnow
    #: Waits between retries; None waits on :attr:`stopping` (so :meth:`cancel` ends it).
    sleep: Callable[[float], None] | None = None
    #: The longest a cycle waits for a retry; a longer Retry-After defers to later cycles.
    max_wait_in_cycle: float = 60.0
    stopping: threading.Event = field(default_factory=threading.Event)
    rng: random.Random = field(default_factory=random.Random)
    #: A CA bundle path for a private CA; verification itself is never turned off.
    ca_bundle: str | None = None
    kiosk_version: str | None = None
    #: The machine's health for each heartbeat (printer, disk, backups), from the kiosk.
    health: Callable[[], DeviceHealth] | None = None
    status: SyncStatus = field(default_factory=SyncStatus)
    #: The most items in one push (the server's own limit, ``max_batch_items``, is 2,000):
    #: a request and its commit cost about the same whatever its size.
    max_batch_size: int = 2000
    #: The largest push body (half the server's ``max_body_bytes``): bigger batches split.
    max_batch_bytes: int = 1_000_000
    #: An answer within this many seconds lets the next batch grow: to as many items as
    #: the link carried in half this time, at least twice as many.
    fast_answer: float = 2.0
    #: Why nothing may be sent now (the kiosk's own reason, e.g. a token of another hub
    #: than its settings'): the cycle sends nothing and says it; None to sync.
    held: str | None = None
    _not_before: dt.datetime | None = None
    #: The batch size learnt from the link, and the most a 413 allows.
    _size: int = field(default=0, init=False, repr=False)
    _ceiling: int = field(default=0, init=False, repr=False)
    _timeouts: int = field(default=0, init=False, repr=False)
    #: Items a second in the last answer to a full batch (None before one, or after a
    #: timeout): how far the next batch may grow.
    _rate: float | None = field(default=None, init=False, repr=False)
    #: The smallest batch ever refused as too large: batches grow past it only by doubling.
    _refused_at: int | None = field(default=None, init=False, repr=False)
    #: Items of the last batch answered in this cycle (0 before one).
    _answered: int = field(default=0, init=False, repr=False)
    #: The server refused this kiosk's report (the heartbeat) as one of an older release
    #: would (a field it does not know): pushes go without it.
    _no_report: bool = field(default=False, init=False, repr=False)
    #: While a cycle pushes, the longest (seconds) a thread holds the interpreter while
    #: another waits for it (Python's default is 5 ms; None leaves it be). This thread
    #: reads and marks batches in long stretches while the link's thread sends one and
    #: reads its answer in short ones: waiting up to 5 ms for each of those, a push went
    #: out and its answer was taken in several milliseconds late, each time.
    handover: float | None = 0.0005
    #: While a cycle pushes, the objects made (and not yet freed) before the cyclic
    #: collector runs (Python's default is 700; None leaves it be): a batch's objects (ten
    #: or so an item) live until it is marked and are then freed, not by the collector,
    #: which at 700 walked the same live batches again every few hundred items.
    young_objects: int | None = 50_000

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self._size = max(1, self.batch_size)
        self._ceiling = max(self._size, self.max_batch_size)
        self.session.verify = self.ca_bundle or True

    def cancel(self) -> None:
        """Stop waiting and retrying (the kiosk is closing); later cycles do nothing."""
        self.stopping.set()

    def _wait(self, seconds: float) -> None:
        if self.sleep is not None:
            self.sleep(seconds)
        else:
            self.stopping.wait(seconds)
        if self.stopping.is_set():
            raise _GaveUp("sync stopped")

    # -- one cycle -----------------------------------------------------------------------

    def sync_once(self) -> SyncStatus:
        """Push everything pending, then pull config; returns (and keeps) the new status."""
        now = self.clock()
        state, error = SyncState.OK, None
        sent = 0
        counts: OutboxCounts | None = None
        config_error = self.status.config_error
        waiting = self._not_before is not None and now < self._not_before
        if not self.token:
            state, error = SyncState.NOT_ENROLLED, NOT_ENROLLED
        elif self.held:
            state, error = SyncState.OFFLINE, self.held
        elif self.stopping.is_set():
            state, error = SyncState.OFFLINE, "sync stopped"
        elif waiting and self._not_before is not None:
            seconds = (self._not_before - now).total_seconds()
            state, error = (
                SyncState.OFFLINE,
                f"the server asked to wait; next try in {seconds:.0f} s",
            )
        else:
            try:
                sent, config_error, counts = self._push_all()
            except _Stop as stop:
                state, error = stop.state, str(stop)
            except _GaveUp as gave_up:
                state, error = SyncState.OFFLINE, str(gave_up)
        if counts is None:
            counts = self.port.counts()
        oldest = counts.oldest_pending
        self.status = replace(
            self.status,
            state=state,
            pending=counts.pending,
            oldest_pending_age_seconds=(
                max(0.0, (self.clock() - oldest).total_seconds()) if oldest else None
            ),
            dead_letters=counts.dead_letters,
            last_attempt=now,
            last_success=self.clock() if state is SyncState.OK else self.status.last_success,
            last_error=error
            if error
            else (None if state is SyncState.OK else self.status.last_error),
            config_etag=self.port.active_config_etag(),
            config_error=config_error,
            sent_last_cycle=sent,
        )
        if error:
            log.warning("sync: %s", error)
        return self.status

    # -- HTTP with retries ---------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _backoff(self, attempt: int) -> float:
        return self.rng.uniform(0, min(self.backoff_cap, self.backoff_base * 2**attempt))

    def _call(
        self,
        method: str,
        path: str,
        parse: Callable[[requests.Response], T],
        *,
        headers: dict[str, str] | None = None,
        data: bytes | None = None,
    ) -> T:
        """``parse(response)`` with retries; ``parse`` raises :class:`_Retryable` on junk."""
        last = "no attempt"
        for attempt in range(self.max_attempts):
            retry_after: float | None = None
            try:
                response = self.session.request(
                    method,
                    f"{self.base_url}{path}",
                    headers={**self._headers(), **(headers or {})},
                    data=data,
                    timeout=self.timeout,
                )
            except requests.Timeout:
                self._timeouts += 1
                last = "the server did not answer in time"
            except requests.ConnectionError:
                last = "cannot reach the server"
            except requests.RequestException as exc:
                last = f"network error ({type(exc).__name__})"
            else:
                try:
                    return self._check(response, parse)
                except _Retryable as exc:
                    last, retry_after = str(exc), exc.retry_after
            if attempt + 1 < self.max_attempts:
                delay = self._backoff(attempt)
                if retry_after is not None:
                    delay = max(delay, retry_after)
                if delay > self.max_wait_in_cycle:
                    self._not_before = self.clock() + dt.timedelta(seconds=delay)
                    raise _GaveUp(f"{last}; the server asked to wait {delay:.0f} s")
                self._wait(delay)
        raise _GaveUp(f"{last} (tried {self.max_attempts} times; will try again)")

    def _check(self, response: requests.Response, parse: Callable[[requests.Response], T]) -> T:
        status = response.status_code
        if status == 401:
            raise _Stop(SyncState.NOT_ENROLLED, NOT_ENROLLED)
        if status == 426:
            body = _error_body(response)
            raise _Stop(
                SyncState.UPDATE_REQUIRED,
                body.message if body else "The server needs a newer kiosk version.",
            )
        if status in RETRY_STATUSES or status >= 500:
            raise _Retryable(f"the server answered {status}", _retry_after(response, self.clock()))
        return parse(response)

    # -- push ----------------------------------------------------------------------------

    def _report(self, sending: Sequence[int]) -> DeviceReport:
        """The outbox as it will be once the items at positions ``sending`` (this batch and
        the one before it, on its way) are stored: what still waits, and its oldest's age
        (none when nothing waits), both without them."""
        counts = self.port.counts(sending)
        oldest = counts.oldest_pending
        return DeviceReport(
            pending=counts.pending,
            oldest_pending_seconds=(
                max(0.0, (self.clock() - oldest).total_seconds()) if oldest else None
            ),
            dead_letters=counts.dead_letters,
            set_aside_cleared_at=counts.set_aside_cleared_at,
            kiosk_version=self.kiosk_version,
            health=self._health(),
            kiosk_now=self.clock(),
        )

    def _health(self) -> DeviceHealth | None:
        """The kiosk's health, or None when it cannot be read (the push goes on without)."""
        if self.health is None:
            return None
        try:
            return self.health()
        except Exception:
            log.exception("sync: could not read the kiosk's health for the heartbeat")
            return None

    def _push_all(self) -> tuple[int, str | None, OutboxCounts | None]:
        """Push every pending item, batch after batch, in outbox order; then check the
        configuration (:meth:`_pull_config`): how many were stored, why a configuration
        was refused (None when none was), and the outbox's counts once the last batch is
        marked (None: not counted yet).

        Batches are sized to the link: from :attr:`batch_size`; after each answer to a
        full batch that came within :attr:`fast_answer` seconds, as many items as the link
        carried in half that time at that answer's rate, at least twice as many, up to
        :attr:`max_batch_size` items and :attr:`max_batch_bytes` (on a quick link, a
        backlog goes in a few batches of the most the server takes, not doubling up to
        it: each request has a cost of its own). Halved at once (and resent) on a 413,
        and from the next batch on after a timeout. While the server stores one batch,
        the next one is read and encoded, at the size a quick answer would allow (it is
        cut to the size the answer did allow), and the one before is marked; but it is
        sent only once this one is answered, so the server stores the records in outbox
        order (a ticket before its events: the queue pages and the reports follow the
        server's sequence). Once the last batch is answered, the configuration is checked
        while that batch is marked and the outbox counted: the drain ends with the longer
        of the two, not both (the ETag it offers is read while the first batch is on its
        way).
        """
        with self._handing_over(), self._collecting_less():
            return self._push_batches()

    @contextmanager
    def _handing_over(self) -> Iterator[None]:
        """:attr:`handover` in force meanwhile (when shorter than the interpreter's)."""
        previous = sys.getswitchinterval()
        handover = self.handover
        if handover is None or handover >= previous:
            yield
            return
        sys.setswitchinterval(handover)
        ours = sys.getswitchinterval()  # as Python keeps it (in microseconds)
        try:
            yield
        finally:
            # Restored, unless something else has set it meanwhile.
            if sys.getswitchinterval() == ours:
                sys.setswitchinterval(previous)

    @contextmanager
    def _collecting_less(self) -> Iterator[None]:
        """:attr:`young_objects` in force meanwhile (when more than the interpreter's)."""
        previous = gc.get_threshold()
        young = self.young_objects
        if young is None or young <= previous[0]:
            yield
            return
        gc.set_threshold(young, *previous[1:])
        try:
            yield
        finally:
            # Restored, unless something else has set it meanwhile.
            if gc.get_threshold()[0] == young:
                gc.set_threshold(*previous)

    def _push_batches(self) -> tuple[int, str | None, OutboxCounts | None]:
        """:meth:`_push_all`'s work."""
        sent = 0
        # A 413 caps the size for the rest of the cycle only: a proxy that refused for a
        # while must not hold the kiosk to one record a request until it restarts.
        self._ceiling = max(self._size, self.max_batch_size)
        self._answered = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as link:
            batch = self._prepare(after=None, in_flight=())
            if not batch.items:  # nothing to send: the empty batch is the heartbeat
                self._push(batch)
                return 0, self._pull_config(self.port.active_config_etag()), None
            answer: Future[_Answer] = link.submit(self._push, batch)
            active = self.port.active_config_etag()
            while True:
                # While the server stores this batch: the next one, read and encoded.
                ahead = self._prepare(
                    after=batch.items[-1].seq,
                    in_flight=tuple(item.seq for item in batch.items),
                    size=self._hoped(batch),
                )
                try:
                    answered = answer.result()
                except _GaveUp as gave_up:
                    self.port.record_failure([i.id for i in batch.items], str(gave_up))
                    raise
                outcome = answered.outcome
                if isinstance(outcome, PushResponse):
                    self._learn(batch, answered)
                    if not ahead.items:
                        # The last one answered: the config check goes now, this one
                        # is marked.
                        following = link.submit(self._pull_config, active)
                        sent += self._settle(outcome)
                        counts = self.port.counts()
                        return sent, following.result(), counts
                    if len(ahead.items) > self._size:  # the answer allows fewer
                        ahead = self._cut(ahead, self._size)
                    # Answered: the next batch goes now, this one is marked meanwhile.
                    answer = link.submit(self._push, ahead)
                    sent += self._settle(outcome)
                    batch = ahead
                    continue
                # Refused as a whole: nothing of it stored; read again from its start.
                batch = self._refused(batch, outcome)
                if not batch.items:
                    return sent, self._pull_config(active), None
                answer = link.submit(self._push, batch)

    def _refused(self, batch: _Batch, outcome: _TooLarge | _WrongHub | str) -> _Batch:
        """Act on a refusal of the whole ``batch``; the batch to send instead."""
        if isinstance(outcome, _WrongHub):
            for item_id in outcome.ids:
                self.port.dead_letter(item_id, f"wrong hub: {outcome.message}")
        elif isinstance(outcome, str) and outcome.startswith("device") and not self._no_report:
            # Not the records: the kiosk's report, refused by a server of an older release
            # (a kiosk upgraded first: "device.set_aside_cleared_at: Extra inputs are not
            # permitted"). The records go again, whole, without it; no record is set aside.
            log.warning(
                "sync: the central server refused this kiosk's report (%s): it is older "
                "than the kiosk; upgrade it (README). Records are sent without the report.",
                outcome,
            )
            self._no_report = True
        elif len(batch.items) > 1:
            refused = len(batch.items)
            self._refused_at = min(refused, self._refused_at or refused)
            # A batch that grew more than twice the last one answered falls back to twice
            # that one (the link carried half of it); otherwise it is halved.
            grown = self._answered and refused > 2 * self._answered
            self._ceiling = 2 * self._answered if grown else max(1, refused // 2)
            self._size = self._ceiling
        else:  # only our server's own refusal reaches here for a single item
            message = outcome.message if isinstance(outcome, _TooLarge) else outcome
            self.port.dead_letter(batch.items[0].id, f"refused by the server: {message}")
        return self._prepare(after=batch.after, in_flight=())

    def _settle(self, answer: PushResponse) -> int:
        """Mark what the server answered for (one UPDATE for the stored); how many stored."""
        acks: dict[uuid.UUID, int] = {}
        for result in answer.results:
            if result.status is ItemStatus.REJECTED:
                self.port.dead_letter(result.id, result.reason or "rejected")
            elif result.server_seq is not None:
                acks[result.id] = result.server_seq
        self.port.acknowledge(acks)
        return len(acks)

    def _hoped(self, batch: _Batch) -> int:
        """The size of the batch read while ``batch`` is on its way: the size a quick
        answer to it will allow, so a backlog's batches grow every request, not every
        other one, while the link keeps up (nothing has made the size smaller than
        ``batch``'s); it is cut once the answer allows less (:meth:`_cut`)."""
        if self._size >= batch.limit and len(batch.items) >= batch.limit:
            return max(self._size, self._grown(batch.limit))
        return self._size

    def _grown(self, size: int) -> int:
        """The batch size a quick answer to a full batch of ``size`` items allows: what the
        link carries in half :attr:`fast_answer` at its last known rate (before one is
        known, :data:`FIRST_GROWTH` times ``size``), at least twice ``size``; past a size
        refused as too large before, only twice ``size``; never past the ceiling."""
        if self._rate is None:
            reach = FIRST_GROWTH * size
        else:
            reach = int(self._rate * self.fast_answer / 2)
        if self._refused_at is not None:
            reach = min(reach, self._refused_at - 1)
        return min(self._ceiling, max(2 * size, reach))

    def _cut(self, batch: _Batch, size: int) -> _Batch:
        """``batch``'s first ``size`` items, encoded again (the rest goes in later batches)."""
        items = batch.items[:size]
        return _Batch(
            items, self._encode(items, batch.in_flight), batch.after, size, batch.in_flight
        )

    def _prepare(
        self, *, after: int | None, in_flight: tuple[int, ...], size: int | None = None
    ) -> _Batch:
        """The next batch after outbox position ``after``, read in one query and encoded.

        The items at positions ``in_flight`` are on their way already: the heartbeat
        leaves them out of what waits, as it leaves out this batch's."""
        while True:
            items = list(self.port.pending(size or self._size, after=after))
            unknown = [item for item in items if item.kind not in KNOWN_KINDS]
            # A kind this protocol cannot carry (a newer table?): kept aside for IT, who
            # sends it again (requeue_dead_letters) once kiosk and server speak it.
            for item in unknown:
                self.port.dead_letter(item.id, f"record kind '{item.kind}' is not in the protocol")
            known = [item for item in items if item.kind in KNOWN_KINDS]
            if known or not items:
                break
            after = items[-1].seq
        limit = size or self._size
        body = self._encode(known, in_flight)
        while len(body) > self.max_batch_bytes and len(known) > 1:
            known = known[: len(known) // 2]
            limit = len(known)
            body = self._encode(known, in_flight)
        return _Batch(known, body, after, limit, in_flight)

    def _encode(self, items: Sequence[OutgoingItem], in_flight: tuple[int, ...]) -> bytes:
        """The push body of ``items``: a :class:`PushBatch`, written item by item with each
        payload's JSON text as the outbox keeps it (parsing thousands of payloads only to
        write them out again cost more than the rest of the client's work)."""
        if self._no_report:
            report = "null"
        else:
            sending = [*in_flight, *(item.seq for item in items)]
            report = self._report(sending).model_dump_json()
        encoded = ",".join([_item_json(item) for item in items])
        return (
            f'{{"protocol_version":{PROTOCOL_VERSION},"items":[{encoded}],"device":{report}}}'
        ).encode()

    def _learn(self, batch: _Batch, answered: _Answer) -> None:
        """Size later batches by how quickly ``batch`` was answered."""
        self._answered = len(batch.items)
        if answered.timed_out:  # the link is slower than the batches: smaller ones
            self._size = max(1, batch.limit // 2)
            self._rate = None
        elif len(batch.items) >= batch.limit:
            self._rate = len(batch.items) / max(answered.seconds, 1e-3)
            if answered.seconds < self.fast_answer:
                self._size = max(self._size, self._grown(batch.limit))

    def _push(self, batch: _Batch) -> _Answer:
        """Send ``batch`` (with retries) and read the answer, timed."""
        items = batch.items
        expected = batch.expected
        began = time.monotonic()
        timeouts = self._timeouts

        def parse(response: requests.Response) -> _Outcome:
            # An answer of 200 is no error body: not read as one (for a batch of 2,000
            # that attempt cost more than reading the acknowledgement itself).
            ok = response.status_code == 200
            body = _error_body(response) if not ok and _is_json(response) else None
            if response.status_code == 413:
                if body is not None and body.error in TOO_LARGE_ERRORS:
                    return _TooLarge(body.message)
                # Not our server's answer (a proxy's HTML page): a smaller batch may pass;
                # a single item is retried with backoff like any transport failure.
                message = "a proxy refused the request as too large (413, not from the server)"
                if len(items) > 1:
                    return _TooLarge(message)
                raise _Retryable(message)
            if response.status_code == 403 and body and body.error == "wrong_hub" and body.ids:
                sent_ids = {item.id for item in items}
                wrong = [i for i in body.ids if i in sent_ids]
                if wrong:
                    return _WrongHub(wrong, body.message)
            if response.status_code == 422 and body and body.error == "invalid_batch":
                return body.message
            if not ok:
                raise _Retryable(f"the server answered {response.status_code}")
            if not _is_json(response):
                raise _Retryable("the answer was not from the sync server (not JSON)")
            try:
                answer = PushResponse.model_validate_json(response.content)
            except ValidationError:
                raise _Retryable("the answer was not a valid acknowledgement") from None
            # The same ids as sent, as many times each (compared as integers: sorting UUIDs
            # calls Python code for every comparison).
            answered = sorted(r.id.int for r in answer.results)
            if answer.protocol_version != PROTOCOL_VERSION or answered != expected:
                raise _Retryable("the acknowledgement does not match the batch sent")
            return answer

        outcome = self._call(
            "POST",
            "/v1/push",
            parse,
            headers={"Content-Type": "application/json"},
            data=batch.body,
        )
        return _Answer(outcome, time.monotonic() - began, self._timeouts > timeouts)

    # -- config --------------------------------------------------------------------------

    def _pull_config(self, active: str | None) -> str | None:
        """Fetch and apply a new snapshot; returns why one was refused (None when fine).
        ``active``: the ETag of the snapshot in use (only this engine changes it)."""
        # Only the active snapshot's ETag is offered: a refused one is fetched again next
        # cycle, so a snapshot spoiled on the way heals itself once it arrives intact.
        headers = {"If-None-Match": f'"{active}"'} if active else {}

        def parse(response: requests.Response) -> tuple[str | None, bytes | None] | ErrorBody:
            etag = response.headers.get("ETag", "").strip().strip('"') or None
            if response.status_code == 304:
                return etag, None
            if response.status_code in (404, 409) and _is_json(response):
                body = _error_body(response)
                if body and body.error == "no_config":
                    return None, None
                # The server's configuration cannot make this hub's snapshot: refused, as
                # a snapshot that does not validate here is, not taken for "none published".
                if body and body.error == "invalid_config":
                    return body
            if response.status_code != 200 or not _is_json(response):
                raise _Retryable(f"no configuration in the answer ({response.status_code})")
            return etag, response.content

        answer = self._call("GET", "/v1/config", parse, headers=headers)
        if isinstance(answer, ErrorBody):
            message = (
                f"configuration refused ({answer.message.rstrip('.')}); "
                f"keeping {active or 'the shipped default'}"
            )
            if message != self.status.config_error:
                log.error("sync: %s", message)
            return message
        etag, content = answer
        if content is None:
            return None
        try:
            snapshot = ConfigSnapshot.model_validate_json(content)
            if etag and snapshot.etag != etag:
                raise ValueError("the snapshot's etag differs from the ETag header")
            self.port.apply_config(snapshot)
        except (ValidationError, ValueError) as exc:
            message = (
                f"configuration {etag or '(no etag)'} refused ({_config_problems(exc)}); "
                f"keeping {active or 'the shipped default'}"
            )
            if message != self.status.config_error:
                log.error("sync: %s", message)
            return message
        return None

    # -- hub status ----------------------------------------------------------------------

    def fetch_hubs_status(self) -> HubsStatus | None:
        """Every hub's waiting count now, or None when the server cannot say.

        One attempt, no retries and no backoff: it only adds to what the kiosk shows, so a
        failure costs nothing but the figures (an older server without the endpoint
        answers 404, which is a failure like any other).
        """
        if not self.token or self.stopping.is_set():
            return None
        try:
            response = self.session.get(
                f"{self.base_url}/v1/hubs/status", headers=self._headers(), timeout=self.timeout
            )
        except requests.RequestException as exc:
            log.info("sync: hub status not fetched (%s)", type(exc).__name__)
            return None
        if response.status_code != 200 or not _is_json(response):
            log.info("sync: hub status not fetched (the server answered %s)", response.status_code)
            return None
        try:
            return HubsStatus.model_validate_json(response.content)
        except ValidationError:
            log.info("sync: hub status not fetched (the answer did not validate)")
            return None


def enrol(
    base_url: str,
    code: str,
    *,
    device_name: str = "kiosk",
    session: requests.Session | None = None,
    timeout: tuple[float, float] = (5.0, 30.0),
    ca_bundle: str | None = None,
) -> EnrolResponse:
    """Exchange a one-time enrolment code for this device's token."""
    try:
        request = EnrolRequest(
            protocol_version=PROTOCOL_VERSION, code=code, device_name=device_name
        )
    except ValidationError as exc:  # what is wrong, never the code (a secret until spent)
        raise EnrolmentError(_malformed(exc, code), malformed=True) from None
    address = urlsplit(base_url)
    if address.scheme not in ("http", "https") or not address.netloc:
        raise EnrolmentError(
            f"{base_url} is not the central server's address: it starts with https:// "
            "(http:// only on a local network), for example https://hubs.example.gov.uk",
            malformed=True,
        )
    http = session or requests.Session()
    http.verify = ca_bundle or True
    try:
        response = http.post(
            f"{base_url.rstrip('/')}/v1/enrol",
            data=request.model_dump_json().encode(),
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"},
            timeout=timeout,
        )
    except requests.RequestException as exc:
        raise EnrolmentError(f"cannot reach {base_url} ({type(exc).__name__})") from exc
    if response.status_code == 201 and _is_json(response):
        try:
            return EnrolResponse.model_validate_json(response.content)
        except ValidationError:
            pass
    body = _error_body(response) if _is_json(response) else None
    raise EnrolmentError(
        body.message if body else f"the server answered {response.status_code} without details",
        status=response.status_code,
        retry_after=_retry_after(response, dt.datetime.now(dt.UTC))
        if response.status_code == 429
        else None,
    )
