"""The server outlives its database's connections (issue 16): pooled connections are not
pinged before each use (a round trip per request), so when PostgreSQL restarts, or drops
them, the server notices on first use, reconnects, and a push is stored all the same."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import text

from sync.protocol import PROTOCOL_VERSION
from sync.server import db
from tests.sync.conftest import HUB, TZ, Central, push_raw

pytestmark = pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


def ticket(number: int) -> dict[str, Any]:
    day = dt.datetime.now(dt.UTC).astimezone(TZ).date().isoformat()
    payload = {
        "hub_id": HUB,
        "day": day,
        "service_id": "housing",
        "number": f"H-{number:03d}",
        "sequence": number,
    }
    return {"id": str(uuid.uuid4()), "kind": "ticket", "payload": payload}


def drop_connections(central: Central) -> int:
    """What a PostgreSQL restart does to the server: every connection to its database
    ended (this test's database alone: other test workers keep theirs)."""
    with central.database.engine.connect() as connection:
        ended = connection.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    central.database.engine.dispose()
    return int(ended)


def test_pushes_are_stored_after_the_database_drops_every_connection(central: Central) -> None:
    token = central.enrol()
    # Several connections in the server's pool, each used a moment ago.
    batches = [[ticket(n)] for n in range(1, 7)]
    with requests.Session() as client:
        for batch in batches:
            answer = client.post(
                f"{central.url}/v1/push",
                json={"protocol_version": PROTOCOL_VERSION, "items": batch},
                headers=central.headers(token),
                timeout=10,
            )
            assert answer.ok
    assert drop_connections(central) >= 1

    after = [ticket(n) for n in range(7, 10)]
    answer = push_raw(central, token, after)
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == ["accepted"] * 3
    again = push_raw(central, token, after)
    assert [r["status"] for r in again.json()["results"]] == ["duplicate"] * 3
    config = requests.get(f"{central.url}/v1/config", headers=central.headers(token), timeout=10)
    assert config.status_code == 200
    assert central.count("ticket") == 9


def test_a_connection_left_idle_is_checked_before_any_request_uses_it(
    central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a push tries again on a dropped connection; any other request is answered
    because a connection that sat idle is pinged before it is lent (here: idle at once)."""
    token = central.enrol()
    assert push_raw(central, token, [ticket(1)]).ok
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)
    assert drop_connections(central) >= 1

    for _ in range(3):
        config = requests.get(
            f"{central.url}/v1/config", headers=central.headers(token), timeout=10
        )
        assert config.status_code == 200, config.text
