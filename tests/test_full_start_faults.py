"""A full start (no memo from an earlier start) that meets a fault ends as a quick start
does: one line, "hubkiosk cannot start: ...", exit code 1; an unforeseen fault's details go
to the log for IT. It caught only ValueError and RuntimeError: anything else ended the
kiosk with a Python traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hubkiosk.logs import log_dir

ROOT = Path(__file__).resolve().parent.parent


def start(data: Path, *, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m hubkiosk --windowed --data-dir DATA`` as a hub starts it (or ``code``
    first, then the kiosk's ``main`` with those arguments), offscreen, once painted."""
    argv = ["--windowed", "--data-dir", str(data)]
    if code is None:
        command = [sys.executable, "-m", "hubkiosk", *argv]
    else:
        command = [
            sys.executable,
            "-c",
            f"{code}\nimport sys\nfrom hubkiosk.app import main\nsys.exit(main({argv!r}))",
        ]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUBKIOSK_", "QT_"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "HUBKIOSK_START_PROBE": "ready"}
    return subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)


def test_a_log_file_that_cannot_be_opened_is_said_in_one_line(tmp_path):
    """The log file cannot be opened (here a folder where it should be; on a hub, a file
    left by a start as another user): the full start ended with a traceback."""
    data = tmp_path / "data"
    (log_dir(data) / "hubkiosk.log").mkdir(parents=True)
    done = start(data)
    assert done.returncode == 1, done.stderr
    said = done.stderr.strip().splitlines()
    assert len(said) == 1, done.stderr
    assert said[0].startswith("hubkiosk cannot start: "), said
    assert "hubkiosk.log" in said[0]
    assert "Traceback" not in done.stderr


def test_a_fault_not_foreseen_ends_a_full_start_in_one_line_with_details_in_the_log(tmp_path):
    """Qt's OverflowError for a 25-day sync interval (past the settings' bounds, as before
    they had one), met while the full start finishes: a traceback was its last word."""
    data = tmp_path / "data"
    code = (
        "import hubkiosk.app as app\n"
        "validated = app.load_settings\n"
        "app.load_settings = lambda args: validated(args).model_copy("
        "update={'sync_interval_seconds': 2_200_000.0})"
    )
    done = start(data, code=code)
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("hubkiosk cannot start: OverflowError"), done.stderr
    assert last.endswith("(details in the log)"), done.stderr
    logged = (log_dir(data) / "hubkiosk.log").read_text(encoding="utf-8")
    assert "start failed" in logged and "Traceback" in logged and "OverflowError" in logged
