"""Each shipped form, done at the kiosk from the home screen to its reference number.

Every journey starts at "Find a service or do it now", meets at least one error in plain
words and at least one question that only appears because of an earlier answer, and ends
with the reference number on screen and the request in the store with its outbox item.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hubkiosk.core.forms import apply_form_definitions, is_valid_reference
from hubkiosk.resources import resource
from hubkiosk.store.models import FormSubmission, OutboxItem
from hubkiosk.ui.screens import ScreenId
from tests.conftest import assert_all_in_view, find_button, resize_to

REFERENCE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{4}-[A-Z0-9]{2}$")


class Resident:
    """Drives the kiosk the way a person does: by what is on the screen."""

    def __init__(self, kiosk, qtbot, click) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.qtbot = qtbot
        self.click = click

    @property
    def form_screen(self):
        return self.window.screens[ScreenId.FORM]

    def touch(self, text: str) -> None:
        self.click(self.window, text)

    def field(self, name: str) -> QWidget:
        """The visible input a screen reader announces as ``name``."""
        found = [
            widget
            for widget in self.window.findChildren(QLineEdit)
            + self.window.findChildren(QPlainTextEdit)
            if widget.isVisible() and widget.accessibleName() == name
        ]
        assert len(found) == 1, f"expected one visible field '{name}', found {len(found)}"
        return found[0]

    def type(self, name: str, text: str) -> None:
        widget = self.field(name)
        widget.clear()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.qtbot.keyClicks(widget, text)

    def type_date(self, name: str, day: dt.date | tuple[str, str, str]) -> None:
        parts = (
            (str(day.day), f"{day.month:02d}", str(day.year)) if isinstance(day, dt.date) else day
        )
        for part, value in zip(("Day", "Month", "Year"), parts, strict=True):
            self.type(f"{name}: {part}", value)

    def next(self) -> None:
        self.touch("Next")

    def errors(self) -> list[str]:
        return [
            lab.text()
            for lab in self.window.findChildren(QLabel)
            if lab.isVisible() and lab.objectName() == "FieldError"
        ]

    def expect_error(self, words: str) -> None:
        shown = self.errors()
        assert any(words in text for text in shown), f"'{words}' not among errors {shown}"

    def progress(self) -> str:
        return self.form_screen.progress.text()

    def answer_the_callback(self, about: str) -> None:
        """The callback form from "What is it about?" to its review, for the service of
        the page it was opened from."""
        self.type("What is it about?", about)
        for name, value in (("Your name", "Ana Begum"), ("Your phone number", "07700 900123")):
            self.next()
            self.type(name, value)
        self.next()
        self.touch("Any time")
        self.next()
        self.touch("No")
        self.next()

    def open_service(self, tile_text: str) -> None:
        with self.qtbot.waitSignal(self.window.screen_changed, timeout=3000):
            self.touch("Find a service or do it now")
        assert self.window.current is ScreenId.FINDER
        self.touch(tile_text)
        assert self.window.current is ScreenId.SERVICE_PAGE

    def send(self) -> str:
        """Send from the review; wait for the reference screen; return the reference."""
        assert self.form_screen.reviewing, "the review comes before sending"
        with self.qtbot.waitSignal(self.window.screen_changed, timeout=10_000) as blocker:
            self.touch("Send")
        assert blocker.args == [ScreenId.FORM_DONE]
        done = self.window.screens[ScreenId.FORM_DONE]
        reference = done.reference_label.text()
        assert REFERENCE.match(reference) and is_valid_reference(reference)
        assert done.reference_label.isVisible()
        assert not done.qr.pixmap().isNull(), "the reference is offered as a QR code"
        return reference

    def stored(self, reference: str) -> FormSubmission:
        with self.kiosk.store.session() as session:
            row = session.scalar(
                select(FormSubmission).where(FormSubmission.reference == reference)
            )
            assert row is not None
            outbox = session.scalar(select(OutboxItem).where(OutboxItem.id == row.id))
            assert outbox is not None and outbox.kind == "form_submission"
            session.expunge(row)
            return row


@pytest.fixture
def resident(kiosk, qtbot, click) -> Resident:
    return Resident(kiosk, qtbot, click)


def yesterday(resident: Resident) -> dt.date:
    return resident.kiosk.ctx.local_now().date() - dt.timedelta(days=1)


def test_missed_bin(resident: Resident):
    resident.open_service("Waste and recycling")
    resident.touch("Do it here now")
    assert resident.window.current is ScreenId.FORM
    assert resident.form_screen.heading.text() == "Report a missed bin collection"

    resident.next()
    resident.expect_error("Please choose at least one answer.")
    resident.touch("Recycling")
    resident.touch("Food waste")
    assert resident.errors() == [], "choosing fixes the error at once"
    resident.next()

    resident.type_date("When should it have been collected?", ("31", "02", "2026"))
    resident.next()
    resident.expect_error("Please type a real date")
    resident.type_date("When should it have been collected?", yesterday(resident))
    resident.next()

    # Conditional: living in a flat adds a question about the bin store.
    resident.touch("A house")
    assert resident.progress() == "Question 3 of 5"
    resident.touch("A flat in a block")
    assert resident.progress() == "Question 3 of 6"
    resident.next()
    resident.type("Where are the bins for your block?", "Bin store by the car park")
    resident.next()

    resident.type("Your house number and street", "12 Roman Road")
    resident.next()
    resident.type("Your postcode", "E3 ZZZ")
    resident.next()
    resident.expect_error("Please type a full UK postcode, for example E3 2BS.")
    resident.type("Your postcode", "e32bs")
    resident.next()

    reference = resident.send()
    assert reference.startswith("MB-")
    row = resident.stored(reference)
    assert row.form_id == "missed-bin" and row.language == "en"
    assert row.answers == {
        "bins": ["recycling", "food"],
        "missed-on": yesterday(resident).isoformat(),
        "home-type": "flat",
        "bin-store": "Bin store by the car park",
        "address": "12 Roman Road",
        "postcode": "E3 2BS",
    }


def test_street_problem_keeps_typing_across_language_and_going_back(resident: Resident):
    resident.open_service("Highways and street cleansing")
    resident.touch("Do it here now")

    resident.touch("A broken street light")
    resident.next()
    # Conditional on "street light".
    assert resident.form_screen.editors["light-fault"].isVisible()
    resident.next()
    resident.expect_error("Please choose one answer.")
    resident.touch("It flickers")
    resident.next()

    resident.type("Tell us more (optional)", "Flickers all night")
    resident.next()

    resident.next()
    resident.expect_error("Please answer this question.")
    resident.type("Which street is it in?", "Bow Road")

    # Switch to Somali and back: the words change, what was typed stays.
    resident.touch("Soomaali")
    assert resident.form_screen.editors["street"].question.text() == "Waddadee ayay ku taal?"
    assert resident.field("Waddadee ayay ku taal?").text() == "Bow Road"
    resident.touch("English")
    assert resident.field("Which street is it in?").text() == "Bow Road"
    resident.next()
    resident.type("What is it near? (optional)", "Lamp post 23")
    resident.next()
    resident.next()  # the postcode is optional

    resident.touch("Yes")
    resident.next()
    resident.type("Your email address", "ana@example")
    resident.next()
    resident.expect_error("Please type an email address")

    # Back four questions and forward again: nothing typed is lost.
    for _ in range(4):
        resident.touch("Back")
    assert resident.field("Which street is it in?").text() == "Bow Road"
    resident.next()
    assert resident.field("What is it near? (optional)").text() == "Lamp post 23"
    for _ in range(3):
        resident.next()
    assert resident.field("Your email address").text() == "ana@example"
    resident.type("Your email address", "ana@example.org")
    resident.next()

    # The review shows the answers; Change goes back to a question.
    review = "\n".join(
        w.text() for w in resident.form_screen.review_widgets if isinstance(w, QLabel)
    )
    assert "A broken street light" in review and "Bow Road" in review
    assert "Fly-tipping" not in review
    reference = resident.send()
    row = resident.stored(reference)
    assert row.answers["problem"] == "street-light"
    assert row.answers["light-fault"] == "flickering"
    assert row.answers["email"] == "ana@example.org"
    assert "dumped" not in row.answers and "location-postcode" not in row.answers


def test_callback_with_the_on_screen_number_pad(resident: Resident, qtbot):
    resident.open_service("Something else")
    resident.touch("Do it here now")
    assert resident.form_screen.heading.text() == "Ask a service to call you back"

    resident.touch("Parking")
    resident.next()
    resident.type("What is it about?", "My visitor permit")
    resident.next()
    resident.type("Your name", "Ana 2")
    resident.next()
    resident.expect_error("Write your name using letters only.")
    resident.type("Your name", "Ana Begum")
    resident.next()

    phone = resident.field("Your phone number")
    assert phone.hasFocus()
    keyboard = resident.form_screen.keyboard
    assert keyboard.isVisible() and keyboard.mode == "numeric"
    for digit in "12345":
        resident.touch(digit)
    resident.touch("Done")  # the keyboard's Done moves on, like Next
    resident.expect_error("Please type a UK phone number")
    for _ in range(5):
        resident.touch("Delete")
    for key in "07700 900123":
        resident.touch("Space" if key == " " else key)
    assert phone.text() == "07700 900123"
    resident.touch("Done")

    resident.touch("Any time")
    resident.next()
    resident.touch("Yes")
    resident.next()
    resident.touch("Another language")
    resident.next()
    resident.type("Which other language?", "Urdu")
    resident.next()

    reference = resident.send()
    assert reference.startswith("CB-")
    row = resident.stored(reference)
    assert row.answers["phone"] == "07700900123"
    assert row.answers["other-language"] == "Urdu"
    assert row.answers["service"] == "parking"


def test_what_it_is_about_can_be_written_in_bengali_and_a_name_stays_in_latin(
    resident: Resident,
):
    """QA: a Bengali reader asked "What is it about?" had English letters only: every box
    of a form opened a Latin keyboard with no key for Bengali letters. A box for the
    resident's own words now opens on the letters of their language; a name, a phone number
    or an address stays Latin, as the council's systems hold them."""
    resident.open_service("Something else")
    resident.touch("Do it here now")
    resident.touch("Parking")
    resident.next()
    about = resident.field("What is it about?")
    resident.qtbot.mouseClick(about, Qt.MouseButton.LeftButton)
    resident.touch("বাংলা")  # the resident reads Bengali
    for key in ("প", "◌া", "র"):
        resident.touch(key)
    assert about.toPlainText() == "পার"
    resident.touch("পরবর্তী")  # Next
    keyboard = resident.form_screen.keyboard
    assert resident.field("আপনার নাম").hasFocus()  # Your name
    keys = [k.text() for k in keyboard.findChildren(QAbstractButton) if k.isVisible()]
    assert "a" in keys and "অআক" not in keys and "প" not in keys


PEOPLE = "How many people live in your home now, including you?"


def too_many_people(resident: Resident) -> None:
    """The changed-circumstances form from Council tax: someone moved in, a date, then 25
    people at home, one more than it takes (its error shows)."""
    resident.open_service("Council tax")
    resident.touch("Do it here now")
    resident.touch("Tell us you have moved or your circumstances have changed")
    assert resident.window.current is ScreenId.FORM
    resident.touch("Someone has moved in with me")
    resident.next()
    resident.type_date("When did it happen, or when will it happen?", ("1", "11", "2026"))
    resident.next()
    resident.type(PEOPLE, "25")
    resident.next()
    resident.expect_error("The number must be 20 or less.")


def test_a_limit_in_an_error_is_written_in_the_residents_digits(resident: Resident):
    """In Bengali "The number must be 20 or less" read "... 20 ..." in Latin digits, where
    every other number on a Bengali screen is in Bengali digits (QA)."""
    too_many_people(resident)
    resident.touch("বাংলা")
    [error] = resident.errors()
    assert "২০" in error and "20" not in error


def test_changed_circumstances_from_a_service_with_several_forms(resident: Resident):
    too_many_people(resident)
    resident.type(PEOPLE, "3")
    resident.next()
    resident.touch("A council tax account")
    resident.next()
    name = "Your council tax account number, if you have it (optional)"
    resident.type(name, "12ab")
    resident.next()
    resident.expect_error("Type the account number with numbers only")
    resident.type(name, "12345678")
    resident.next()
    resident.type("Your name", "Ana Begum")
    resident.next()
    resident.type("Your phone number", "020 7364 5000")
    resident.next()

    reference = resident.send()
    row = resident.stored(reference)
    assert row.answers["people"] == 3
    assert row.answers["account"] == "12345678"
    assert row.answers["when"] == "2026-11-01"
    assert "new-address" not in row.answers


def test_travel_pass_help(resident: Resident):
    resident.open_service("Freedom Pass and Blue Badge")
    resident.touch("Do it here now")

    resident.touch("Blue Badge")
    resident.next()
    assert resident.form_screen.editors["badge-for"].isVisible()
    resident.touch("Me")
    resident.next()
    resident.type_date("When does it run out? (optional)", ("31", "13", "2027"))
    resident.next()
    resident.expect_error("Please type a real date")
    resident.type_date("When does it run out? (optional)", ("31", "03", "2027"))
    resident.next()
    resident.touch("No")
    resident.next()
    resident.touch("A photo for the pass or badge")
    resident.next()
    resident.type("Your name", "Abdi Hassan")
    resident.next()
    resident.touch("By email")
    resident.next()
    resident.type("Your email address", "abdi@example.org")
    resident.next()

    reference = resident.send()
    assert reference.startswith("FP-")
    row = resident.stored(reference)
    assert row.answers == {
        "which": "blue-badge",
        "badge-for": "me",
        "expires": "2027-03-31",
        "lost": "no",
        "help-with": ["photo"],
        "name": "Abdi Hassan",
        "contact": "email",
        "email": "abdi@example.org",
    }


def test_see_an_adviser_asks_for_a_ticket_for_that_service(resident: Resident, qtbot):
    resident.open_service("Parking")
    page = resident.window.screens[ScreenId.SERVICE_PAGE]
    assert page.heading.text() == "Parking"
    assert page.url.text().startswith("https://www.towerhamlets.gov.uk/")
    assert not page.qr.pixmap().isNull()
    assert "Vehicle registration document (V5C)" in page.bring.text()
    with qtbot.waitSignal(resident.kiosk.ctx.navigate_requested, timeout=2000) as blocker:
        resident.touch("See an adviser")
    assert blocker.args == [ScreenId.TICKET_CONFIRM, {"service_id": "parking"}]


def test_search_with_the_on_screen_keyboard(resident: Resident):
    with resident.qtbot.waitSignal(resident.window.screen_changed, timeout=3000):
        resident.touch("Find a service or do it now")
    finder = resident.window.screens[ScreenId.FINDER]
    resident.qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    assert finder.keyboard.isVisible()
    for key in ("p", "o", "t", "Space", "h", "o", "l"):
        resident.touch(key)
    assert finder.search_box.text() == "pot hol"
    resident.touch("Highways and street cleansing")
    assert resident.window.current is ScreenId.SERVICE_PAGE
    resident.touch("Back")
    finder.search_box.clear()
    resident.qtbot.keyClicks(finder.search_box, "zzqx")
    assert "We could not find that" in finder.search_message.text()
    assert find_button(resident.window, "Ask an adviser instead").isVisible()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_the_search_shows_whole_while_typing(kiosk, qtbot, click, size):
    """At the common 1280 x 800 and 1366 x 768 panels a resident typing a search sees,
    without sliding the page, the words in the box, what to do ("Touch the one you
    need."), the service found, the way out ("See all topics", "Ask an adviser instead")
    and every key: the top row was cut in half at the top edge and the box slid away."""
    window = kiosk.window
    resize_to(window, qtbot, size)
    click(window, "Find a service or do it now")
    finder = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    for letter in "bin":
        click(window, letter)
    assert finder.search_message.text() == "Touch the one you need."
    viewport = window.pages[ScreenId.FINDER].viewport()
    parts = [
        finder.search_box,
        finder.search_message,
        find_button(window, "See all topics"),
        find_button(window, "Ask an adviser instead"),
        find_button(window, "Waste and recycling"),
        find_button(window, "q"),
        find_button(window, "Done"),
    ]

    assert_all_in_view(viewport, parts)


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_a_search_in_bengali_shows_whole_while_typing(
    kiosk, qtbot, click, size
):
    """In Bengali the keyboard has six rows of keys: at 1280 x 800 and 1366 x 768 a
    resident typing a service's name in Bengali still sees the box with the words typed,
    the ways out, what to do, the services found and every key without sliding the page:
    the header slid partly off, and the words typed showed above the keys instead."""
    window = kiosk.window
    resize_to(window, qtbot, size)
    click(window, "বাংলা")
    click(window, "সেবা খুঁজুন বা এখনই করুন")
    finder = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    keyboard = finder.keyboard
    viewport = window.pages[ScreenId.FINDER].viewport()

    def keys() -> list[QWidget]:
        return [k for k in keyboard.findChildren(QAbstractButton) if k.isVisible()]

    ways_out = [finder.all_topics_button, finder.ask_adviser_button]
    assert_all_in_view(viewport, [finder.search_box, *ways_out, finder.search_message, *keys()])
    for letter in "আবাসন":  # housing
        key = next(k for k in keyboard.char_keys if k.property("char") == letter)
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    assert finder.search_box.text() == "আবাসন"
    found = find_button(window, "আবাসন")
    parts = [finder.search_box, *ways_out, finder.search_message, found, *keys()]
    assert_all_in_view(viewport, parts)
    assert not keyboard.echo.isVisible()  # the words typed show in the box itself
    # The space bar and the layer keys beside the letters work as they did below them.
    click(window, "স্পেস")
    assert finder.search_box.text() == "আবাসন "
    click(window, "ABC")
    assert find_button(window, "q").isVisible()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_a_service_page_shows_its_ways_on(kiosk, qtbot, click, size):
    """At the common 1280 x 800 and 1366 x 768 panels every service's page shows its name,
    its summary, "See an adviser", "Do it here now" (when it has a form) and the code to do
    it online next time without sliding the page: the two ways on were below the fold."""
    window = kiosk.window
    resize_to(window, qtbot, size)
    page = window.screens[ScreenId.SERVICE_PAGE]
    viewport = window.pages[ScreenId.SERVICE_PAGE].viewport()
    for service in kiosk.ctx.content.catalogue.services:
        window.start_over()
        window.go(ScreenId.SERVICE_PAGE, {"service_id": service.id})
        parts = [page.heading, page.summary, find_button(window, "See an adviser")]
        if service.form_ids:
            parts.append(find_button(window, "Do it here now"))
        if service.online_url:
            parts.append(page.qr)
        assert_all_in_view(viewport, parts)


@pytest.mark.parametrize("steps", [1, 2])
def test_at_large_text_on_a_laptop_screen_the_search_keys_keep_their_size(
    kiosk, qtbot, click, steps
):
    """At 150 and 200 % text on a 1280 x 800 panel the finder's search page grows and slides
    rather than squeezing the keyboard: the page's layout gave the words above it more
    room than they needed, and the keys overlapped (the accessibility audit found them)."""
    window = kiosk.window
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.size().width() == 1280)
    for _ in range(steps):
        click(window, window.text_size_button.text())
    click(window, "বাংলা")
    window.go(ScreenId.FINDER, {})
    finder = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    for _ in range(3):
        QApplication.processEvents()
    keyboard = finder.keyboard
    assert keyboard.height() >= keyboard.minimumSizeHint().height()
    assert finder.search_message.height() <= finder.search_message.sizeHint().height()


def test_idle_reset_discards_the_unsent_draft(make_kiosk, qtbot, click):
    kiosk = make_kiosk(config={"idle_seconds": 0.3, "warning_seconds": 0.5})
    resident = Resident(kiosk, qtbot, click)
    resident.open_service("Something else")
    resident.touch("Do it here now")
    resident.touch("Housing")
    resident.next()
    resident.type("What is it about?", "Zq private words")
    with qtbot.waitSignal(kiosk.window.idle.warning, timeout=5000):
        pass
    with qtbot.waitSignal(kiosk.window.reset_done, timeout=5000):
        pass
    assert kiosk.window.current is ScreenId.HOME
    assert resident.form_screen.draft is None
    assert all(
        "Zq private" not in w.toPlainText() for w in kiosk.window.findChildren(QPlainTextEdit)
    )
    with kiosk.store.session() as session:
        assert session.scalar(select(FormSubmission)) is None


def test_bad_definition_from_the_server_keeps_the_form_working(resident: Resident):
    ctx = resident.kiosk.ctx
    raw = json.loads(resource("forms", "missed-bin.json").read_text(encoding="utf-8"))
    raw["version"] = 2
    raw["fields"][5]["type"] = "zipcode"
    others = [
        json.loads(resource("forms", f"{fid}.json").read_text(encoding="utf-8"))
        for fid in ("street-problem", "callback", "changed-circumstances", "travel-pass-help")
    ]
    forms, errors = apply_form_definitions([raw, *others], ctx.content.forms)
    assert errors and errors[0].startswith("form 'missed-bin', field 'postcode'")
    ctx.set_content(dataclasses.replace(ctx.content, forms=forms))

    resident.open_service("Waste and recycling")
    resident.touch("Do it here now")
    assert resident.form_screen.form is not None
    assert resident.form_screen.form.version == 1
    resident.touch("Rubbish (black bin or bags)")
    resident.next()
    assert resident.progress() == "Question 2 of 5"


def test_reference_printed_to_pdf(make_kiosk, qtbot, click, tmp_path: Path):
    folder = tmp_path / "slips"
    kiosk = make_kiosk(config={"printer": f"pdf:{folder}"})
    ctx = kiosk.ctx
    kiosk.window.go(ScreenId.FORM_DONE, {"reference": "MB-7K3Q-2P", "form_id": "missed-bin"})
    done = kiosk.window.screens[ScreenId.FORM_DONE]
    assert done.reference_label.text() == "MB-7K3Q-2P"
    click(kiosk.window, "Print my reference")
    qtbot.waitUntil(lambda: done.print_message.isVisible(), timeout=10_000)
    assert done.print_message.text() == "Printed. Take your paper from the printer."
    assert len(list(folder.glob("reference-*.pdf"))) == 1
    ctx.set_language("bn")
    assert done.reference_label.text() == "MB-7K3Q-2P"
    ctx.set_language("en")
    with qtbot.waitSignal(kiosk.window.reset_done, timeout=3000):
        click(kiosk.window, "Start again")
    assert done.reference_label.text() == ""


def lines_drawn(words: QLabel) -> int:
    """How many lines a label's words take as drawn at its width."""
    if not words.wordWrap():
        return len(words.text().splitlines()) or 1
    return round(words.heightForWidth(words.width()) / words.fontMetrics().lineSpacing())


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080), (1280, 800)])
def test_a_real_reference_shows_on_one_line_at_200_percent_text(
    make_kiosk, qtbot, click, tmp_path: Path, size
):
    """QA t_formdone_portrait.py, t_formdone_printfail.py: at 200 % text on a portrait
    kiosk "CB-97AE-FD" broke after its dashes in the huge type ("CB-97AE-" / "FD"), so a
    resident copying it down might get it wrong."""
    from hubkiosk.ui.audit import _label_cut, settle

    kiosk = make_kiosk(config={"printer": f"file:{tmp_path / 'no-such-dir' / 'lp0'}"})
    resident = Resident(kiosk, qtbot, click)
    resize_to(kiosk.window, qtbot, size)
    resident.touch("Larger text")
    resident.touch("Larger text")  # 100 -> 150 -> 200 %
    resident.open_service("Parking")
    resident.touch("Do it here now")
    resident.answer_the_callback("Visitor permit")
    reference = resident.send()
    done = kiosk.window.screens[ScreenId.FORM_DONE]
    page = kiosk.window.pages[ScreenId.FORM_DONE]
    for moment in ("shown", "the printer failed"):
        settle()
        shown = done.reference_label
        assert shown.text() == reference
        assert lines_drawn(shown) == 1, (moment, reference)
        assert _label_cut(shown) == "", (moment, reference)
        assert page.horizontalScrollBar().maximum() == 0, moment
        if moment == "shown":
            resident.touch("Print my reference")
            qtbot.waitUntil(done.print_message.isVisible, timeout=10_000)
            assert "the printer is not working" in done.print_message.text()


def test_no_print_button_without_a_qprinter(kiosk):
    kiosk.window.go(ScreenId.FORM_DONE, {"reference": "MB-7K3Q-2P", "form_id": "missed-bin"})
    done = kiosk.window.screens[ScreenId.FORM_DONE]
    assert not done.print_button.isVisible()
    assert done.reference_label.isVisible()


def test_reference_printed_on_the_hubs_escpos_printer(make_kiosk, qtbot, click, tmp_path: Path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    kiosk = make_kiosk(config={"printer": f"file:{device}"})
    kiosk.window.go(ScreenId.FORM_DONE, {"reference": "MB-7K3Q-2P", "form_id": "missed-bin"})
    done = kiosk.window.screens[ScreenId.FORM_DONE]
    assert done.print_button.isVisible()
    click(kiosk.window, "Print my reference")
    qtbot.waitUntil(lambda: done.print_message.isVisible(), timeout=10_000)
    assert done.print_message.text() == "Printed. Take your paper from the printer."
    data = device.read_bytes()
    assert b"MB-7K3Q-2P" in data and b"Your reference number" in data


def test_a_long_answer_wraps_onto_more_lines_in_a_narrow_column(qtbot):
    # A radio tile narrower than its words (big text, a narrow column): the words wrap,
    # the tile grows taller and the column stays on the screen; a touch anywhere on the
    # tile still chooses it.
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QVBoxLayout

    from hubkiosk.ui.screens.forms.field_editor import ChoiceRadio
    from hubkiosk.ui.widgets import TileGrid

    page = QWidget()
    qtbot.addWidget(page)
    font = QFont(page.font())
    font.setPixelSize(40)
    page.setFont(font)
    column = QVBoxLayout(page)
    grid = TileGrid(max_columns=2)
    column.addWidget(grid)
    column.addStretch(1)
    long = ChoiceRadio()
    long.setText("Rubbish dumped in the street outside the school gates (fly-tipping)")
    short = ChoiceRadio()
    short.setText("Something else")
    grid.set_tiles([long, short])
    page.resize(420, 1200)
    page.show()
    lines = long.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: long.height() >= 3 * lines)
    assert long.geometry().right() <= grid.width()
    assert page.minimumSizeHint().width() <= 420  # no sideways scroll for the column
    qtbot.mouseClick(long, Qt.MouseButton.LeftButton, pos=long.rect().bottomRight() - QPoint(4, 4))
    assert long.isChecked()


def test_the_next_resident_finds_the_same_form_empty(resident: Resident, qtbot):
    """A form opened again after "Start again" reuses its inputs (building them was most of
    the tap to the form), and shows nothing of the last resident: no choice, no typing,
    no error, nothing that undo brings back."""
    resident.open_service("Highways and street cleansing")
    resident.touch("Do it here now")
    first = dict(resident.form_screen.editors)
    resident.touch("A broken street light")
    resident.next()
    resident.next()
    resident.expect_error("Please choose one answer.")
    resident.touch("It flickers")
    resident.next()
    resident.type("Tell us more (optional)", "Flickers all night")
    resident.touch("Start again")

    resident.open_service("Highways and street cleansing")
    resident.touch("Do it here now")
    form = resident.form_screen
    assert form.editors == first, "the same inputs, not built again"
    assert all(editor.value() in (None, [], "") for editor in form.editors.values())
    assert all(editor.error is None for editor in form.editors.values())
    assert not any(b.isChecked() for e in form.editors.values() for b in e.choice_buttons)
    resident.touch("A broken street light")
    resident.next()
    resident.touch("It flickers")
    resident.next()
    more = resident.field("Tell us more (optional)")
    assert more.toPlainText() == ""
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.keyClick(more, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert more.toPlainText() == "", "undo brings nothing of the last resident back"
    resident.type("Tell us more (optional)", "Dark since Monday")
    assert more.toPlainText() == "Dark since Monday"


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_every_answer_to_choose_from_shows(kiosk, qtbot, click, size):
    """At the common 1280 x 800 and 1366 x 768 panels a form's question shows every answer
    to choose from and Next without sliding: the answers stood in one or two columns of a
    screen-wide list and the last ones hid under "More below" (three of six services of
    "Ask us to call you back")."""
    window = kiosk.window
    resize_to(window, qtbot, size)
    screen = window.screens[ScreenId.FORM]
    page = window.pages[ScreenId.FORM].viewport()
    questions = screen.questions_scroll.viewport()
    seen = 0
    for form in kiosk.ctx.content.forms.values():
        window.start_over()
        window.go(ScreenId.FORM, {"form_id": form.id})
        # Each question with answers to choose from, in turn, while they come first.
        while True:
            shown = [e for e in screen.editors.values() if e.isVisible() and e.choice_buttons]
            if not shown:
                break
            (editor,) = shown
            assert_all_in_view(questions, [editor.question, *editor.choice_buttons])
            assert_all_in_view(page, [find_button(window, "Next")])
            seen += 1
            qtbot.mouseClick(editor.choice_buttons[0], Qt.MouseButton.LeftButton)
            click(window, "Next")
            if editor.isVisible():  # the form's last question: Next checks the answers
                break
    assert seen >= 5


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
@pytest.mark.parametrize("language", ["English", "বাংলা", "اردو"])
def test_on_a_laptop_sized_screen_a_question_to_type_shows_with_its_keys(
    kiosk, qtbot, click, size, language
):
    """At the common 1280 x 800 and 1366 x 768 panels, while the keys show, a resident
    sees the question, its boxes, Next and every key without sliding, also once "Please
    answer this question." shows: the page slid up past the question, and the message then
    hid the date's boxes under "More below". (The form's name and progress make room
    meanwhile.)"""
    window = kiosk.window
    resize_to(window, qtbot, size)
    click(window, language)
    screen = window.screens[ScreenId.FORM]
    page = window.pages[ScreenId.FORM].viewport()
    questions = screen.questions_scroll.viewport()

    def tap(button: QAbstractButton) -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    seen = told = 0
    for form in kiosk.ctx.content.forms.values():
        window.start_over()
        window.go(ScreenId.FORM, {"form_id": form.id})
        # The first answers offered, until a question to type comes.
        while True:
            (editor,) = [e for e in screen.editors.values() if e.isVisible()]
            if not editor.choice_buttons:
                break
            tap(editor.choice_buttons[0])
            tap(screen.next_button)
        assert screen.keyboard.isVisible()
        keys = [k for k in screen.keyboard.findChildren(QAbstractButton) if k.isVisible()]
        inputs = [widget for widget, _mode in editor.inputs]
        assert_all_in_view(questions, [editor.question, *inputs])
        assert_all_in_view(page, [editor.question, screen.next_button, *keys])
        tap(screen.next_button)
        if editor.isVisible():  # an answer is needed: the message shows with the boxes
            if language == "English":
                assert editor.error_label.text() == "Please answer this question."
            assert_all_in_view(questions, [editor.question, editor.error_label, *inputs])
            assert_all_in_view(page, [editor.question, screen.next_button, *keys])
            told += 1
        seen += 1
        while not editor.choice_buttons:  # back to the answers offered before
            tap(screen.previous_button)
            (editor,) = [e for e in screen.editors.values() if e.isVisible()]
        # There, the form's name and progress are back.
        assert screen.heading.isVisible() and screen.progress.isVisible()
    assert seen == len(kiosk.ctx.content.forms) and told >= 3


def test_a_form_sent_as_the_visit_is_reset_is_not_shown_to_the_next_resident(
    make_kiosk, qtbot, click, monkeypatch
):
    """A resident touches Send and walks off; "Start again" (or the idle reset) comes while
    the form is written, and the next resident opens the same form. The finding: the first
    resident's answer then came back to the new form: the next resident was taken to "Your
    reference" with the first resident's reference (their request, by number). The form is
    kept and sent; the next resident stays on their own, empty form."""
    import threading

    from hubkiosk.core import forms as forms_core

    kiosk = make_kiosk()
    resident = Resident(kiosk, qtbot, click)
    release = threading.Event()
    real_submit = forms_core.submit

    def slow_submit(*args, **kwargs):
        assert release.wait(10)
        return real_submit(*args, **kwargs)

    monkeypatch.setattr(forms_core, "submit", slow_submit)
    resident.open_service("Parking")
    resident.touch("Do it here now")
    resident.answer_the_callback("Visitor permit")
    resident.touch("Send")
    assert kiosk.ctx.ops.busy  # the form is being written
    resident.touch("Start again")
    resident.open_service("Parking")  # the next resident, the same form
    resident.touch("Do it here now")
    assert kiosk.window.current is ScreenId.FORM
    with qtbot.waitSignal(kiosk.ctx.ops.idle, timeout=10_000):
        release.set()
    assert kiosk.window.current is ScreenId.FORM
    assert resident.form_screen.draft is not None and not resident.form_screen.reviewing
    assert resident.field("What is it about?").toPlainText() == ""
    with kiosk.store.session() as session:
        assert session.scalar(select(FormSubmission)) is not None  # kept, to be sent
