"""Print a ticket or a form's reference slip on the printer IT configured, and report
faults without failing.

``settings.printer`` names the printer:

- ``none``: no printer; the ticket is shown on screen only.
- ``system`` or ``system:NAME``: a system printer through QPrinter; on Linux a ticket counts
  as printed once its CUPS job has finished (see :mod:`hubkiosk.printing.cups`).
- ``pdf:FOLDER``: a PDF per ticket through QPrinter (for testing a site without a printer);
  a ticket printed again gets a file of its own (``...-2.pdf``).
- ``usb:VID:PID`` (hex, e.g. ``usb:04b8:0202``), ``network:HOST[:PORT]`` (port 9100 by
  default), ``serial:DEVICE`` or ``file:DEVICE`` (e.g. ``/dev/usb/lp0``): an ESC/POS
  thermal printer through python-escpos.

:meth:`TicketPrinter.print` and :meth:`~TicketPrinter.print_slip` run off the GUI thread;
for an ESC/POS printer, what Qt draws (the line in the resident's language) is drawn on
the GUI thread first (:meth:`TicketPrinter.draw`), so its printing thread makes no Qt call.
They never raise: a fault (printer missing, out of paper, refused) is logged for IT,
written as a ``StoreEvent`` (the adviser and IT screen shows it), and returned, so the
screen shows the number large instead. A system printer whose job waited in vain is held
(:mod:`hubkiosk.printing.hold`): the next pages fail at once, without a new notice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from PySide6.QtGui import QPaintDevice

from hubkiosk.printing import cups, escpos_ticket, hold, qt_ticket
from hubkiosk.printing.qt_ticket import PrintError
from hubkiosk.printing.slip import ReferenceSlip
from hubkiosk.printing.spec import parse_spec
from hubkiosk.printing.ticket import TicketPrint
from hubkiosk.store import records
from hubkiosk.store.db import Store
from hubkiosk.store.health import fault_told, record_printer_ok
from hubkiosk.store.models import PRINTER_FAULT

log = logging.getLogger(__name__)

NETWORK_TIMEOUT_S = 5.0
#: Printers a page is painted for with QPainter (QPrinter: a system printer, a PDF file).
QT_KINDS = ("system", "pdf")
#: ``paper_status()`` answers: 0 = no paper, 1 = nearly out, 2 = fine.
NO_PAPER = 0


@dataclass(frozen=True)
class Drawn:
    """A ticket's parts Qt draws for an ESC/POS printer, drawn on the GUI thread: there, Qt
    drawing words on the printing thread beside the GUI thread measuring its own once froze
    the kiosk for good (s30, CI), neither thread going on."""

    #: The line in the resident's language (None: English, or not an ESC/POS printer).
    local_line: Image.Image | None = None


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to the paper ticket."""

    #: A ticket came out of a printer.
    printed: bool
    #: A printer is configured at all (``none`` is not a fault).
    configured: bool
    #: What went wrong, in words for IT (None when printed or not configured).
    fault: str | None = None


def open_escpos(kind: str, target: str) -> Any:
    """A python-escpos printer object for an ESC/POS printer spec."""
    from escpos import printer as escpos

    if kind == "usb":
        vendor, _, product = target.partition(":")
        return escpos.Usb(int(vendor, 16), int(product, 16))
    if kind == "network":
        host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "")
        return escpos.Network(host or target, int(port or 9100), timeout=NETWORK_TIMEOUT_S)
    if kind == "serial":
        return escpos.Serial(devfile=target)
    return escpos.File(devfile=target)


def check_paper(printer: Any, kind: str) -> None:
    """Ask a two-way printer whether it has paper; printers that cannot answer are trusted."""
    if kind not in ("usb", "network", "serial"):
        return
    try:
        status = printer.paper_status()
    except Exception as exc:  # the printer does not answer status queries
        log.info("ticket printer gives no paper status (%s)", type(exc).__name__)
        return
    if status == NO_PAPER:
        raise PrintError("the ticket printer is out of paper")


def unused_path(path: Path) -> Path:
    """``path``, or when a file has that name already (a ticket printed again: the same
    issue time and number), the first free ``NAME-2.pdf``, ``NAME-3.pdf``...: a reprint
    never overwrites the page printed before it."""
    count = 1
    found = path
    while found.exists():
        count += 1
        found = path.with_name(f"{path.stem}-{count}{path.suffix}")
    return found


class TicketPrinter:
    """Prints tickets on the configured printer; see the module docstring."""

    def __init__(
        self,
        spec: str,
        store: Store | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        escpos_factory: Callable[[str, str], Any] = open_escpos,
        held: hold.PrinterHold | None = None,
    ) -> None:
        self.spec = spec
        self.store = store
        self.now = now
        self.escpos_factory = escpos_factory
        #: The kiosk's printers known not to print (None: every page tries the printer).
        self.held = held
        if spec.strip().partition(":")[0].lower() in QT_KINDS:
            # Made on the GUI thread; its jobs run off it (see load_plugins).
            qt_ticket.load_plugins()

    @property
    def configured(self) -> bool:
        return self.spec.strip().lower() not in ("", "none")

    def draw(self, ticket: TicketPrint) -> Drawn:
        """On the GUI thread: what Qt draws of ``ticket`` for this printer (see
        :class:`Drawn`), a few tenths of a millisecond (the first Bengali line, some 25 ms:
        Qt loads the font). Never raises: a printer spec it cannot read draws nothing, and
        :meth:`print` reports it."""
        local = ticket.local_line
        if not self.configured or not local:
            return Drawn()
        try:
            kind, _ = parse_spec(self.spec)
            return Drawn() if kind in QT_KINDS else Drawn(escpos_ticket.text_image(local))
        except Exception:
            log.exception("could not draw the ticket's line in the resident's language")
            return Drawn()

    def print(
        self, ticket: TicketPrint, *, test: bool = False, drawn: Drawn | None = None
    ) -> PrintOutcome:
        """Print a queue ticket (never raises: see the module docstring); ``test``: IT's
        test ticket, which tries a held printer; ``drawn``: what :meth:`draw` drew of it."""
        stamp = ticket.issued_at.strftime("%Y%m%dT%H%M%S")
        local_image = None if drawn is None else drawn.local_line
        return self._job(
            escpos=lambda printer: escpos_ticket.print_ticket(printer, ticket, local_image),
            paint=lambda device: qt_ticket.paint_ticket(device, ticket),
            pdf_name=f"ticket-{stamp}-{ticket.number}.pdf",
            shown="The test ticket did not print"
            if test
            else f"Ticket {ticket.number} was shown on screen instead",
            test=test,
        )

    def print_slip(self, slip: ReferenceSlip) -> PrintOutcome:
        """Print a form's reference slip (never raises, like :meth:`print`)."""
        stamp = slip.printed_at.strftime("%Y%m%dT%H%M%S%f")
        return self._job(
            escpos=lambda printer: escpos_ticket.print_slip(printer, slip),
            paint=lambda device: qt_ticket.paint_slip(device, slip),
            pdf_name=f"reference-{stamp}.pdf",
            shown="The reference number was shown on screen instead",
        )

    def _job(
        self,
        *,
        escpos: Callable[[Any], None],
        paint: Callable[[QPaintDevice], None],
        pdf_name: str,
        shown: str,
        test: bool = False,
    ) -> PrintOutcome:
        if not self.configured:
            return PrintOutcome(printed=False, configured=False)
        held = None if self.held is None or test else self.held.fault(self.spec)
        if held is not None:  # told at once; IT heard of this fault when it began
            log.warning("ticket printer held, not tried: %s", shown)
            return PrintOutcome(printed=False, configured=True, fault=held)
        try:
            self._send(escpos, paint, pdf_name)
        except Exception as exc:
            fault = " ".join(str(exc).split()) or type(exc).__name__
            if not isinstance(exc, cups.NotPrinted) or self.held is None:
                self.report(fault, shown)
            elif self.held.hold(self.spec, fault):
                self.report(
                    fault,
                    f"{shown}; until a page prints, the next tickets are shown on screen "
                    "without trying the printer (it is tried again after "
                    f"{hold.RETRY_S / 60:g} minutes, or print a test ticket)",
                )
            else:  # tried again, still not printing: the same fault
                log.error("ticket printer still not printing: %s. %s", fault, shown)
            return PrintOutcome(printed=False, configured=True, fault=fault)
        if self.held is not None:
            self.held.release(self.spec)
        if self.store is not None:
            try:
                record_printer_ok(self.store, self.now())  # a fault IT saw is over
            except Exception:
                log.exception("could not record that the printer works again")
        return PrintOutcome(printed=True, configured=True)

    def _send(
        self, escpos: Callable[[Any], None], paint: Callable[[QPaintDevice], None], pdf_name: str
    ) -> None:
        kind, target = parse_spec(self.spec)
        if kind == "system":
            printer = qt_ticket.system_printer(target or None)
            queue = cups.queue_for(printer.printerName())
            if queue is None:  # Windows, macOS: the spooler's word is taken
                paint(printer)
                return
            before = queue.check_ready()  # no page for a stopped or stuck queue
            paint(printer)
            queue.wait_printed(before)  # printed once CUPS has finished the job
        elif kind == "pdf":
            folder = Path(target)
            folder.mkdir(parents=True, exist_ok=True)
            paint(qt_ticket.pdf_printer(unused_path(folder / pdf_name)))
        else:
            printer = self.escpos_factory(kind, target)
            try:
                printer.open()  # fails here, with a reason, when the printer is not there
                check_paper(printer, kind)
                escpos(printer)
            finally:
                try:
                    printer.close()
                except Exception as exc:  # closing a printer that never opened
                    log.debug("closing the ticket printer: %s", exc)

    def report(self, fault: str, shown: str) -> None:
        """Tell IT: a log line and a StoreEvent (no personal data: a number and the fault)."""
        kind = self.spec.partition(":")[0]
        told = f"Ticket printer ({kind}) failed: {fault.rstrip('.')}. "
        message = f"{told}{shown}. Check the printer's paper, power and cable."
        log.error("ticket printer fault: %s", message)
        if self.store is None:
            return
        try:
            if fault_told(self.store, told):  # the same fault goes on: IT has its notice
                return
            with self.store.session() as session:
                records.add_notice(session, kind=PRINTER_FAULT, message=message, at=self.now())
        except Exception:
            log.exception("could not record the printer fault in the store")
