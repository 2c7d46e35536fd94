"""``hubkiosk-server serve`` keeps its connections for the kiosks: a request that does not
arrive in time is answered 408 and closed, connections past ``--max-connections`` are
answered 503 (and, past a little room for that answer, closed at once) so the process never
runs out of file handles, and an ``X-Forwarded-For`` is believed only from the proxies
named with ``--forwarded-allow-ips``.

The real command as a process on 127.0.0.1, with small limits set through its own options;
the tests wait for the server's answers, never for a clock.
"""

from __future__ import annotations

import http.client
import json
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sync.server.connections import BUSY_ROOM

REPO = Path(__file__).resolve().parents[2]
REPORT_KEY = "qa-report-key-0123456789"
#: A request that has not all arrived after this long is answered 408 (the tests' servers).
TIMEOUT = 3
#: The most connections the tests' servers serve at once.
MOST = 3
#: How long a test waits for an answer before it says there was none.
PATIENCE = 15


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Served:
    """A ``serve`` process: its port and what it wrote (stdout: the access log)."""

    port: int
    process: subprocess.Popen[str]
    err: list[str] = field(default_factory=list)
    out: str = ""

    def get(self, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=PATIENCE)
        connection.request("GET", path, headers={"Connection": "close", **(headers or {})})
        answer = connection.getresponse()
        answer.read()
        connection.close()
        return answer


@contextmanager
def serving(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> Iterator[Served]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.server", "--db", f"sqlite:///{tmp_path / 's.sqlite3'}",
         "serve", "--host", "127.0.0.1", "--port", str(port), *options],
        cwd=REPO, env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    served = Served(port, process)
    assert process.stderr is not None and process.stdout is not None
    for line in process.stderr:  # uvicorn says on stderr when it listens
        served.err.append(line)
        if "Uvicorn running on" in line:
            break
    assert served.err and "Uvicorn running on" in served.err[-1], "".join(served.err)
    # Both pipes read all along, so that the server never waits on a full one.
    err_reader = threading.Thread(target=lambda: served.err.extend(process.stderr or []))
    out: list[str] = []
    out_reader = threading.Thread(target=lambda: out.extend(process.stdout or []))
    err_reader.start()
    out_reader.start()
    try:
        yield served
    finally:
        process.terminate()
        process.wait(timeout=30)
        err_reader.join(timeout=10)
        out_reader.join(timeout=10)
        served.out = "".join(out)


def stalled(port: int, data: bytes) -> socket.socket:
    """A connection that sends ``data`` (a request begun) and no more."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=PATIENCE)
    if data:
        sock.sendall(data)
    return sock


def until_closed(sock: socket.socket) -> bytes:
    """All the server sends until it closes the connection (a timeout if it never does)."""
    received = b""
    try:
        while chunk := sock.recv(4096):
            received += chunk
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    return received


def status_and_body(answer: bytes) -> tuple[int, dict[str, object]]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), json.loads(body)


BODY_BEGUN = b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"
HEADERS_BEGUN = b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: "


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("serve")
    with serving(
        folder, "--request-timeout", str(TIMEOUT), "--max-connections", str(MOST)
    ) as served:
        yield served


def test_a_request_that_does_not_arrive_in_time_is_answered_408_and_closed(
    server: Served,
) -> None:
    """A stranger with no token held requests open with an unfinished body (or headers):
    the server never timed them out, and enough of them blocked every kiosk."""
    begun = [BODY_BEGUN, HEADERS_BEGUN, b""]  # a body, headers, nothing at all
    socks = [stalled(server.port, data) for data in begun]
    started = time.monotonic()
    for sock in socks:
        status, body = status_and_body(until_closed(sock))
        assert status == 408 and body["error"] == "request_timeout"
        assert f"within {TIMEOUT} s" in str(body["message"])
    assert time.monotonic() - started < PATIENCE


def test_past_max_connections_a_kiosk_is_answered_503_and_the_server_keeps_its_files(
    server: Served,
) -> None:
    """Held connections past the open-file limit blocked /health and every kiosk, and
    uvicorn logged an accept() traceback in a tight loop."""
    held = [stalled(server.port, BODY_BEGUN) for _ in range(MOST)]
    busy = server.get("/health")
    assert busy.status == 503 and busy.getheader("Content-Type") == "application/json"
    assert int(busy.getheader("Retry-After") or 0) >= 1
    # A little room to answer 503; past it a connection is closed at once, unanswered.
    room = [stalled(server.port, b"") for _ in range(BUSY_ROOM)]
    past = stalled(server.port, b"")
    assert until_closed(past) == b""
    for sock in room:
        sock.close()
    # The held ones time out; then the server answers again.
    assert Counter(status_and_body(until_closed(sock))[0] for sock in held) == {408: MOST}
    assert server.get("/health").status == 200


def test_serve_refuses_more_connections_than_the_process_may_open_files(tmp_path: Path) -> None:
    """Past the open-file limit uvicorn's accept() failed in a loop: refused at start, in a
    line saying what to change (1,024: a Debian service's usual limit)."""

    def usual_limit() -> None:
        hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, hard))

    done = subprocess.run(
        [sys.executable, "-m", "sync.server", "--db", f"sqlite:///{tmp_path / 's.sqlite3'}",
         "serve", "--port", str(free_port()), "--max-connections", "1000"],
        cwd=REPO, capture_output=True, text=True, timeout=60, preexec_fn=usual_limit,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("hubkiosk-server: --max-connections 1000 needs "), done.stderr
    assert "may open 1024 (ulimit -n)" in done.stderr and "at most" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


# -- whose address a limit counts -------------------------------------------------------


def wrong_keys(served: Served, count: int, forwarded: list[str] | None) -> Counter[int]:
    statuses: Counter[int] = Counter()
    for n in range(count):
        headers = {"X-Forwarded-For": forwarded[n]} if forwarded else {}
        statuses[served.get(f"/reports/fleet?key=guess-{n:06d}-xxxxxxxx", headers).status] += 1
    return statuses


LIMITS = {
    "HUBKIOSK_SERVER_REPORT_KEY": REPORT_KEY,
    "HUBKIOSK_SERVER_REPORT_KEY_LIMIT_PER_HOUR": "3",
}
RIGHT = f"/reports/fleet?key={REPORT_KEY}"


def test_a_made_up_forwarded_address_does_not_escape_the_limits(tmp_path: Path) -> None:
    """uvicorn believed X-Forwarded-For from 127.0.0.1: a client on the server's host (or
    behind a proxy passing the header on) named a new address each time, 100 wrong report
    keys were all answered 401, and the access log recorded the made-up addresses."""
    with serving(tmp_path, env=LIMITS) as served:
        made_up = [f"10.0.0.{n}" for n in range(1, 6)]
        assert wrong_keys(served, 5, made_up) == {401: 3, 429: 2}
        assert served.get(RIGHT, {"X-Forwarded-For": "10.9.9.9"}).status == 429
    assert "10.0.0." not in served.out and "10.9.9.9" not in served.out
    assert "127.0.0.1:" in served.out


def test_behind_a_named_proxy_each_client_is_counted_by_its_own_address(tmp_path: Path) -> None:
    with serving(tmp_path, "--forwarded-allow-ips", "127.0.0.1", env=LIMITS) as served:
        assert wrong_keys(served, 4, ["10.0.0.1"] * 4) == {401: 3, 429: 1}
        assert served.get(RIGHT, {"X-Forwarded-For": "10.0.0.1"}).status == 429
        # Another resident behind the same proxy is not locked out with the guesser.
        assert served.get(RIGHT, {"X-Forwarded-For": "10.0.0.2"}).status == 200
    assert "10.0.0.2:" in served.out
