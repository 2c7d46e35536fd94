"""Reference slips on paper, on every printer kind the hub has: ESC/POS bytes through
python-escpos (its Dummy, and a device file), and a PDF through QPrinter."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from escpos.printer import Dummy
from sqlalchemy import select

from hubkiosk.printing import escpos_ticket
from hubkiosk.printing.service import TicketPrinter
from hubkiosk.printing.slip import ReferenceSlip
from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import StoreEvent


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "store")
    yield opened
    opened.close()


def make_slip() -> ReferenceSlip:
    return ReferenceSlip(
        hub_name="Idea Store Bow",
        title="Report a missed bin collection",
        reference="MB-7K3Q-2P",
        next_steps="We will collect your bin within 2 working days.",
        printed_at=dt.datetime(2026, 11, 24, 10, 31, tzinfo=dt.UTC),
    )


def test_escpos_bytes_of_a_reference_slip(qapp):
    printer = Dummy()
    escpos_ticket.print_slip(printer, make_slip())
    data = printer.output
    for text in (
        b"Idea Store Bow",
        b"Report a missed bin collection",
        b"Your reference number",
        b"MB-7K3Q-2P",
        b"We will collect your bin within 2 working days.",
        b"10:31, Tue 24 Nov 2026",
    ):
        assert text in data
    assert b"\x1dv0" in data  # GS v 0: the QR code of the reference, as a raster image
    assert b"\x1dV" in data[-8:]  # cut


def test_pdf_reference_slip_through_the_printer_service(qapp, tmp_path):
    folder = tmp_path / "slips"
    outcome = TicketPrinter(f"pdf:{folder}").print_slip(make_slip())
    assert outcome.printed and outcome.fault is None
    (path,) = folder.glob("reference-*.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "Idea Store Bow",
        "Report a missed bin collection",
        "Your reference number",
        "MB-7K3Q-2P",
        "within 2 working days",
    ):
        assert words in text


def test_escpos_device_file_gets_the_slip(qapp, tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    outcome = TicketPrinter(f"file:{device}").print_slip(make_slip())
    assert outcome.printed
    assert b"MB-7K3Q-2P" in device.read_bytes()


def test_a_slip_printer_fault_is_reported_to_it_like_a_ticket_fault(qapp, store):
    class OutOfPaper(Dummy):
        def paper_status(self) -> int:
            return 0

    printer = TicketPrinter("usb:04b8:0202", store, escpos_factory=lambda k, t: OutOfPaper())
    outcome = printer.print_slip(make_slip())
    assert not outcome.printed and outcome.configured
    assert outcome.fault == "the ticket printer is out of paper"
    with store.session() as session:
        event = session.scalars(select(StoreEvent)).one()
    assert event.kind == "printer_fault"
    assert "usb" in event.message and "reference number was shown on screen" in event.message
