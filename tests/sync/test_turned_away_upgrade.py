"""A kiosk of this release beside a central server not yet upgraded loses nothing.

The kiosk sends ``check_in_turned_away``, a record kind an older server does not know: it
refuses any push holding one (``invalid_batch``). The README says to upgrade the server
first, and what happens if it is not: the kiosk narrows the push down to those records,
sends the rest, and sets them aside for IT until they are sent again after the upgrade.
"""

from __future__ import annotations

import datetime as dt
import http.client
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from hubkiosk.store.db import Store
from hubkiosk.store.records import add_check_in_turned_away
from hubkiosk.store.sync_port import StoreSyncPort
from tests.sync.conftest import Central, FakeClock, Visits, make_engine

NEW_KIND = b'"check_in_turned_away"'
#: A kind no server knows: the current server refuses it as an older one refuses the new kind.
UNKNOWN_TO_IT = b'"a_kind_from_the_future"'


@pytest.fixture
def older_server(central: Central) -> Iterator[str]:
    """The central server as one of the last release answers: a push holding the new kind
    reaches it with a kind it does not know (renamed on the way), and its own validation
    refuses the whole push with its own ``invalid_batch`` answer. Everything else passes."""
    host, port = central.url.removeprefix("http://").split(":")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            return

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            body = body.replace(NEW_KIND, UNKNOWN_TO_IT)
            upstream = http.client.HTTPConnection(host, int(port), timeout=30)
            headers = {
                k: v
                for k, v in self.headers.items()
                if k.lower() not in ("host", "connection", "content-length")
            }
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("content-length", "connection", "transfer-encoding"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            upstream.close()

        do_GET = do_POST = _forward

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_server_not_yet_upgraded_refuses_only_the_new_records_and_they_arrive_after(
    central: Central, older_server: str, store: Store, visits: Visits, clock: FakeClock
) -> None:
    tickets = [visits.ticket() for _ in range(3)]
    feedback = [visits.feedback() for _ in range(2)]
    with store.session() as session:
        turned = add_check_in_turned_away(
            session, hub_id=visits.hub_id, reason="late", created_at=dt.datetime.now(dt.UTC)
        )
    clock.advance(2 * 3600)  # the anonymous records' hour has ended: they are due
    token = central.enrol()

    before = make_engine(older_server, token, store, clock).sync_once()

    assert before.pending == 0 and before.dead_letters == 1, before.summary
    assert central.count("ticket") == 3 and central.count("feedback") == 2
    assert all(central.record(r.id) is not None for r in [*tickets, *feedback])
    assert central.record(turned) is None

    # The server is upgraded (the kiosk talks to it straight), and IT sends them again.
    assert StoreSyncPort(store).requeue_dead_letters() == 1
    after = make_engine(central.url, token, store, clock).sync_once()

    assert after.pending == 0 and after.dead_letters == 0, after.summary
    stored = central.record(turned)
    assert stored is not None and stored.outcome == "late"
