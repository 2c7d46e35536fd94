"""Appointment check-in: by booking reference, or by phone number and surname letters.

The on-screen keyboard types the reference and the letters, and becomes a number pad for
the phone number. The answer is one of: checked in (the ticket screen), early, late, wrong
day, wrong hub, or not found, each with a kind message and, where it makes sense, the
offer of a walk-in ticket (at an appointment-only hub, of a drop-in hub near here). Nothing
typed here is logged.

The kiosk's own store holds only this hub's bookings for today, so it is asked first (it
works offline). When it knows nothing of the booking and the kiosk has a central server,
the server is asked once, off the GUI thread, for bookings at any hub on any nearby day;
if it cannot be reached the resident gets the same "not found" answer as before.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hubkiosk.core import appointments
from hubkiosk.core import queue as queue_core
from hubkiosk.core.appointments import CheckIn, Match
from hubkiosk.core.hours import local
from hubkiosk.qt.ops import Answers
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.checkin_parts import (
    ClosedPanel,
    ToggleButton,
    availability,
    fmt_day,
    fmt_time,
    remember_visit,
)
from hubkiosk.ui.widgets import BigButton, FlowLayout, PageStack, label, restyle, wrap_words
from sync.protocol.appointments import AppointmentLookup

log = logging.getLogger(__name__)

#: The answers that show the ticket: a check-in now, or the one made before.
CHECKS_IN = (CheckIn.OK, CheckIn.CHECKED_IN)

REFERENCE = "reference"
PHONE = "phone"
SURNAME = "surname"


def server_query(**typed: str) -> AppointmentLookup | None:
    """What the central server is asked, or None when what was typed proves too little
    for it (it answers only whole references and whole phone numbers)."""
    try:
        return AppointmentLookup(**typed)
    except ValidationError:
        return None


class AppointmentScreen(Screen):
    """Find the booking, then check in or explain why not.

    Signals:
        answered(object): the lookup finished (a :class:`Match`), locally or after asking
            the central server.
        asking_server(): the kiosk's store knows nothing of the booking; the central
            server is being asked.
    """

    ID = ScreenId.APPOINTMENT
    answered = Signal(object)
    asking_server = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="title")
        #: The heading, and on a short landscape screen the two ways beside it.
        self.top = QHBoxLayout()
        self.top.setSpacing(16)
        self.top.addWidget(self.heading, 1)
        self.body.addLayout(self.top)
        self.pages = PageStack()
        self.body.addWidget(self.pages, 1)
        self.pages.currentChanged.connect(lambda _index: self._place_ways())

        # The form: choose a way, type, check in.
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        self.form_layout = form
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(12)
        self.ways = QWidget()
        ways = QHBoxLayout(self.ways)
        ways.setContentsMargins(0, 0, 0, 0)
        self.by_reference = ToggleButton()
        self.by_phone = ToggleButton()
        self.by_reference.clicked.connect(lambda: self.set_way(REFERENCE))
        self.by_phone.clicked.connect(lambda: self.set_way(PHONE))
        ways.addWidget(self.by_reference)
        ways.addWidget(self.by_phone)
        form.addWidget(self.ways)
        self.ways_beside = False
        self.reference_label = label()
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(20)
        self.phone_label = label()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(16)
        self.surname_label = label()
        self.surname_edit = QLineEdit()
        self.surname_edit.setMaxLength(4)
        # The fields side by side, their captions above them, "Check in" beside them: the
        # keyboard fits below.
        self.fields = QGridLayout()
        self.fields.setHorizontalSpacing(16)
        self.fields.setVerticalSpacing(6)
        self.captions: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        # The reference across both columns, or the phone number and the surname's letters
        # side by side (a column with nothing shown would still take its spacing).
        for key, caption, edit, column, span in (
            (REFERENCE, self.reference_label, self.reference_edit, 0, 2),
            (PHONE, self.phone_label, self.phone_edit, 0, 1),
            (SURNAME, self.surname_label, self.surname_edit, 1, 1),
        ):
            self.fields.addWidget(caption, 0, column, 1, span, Qt.AlignmentFlag.AlignBottom)
            self.fields.addWidget(edit, 1, column, 1, span)
            self.captions[key], self.edits[key] = caption, edit
            edit.textEdited.connect(self._typed)
        self.fields.setColumnStretch(0, 3)
        self.fields.setColumnStretch(1, 2)
        self.check_button = BigButton(role="primary")
        self.check_button.setObjectName("CheckIn")
        self.check_button.clicked.connect(self.submit)
        self.fields.addWidget(self.check_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignBottom)
        form.addLayout(self.fields)
        #: What is wrong with what was typed, or that the booking is being looked for: on a
        #: tall screen in a line of its own under the fields, kept while empty so nothing
        #: moves when it says something; on a short one in the captions' place (there is
        #: no room for a line more), the captions back once the resident types again.
        self.status = QWidget()
        self.status.setObjectName("CheckInStatus")
        status = QVBoxLayout(self.status)
        status.setContentsMargins(0, 0, 0, 0)
        status.setSpacing(0)
        self.message = label(role="error")
        self.message.setObjectName("CheckInError")
        status.addWidget(self.message)
        #: Shown from "Check in" until the answer (which may need the central server).
        self.checking = label(role="lead")
        self.checking.setObjectName("Checking")
        self.checking.hide()
        status.addWidget(self.checking)
        form.addWidget(self.status)
        self.keyboard = KeyboardSlot()
        self.keyboard.attach(self.phone_edit, "numeric")
        self.keyboard.attach(self.surname_edit, "text")
        self.keyboard.attach(self.reference_edit, "text")
        for edit in (self.reference_edit, self.phone_edit, self.surname_edit):
            edit.returnPressed.connect(self._next_field)
        # Tab: the field, "Check in", then the keys (Enter and the keys' Done check in too).
        self.keyboard.keys_after(self.check_button)
        form.addWidget(self.keyboard)
        form.addStretch(1)  # on a tall screen the spare room goes below, not between rows
        self.pages.addWidget(self.form)

        # The answer when the resident cannot check in now.
        self.answer = QWidget()
        answer = QVBoxLayout(self.answer)
        answer.setContentsMargins(0, 0, 0, 0)
        answer.setSpacing(16)
        self.answer_title = label(role="title")
        self.answer_title.setObjectName("AnswerTitle")
        self.answer_text = label(role="lead")
        answer.addWidget(self.answer_title)
        answer.addWidget(self.answer_text)
        # The buttons side by side when they fit, onto more rows when not (a portrait
        # kiosk at 200 % text): each word whole.
        self.answer_buttons = QWidget()
        buttons = FlowLayout(self.answer_buttons, spacing=12)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.walk_in_button = BigButton(role="primary")
        self.walk_in_button.clicked.connect(self.walk_in)
        self.try_again_button = BigButton()
        self.try_again_button.clicked.connect(self.try_again)
        self.done_button = BigButton()
        self.done_button.clicked.connect(self.ctx.home)
        for button in (self.walk_in_button, self.try_again_button, self.done_button):
            buttons.addWidget(button)
        answer.addWidget(self.answer_buttons)
        answer.addStretch(1)
        self.pages.addWidget(self.answer)

        self.closed = ClosedPanel(ctx)
        self.pages.addWidget(self.closed)

        self.way = REFERENCE
        self.match: Match | None = None
        #: An answer or a check-in asked for before a reset is dropped (the check-in is
        #: kept and sent all the same).
        self.answers = Answers()
        self.set_way(REFERENCE)
        self.retranslate()

    # Form ------------------------------------------------------------------------------
    def set_way(self, way: str) -> None:
        self.way = way
        by_reference = way == REFERENCE
        self.by_reference.setChecked(by_reference)
        self.by_phone.setChecked(not by_reference)
        for key, edit in self.edits.items():
            edit.setVisible(by_reference == (key == REFERENCE))
        first = self.reference_edit if by_reference else self.phone_edit
        self.keyboard.attach(first, "text" if by_reference else "numeric")
        if self.isVisible():  # else the window's focus went into a field nobody saw
            first.setFocus()
        if by_reference:
            # A reference is mostly digits ("4821" alone is enough): open on them.
            self.keyboard.show_digits()
        self.say("")

    def say(self, text: str) -> None:
        """Tell the resident what is wrong with what was typed ("" when nothing is)."""
        self.message.setText(text)
        self._show_status()
        if text and self.message.isVisible():
            # Said aloud by a screen reader as it appears, not only when reached.
            QAccessible.updateAccessibility(QAccessibleEvent(self.message, QAccessible.Event.Alert))

    def show_checking(self, on: bool) -> None:
        """ "Checking your booking, please wait…" in the error's place, or not."""
        self.checking.setVisible(on)
        self._show_status()

    def _typed(self) -> None:
        if self.message.text():
            self.say("")  # on a short screen the captions back, saying what each field is

    def _show_status(self) -> None:
        checking = not self.checking.isHidden()
        self.message.setVisible(not checking)
        # Tall: its own line, kept while empty. Short: shown only with something to say,
        # in the captions' place.
        shown = not self.short or checking or bool(self.message.text())
        self.status.setVisible(shown)
        for key, caption in self.captions.items():
            in_place = self.short and shown
            caption.setVisible(not in_place and not self.edits[key].isHidden())

    def rearrange(self) -> None:
        super().rearrange()
        self._place_ways()

    def arrange_short(self, short: bool) -> None:
        """On a short screen the two ways less tall (still a finger's height), less room
        above, below and between, and the error and "Checking..." line in the captions'
        place; under the fields on a tall one. A 1366 x 768 panel in high contrast, the
        heading on two lines (Bengali, Somali), then shows the ways and every key."""
        if short:
            margins = self.body.contentsMargins()
            self.body.setContentsMargins(margins.left(), 8, margins.right(), 8)
            self.body.setSpacing(8)
        self.form_layout.setSpacing(8 if short else 12)
        self.fields.setVerticalSpacing(2 if short else 6)
        for way in (self.by_reference, self.by_phone):
            way.setProperty("compact", short)
            restyle(way)
        self.form_layout.removeWidget(self.status)
        self.fields.removeWidget(self.status)
        if self.short:
            self.fields.addWidget(self.status, 0, 0, 1, 2, Qt.AlignmentFlag.AlignBottom)
        else:
            self.form_layout.insertWidget(self.form_layout.indexOf(self.keyboard), self.status)
        self._show_status()

    def _place_ways(self) -> None:
        """On a short landscape screen the two ways beside the heading when it keeps to
        two lines there, so the ways, the field, "Check in" and every key show at once;
        below it otherwise (a portrait screen, large text)."""
        room = self.width() - self.body.contentsMargins().left()
        room -= self.body.contentsMargins().right() + self.ways.sizeHint().width()
        room -= self.top.spacing()
        lines = wrap_words(self.heading.text(), self.heading.fontMetrics(), max(1, room))
        beside = self.short and room > 0 and len(lines) <= 2
        if beside != self.ways_beside:
            self.ways_beside = beside
            if beside:
                self.form_layout.removeWidget(self.ways)
                self.top.addWidget(self.ways, 0, Qt.AlignmentFlag.AlignVCenter)
            else:
                self.top.removeWidget(self.ways)
                self.form_layout.insertWidget(0, self.ways)
        self.ways.setVisible(not beside or self.pages.currentWidget() is self.form)

    def _next_field(self) -> None:
        if self.way == PHONE and self.phone_edit.hasFocus():
            self.surname_edit.setFocus()
            self.keyboard.attach(self.surname_edit, "text")
        else:
            self.submit()

    def submit(self) -> None:
        ctx = self.ctx
        hub_id, now = ctx.settings.hub_id, ctx.now()
        if self.way == REFERENCE:
            reference = self.reference_edit.text()
            if not appointments.normalise_reference(reference):
                self.say(self.tr("Please type your booking reference."))
                return

            def find(session: Session) -> Match:
                return appointments.match_reference(session, reference, hub_id, now)

            query = server_query(reference=appointments.server_reference(reference))
        else:
            phone, letters = self.phone_edit.text(), self.surname_edit.text()
            if len(appointments.normalise_phone(phone)) < 10:
                self.say(self.tr("Please type your whole phone number."))
                return
            if len(appointments.normalise_letters(letters)) < appointments.MIN_SURNAME_LETTERS:
                self.say(self.tr("Please type the first 3 letters of your surname (family name)."))
                return

            def find(session: Session) -> Match:
                return appointments.match_phone(session, phone, letters, hub_id, now)

            query = server_query(phone=phone, surname_start=letters)

        self.answers.forget()  # only the newest lookup's answer is shown
        self.check_button.setEnabled(False)
        self.message.clear()  # not shown again under the answer
        self.checking.setText(self.tr("Checking your booking, please wait…"))
        self.show_checking(True)
        ctx.store_ops.run(
            find,
            success=self.answers.still(lambda match: self._found_here(match, query)),
            failure=self.answers.still(self._failed),
            name="find_appointment",
        )

    def _found_here(self, match: Match, query: AppointmentLookup | None) -> None:
        """The kiosk's own answer; when it knows nothing, the central server is asked."""
        lookup = self.ctx.appointment_lookup
        if match.outcome != CheckIn.UNKNOWN or query is None or lookup is None:
            self._found(match)
            return
        hub_id, now = self.ctx.settings.hub_id, self.ctx.now()

        def ask_server() -> Match:
            found = lookup(query)
            if found is None:  # unreachable or a bad answer: the kiosk's own answer stands
                return match
            return appointments.best_match(found, hub_id, now)

        self.ctx.ops.run(
            ask_server,
            success=self.answers.still(self._found_remote),
            failure=self.answers.still(self._failed),
            name="ask_server_for_appointment",
        )
        self.asking_server.emit()

    def _found_remote(self, match: Match) -> None:
        log.info("appointment check-in: asked the central server")
        if match.appointment is None:
            self._found(match)
            return
        now = self.ctx.now()

        def ticket_today(session: Session) -> Match:
            # Checked in here before (the booking kept without its reference): that ticket.
            return appointments.with_check_in(session, match, now)

        self.ctx.store_ops.run(
            ticket_today,
            success=self.answers.still(self._found),
            failure=self.answers.still(self._failed),
            name="find_appointment_ticket",
        )

    def _found(self, match: Match) -> None:
        self.check_button.setEnabled(True)
        self.show_checking(False)
        self.match = match
        log.info("appointment check-in: %s", match.outcome.value)
        self.answered.emit(match)
        if match.outcome in CHECKS_IN and match.appointment is not None:
            self._check_in(match.appointment)  # checked in before: the same ticket again
            return
        # Counted if the visit ends here (a later check-in in the same visit undoes it).
        self.ctx.turned_away(appointments.TURNED_AWAY.get(match.outcome))
        self.show_answer()

    def _check_in(self, info: appointments.AppointmentInfo) -> None:
        ctx = self.ctx
        hub_id, now, language = ctx.settings.hub_id, ctx.now(), ctx.language
        catalogue = ctx.content.catalogue

        def write(session: Session) -> queue_core.IssuedTicket:
            return appointments.check_in(
                session, info, hub_id=hub_id, catalogue=catalogue, now=now, language=language
            )

        self.check_button.setEnabled(False)
        ctx.store_ops.run(
            write,
            success=self.answers.still(self._checked_in),
            failure=self.answers.still(self._failed),
            name="check_in",
        )

    def _checked_in(self, ticket: queue_core.IssuedTicket) -> None:
        self.check_button.setEnabled(True)
        self.ctx.turned_away(None)
        remember_visit(self.ctx, ticket)
        info = self.match.appointment if self.match else None
        self.ctx.go(ScreenId.TICKET_ISSUED, ticket=ticket, appointment=info)
        self.reset()

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.show_checking(False)
        log.error("appointment check-in failed: %s", type(exc).__name__)
        self.say(self.tr("Sorry, something went wrong. Please ask a member of staff."))

    # Answer ----------------------------------------------------------------------------
    def show_answer(self) -> None:
        self.pages.setCurrentWidget(self.answer)
        self.retranslate()
        self.to_top()  # from its heading, not where the keys were
        self.step_shown.emit()

    def walk_in(self) -> None:
        info = self.match.appointment if self.match else None
        self.reset()
        if info is not None and not self.ctx.hub.appointment_only:
            self.ctx.go(ScreenId.TICKET_CONFIRM, service_id=info.service_id)
        else:
            self.ctx.go(ScreenId.QUEUE)

    def try_again(self) -> None:
        self.match = None
        self.pages.setCurrentWidget(self.form)
        self.set_way(self.way)
        self.retranslate()

    def _answer_words(self, match: Match) -> tuple[str, str, bool, bool]:
        """Title, explanation, offer a walk-in ticket, offer to try again.

        An appointment-only hub gives no walk-in ticket: its words point to a member of
        staff here and to a drop-in hub near here ("Find a drop-in hub" in the offer's place).
        """
        info = match.appointment
        ctx = self.ctx
        drop_in = ctx.hub.appointment_only
        if match.outcome == CheckIn.AMBIGUOUS:
            return (
                self.tr("More than one booking has those numbers"),
                self.tr(
                    "Please type your whole booking reference, with its letters (for "
                    "example HK-4821), or use your phone number instead."
                ),
                False,
                True,
            )
        if match.outcome == CheckIn.UNKNOWN or info is None:
            return (
                self.tr("We could not find your appointment"),
                self.tr(
                    "Please check what you typed and try again. A booking reference looks "
                    "like HK-4821. If it still does not work, a member of staff here can "
                    "help, or you can find a drop-in hub near here."
                )
                if drop_in
                else self.tr(
                    "Please check what you typed and try again. A booking reference looks "
                    "like HK-4821. If it still does not work, a member of staff can help, "
                    "or you can take a walk-in ticket."
                ),
                True,
                True,
            )
        when = fmt_time(ctx, info.starts_at)
        if match.outcome == CheckIn.EARLY:
            return (
                self.tr("You are early"),
                (
                    self.tr(
                        "Your appointment is at %1. You can check in from %2. Please come "
                        "back then, or find a drop-in hub near here if you would like to see "
                        "someone sooner."
                    )
                    if drop_in
                    else self.tr(
                        "Your appointment is at %1. You can check in from %2. Please come "
                        "back then, or take a walk-in ticket if you would like to see someone "
                        "sooner."
                    )
                )
                .replace("%1", when)
                .replace("%2", fmt_time(ctx, info.check_in_from)),
                True,
                False,
            )
        if match.outcome == CheckIn.LATE:
            return (
                self.tr("Your appointment time has passed"),
                (
                    self.tr(
                        "Your appointment was at %1. We are sorry, it is too late to check in "
                        "for it. Please ask a member of staff here to book a new time, or find "
                        "a drop-in hub near here to see the next free adviser."
                    )
                    if drop_in
                    else self.tr(
                        "Your appointment was at %1. We are sorry, it is too late to check in "
                        "for it. You can take a walk-in ticket to see the next free adviser, "
                        "or ask a member of staff to book a new time."
                    )
                ).replace("%1", when),
                True,
                False,
            )
        day = fmt_day(ctx, local(info.starts_at).date())
        if match.outcome == CheckIn.PASSED:
            return (
                self.tr("Your appointment time has passed"),
                (
                    self.tr(
                        "Your appointment was on %1 at %2. We are sorry, that day has passed. "
                        "Please ask a member of staff here to book a new time, or find a "
                        "drop-in hub near here to see the next free adviser."
                    )
                    if drop_in
                    else self.tr(
                        "Your appointment was on %1 at %2. We are sorry, that day has passed. "
                        "You can take a walk-in ticket to see the next free adviser, or ask a "
                        "member of staff to book a new time."
                    )
                )
                .replace("%1", day)
                .replace("%2", when),
                True,
                False,
            )
        if match.outcome == CheckIn.WRONG_DAY:
            return (
                self.tr("Your appointment is on another day"),
                (
                    self.tr(
                        "Your appointment is on %1 at %2. Please come back then. If you need "
                        "help today, you can find a drop-in hub near here."
                    )
                    if drop_in
                    else self.tr(
                        "Your appointment is on %1 at %2. Please come back then. If you need "
                        "help today, you can take a walk-in ticket."
                    )
                )
                .replace("%1", day)
                .replace("%2", when),
                True,
                False,
            )
        hub = ctx.content.hubs.by_id(info.hub_id)
        where = f"{ctx.text(hub.name)}, {hub.address}" if hub else info.hub_id
        same_day = local(info.starts_at).date() == ctx.local_now().date()
        text = (
            self.tr("Your appointment is at %1 today at %2.")
            if same_day
            else self.tr("Your appointment is at %1 on %3 at %2.")
        )
        return (
            self.tr("Your appointment is at another hub"),
            text.replace("%1", where).replace("%2", when).replace("%3", day)
            + " "
            + (
                self.tr(
                    "Please go there. If you cannot, a member of staff here can help, or you "
                    "can find a drop-in hub near here."
                )
                if drop_in
                else self.tr(
                    "Please go there. If you would rather be seen here, take a walk-in ticket."
                )
            ),
            True,
            False,
        )

    # Screen ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Check in for an appointment")

    def enter(self, **params: Any) -> None:
        avail = availability(self.ctx)
        if not avail.state.is_open:
            self.closed.show_state(avail.state)
            self.pages.setCurrentWidget(self.closed)
        elif self.pages.currentWidget() is self.closed:
            self.pages.setCurrentWidget(self.form)
        if self.pages.currentWidget() is self.form:
            self.set_way(self.way)
        self.retranslate()

    def reset(self) -> None:
        self.answers.forget()  # an answer still on its way belongs to the resident who left
        self.check_button.setEnabled(True)
        self.show_checking(False)
        self.reference_edit.clear()
        self.phone_edit.clear()
        self.surname_edit.clear()
        self.say("")
        self.match = None
        self.pages.setCurrentWidget(self.form)
        self.set_way(REFERENCE)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Check in for your appointment"))
        self.by_reference.setText(self.tr("Use my booking reference"))
        self.by_phone.setText(self.tr("Use my phone number"))
        self.reference_label.setText(self.tr("Your booking reference (it looks like HK-4821):"))
        self.reference_edit.setAccessibleName(self.tr("Booking reference"))
        self.reference_edit.setPlaceholderText("HK-0000")
        self.phone_label.setText(self.tr("Your phone number:"))
        self.phone_edit.setAccessibleName(self.tr("Phone number"))
        self.surname_label.setText(self.tr("First 3 letters of your surname:"))
        self.surname_edit.setAccessibleName(self.tr("First letters of your surname"))
        self.check_button.setText(self.tr("Check in"))
        self.keyboard.retranslate()
        self.closed.retranslate()
        appointment_only = self.ctx.hub.appointment_only
        self.walk_in_button.setText(
            self.tr("Find a drop-in hub") if appointment_only else self.tr("Get a walk-in ticket")
        )
        self.try_again_button.setText(self.tr("Try again"))
        self.done_button.setText(self.tr("Done"))
        self._place_ways()  # the heading's words in this language may not fit beside them
        match = self.match
        if match is not None and match.outcome not in CHECKS_IN:
            title, text, walk_in, again = self._answer_words(match)
            self.answer_title.setText(title)
            self.answer_text.setText(text)
            self.walk_in_button.setVisible(walk_in)
            self.try_again_button.setVisible(again)
