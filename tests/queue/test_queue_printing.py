"""Tickets on paper: ESC/POS bytes through python-escpos's Dummy, a PDF through QPrinter."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from escpos.printer import Dummy
from sqlalchemy import select

from hubkiosk.printing import escpos_ticket
from hubkiosk.printing.qt_ticket import print_pdf
from hubkiosk.printing.service import TicketPrinter, parse_spec
from hubkiosk.printing.ticket import TicketPrint, queue_url
from hubkiosk.store.models import StoreEvent


def make_ticket(language: str = "en", url: str | None = "https://hubs.example.gov.uk/q"):
    return TicketPrint(
        hub_name="Idea Store Bow",
        number="H-023",
        service_name="Housing",
        issued_at=dt.datetime(2026, 11, 24, 10, 31, tzinfo=dt.UTC),
        position=3,
        wait_low=10,
        wait_high=20,
        qr_url=queue_url(url, "8d1c0b6e-0000-4000-8000-000000000001"),
        language=language,
        service_name_local="আবাসন" if language == "bn" else None,
    )


def test_escpos_bytes_of_a_ticket(qapp):
    printer = Dummy()
    escpos_ticket.print_ticket(printer, make_ticket("bn"))
    data = printer.output
    for text in (
        b"Idea Store Bow",
        b"H-023",
        b"Housing",
        b"10:31, Tue 24 Nov 2026",
        b"You are number 3 in the queue",
        b"Estimated wait: about 10 to 20 minutes",
        b"Scan to follow the queue",
    ):
        assert text in data
    assert b"\x1d\x21\x44" in data  # GS ! : character size 5 x 5 for the number
    assert b"\x1dv0" in data  # GS v 0: raster images (the Bengali line and the QR code)
    assert data.rstrip(b"\n").endswith(b"\x1dVA\x00") or b"\x1dV" in data[-8:]  # cut
    # Bengali cannot go out as text: it is in the picture, not the bytes.
    assert "আবাসন".encode() not in data


def test_english_ticket_has_no_picture_line_and_no_qr_without_url(qapp):
    printer = Dummy()
    escpos_ticket.print_ticket(printer, make_ticket("en", url=None))
    assert b"H-023" in printer.output
    assert b"\x1dv0" not in printer.output
    assert b"Scan to follow" not in printer.output


def test_pdf_ticket_through_qprinter(qapp, tmp_path):
    path = print_pdf(make_ticket("bn"), tmp_path / "ticket.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "Idea Store Bow",
        "H-023",
        "Housing",
        "You are number 3 in the queue",
        "about 10 to 20 minutes",
        "Scan to follow the queue",
    ):
        assert words in text
    assert "ডাকা" in text  # the Bengali line is real text in the PDF (shaped, so partly reordered)


def test_pdf_printer_spec_writes_a_file(qapp, tmp_path):
    outcome = TicketPrinter(f"pdf:{tmp_path / 'out'}").print(make_ticket())
    assert outcome.printed and outcome.fault is None
    assert len(list((tmp_path / "out").glob("ticket-*-H-023.pdf"))) == 1


def test_escpos_file_printer_gets_the_bytes(qapp, tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    outcome = TicketPrinter(f"file:{device}").print(make_ticket())
    assert outcome.printed
    assert b"H-023" in device.read_bytes()


def test_a_fault_is_reported_not_raised(qapp, store):
    class OutOfPaper(Dummy):
        def paper_status(self) -> int:
            return 0

    printer = TicketPrinter("usb:04b8:0202", store, escpos_factory=lambda k, t: OutOfPaper())
    outcome = printer.print(make_ticket())
    assert not outcome.printed and outcome.configured
    assert outcome.fault == "the ticket printer is out of paper"
    with store.session() as session:
        event = session.scalars(select(StoreEvent)).one()
    assert event.kind == "printer_fault" and "H-023" in event.message


def test_no_printer_is_not_a_fault(store):
    outcome = TicketPrinter("none", store).print(make_ticket())
    assert not outcome.printed and not outcome.configured and outcome.fault is None


@pytest.mark.parametrize("spec", ["laser", "usb", "network:"])
def test_bad_specs_are_named(spec):
    with pytest.raises(ValueError):
        parse_spec(spec)


@pytest.mark.parametrize("spec", ["pdf:{folder}", "system"])
def test_a_qt_printer_loads_its_plugins_on_the_gui_thread(tmp_path, spec):
    """A job's QPrinter loads the print-support plugin, and a page with a QR code makes
    Qt's PDF engine load every image-format plugin; loading one waits on a lock the GUI
    thread can hold while it waits for the Python lock the printing thread holds: the
    first print froze the kiosk (seen in the suite, a slip printed while the GUI thread
    disconnected a signal). The plugins are loaded when the printer is made, on the GUI
    thread; a fresh process shows it."""
    import sys

    script = f"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from hubkiosk.printing.service import TicketPrinter
def plugins():
    with open("/proc/self/maps") as maps:
        loaded = maps.read()
    return "imageformats" in loaded and "printsupport" in loaded
before = plugins()
TicketPrinter({spec.format(folder=tmp_path)!r})
print(before, plugins())
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"], done.stdout + done.stderr


def test_no_qt_printer_loads_no_print_plugins(tmp_path):
    import sys

    script = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from hubkiosk.printing.service import TicketPrinter
TicketPrinter("none"), TicketPrinter("network:192.0.2.1")
with open("/proc/self/maps") as maps:
    loaded = maps.read()
print("imageformats" in loaded or "printsupport" in loaded)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False"], done.stdout + done.stderr
