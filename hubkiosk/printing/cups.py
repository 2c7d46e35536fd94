"""A system printer's CUPS queue, asked with ``lpstat`` and ``cancel`` (Linux).

QPrinter hands a page to CUPS and says nothing more: the page is spooled whether the
printer is on, off or unplugged, and a job waiting for a printer that is off prints hours
later, for whoever stands there. So a ticket for a system printer counts as printed only
when CUPS says its job has finished:

- before sending, the queue must be enabled and accepting, and hold no earlier job of ours
  that is still not finished after :data:`JOB_WAIT_S` (those are cancelled, and this
  ticket is not piled on them);
- after sending, the new job must leave the queue within :data:`JOB_WAIT_S`, or it is
  cancelled, so it never prints later for someone else.

Each fault is a :class:`~hubkiosk.printing.qt_ticket.PrintError` in words for IT; a job
that waited in vain is a :class:`NotPrinted` (the printer service then stops trying the
printer for a while: :class:`~hubkiosk.printing.service.PrinterHold`).
Windows prints through its own spooler and macOS's Qt through its own print engine: there
:func:`queue_for` answers None and the spooler's word is taken, as before (the README
says so).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass

from hubkiosk.printing.qt_ticket import PrintError

log = logging.getLogger(__name__)

#: How long (seconds) a ticket's job may take to leave the CUPS queue before it counts as
#: not printed and is cancelled: a receipt printer prints within a second or two, and one
#: waking from standby within a few more; the resident reads the number on screen meanwhile.
JOB_WAIT_S = 10.0
#: How often (seconds) the queue is asked again while a job waits.
POLL_S = 0.2
#: How long one ``lpstat`` or ``cancel`` may take before CUPS counts as not answering.
COMMAND_TIMEOUT_S = 5.0


def queue_for(printer_name: str) -> CupsQueue | None:
    """The CUPS queue QPrinter sends ``printer_name``'s jobs to, or None where Qt does not
    print through CUPS's own client (Windows, macOS) or CUPS's commands are not installed."""
    if sys.platform in ("win32", "darwin") or shutil.which("lpstat") is None:
        return None
    return CupsQueue(printer_name.partition("/")[0])  # "NAME/INSTANCE": the queue is NAME


def command_env() -> dict[str, str]:
    """The environment for CUPS's commands: CUPS's words in English, to read them; in a
    PyInstaller bundle, the library path as it was before the bundle put its own libraries
    first (the bundle's copies are not the system's ``lpstat``'s)."""
    env = {**os.environ, "LC_ALL": "C"}
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env


@dataclass(frozen=True)
class Job:
    """One job in the queue, as ``lpstat -o`` lists it."""

    id: str  # "NAME-123"
    user: str


class NotPrinted(PrintError):
    """A job of ours waited :data:`JOB_WAIT_S` in the queue without printing (it was
    cancelled): the printer is off, unplugged or stuck, though CUPS takes jobs for it."""


class CupsQueue:
    """A CUPS queue by name; each method raises PrintError when CUPS cannot be asked."""

    def __init__(self, name: str) -> None:
        import pwd  # POSIX only, as this class

        self.name = name
        #: Jobs of ours are those CUPS lists under this user (QPrinter's jobs are).
        self.user = pwd.getpwuid(os.getuid()).pw_name

    def _run(self, *args: str) -> str:
        try:
            done = subprocess.run(
                args,
                capture_output=True,
                text=True,
                timeout=COMMAND_TIMEOUT_S,
                env=command_env(),
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintError(f"CUPS did not answer `{' '.join(args)}` ({exc})") from exc
        if done.returncode != 0:
            said = " ".join(done.stderr.split()) or f"exit status {done.returncode}"
            raise PrintError(f"CUPS refused `{' '.join(args)}`: {said}")
        return done.stdout

    def jobs(self, *, finished_too: bool = False) -> list[Job]:
        """The queue's jobs not finished yet (all users'), or every job CUPS remembers."""
        which = ["-W", "all"] if finished_too else []
        jobs = []
        for line in self._run("lpstat", *which, "-o", self.name).splitlines():
            words = line.split()
            if len(words) >= 2 and not line[:1].isspace():
                jobs.append(Job(words[0], words[1]))
        return jobs

    def _ours_waiting(self, ids: set[str] | None = None) -> list[Job]:
        return [
            job for job in self.jobs() if job.user == self.user and (ids is None or job.id in ids)
        ]

    def state(self) -> str:
        """Why the queue takes no job now (stopped, not accepting), or "" when it does."""
        printer = self._run("lpstat", "-p", self.name)
        if f"printer {self.name} disabled" in printer:
            return f"the print queue '{self.name}' is stopped ({self._reason(printer)})"
        accepting = self._run("lpstat", "-a", self.name)
        if f"{self.name} not accepting" in accepting:
            return (
                f"the print queue '{self.name}' is not accepting jobs ({self._reason(accepting)})"
            )
        return ""

    @staticmethod
    def _reason(said: str) -> str:
        """The indented reason lines under ``lpstat -p`` / ``-a``'s first line."""
        lines = [line.strip() for line in said.splitlines()[1:] if line.strip()]
        return "CUPS says: " + (" ".join(lines) or "nothing more")

    def _printer_says(self) -> str:
        try:
            return self._reason(self._run("lpstat", "-p", self.name))
        except PrintError as exc:
            return str(exc)

    def cancel(self, jobs: list[Job]) -> None:
        """Cancel ``jobs`` (a job that ended meanwhile is no fault)."""
        for job in jobs:
            try:
                self._run("cancel", job.id)
            except PrintError as exc:
                log.warning("could not cancel print job %s: %s", job.id, exc)

    def _wait_gone(self, ids: set[str]) -> list[Job]:
        """Wait up to JOB_WAIT_S for our jobs ``ids`` to leave the queue; those still in it."""
        deadline = time.monotonic() + JOB_WAIT_S
        while waiting := self._ours_waiting(ids):
            if time.monotonic() >= deadline:
                return waiting
            time.sleep(POLL_S)  # off the GUI thread: printing runs on an OpRunner
        return []

    def check_ready(self) -> set[str]:
        """Before a ticket: fail if the queue cannot print it now; every job id CUPS holds
        for it (to find the ticket's own job once it is sent)."""
        if refused := self.state():
            raise PrintError(refused)
        if earlier := self._ours_waiting():
            stuck = self._wait_gone({job.id for job in earlier})
            if stuck:
                says = self._printer_says()
                self.cancel(stuck)
                raise NotPrinted(
                    f"{len(stuck)} earlier job(s) of this kiosk had waited in the print queue "
                    f"'{self.name}' for over {JOB_WAIT_S:g} s ({says}); they were cancelled so "
                    "they do not print later for someone else, and this one was not sent"
                )
        return {job.id for job in self.jobs(finished_too=True)}

    def wait_printed(self, before: set[str]) -> None:
        """After a ticket was handed to CUPS: return once its job has finished; else cancel
        it and fail."""
        ours = {
            job.id
            for job in self.jobs(finished_too=True)
            if job.user == self.user and job.id not in before
        }
        if not ours:
            raise PrintError(f"the print queue '{self.name}' did not take the page")
        stuck = self._wait_gone(ours)
        if stuck:
            says = self._printer_says()
            self.cancel(stuck)
            raise NotPrinted(
                f"the print queue '{self.name}' had not printed the page after {JOB_WAIT_S:g} s "
                f"({says}); the job was cancelled so it does not print later for someone else"
            )
