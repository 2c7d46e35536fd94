"""Rotating log files in the data dir, with personal data kept out of every line.

Code never logs names, phone numbers, references or form answers, nor the kiosk's
enrolment code or device token. As a second guard, :class:`RedactFilter` masks anything
shaped like a phone number, an e-mail address or a postcode, and any secret
:func:`sync.redact.redact_secrets` knows (a device token, an enrolment code, a bearer
credential, a ``?key=`` value), before a line is written: in the message and in the
exception and stack text printed with it.

Lines are written by a thread of their own (:func:`setup_logging`): the thread that logs
(the screen's, after a tap) only puts them in a queue, and never waits on the disk or on
the journal reading the kiosk's stderr. At most :data:`QUEUED_LINES` lines wait: when the
writer cannot write for long (the journal stopped reading), later lines are dropped and the
file says how many, instead of the kiosk's memory growing with them.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import queue
import re
import sys
from pathlib import Path

from sync.redact import redact_secrets

PATTERNS = (
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    re.compile(r"(?<!\d)(?:\+?44\s?|0)(?:\d[\s-]?){9,10}(?!\d)"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE),
)


def redact(text: str) -> str:
    text = redact_secrets(text)
    for pattern in PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class RedactFilter(logging.Filter):
    """Cleans the message and also the exception and stack text a handler would print.

    The traceback is formatted here once (as ``Formatter`` would) into ``exc_text``, cleaned,
    and ``exc_info`` dropped, so no handler formats the raw exception again.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


#: The most lines kept waiting for the writer (about 6 MB of short lines): past it, new
#: lines are dropped.
QUEUED_LINES = 10_000


class _ToWriter(logging.handlers.QueueHandler):
    """Puts each line, its message, traceback and stack as text, in the writer's queue;
    drops it when the queue is full, and counts it. The next line that fits is preceded by
    a warning saying how many were dropped (in the file, and in the journal).

    Called under the handler's lock (``Handler.handle``), one line at a time."""

    def __init__(self, lines: queue.Queue[logging.LogRecord]) -> None:
        super().__init__(lines)
        self.dropped = 0

    def enqueue(self, record: logging.LogRecord) -> None:
        if self.dropped:
            notice = logging.makeLogRecord(
                {
                    "name": __name__,
                    "levelno": logging.WARNING,
                    "levelname": logging.getLevelName(logging.WARNING),
                    "msg": f"{self.dropped} log lines were dropped: they could not be "
                    "written in time (the disk or the journal was slow)",
                }
            )
            if not self._fits(notice):
                self.dropped += 1
                return
            self.dropped = 0
        if not self._fits(record):
            self.dropped += 1

    def _fits(self, record: logging.LogRecord) -> bool:
        try:
            self.queue.put_nowait(record)
        except queue.Full:
            return False
        return True

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        prepared = super().prepare(record)
        prepared.stack_info = None  # already in the message (Python 3.12 drops it too)
        return prepared


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file. A line it cannot write (the disk full, the file read-only) is said
    once on stderr (the journal), with why, instead of Python's "--- Logging error ---" and
    a traceback for each line: the kiosk goes on. When the file takes lines again, the
    journal and the file say how many may be missing (a line that failed may still reach
    the file later, from the file's buffer)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        self.lost = 0
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        self._failed = False
        super().emit(record)  # a failure goes to handleError
        if self.lost and not self._failed:
            said = f"the log file is written again: up to {self.lost} lines are missing from it"
            self.lost = 0
            self._say(f"{said} ({self.baseFilename})")
            super().emit(
                logging.makeLogRecord(
                    {
                        "name": __name__,
                        "levelno": logging.WARNING,
                        "levelname": "WARNING",
                        "msg": said,
                    }
                )
            )

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's API)
        self._failed = True
        self.lost += 1
        if self.lost == 1:
            self._say(
                f"the log file {self.baseFilename} cannot be written ({_why()}); "
                "its lines are lost until it can"
            )

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # what was left to write: said already, or now
            if not self.lost:
                self._say(f"the log file {self.baseFilename} cannot be written ({_why()})")

    @staticmethod
    def _say(line: str) -> None:
        if sys.stderr is not None:  # None: a windowed build
            try:
                sys.stderr.write(f"hubkiosk: {line}\n")
                sys.stderr.flush()
            except (OSError, ValueError):
                pass  # nowhere left to say it


def _why() -> str:
    """What stopped the write being handled (``No space left on device``)."""
    exc = sys.exc_info()[1]
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__


class _Writer(logging.handlers.QueueListener):
    """The thread writing the queued lines. Its stop waits for room in a full queue (the
    lines before it are written first) instead of failing."""

    def enqueue_sentinel(self) -> None:
        self.queue.put(self._sentinel)  # type: ignore[attr-defined]


#: The thread writing the kiosk's lines (None before :func:`setup_logging`).
_writer: _Writer | None = None
#: The folder it writes to.
_folder: Path | None = None


def setup_logging(data_dir: Path, level: str = "INFO") -> Path:
    """Log to ``<data_dir>/logs/hubkiosk.log`` (1 MB, 5 kept) and, warnings and worse, to
    stderr (the journal under systemd).

    Both are written by a thread of their own: a log line from the screen's thread (a
    ticket issued, a printer fault) cost the tap a write, a flush and a rollover check on
    the disk, and a write to stderr waits whenever the journal is slow to read it. The
    queue is written out when the kiosk exits (and by :func:`flush_logs`)."""
    global _writer, _folder
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hubkiosk.log"
    root = logging.getLogger()
    _remove_handler(root)
    stop_writer()  # set up again (another data dir): the old file's lines are written first
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = _LogFile(path)
    stream_handler = logging.StreamHandler()
    stream_handler.setLevel(logging.WARNING)
    for handler in (file_handler, stream_handler):
        handler.setFormatter(formatter)
        handler.addFilter(RedactFilter())
    lines: queue.Queue[logging.LogRecord] = queue.Queue(maxsize=QUEUED_LINES)
    front = _ToWriter(lines)
    setattr(front, "_hubkiosk", True)  # noqa: B010 (marks our handler for re-setup)
    root.addHandler(front)
    root.setLevel(level.upper())
    _writer = _Writer(lines, file_handler, stream_handler, respect_handler_level=True)
    _writer.start()
    _folder = folder
    return path


def _remove_handler(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, "_hubkiosk", False):
            root.removeHandler(handler)
            handler.close()


def stop_logging(data_dir: Path) -> None:
    """The kiosk on ``data_dir`` closed: its handler leaves the root logger and its writer
    stops, what is queued written first. A line logged later in the process (the command
    after it, in a test run) goes neither to its file nor to the stderr it started with,
    which may be closed by then (a test's capture): Python printed "--- Logging error ---"
    with a traceback on the stderr of that later command. Nothing is stopped when the logs
    in force are another data dir's (set up since by another kiosk)."""
    if _writer is None or _folder != log_dir(data_dir):
        return
    _remove_handler(logging.getLogger())
    stop_writer()


def flush_logs() -> None:
    """Wait until every line logged so far is written (for the tests, which read the file
    straight after)."""
    if _writer is not None:
        _writer.queue.join()  # type: ignore[attr-defined]  # a queue.Queue: see above


def queued_lines() -> int:
    """How many lines wait for the writer now."""
    return 0 if _writer is None else _writer.queue.qsize()  # type: ignore[attr-defined]


@atexit.register
def stop_writer() -> None:
    """Write what is queued, then stop the writer and close its files (at exit, and
    before the logs are set up again)."""
    global _writer
    writer, _writer = _writer, None
    if writer is None:
        return
    writer.stop()
    for handler in writer.handlers:
        handler.close()
