"""Secrets stay out of logs: the managers' report key out of uvicorn's access log (every
way the server runs), and enrolment codes and device tokens out of the server's and the
kiosk's logs.

Real servers on 127.0.0.1 (a ``ServerThread``, the kiosk's demo server, and
``hubkiosk-server serve`` as a process); log lines are captured from the loggers
themselves, formatted the way uvicorn formats them.
"""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from uvicorn.logging import AccessFormatter

from hubkiosk.logs import flush_logs, setup_logging
from hubkiosk.store.db import open_store
from hubkiosk.store.sync_port import StoreSyncPort
from sync.client.engine import EnrolmentError, SyncEngine, SyncState, enrol
from sync.demo import start_demo_server
from sync.redact import redact_secrets
from sync.server import admin, config, migrate
from sync.server.app import create_app
from sync.server.db import Database
from sync.server.models import utcnow
from sync.server.runner import ServerThread
from sync.server.settings import ServerSettings
from tests.sync.conftest import HUB

SECRET = "Manager-Key-7f3a9c"
REPO = Path(__file__).resolve().parents[2]
UVICORN_LOGGERS = ("uvicorn", "uvicorn.access", "uvicorn.error", "uvicorn.asgi")
HUBS_QUERY = {"from": "2026-03-01", "to": "2026-03-31", "format": "json"}


class Lines(logging.Handler):
    """Keeps each record as uvicorn would write it (the access format for access lines)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.access = AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s')
        self.plain = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        formatter = self.access if record.name == "uvicorn.access" else self.plain
        self.lines.append(formatter.format(record))


@contextmanager
def captured(*names: str) -> Iterator[list[str]]:
    handler = Lines()
    loggers = [logging.getLogger(name) for name in names]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler.lines
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def migrated(url: str) -> None:
    database = Database(url)
    try:
        migrate.upgrade(database.engine)
    finally:
        database.dispose()


def test_access_log_keeps_the_path_and_redacts_the_report_key(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    migrated(sqlite_url)
    settings = ServerSettings(db_url=sqlite_url, report_key=SECRET)
    thread = ServerThread(create_app(settings), access_log=True).start()
    try:
        with captured("uvicorn.access") as lines:
            hubs = requests.get(
                f"{thread.url}/reports/hubs", params={**HUBS_QUERY, "key": SECRET}, timeout=10
            )
            surveys = requests.get(
                f"{thread.url}/reports/surveys", params={"key": SECRET}, timeout=10
            )
            # A wrong key is logged no better than the right one.
            refused = requests.get(
                f"{thread.url}/reports/surveys", params={"key": SECRET + "x"}, timeout=10
            )
            health = requests.get(f"{thread.url}/health", timeout=10)
    finally:
        thread.stop()

    assert (hubs.status_code, surveys.status_code) == (200, 200)
    assert refused.status_code == 401 and health.ok
    assert len(lines) == 4
    assert not [line for line in lines if SECRET in line]
    assert (
        '"GET /reports/hubs?from=2026-03-01&to=2026-03-31&format=json&key=[redacted] HTTP/1.1" 200'
        in lines[0]
    )
    assert '"GET /reports/surveys?key=[redacted] HTTP/1.1" 200' in lines[1]
    assert '"GET /reports/surveys?key=[redacted] HTTP/1.1" 401' in lines[2]
    assert '"GET /health HTTP/1.1" 200' in lines[3]
    # uvicorn's own access handler (stdout) wrote the same redacted lines.
    out = capsys.readouterr().out
    assert "GET /reports/surveys?key=[redacted]" in out and SECRET not in out


def test_the_demo_servers_logs_never_hold_its_report_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    demo = start_demo_server(tmp_path, hub_id=HUB)
    try:
        with caplog.at_level(logging.DEBUG), captured(*UVICORN_LOGGERS) as lines:
            report = requests.get(
                demo.report_url(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "json"), timeout=10
            )
            logging.getLogger("uvicorn.error").warning("report asked for: %s", demo.report_url(
                dt.date(2026, 3, 1), dt.date(2026, 3, 31)
            ))  # fmt: skip
    finally:
        demo.stop()
    assert report.status_code == 200
    assert demo.report_key in demo.report_url(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert any("/reports/hubs?" in line and "key=[redacted]" in line for line in lines)
    assert not [line for line in lines if demo.report_key in line]
    # Nor any other server-side line (urllib3's lines are this test's own client).
    server_side = [r.getMessage() for r in caplog.records if not r.name.startswith("urllib3")]
    assert not [line for line in server_side if demo.report_key in line]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_serve_command_access_log_redacts_the_report_key(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "HUBKIOSK_SERVER_REPORT_KEY": SECRET,
        "PYTHONUNBUFFERED": "1",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "sync.server", "--db", f"sqlite:///{tmp_path / 's.sqlite3'}",
         "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    started: list[str] = []
    try:
        assert server.stderr is not None
        for line in server.stderr:  # uvicorn says on stderr when it listens
            started.append(line)
            if "Uvicorn running on" in line:
                break
        assert started and "Uvicorn running on" in started[-1], "".join(started)
        report = requests.get(
            f"http://127.0.0.1:{port}/reports/hubs",
            params={**HUBS_QUERY, "key": SECRET},
            timeout=10,
        )
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    assert report.status_code == 200
    assert (
        '"GET /reports/hubs?from=2026-03-01&to=2026-03-31&format=json&key=[redacted] HTTP/1.1" '
        "200" in out
    )
    assert SECRET not in out and SECRET not in err + "".join(started)


def test_enrolment_codes_and_device_tokens_stay_out_of_both_sides_logs(
    sqlite_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    migrated(sqlite_url)
    database = Database(sqlite_url)
    now = utcnow()
    with database.session() as session:
        config.publish(session, config.default_data_dir(), now=now)
        code = admin.create_enrolment_code(session, HUB, now=now, valid_for=dt.timedelta(hours=1))
    database.dispose()
    thread = ServerThread(create_app(ServerSettings(db_url=sqlite_url)), access_log=True).start()
    kiosk_dir = tmp_path / "kiosk"
    log_file = setup_logging(kiosk_dir, "DEBUG")  # the kiosk's own log, every level
    store = open_store(kiosk_dir)
    wrong_code = "ABCD-EFGH-JKLM"
    try:
        with caplog.at_level(logging.DEBUG), captured(*UVICORN_LOGGERS) as server_lines:
            with pytest.raises(EnrolmentError):
                enrol(thread.url, wrong_code)
            token = enrol(thread.url, code).token
            port = StoreSyncPort(store, hub_id=HUB)
            assert SyncEngine(base_url=thread.url, token=token, port=port).sync_once().state is (
                SyncState.OK
            )
            refused = SyncEngine(base_url=thread.url, token=token[:-4] + "abcd", port=port)
            assert refused.sync_once().state is SyncState.NOT_ENROLLED
            # A careless line quoting a secret is masked in the kiosk's log as well.
            logging.getLogger("hubkiosk.test").error(
                "enrolled with %s, token %s, header Bearer %s", code, token, token
            )
    finally:
        thread.stop()
        store.close()
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_hubkiosk", False):
                root.removeHandler(handler)
                handler.close()
    flush_logs()
    kiosk_log = log_file.read_text(encoding="utf-8")
    assert "POST /v1/enrol" in kiosk_log and "POST /v1/push" in kiosk_log  # it did log
    assert "enrolled with [redacted], token [redacted], header Bearer [redacted]" in kiosk_log
    assert any('"POST /v1/enrol HTTP/1.1" 201' in line for line in server_lines)
    for secret in (code, wrong_code, token):
        assert secret not in kiosk_log
        assert not [line for line in server_lines if secret in line]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GET /reports/hubs?key=abc&format=csv", "GET /reports/hubs?key=[redacted]&format=csv"),
        ("/reports/surveys?format=html&KEY=abc", "/reports/surveys?format=html&KEY=[redacted]"),
        ("/reports/surveys?ke%79=abc&x=1", "/reports/surveys?ke%79=[redacted]&x=1"),
        ("/x?token=hkd_abc&code=ABCD", "/x?token=[redacted]&code=[redacted]"),
        ("/reports/hubs?key=", "/reports/hubs?key="),
        ("GET /queue?ticket=4c3e2a9d-e89b&lang=bn", "GET /queue?ticket=[redacted]&lang=bn"),
        ("/reports/hubs?monkey=1&hub=bow", "/reports/hubs?monkey=1&hub=bow"),
        ("code ABCD-EFGH-JK23 and abcd-efgh-jk23", "code [redacted] and [redacted]"),
        ("device 4c3e2a9d-e89b-42d3-a456-426614174000", "device 4c3e2a9d-e89b-42d3-a456-426614174000"),
        ("Authorization: Bearer xyz123", "Authorization: Bearer [redacted]"),
    ],
)  # fmt: skip
def test_redact_secrets(line: str, expected: str) -> None:
    assert redact_secrets(line) == expected


@pytest.mark.parametrize(
    "key",
    ["abc;TopSecretPart", "abc'TopSecretPart", 'abc"TopSecretPart', "abc#TopSecretPart"],
    ids=["semicolon", "apostrophe", "quote", "hash"],
)
def test_a_report_key_with_punctuation_is_hidden_whole_in_the_access_log(
    sqlite_url: str, key: str
) -> None:
    # As QA sent it (repro_key_log_leak.sh): the key as typed, its ; ' or " not escaped.
    migrated(sqlite_url)
    thread = ServerThread(
        create_app(ServerSettings(db_url=sqlite_url, report_key=key)), access_log=True
    ).start()
    sent = key.replace("#", "%23")  # a # would end the address before it reached the server
    try:
        with captured("uvicorn.access") as lines:
            connection = http.client.HTTPConnection(thread.url.removeprefix("http://"))
            connection.request("GET", f"/reports/surveys?key={sent}&format=json")
            status = connection.getresponse().status
            connection.close()
    finally:
        thread.stop()
    assert status == 200
    (line,) = lines
    assert "TopSecret" not in line and "Part" not in line
    assert '"GET /reports/surveys?key=[redacted]&format=json HTTP/1.1" 200' in line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/r?key=abc;TopSecretPart&x=1", "/r?key=[redacted]&x=1"),
        ("/r?key=abc'Top\"Secret HTTP/1.1", "/r?key=[redacted] HTTP/1.1"),
        ("/r?key=abc#TopSecretPart", "/r?key=[redacted]"),
        ("/r?format=csv;key=abc;token=def", "/r?format=csv;key=[redacted]"),
    ],
)  # fmt: skip
def test_a_secret_is_redacted_up_to_the_next_ampersand(line: str, expected: str) -> None:
    assert redact_secrets(line) == expected
