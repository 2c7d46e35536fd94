""" "Get my ticket": one confirmation with an optional "How can we call you?" and an
optional "I need extra help" (interpreter in a language, an accessibility need, an urgent
safety or homelessness issue: urgent goes first).

The ticket is written off the GUI thread (``ctx.store_ops``). The first name is personal:
it goes only into ``Ticket.call_name`` and is never logged.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core import queue
from hubkiosk.core.waits import WaitEstimate
from hubkiosk.qt.ops import Answers
from hubkiosk.store.models import Priority
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.checkin_parts import (
    CheckInStack,
    ToggleButton,
    closes_before_seen,
    fmt_time,
    remember_visit,
    wait_text,
)
from hubkiosk.ui.widgets import BigButton, FlowRow, TileGrid, brought_focus, label
from sync.protocol import Service

log = logging.getLogger(__name__)

NAME_MAX = 40

#: Interpreter languages offered: ISO 639 code and the name in the language itself where
#: the bundled fonts draw it (``bfi``: British Sign Language).
INTERPRETER_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("bn", "বাংলা"),
    ("syl", ""),
    ("so", "Soomaali"),
    ("ur", "اردو"),
    ("ar", "العربية"),
    ("pl", "Polski"),
    ("bfi", ""),
)


def interpreter_language_name(code: str) -> str:
    """The name of interpreter language ``code`` in the kiosk's language now, as the
    resident chose it here (the adviser's queue names it so too); the code itself for one
    no longer offered."""
    translate = QCoreApplication.translate
    names = {
        "bn": translate("TicketConfirmScreen", "Bengali"),
        "syl": translate("TicketConfirmScreen", "Sylheti"),
        "so": translate("TicketConfirmScreen", "Somali"),
        "ur": translate("TicketConfirmScreen", "Urdu"),
        "ar": translate("TicketConfirmScreen", "Arabic"),
        "pl": translate("TicketConfirmScreen", "Polish"),
        "bfi": translate("TicketConfirmScreen", "British Sign Language"),
    }
    return names.get(code, code)


class TicketConfirmScreen(Screen):
    """One confirmation: optional name, optional extra help, and "Get my ticket".

    Signals:
        ticket_issued(object): the ticket was written (an IssuedTicket) and is shown; not
            one whose visit was reset ("Start again", idle) while it was being written.
    """

    ID = ScreenId.TICKET_CONFIRM
    ticket_issued = Signal(object)

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service: Service | None = None
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.heading = label(role="title")
        self.wait_line = label(role="lead")
        #: "The hub closes at 17:00. If you take a ticket now, you may not be seen today...":
        #: shown only when the wait's upper end runs past the hub's closing time today.
        self.closing_line = label(role="notice")
        self.closing_line.setObjectName("ClosingNotice")
        self.closing_line.hide()
        column.addWidget(self.heading)
        column.addWidget(self.wait_line)
        column.addWidget(self.closing_line)

        # Left: the optional questions. Right: the one big button, always in view.
        # Side by side when both fit, the button below the questions when not (portrait, 200 %).
        row = FlowRow(spacing=24)
        options = QVBoxLayout()
        options.setSpacing(12)
        self.name_label = label()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setObjectName("CallName")
        self.name_edit.installEventFilter(self)
        options.addWidget(self.name_label)
        # The keys right under the name: at 200 % text on a 1280 x 800 screen, under the
        # whole screen they pushed the name above the view (QA s36); close under it, as
        # in Spanish, Polish and Somali, whose bars take two rows, the name and the keys
        # fit the room left with 4 px between them, not with 12.
        typing = QVBoxLayout()
        typing.setSpacing(4)
        typing.addWidget(self.name_edit)
        self.keyboard = KeyboardSlot()
        self.keyboard.attach(self.name_edit, "text")
        self.keyboard.done.connect(self._keyboard_done)
        self.name_edit.returnPressed.connect(self._keyboard_done)  # Enter: on, as Done
        self.keyboard.hide()
        typing.addWidget(self.keyboard)
        options.addLayout(typing)
        self.help_button = ToggleButton()
        self.help_button.toggled.connect(self._show_help)
        options.addWidget(self.help_button)
        self.help_panel = QWidget()
        help_layout = QVBoxLayout(self.help_panel)
        help_layout.setContentsMargins(24, 0, 0, 0)
        help_layout.setSpacing(10)
        self.interpreter_button = ToggleButton()
        self.access_button = ToggleButton()
        self.urgent_button = ToggleButton()
        self.urgent_button.setProperty("role", "danger")
        self.language_row = QWidget()
        indent = QVBoxLayout(self.language_row)
        indent.setContentsMargins(24, 0, 0, 0)
        # Four to a row where their longest words fit, fewer where not (200 % text on a
        # portrait kiosk: "Sylhecki" and "Polski" were cut to "lhec" and "olsk").
        self.language_grid = TileGrid(max_columns=4, column_em=5)
        self.language_grid.grid.setSpacing(8)
        self.language_buttons: dict[str, ToggleButton] = {}
        for code, _native in INTERPRETER_LANGUAGES:
            button = ToggleButton()
            button.setObjectName("LanguageChoice")
            button.setProperty("lang", code)
            button.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            self.language_buttons[code] = button
        self.language_grid.set_tiles(list(self.language_buttons.values()))
        indent.addWidget(self.language_grid)
        self.interpreter_button.toggled.connect(self._show_languages)
        help_layout.addWidget(self.interpreter_button)
        help_layout.addWidget(self.access_button)
        help_layout.addWidget(self.urgent_button)
        help_layout.addWidget(self.language_row)
        options.addWidget(self.help_panel)
        options.addStretch(1)
        row.add_layout(options, 3)
        action = QVBoxLayout()
        self.get_button = BigButton(role="primary")
        self.get_button.setObjectName("GetTicket")
        self.get_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.get_button.clicked.connect(self.get_ticket)
        action.addWidget(self.get_button)
        self.message = label(role="error")
        action.addWidget(self.message)
        action.addStretch(1)
        row.add_layout(action, 2)
        column.addWidget(row)
        column.addStretch(1)  # the room left over goes below, not between the lines
        self.keyboard.keys_after(self.get_button)  # Tab: "Get my ticket", then the keys

        self.stack = CheckInStack(ctx, content)
        self.stack.redirect.appointment_requested.connect(lambda: ctx.go(ScreenId.APPOINTMENT))
        self.body.addWidget(self.stack, 1)
        self.interpreter_language: str | None = None
        self.preview: WaitEstimate | None = None
        #: The wait last read, for which service and at what moment: no resident's data,
        #: so kept when a visit ends. Shown again at once (no new layout in the tap: issue
        #: 16, tap_next) only at the moment it was read and before a ticket is taken here:
        #: later the queue may have moved, and a resident was shown the last one's "11
        #: people are waiting" until the fresh count came (QA). Else the line stays empty
        #: until the queue is read again.
        self._wait_read: tuple[str, dt.datetime, WaitEstimate] | None = None
        #: The service times the wait shown came from, for the ticket (no history
        #: read in the tap: :class:`queue.ServiceTimes`).
        self.service_times: queue.ServiceTimes | None = None
        #: A ticket written after a reset ("Start again", idle) went by is not shown to
        #: the next resident nor kept in their visit (it is stored and sent all the same).
        self.answers = Answers()
        self.reset()
        self.retranslate()

    # Qt events ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # The keys come up on a touch in the field, and when it gets the focus by any other
        # means (Tab, the screen): a keyboard or switch user who Tabbed into the name had
        # no keys, and a switch user no other way to type it.
        if watched is self.name_edit and (
            event.type() == QEvent.Type.MouseButtonPress or brought_focus(event)
        ):
            self.keyboard.show()
        return super().eventFilter(watched, event)

    def _keyboard_done(self) -> None:
        """The keys' Done, or Enter in the name: the keys go, and the focus on to what
        follows the name (else it was on a key now hidden, and lost)."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.name_edit or self.keyboard.isAncestorOf(focus)):
            self.help_button.setFocus(Qt.FocusReason.TabFocusReason)
        self.keyboard.hide()

    # Choices ---------------------------------------------------------------------------
    def _show_help(self, on: bool) -> None:
        self.help_panel.setVisible(on)
        if not on:
            for button in (self.interpreter_button, self.access_button, self.urgent_button):
                button.setChecked(False)

    def _show_languages(self, on: bool) -> None:
        self.language_row.setVisible(on)
        if on and self.interpreter_language is None and self.ctx.language != "en":
            self._choose_language(self.ctx.language)
        if not on:
            self._choose_language(None)
        if on:
            self._bring_into_view(self.language_row)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the screen (when the window lets it scroll) so ``widget`` shows."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            QTimer.singleShot(0, lambda: parent.ensureWidgetVisible(widget))

    def _choose_language(self, code: str | None) -> None:
        self.interpreter_language = code
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == code)

    def priority(self) -> Priority:
        """Urgent first; an accessibility need next; an interpreter (its language is kept
        in the ticket's own field either way)."""
        if self.urgent_button.isChecked():
            return Priority.URGENT
        if self.access_button.isChecked():
            return Priority.ACCESSIBILITY
        if self.interpreter_button.isChecked():
            return Priority.INTERPRETER
        return Priority.NONE

    # Screen ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Get my ticket")

    def enter(self, **params: Any) -> None:
        service_id = params.get("service_id")
        if service_id is not None:
            if self.service is None or self.service.id != service_id:
                self._clear_choices()
            self.service = self.ctx.content.catalogue.by_id(str(service_id))
        self._clear_message()
        self.get_button.setEnabled(self.service is not None)
        if self.stack.check() and self.service is not None:
            service = self.service
            # Only a wait read for this service at this moment; none shown until it is read.
            self.preview = self._last_wait()
            if self.preview is None:
                self._no_wait_shown()
            hub_id, now = self.ctx.settings.hub_id, self.ctx.now()
            self.ctx.store_ops.run(
                lambda session: queue.wait_preview(
                    session, hub_id=hub_id, service=service, now=now
                ),
                success=self._previewed,
                name="preview_wait",
                after_paint=True,  # the screen first: the wait follows
            )
        # Only the words of this service and its wait: the rest follow the language, and
        # every screen is retranslated when it changes. The whole retranslate (the shared
        # keyboard's hundred keys among it) cost each tap to this screen ~0.7 ms (issue 16,
        # tap_next).
        self._service_texts()

    def _previewed(self, preview: queue.Preview) -> None:
        if self.service is None or preview.times.service_id != self.service.id:
            return  # read for a service left meanwhile
        self.service_times = preview.times
        self._wait_read = (self.service.id, preview.times.read_at, preview.estimate)
        self._show_preview(preview.estimate)

    def _last_wait(self) -> WaitEstimate | None:
        """The wait last read for the service chosen, if it was read at this very moment
        (the queue cannot have moved since: a ticket taken here forgets it)."""
        read = self._wait_read
        if read is None or self.service is None or read[0] != self.service.id:
            return None
        return read[2] if read[1] == self.ctx.now() else None

    def _no_wait_shown(self) -> None:
        # Cleared only when shown: an empty label cleared again asks for a new layout.
        if self.wait_line.text():
            self.wait_line.clear()
        if not self.closing_line.isHidden():
            self.closing_line.hide()

    def _show_preview(self, estimate: WaitEstimate) -> None:
        self.preview = estimate
        self._service_texts()

    def get_ticket(self) -> None:
        service = self.service
        if service is None or not self.get_button.isEnabled():
            return
        if not self.stack.check():
            return
        if self.ctx.content.catalogue.by_id(service.id) is None:  # withdrawn since shown
            self.message.setText(
                self.tr(
                    "Sorry, this service is no longer offered at this hub. "
                    "Please ask a member of staff."
                )
            )
            return
        self.get_button.setEnabled(False)
        self._clear_message()
        self._wait_read = None  # the queue is about to change
        ctx = self.ctx
        issue = functools.partial(
            queue.issue_ticket,
            hub_id=ctx.settings.hub_id,
            service=service,
            now=ctx.now(),
            priority=self.priority(),
            language=ctx.language,
            interpreter_language=self.interpreter_language
            if self.interpreter_button.isChecked()
            else None,
            call_name=self.name_edit.text(),
            times=self.service_times,
        )
        ctx.store_ops.run(
            issue,
            success=self.answers.still(self._issued),
            failure=self.answers.still(self._failed),
            name="issue_ticket",
        )

    def _clear_message(self) -> None:
        # An empty label cleared again still asks for a new layout of the screen: the
        # confirmation was laid out again while its ticket was being written (issue 16).
        if self.message.text():
            self.message.clear()

    def _issued(self, ticket: queue.IssuedTicket) -> None:
        log.info("ticket %s issued for %s", ticket.number, ticket.service_id)
        self.get_button.setEnabled(True)
        remember_visit(self.ctx, ticket)
        self.ticket_issued.emit(ticket)
        self.ctx.go(ScreenId.TICKET_ISSUED, ticket=ticket)
        self._clear_choices()

    def _failed(self, exc: BaseException) -> None:
        log.error("could not issue a ticket: %s", type(exc).__name__)
        self.get_button.setEnabled(True)
        self.message.setText(
            self.tr("Sorry, we could not make your ticket. Please ask a member of staff.")
        )

    def reset(self) -> None:
        """The visit is wiped: its choices, and a ticket still being written for it."""
        self.answers.forget()
        self._clear_choices()

    def _clear_choices(self) -> None:
        self.name_edit.clear()
        self.help_button.setChecked(False)
        self._show_help(False)
        self._show_languages(False)
        self.interpreter_language = None
        self.preview = None
        self.service_times = None
        self._clear_message()
        self.keyboard.hide()

    def retranslate(self) -> None:
        self._service_texts()
        self._fixed_texts()

    def _service_texts(self) -> None:
        """The heading (the service) and the wait line (its queue and wait)."""
        service = self.service
        if service is not None:
            self.heading.setText(self.ctx.text(service.name))
        estimate = self.preview
        if estimate is not None:
            waiting = estimate.people_ahead
            people = (
                self.tr("No one is waiting.")
                if waiting == 0
                else self.tr("%Ln person(s) waiting.", "", waiting)
            )
            self.wait_line.setText(
                people
                + " "
                + self.tr("Estimated wait: %1.").replace(
                    "%1", wait_text(estimate.low, estimate.high)
                )
            )
            self._closing_text(estimate)

    def _closing_text(self, estimate: WaitEstimate) -> None:
        """Says when the hub closes when the wait's upper end runs past it."""
        closes = closes_before_seen(self.ctx, self.ctx.now(), estimate.high)
        if closes is None:
            if not self.closing_line.isHidden():
                self.closing_line.hide()
            return
        self.closing_line.setText(
            self.tr(
                "The hub closes at %1. If you take a ticket now, you may not be seen today. "
                "Please ask a member of staff."
            ).replace("%1", fmt_time(self.ctx, closes))
        )
        self.closing_line.show()

    def _fixed_texts(self) -> None:
        """The words that change only with the language."""
        self.name_label.setText(self.tr("How can we call you? (optional)"))
        self.name_edit.setPlaceholderText(self.tr("Your first name, or leave it empty"))
        self.name_edit.setAccessibleName(self.tr("How can we call you? (optional)"))
        self.help_button.setText(self.tr("I need extra help"))
        self.interpreter_button.setText(self.tr("An interpreter"))
        self.access_button.setText(
            self.tr("An accessibility need (hearing, sight, mobility, a seat)")
        )
        self.urgent_button.setText(
            self.tr("Urgent: I am not safe, or I have nowhere to stay tonight")
        )
        for code, native in INTERPRETER_LANGUAGES:
            button = self.language_buttons[code]
            name = interpreter_language_name(code)
            button.setText(f"{name} ({native})" if native and native != name else name)
        self.get_button.setText(self.tr("Get my ticket"))
        self.keyboard.retranslate()
        self.stack.retranslate()
