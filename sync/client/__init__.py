"""The kiosk-side sync engine: pushes the outbox, pulls config (requests, no Qt)."""

from sync.client.engine import SyncEngine, SyncState, SyncStatus, enrol
from sync.client.port import OutboxCounts, OutboxPort, OutgoingItem

__all__ = [
    "OutboxCounts",
    "OutboxPort",
    "OutgoingItem",
    "SyncEngine",
    "SyncState",
    "SyncStatus",
    "enrol",
]
