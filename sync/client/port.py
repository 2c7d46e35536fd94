"""The port between the sync engine and a kiosk's outbox (no Qt, no hubkiosk import).

The kiosk implements it in ``hubkiosk.store.sync_port``; tests can implement it in memory.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sync.protocol.wire import ConfigSnapshot


@dataclass(frozen=True, slots=True)
class OutgoingItem:
    """One outbox item as the engine sends it."""

    id: uuid.UUID
    kind: str
    #: The payload as JSON text (an object), as the outbox keeps it: the engine puts it in
    #: the push body as it is, without parsing it and encoding it again.
    payload_json: str
    created_at: dt.datetime
    #: Its place in the outbox (increasing): the engine reads on after the last one sent.
    seq: int = 0

    @property
    def payload(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.payload_json)
        return value


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    oldest_pending: dt.datetime | None
    dead_letters: int
    #: When the oldest set-aside item still holding personal fields loses them (None:
    #: none does, or the port does not know).
    set_aside_cleared_at: dt.datetime | None = None


class OutboxPort(Protocol):
    def pending(self, limit: int, *, after: int | None = None) -> Sequence[OutgoingItem]:
        """Up to ``limit`` items not yet acknowledged, in the order to send them (after the
        item at ``after`` when given: the engine reads the next batch while one is on its
        way). The kiosk's are oldest first, but anonymous records come last, in batches of
        their own, once their hour has ended (``hubkiosk.store.outbox.next_batch``)."""

    def acknowledge(self, server_seq: Mapping[uuid.UUID, int]) -> None:
        """Mark items the server explicitly stored (accepted or duplicate) as sent."""

    def dead_letter(self, item_id: uuid.UUID, reason: str) -> None:
        """Set an item aside for IT (conflict or rejection) so the rest keeps flowing."""

    def record_failure(self, ids: Sequence[uuid.UUID], error: str) -> None:
        """Count a failed attempt; the items stay pending."""

    def requeue_dead_letters(self) -> int:
        """IT sends the set-aside items again: they become pending; returns how many."""

    def counts(self, sending: Collection[int] = ()) -> OutboxCounts:
        """Pending count, oldest pending time and dead letters, for the status; the items
        at the positions ``sending`` (:attr:`OutgoingItem.seq`, on their way) left out of
        the first two."""

    def active_config_etag(self) -> str | None:
        """The ETag of the snapshot in use, or None before the first one."""

    def apply_config(self, snapshot: ConfigSnapshot) -> None:
        """Store ``snapshot`` as the active one in one transaction (raise ValueError to refuse)."""
