"""``hubkiosk-server serve`` clears personal fields on its own, without a cron job."""

from __future__ import annotations

import threading
import uuid

import pytest

from sync.server.cli import retention_loop
from tests.sync.conftest import Central, push_raw

# Retention's SQL (purges by date) differs by database: run on both.
pytestmark = pytest.mark.both_databases


def test_the_serving_process_purges_personal_fields_past_retention(central: Central) -> None:
    token = central.enrol()
    ticket_id = uuid.uuid4()
    items = [
        {"id": str(ticket_id), "kind": "ticket",
         "payload": {"day": "2026-03-02", "service_id": "housing", "number": "H-001", "call_name": "Ann"}},
    ]  # fmt: skip
    assert push_raw(central, token, items).ok
    stop = threading.Event()
    stop.set()  # one round, then return (serve runs it every hour until it stops)
    retention_loop(central.settings.model_copy(update={"retention_days": 0}), stop)
    record = central.record(ticket_id)
    assert record is not None
    assert record.payload["call_name"] is None
    assert record.payload["number"] == "H-001"
