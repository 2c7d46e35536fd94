"""Running the server with uvicorn in a background thread (the demo, tests, benchmarks)."""

from __future__ import annotations

import logging
import socket
import threading
import time

import uvicorn
from fastapi import FastAPI

from sync.server import logs
from sync.server.connections import HttpOptions


class ServerThread:
    """uvicorn serving ``app`` on 127.0.0.1 on a free port, in a daemon thread.

    Quiet by default (warnings only, no access log); ``access_log=True`` writes each
    request line to the ``uvicorn.access`` logger at INFO. Either way secrets in request
    lines are redacted (:mod:`sync.server.logs`). Connections are taken as
    ``hubkiosk-server serve`` takes them by default (:mod:`sync.server.connections`).
    """

    def __init__(
        self, app: FastAPI, *, host: str = "127.0.0.1", port: int = 0, access_log: bool = False
    ) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.host, self.port = self.sock.getsockname()[:2]
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=access_log,
            lifespan="off",
            log_config=logs.log_config(),
            **HttpOptions().uvicorn(),
        )
        logs.install()
        if access_log:
            logging.getLogger("uvicorn.access").setLevel(logging.INFO)
        self.app = app
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True, name="sync-server"
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sync server did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)
        self.sock.close()
        # The app's connection pool goes with it: a stopped server holds no database
        # connections (PostgreSQL refuses clients past max_connections).
        database = getattr(self.app.state, "database", None)
        if database is not None:
            database.dispose()
