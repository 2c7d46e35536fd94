"""A system printer (``printer = "system:NAME"``) through a real CUPS: a private cupsd with
its own directories and socket, and queues to a printer on 127.0.0.1 that is off (a port
that refuses) or on (a socket that takes the job's bytes), as a hub's network receipt
printer is. CI installs CUPS (scripts/dev.sh, package ``cups``)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from hubkiosk.core.pin import hash_pin
from hubkiosk.printing import cups, hold
from hubkiosk.store.models import StoreEvent
from hubkiosk.ui.printer_check import PrinterCheck
from hubkiosk.ui.screens import ScreenId

SBIN = "/usr/sbin:/sbin"
SOCKET_BACKEND = Path("/usr/lib/cups/backend/socket")
#: How long the kiosk waits for a job to a printer that is off (never finishes, however long).
TEST_JOB_WAIT_S = 1.0


def command(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=SBIN)
    if found is None or not SOCKET_BACKEND.exists():
        pytest.fail(
            f"CUPS is not installed ({name} or its socket backend is missing): "
            "apt-get install cups (scripts/dev.sh test installs it)"
        )
    return found


@pytest.fixture(scope="session")
def cupsd() -> Iterator[str]:
    """A private cupsd for this test process; its socket's path (for ``CUPS_SERVER``)."""
    # As root, cupsd runs the backends as "lp", who must reach the spool: under /tmp, not
    # under the test run's own TMPDIR (scripts/dev.sh makes it 0700). Short: a socket's
    # path has 107 bytes.
    root = Path(tempfile.mkdtemp(prefix="hkcups-", dir="/tmp"))
    root.chmod(0o755)
    for name in ("spool", "cache", "state", "tmp"):
        (root / name).mkdir()
    sock = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Policy default>\n<Limit All>\nOrder allow,deny\nAllow all\n</Limit>\n</Policy>\n"
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root}/spool\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nTempDir {root}/tmp\nErrorLog stderr\nAccessLog {root}/access_log\n"
        f"PageLog {root}/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
    )
    daemon = subprocess.Popen(
        [command("cupsd"), "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert daemon.stderr is not None
    said: list[str] = []
    for line in daemon.stderr:  # cupsd says when it listens
        said.append(line)
        if "Listening to" in line:
            break
    assert said and "Listening to" in said[-1], "".join(said)
    # Its log read on, so a full pipe never stops it.
    threading.Thread(target=said.extend, args=(daemon.stderr,), daemon=True).start()
    try:
        yield str(sock)
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Cups:
    """The private CUPS, as IT would use it from a shell."""

    server: str
    names: Iterator[int] = field(default_factory=itertools.count)

    def run(self, *args: str) -> str:
        env = {**os.environ, "CUPS_SERVER": self.server, "LC_ALL": "C"}
        done = subprocess.run(
            [command(args[0]), *args[1:]], capture_output=True, text=True, env=env, timeout=30
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def add_queue(self, port: int) -> str:
        name = f"hubticket{next(self.names)}"
        self.run("lpadmin", "-p", name, "-E", "-v", f"socket://127.0.0.1:{port}", "-m", "raw")
        return name

    def jobs(self, name: str, which: str = "not-completed") -> list[str]:
        return [
            line.split()[0] for line in self.run("lpstat", "-W", which, "-o", name).splitlines()
        ]


@pytest.fixture
def system_cups(cupsd: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cups]:
    """The private CUPS as the kiosk's print system (each print runs on a thread of its
    own, which reads ``CUPS_SERVER`` when it first asks CUPS)."""
    monkeypatch.setenv("CUPS_SERVER", cupsd)
    printers = Cups(cupsd)
    yield printers
    for line in printers.run("lpstat", "-p").splitlines():
        if line.startswith("printer "):
            printers.run("lpadmin", "-x", line.split()[1])  # its jobs go with it


@pytest.fixture
def printer_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A port on 127.0.0.1 that refuses connections: a network printer that is off (a job
    for it never finishes, so the kiosk waits for it 1 s rather than 10)."""
    monkeypatch.setattr(cups, "JOB_WAIT_S", TEST_JOB_WAIT_S)
    with socket.socket() as refusing:
        refusing.bind(("127.0.0.1", 0))  # held, never listening
        yield refusing.getsockname()[1]


@dataclass
class PrinterOn:
    """A network printer that is on: takes each job's bytes on 127.0.0.1."""

    port: int
    pages: list[bytes] = field(default_factory=list)


@pytest.fixture
def printer_on() -> Iterator[PrinterOn]:
    listening = socket.create_server(("127.0.0.1", 0))
    printer = PrinterOn(listening.getsockname()[1])

    def serve() -> None:
        while True:
            try:
                conn, _ = listening.accept()
            except OSError:  # closed: the test is over
                return
            with conn, conn.makefile("rb") as job:
                printer.pages.append(job.read())  # to the end: the job's bytes

    threading.Thread(target=serve, daemon=True).start()
    yield printer
    listening.close()


def take_ticket(kiosk, qtbot, click, timeout=30_000):
    """A resident takes a Housing ticket; the ticket screen once the printer has answered
    (within ``timeout`` ms)."""
    window = kiosk.window
    issued = window.screens[ScreenId.TICKET_ISSUED]
    click(window, "Housing")
    with (
        qtbot.waitSignal(issued.print_finished, timeout=timeout) as printed,
        qtbot.waitSignal(window.screen_changed, timeout=10_000),
    ):
        click(window, "Get my ticket")
    return issued, printed.args[0]


def test_a_ticket_for_a_printer_that_is_off_is_not_printed_and_never_prints_later(
    queue_kiosk, system_cups, printer_off, qtbot, click
):
    """The finding: CUPS spooled every ticket for a printer that was off; each resident was
    told to take a ticket from the printer, IT heard nothing, and the tickets all came out
    later for whoever stood there."""
    name = system_cups.add_queue(printer_off)
    kiosk = queue_kiosk(config={"printer": f"system:{name}"})
    issued, outcome = take_ticket(kiosk, qtbot, click)
    assert not outcome.printed and outcome.configured
    assert f"print queue '{name}' had not printed the page after 1 s" in outcome.fault
    assert "cancelled so it does not print later" in outcome.fault
    # The screen is the ticket: the number large, and why.
    assert issued.fallback and issued.number.text() == "H-001"
    assert issued.print_status.text().startswith("Sorry, the printer is not working.")
    # Nothing left in the queue to print for someone else.
    assert system_cups.jobs(name) == []
    assert len(system_cups.jobs(name, "all")) == 1  # its job, cancelled
    assert "Ticket H-001 was shown on screen instead" in printer_faults(kiosk)[0]


def test_a_stopped_queue_is_one_notice_for_it_not_one_per_resident(
    queue_kiosk, system_cups, printer_on, qtbot, click
):
    """The finding: with the print queue stopped (or refusing jobs, or a USB printer
    unplugged), each resident's ticket failed at once, as it should, but each added its own
    "Ticket printer failed" notice: the adviser and IT screen's newest notices were all the
    same fault, pushing out anything else IT had to read. One notice per fault, until a
    page prints; the log still names every ticket shown on screen instead."""
    name = system_cups.add_queue(printer_on.port)
    system_cups.run("cupsdisable", name)
    kiosk = queue_kiosk(config={"printer": f"system:{name}"})
    for number in ("H-001", "H-002", "H-003"):
        issued, outcome = take_ticket(kiosk, qtbot, click)
        assert not outcome.printed and issued.fallback and issued.number.text() == number
        assert f"the print queue '{name}' is stopped" in outcome.fault
        click(kiosk.window, "Done")
    (fault,) = printer_faults(kiosk)
    assert "Ticket H-001 was shown on screen instead" in fault
    # IT starts the queue again: the next ticket prints, and a new fault is a new notice.
    system_cups.run("cupsenable", name)
    issued, outcome = take_ticket(kiosk, qtbot, click)
    assert outcome.printed and not issued.fallback
    click(kiosk.window, "Done")
    system_cups.run("cupsdisable", name)
    take_ticket(kiosk, qtbot, click)
    assert len(printer_faults(kiosk)) == 2


def printer_faults(kiosk) -> list[str]:
    with kiosk.store.session() as session:
        return list(
            session.scalars(select(StoreEvent.message).where(StoreEvent.kind == "printer_fault"))
        )


def sign_in(kiosk, qtbot, click):
    """An adviser signs in with the PIN: the adviser and IT screen, its status read."""
    window = kiosk.window
    screen = window.screens[ScreenId.ADVISER_HOME]
    kiosk.ctx.go(ScreenId.ADVISER_PIN)
    for digit in "2468":
        click(window, digit)
    with qtbot.waitSignal(screen.status_read, timeout=10_000):
        click(window, "Sign in")
    return screen


TEST_ANSWERS = ("The test ticket printed", "The printer failed")


def printer_check(screen) -> PrinterCheck:
    return screen.findChild(PrinterCheck)


def print_test_ticket(screen, qtbot, click) -> str:
    """IT's "Print a test ticket"; what it answered, once the printer has."""
    result = printer_check(screen).result
    click(screen, "Print a test ticket")
    qtbot.waitUntil(lambda: result.text().startswith(TEST_ANSWERS), timeout=30_000)
    return result.text()


def test_once_a_ticket_did_not_print_the_next_residents_are_told_at_once_until_it_prints(
    queue_kiosk, system_cups, printer_off, printer_on, qtbot, click, monkeypatch
):
    """The finding: with a printer that never prints the jobs CUPS takes for it (off,
    unplugged: the queue idle and accepting), every resident waited the whole wait for
    "Printing your ticket..." to turn into "Sorry, the printer is not working", each with a
    job sent (and cancelled) and a notice for IT. Now the first resident waits; the next
    are told at once, with no job sent and no new notice, until a test ticket prints."""
    name = system_cups.add_queue(printer_off)
    kiosk = queue_kiosk(
        config={
            "printer": f"system:{name}",
            "adviser_pin_hash": hash_pin("2468", rounds=1000),
        }
    )
    issued, outcome = take_ticket(kiosk, qtbot, click)  # waits 1 s for nothing
    assert "had not printed the page after 1 s" in outcome.fault
    click(kiosk.window, "Done")
    # A wait of a minute: the next residents are told well before.
    monkeypatch.setattr(cups, "JOB_WAIT_S", 60.0)
    for number in ("H-002", "H-003"):
        issued, outcome = take_ticket(kiosk, qtbot, click, timeout=10_000)
        assert not outcome.printed and issued.fallback and issued.number.text() == number
        assert issued.print_status.text().startswith("Sorry, the printer is not working.")
        click(kiosk.window, "Done")
    assert len(system_cups.jobs(name, "all")) == 1  # the first ticket's only, cancelled
    (fault,) = printer_faults(kiosk)  # one fault, told once
    assert "Ticket H-001 was shown on screen instead" in fault
    assert "the next tickets are shown on screen without trying the printer" in fault

    # The adviser and IT screen says tickets are not printing. IT turns the printer on
    # (here: the queue now goes to one that is on) and prints a test ticket: it is tried.
    screen = sign_in(kiosk, qtbot, click)
    said = printer_check(screen).result
    assert said.text().startswith("Tickets are not being printed")
    kiosk.ctx.set_language("bn")  # an adviser reading Bengali reads it in Bengali
    qtbot.waitUntil(lambda: said.text().startswith("টিকিট প্রিন্ট হচ্ছে না"), timeout=5_000)
    kiosk.ctx.set_language("en")
    qtbot.waitUntil(lambda: said.text().startswith("Tickets are not being printed"))
    system_cups.run("lpadmin", "-p", name, "-v", f"socket://127.0.0.1:{printer_on.port}")
    assert print_test_ticket(screen, qtbot, click).startswith("The test ticket printed")
    assert len(printer_on.pages) == 1
    with qtbot.waitSignal(kiosk.window.screen_changed, timeout=10_000):
        click(kiosk.window, "Leave adviser mode")
    issued, outcome = take_ticket(kiosk, qtbot, click)
    assert outcome.printed and not issued.fallback
    assert issued.print_status.text() == "Please take your ticket from the printer."
    assert len(printer_on.pages) == 2


def test_a_held_printer_is_tried_again_after_a_while(
    queue_kiosk, system_cups, printer_off, qtbot, click, monkeypatch
):
    """Turned on again without a test ticket, the printer would never be tried: after
    ``RETRY_S`` the next ticket tries it (failing again, the same fault: no new notice)."""
    name = system_cups.add_queue(printer_off)
    kiosk = queue_kiosk(config={"printer": f"system:{name}"})
    take_ticket(kiosk, qtbot, click)
    click(kiosk.window, "Done")
    monkeypatch.setattr(hold, "RETRY_S", 0.0)  # the while has passed
    issued, outcome = take_ticket(kiosk, qtbot, click)
    assert "had not printed the page after 1 s" in outcome.fault  # tried, waited, cancelled
    assert issued.fallback and len(system_cups.jobs(name, "all")) == 2
    assert system_cups.jobs(name) == []
    assert len(printer_faults(kiosk)) == 1


@pytest.mark.parametrize(
    ("stop", "fault"), [("cupsdisable", "is stopped"), ("cupsreject", "is not accepting jobs")]
)
def test_a_stopped_print_queue_gets_no_test_ticket_and_it_says_so(
    make_kiosk, system_cups, printer_on, qtbot, click, stop, fault
):
    """IT's "Print a test ticket" said it printed on a stopped queue (the job waited there)
    and on one refusing jobs (QPrinter does not say CUPS refused it)."""
    name = system_cups.add_queue(printer_on.port)
    system_cups.run(stop, name)
    kiosk = make_kiosk(config={"printer": f"system:{name}"})
    kiosk.window.show_screen(ScreenId.ADVISER_HOME)
    screen = kiosk.window.screens[ScreenId.ADVISER_HOME]
    labels = screen.findChildren(type(screen.heading))
    answers = ("The test ticket printed", "The printer failed")
    click(kiosk.window, "Print a test ticket")
    qtbot.waitUntil(lambda: any(w.text().startswith(answers) for w in labels), timeout=20_000)
    said = next(w.text() for w in labels if w.text().startswith(answers))
    assert said.startswith("The printer failed: ")
    assert f"the print queue '{name}' {fault}" in said
    assert system_cups.jobs(name, "all") == []  # no job left to print when it starts again
    assert printer_on.pages == []


def test_earlier_jobs_stuck_in_the_queue_are_cancelled_not_piled_on(
    queue_kiosk, system_cups, printer_off, qtbot, click, tmp_path
):
    """Jobs of ours that still wait (sent before this version, or the kiosk stopped while
    one waited) would come out with the next ticket: they are cancelled and no ticket is
    added behind them."""
    name = system_cups.add_queue(printer_off)
    page = tmp_path / "page.txt"
    page.write_text("an earlier ticket\n")
    system_cups.run("lp", "-d", name, str(page))
    kiosk = queue_kiosk(config={"printer": f"system:{name}"})
    issued, outcome = take_ticket(kiosk, qtbot, click)
    assert not outcome.printed and issued.fallback
    assert "1 earlier job(s) of this kiosk had waited" in outcome.fault
    assert "this one was not sent" in outcome.fault
    assert system_cups.jobs(name) == []
    assert len(system_cups.jobs(name, "all")) == 1  # the earlier job only, cancelled


def test_a_working_system_printer_prints_once_cups_has_sent_the_job(
    queue_kiosk, system_cups, printer_on, qtbot, click
):
    name = system_cups.add_queue(printer_on.port)
    kiosk = queue_kiosk(config={"printer": f"system:{name}"})
    issued, outcome = take_ticket(kiosk, qtbot, click)
    assert outcome.printed and outcome.fault is None
    assert issued.print_status.text() == "Please take your ticket from the printer."
    assert len(printer_on.pages) == 1 and printer_on.pages[0].startswith(b"%PDF")
    assert system_cups.jobs(name) == [] and len(system_cups.jobs(name, "completed")) == 1


@pytest.mark.parametrize(("before", "after"), [("/usr/local/lib", "/usr/local/lib"), (None, None)])
def test_cups_commands_run_on_the_systems_libraries_in_a_bundle(monkeypatch, before, after):
    """The PyInstaller bundle puts its own libraries first on LD_LIBRARY_PATH (saving the
    machine's in LD_LIBRARY_PATH_ORIG); ``lpstat`` must load the system's, not those."""
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setenv(
        "LD_LIBRARY_PATH", "/opt/hubkiosk/_internal" + (f":{before}" if before else "")
    )
    if before is None:
        monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    else:
        monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", before)
    env = cups.command_env()
    assert env.get("LD_LIBRARY_PATH") == after and env["LC_ALL"] == "C"


def test_a_test_ticket_on_a_printer_that_is_off_holds_up_no_other_operation(
    queue_kiosk, system_cups, printer_off, qtbot, click, monkeypatch
):
    """The finding: "Print a test ticket" ran on the kiosk's one operation runner, so with a
    printer that does not print, "Back up now" (and any store operation: a resident's
    ticket on the other side of the screen) waited behind it for the printer's 10-20 s."""
    monkeypatch.setattr(cups, "JOB_WAIT_S", 5.0)
    name = system_cups.add_queue(printer_off)
    kiosk = queue_kiosk(
        config={"printer": f"system:{name}", "adviser_pin_hash": hash_pin("2468", rounds=1000)}
    )
    screen = sign_in(kiosk, qtbot, click)
    result = printer_check(screen).result
    click(screen, "Print a test ticket")
    assert result.text() == "Printing a test ticket…"
    with qtbot.waitSignal(screen.status_read, timeout=10_000):
        click(screen, "Back up now")  # done, and the screen's status read again, meanwhile
    assert "kept; the newest is from" in screen.backup_line.text()
    assert result.text() == "Printing a test ticket…"  # the printer still waited for
    qtbot.waitUntil(lambda: result.text().startswith(TEST_ANSWERS), timeout=30_000)
    assert result.text().startswith("The printer failed: ")
    assert "had not printed the page after 5 s" in result.text()
    assert system_cups.jobs(name) == []


def test_the_adviser_screen_says_tickets_are_not_printing_until_a_page_prints(
    queue_kiosk, qtbot, click
):
    """QA: "Tickets are not being printed" left the adviser and IT screen 5 minutes after
    the fault (when the next ticket may try the printer again), though nothing had printed.
    It stays until a page prints."""
    moment = [1000.0]
    kiosk = queue_kiosk(
        config={"printer": "system:hubticket", "adviser_pin_hash": hash_pin("2468", rounds=1000)}
    )
    kiosk.ctx.printer_hold = hold.PrinterHold(clock=lambda: moment[0])
    kiosk.ctx.printer_hold.hold("system:hubticket", "the print queue did not print the page")
    moment[0] += hold.RETRY_S + 1  # a quiet hub: no ticket for five minutes
    screen = sign_in(kiosk, qtbot, click)
    said = printer_check(screen).result
    qtbot.waitUntil(lambda: said.text().startswith("Tickets are not being printed"))
    kiosk.ctx.printer_hold.release("system:hubticket")  # a page printed
    kiosk.ctx.set_language("bn")
    kiosk.ctx.set_language("en")
    qtbot.waitUntil(lambda: said.text() == "")
