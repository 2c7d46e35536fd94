"""Walk-in check-in: pick a service, confirm (optional name and extra help), get a ticket.

* :class:`QueueScreen`: every service as a big tile, and "I have an appointment".
* :class:`TicketConfirmScreen`: one confirmation with an optional "How can we call you?"
  and an optional "I need extra help" (interpreter in a language, an accessibility need,
  an urgent safety or homelessness issue: urgent goes first), and "Get my ticket".
* :class:`TicketIssuedScreen`: the number, large, with place, wait and a QR code to follow
  the queue; the paper ticket prints meanwhile, and if the printer fails the number stays
  large on screen and IT is told.

From the home screen the top services are two taps from a ticket (tile, then "Get my
ticket"); every other service is three (ticket tile, service tile, "Get my ticket").
Closed hours, closures and an appointment-only hub replace the choices with a kind message.

The ticket is written off the GUI thread (``ctx.ops``). The first name is personal: it goes
only into ``Ticket.call_name`` and is never logged.
"""

from __future__ import annotations

import functools
import logging
import secrets
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core import queue
from hubkiosk.core.i18n import CODES
from hubkiosk.core.waits import WaitEstimate
from hubkiosk.printing.service import PrintOutcome, TicketPrinter
from hubkiosk.printing.ticket import TicketPrint, queue_url, resident_line
from hubkiosk.qt.ops import OpRunner
from hubkiosk.store.models import Priority
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import OnScreenKeyboard
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.checkin_parts import (
    ClosedPanel,
    QrLabel,
    RedirectPanel,
    availability,
    fmt_time,
    position_text,
    wait_text,
)
from hubkiosk.ui.widgets import BigButton, PageStack, Tile, TileGrid, label, restyle
from sync.protocol import Service

log = logging.getLogger(__name__)

COLUMNS = 5
NAME_MAX = 40

#: Interpreter languages offered: ISO 639 code and the name in the language itself where
#: the bundled fonts draw it (``bfi``: British Sign Language).
INTERPRETER_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("bn", "বাংলা"),
    ("syl", ""),
    ("so", "Soomaali"),
    ("ur", ""),
    ("ar", ""),
    ("pl", "Polski"),
    ("bfi", ""),
)


class CheckInStack(PageStack):
    """The screen's own content, or the closed / appointment-only panels in its place."""

    def __init__(self, ctx: KioskContext, content: QWidget) -> None:
        super().__init__()
        self.ctx = ctx
        self.content = content
        self.closed = ClosedPanel(ctx)
        self.redirect = RedirectPanel(ctx)
        for widget in (content, self.closed, self.redirect):
            self.addWidget(widget)

    def check(self) -> bool:
        """Show what fits the hub now; True when walk-in check-in is open."""
        avail = availability(self.ctx)
        if not avail.state.is_open:
            self.closed.show_state(avail.state)
            self.setCurrentWidget(self.closed)
        elif avail.appointment_only:
            self.redirect.retranslate()
            self.setCurrentWidget(self.redirect)
        else:
            self.setCurrentWidget(self.content)
        return avail.walk_in

    def retranslate(self) -> None:
        self.closed.retranslate()
        self.redirect.retranslate()


class QueueScreen(Screen):
    """Big service tiles for every service, and "I have an appointment"."""

    ID = ScreenId.QUEUE

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="title")
        self.lead = label(role="lead")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.lead)
        # Up to five equal columns; fewer on a portrait screen or with larger text.
        self.grid = TileGrid(max_columns=COLUMNS, column_em=8)
        self.tiles: list[Tile] = []
        self.appointment_tile = Tile(icon_name="calendar")
        self.appointment_tile.setProperty("role", "primary")
        self.appointment_tile.clicked.connect(lambda: ctx.go(ScreenId.APPOINTMENT))
        self.stack = CheckInStack(ctx, self.grid)
        self.stack.redirect.appointment_requested.connect(lambda: ctx.go(ScreenId.APPOINTMENT))
        self.body.addWidget(self.stack, 1)
        self.waiting: dict[str, int] = {}
        self._build_tiles()
        self.retranslate()

    def _build_tiles(self) -> None:
        self.tiles = []
        services = self.ctx.content.catalogue.services
        for service in services:
            tile = Tile(icon_name=service.icon)
            tile.setProperty("service_id", service.id)
            tile.clicked.connect(
                lambda _=False, sid=service.id: self.ctx.go(ScreenId.TICKET_CONFIRM, service_id=sid)
            )
            self.tiles.append(tile)
        self.grid.set_tiles([*self.tiles, self.appointment_tile])

    def title(self) -> str:
        return self.tr("Get a ticket or check in")

    def enter(self, **params: Any) -> None:
        walk_in = self.stack.check()
        self.heading.setVisible(walk_in)
        self.lead.setVisible(walk_in)
        if walk_in:
            hub_id, now = self.ctx.settings.hub_id, self.ctx.now()
            self.ctx.store_ops.run(
                lambda session: queue.today(session, hub_id, now).waiting_counts(),
                success=self._show_waiting,
                name="read_waiting",
            )
        self.retranslate()

    def _show_waiting(self, counts: dict[str, int]) -> None:
        self.waiting = counts
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What do you need help with?"))
        self.lead.setText(self.tr("Touch a picture to get a ticket with your number."))
        for tile in self.tiles:
            service = self.ctx.content.catalogue.by_id(str(tile.property("service_id")))
            if service is None:
                continue
            tile.setText(self.ctx.text(service.name))
            waiting = self.waiting.get(service.id, 0)
            tile.set_sub(
                self.tr("%1 waiting").replace("%1", str(waiting))
                if waiting
                else self.tr("No one waiting")
            )
        self.appointment_tile.setText(self.tr("I have an appointment"))
        self.appointment_tile.set_sub(self.tr("Tell us you have arrived"))
        self.stack.retranslate()

    def reset(self) -> None:
        self.waiting = {}

    def refresh_content(self) -> None:
        self._build_tiles()
        self.retranslate()


class ToggleButton(BigButton):
    """A big checkable button whose checked state shows (style: ``[checked="true"]``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent=parent)
        self.setObjectName("Toggle")
        self.setCheckable(True)
        self.toggled.connect(lambda _on: restyle(self))


class TicketConfirmScreen(Screen):
    """One confirmation: optional name, optional extra help, and "Get my ticket".

    Signals:
        ticket_issued(object): the ticket was written (an IssuedTicket).
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
        column.addWidget(self.heading)
        column.addWidget(self.wait_line)

        # Left: the optional questions. Right: the one big button, always in view.
        row = QHBoxLayout()
        row.setSpacing(24)
        options = QVBoxLayout()
        options.setSpacing(12)
        self.name_label = label()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setObjectName("CallName")
        self.name_edit.installEventFilter(self)
        options.addWidget(self.name_label)
        options.addWidget(self.name_edit)
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
        languages = QGridLayout(self.language_row)
        languages.setContentsMargins(24, 0, 0, 0)
        languages.setSpacing(8)
        self.language_buttons: dict[str, ToggleButton] = {}
        for index, (code, _native) in enumerate(INTERPRETER_LANGUAGES):
            button = ToggleButton()
            button.setObjectName("LanguageChoice")
            button.setProperty("lang", code)
            button.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            languages.addWidget(button, index // 4, index % 4)
            self.language_buttons[code] = button
        self.interpreter_button.toggled.connect(self._show_languages)
        help_layout.addWidget(self.interpreter_button)
        help_layout.addWidget(self.access_button)
        help_layout.addWidget(self.urgent_button)
        help_layout.addWidget(self.language_row)
        options.addWidget(self.help_panel)
        options.addStretch(1)
        row.addLayout(options, 3)
        action = QVBoxLayout()
        self.get_button = BigButton(role="primary")
        self.get_button.setObjectName("GetTicket")
        self.get_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.get_button.clicked.connect(self.get_ticket)
        action.addWidget(self.get_button)
        self.message = label(role="error")
        action.addWidget(self.message)
        action.addStretch(1)
        row.addLayout(action, 2)
        column.addLayout(row, 1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.name_edit, "text")
        self.keyboard.done.connect(self._keyboard_done)
        self.keyboard.hide()
        column.addWidget(self.keyboard)

        self.stack = CheckInStack(ctx, content)
        self.stack.redirect.appointment_requested.connect(lambda: ctx.go(ScreenId.APPOINTMENT))
        self.body.addWidget(self.stack, 1)
        self.interpreter_language: str | None = None
        self.preview: WaitEstimate | None = None
        self.reset()
        self.retranslate()

    # Qt events ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.name_edit and event.type() == QEvent.Type.MouseButtonPress:
            self.keyboard.show()
        return super().eventFilter(watched, event)

    def _keyboard_done(self) -> None:
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
                self.reset()
            self.service = self.ctx.content.catalogue.by_id(str(service_id))
        self.message.clear()
        self.get_button.setEnabled(self.service is not None)
        if self.stack.check() and self.service is not None:
            service = self.service
            self.wait_line.clear()
            hub_id, now = self.ctx.settings.hub_id, self.ctx.now()
            self.ctx.store_ops.run(
                lambda session: queue.preview(session, hub_id=hub_id, service=service, now=now),
                success=self._show_preview,
                name="preview_wait",
            )
        self.retranslate()

    def _show_preview(self, estimate: WaitEstimate) -> None:
        self.preview = estimate
        self.retranslate()

    def get_ticket(self) -> None:
        service = self.service
        if service is None or not self.get_button.isEnabled():
            return
        if not self.stack.check():
            return
        self.get_button.setEnabled(False)
        self.message.clear()
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
        )
        ctx.store_ops.run(issue, success=self._issued, failure=self._failed, name="issue_ticket")

    def _issued(self, ticket: queue.IssuedTicket) -> None:
        self.get_button.setEnabled(True)
        log.info("ticket %s issued for %s", ticket.number, ticket.service_id)
        remember_visit(self.ctx, ticket)
        self.ticket_issued.emit(ticket)
        self.ctx.go(ScreenId.TICKET_ISSUED, ticket=ticket)
        self.reset()

    def _failed(self, exc: BaseException) -> None:
        self.get_button.setEnabled(True)
        log.error("could not issue a ticket: %s", type(exc).__name__)
        self.message.setText(
            self.tr("Sorry, we could not make your ticket. Please ask a member of staff.")
        )

    def reset(self) -> None:
        self.name_edit.clear()
        self.help_button.setChecked(False)
        self._show_help(False)
        self._show_languages(False)
        self.interpreter_language = None
        self.preview = None
        self.message.clear()
        self.keyboard.hide()

    def retranslate(self) -> None:
        service = self.service
        if service is not None:
            self.heading.setText(self.ctx.text(service.name))
        estimate = self.preview
        if estimate is not None:
            waiting = estimate.people_ahead
            people = (
                self.tr("No one is waiting.")
                if waiting == 0
                else self.tr("%1 people are waiting.").replace("%1", str(waiting))
                if waiting > 1
                else self.tr("1 person is waiting.")
            )
            self.wait_line.setText(
                people
                + " "
                + self.tr("Estimated wait: %1.").replace(
                    "%1", wait_text(estimate.low, estimate.high)
                )
            )
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
        names = {
            "bn": self.tr("Bengali"),
            "syl": self.tr("Sylheti"),
            "so": self.tr("Somali"),
            "ur": self.tr("Urdu"),
            "ar": self.tr("Arabic"),
            "pl": self.tr("Polish"),
            "bfi": self.tr("British Sign Language"),
        }
        for code, native in INTERPRETER_LANGUAGES:
            button = self.language_buttons[code]
            name = names[code]
            button.setText(f"{name} ({native})" if native and native != name else name)
        self.get_button.setText(self.tr("Get my ticket"))
        self.keyboard.retranslate()
        self.stack.retranslate()


def remember_visit(ctx: KioskContext, ticket: queue.IssuedTicket) -> None:
    """What later screens (quick feedback) may link to, anonymously."""
    ctx.visit.setdefault("visit_token", secrets.token_hex(16))
    ctx.visit["service_id"] = ticket.service_id
    ctx.visit["wait_minutes"] = ticket.wait.midpoint
    ctx.visit["ticket_number"] = ticket.number
    ctx.visit["ticket_id"] = str(ticket.id)


def ticket_print(ctx: KioskContext, ticket: queue.IssuedTicket) -> TicketPrint:
    service = ctx.content.catalogue.by_id(ticket.service_id)
    hub = ctx.content.hub(ticket.hub_id)
    local_name = None
    if service is not None and ticket.language != "en":
        local_name = service.name.get(ticket.language)
    return TicketPrint(
        hub_name=hub.name.get("en"),
        number=ticket.number,
        service_name=service.name.get("en") if service else ticket.service_id,
        issued_at=ticket.issued_at,
        position=ticket.wait.position,
        wait_low=ticket.wait.low,
        wait_high=ticket.wait.high,
        qr_url=queue_url(ctx.settings.queue_status_url, str(ticket.id)),
        language=ticket.language if ticket.language in CODES else "en",
        service_name_local=local_name,
    )


class TicketIssuedScreen(Screen):
    """The ticket on screen, while the paper one prints; large if the printer fails.

    Signals:
        print_finished(object): the printer's outcome (a PrintOutcome).
    """

    ID = ScreenId.TICKET_ISSUED
    SHOW_BACK = False
    print_finished = Signal(object)

    def __init__(
        self,
        ctx: KioskContext,
        parent: QWidget | None = None,
        printer_factory: Callable[[KioskContext], TicketPrinter] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.printer_factory = printer_factory or (
            lambda c: TicketPrinter(c.settings.printer, c.store, c.now)
        )
        # Printing has its own worker, so a slow printer never holds up store writes.
        self.print_ops = OpRunner(self)
        self.ticket: queue.IssuedTicket | None = None
        self.outcome: PrintOutcome | None = None

        self.your_number = label(role="lead")
        self.number = label()
        self.number.setObjectName("TicketNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.service_line = label(role="title")
        self.position_line = label(role="lead")
        self.wait_line = label(role="lead")
        self.resident_line = label(role="lead")
        self.resident_line.setObjectName("ResidentLine")
        self.print_status = label(role="notice")
        self.print_status.setObjectName("PrintStatus")
        self.qr = QrLabel()
        self.qr_hint = label(role="small")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        row = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(8)
        for widget in (
            self.your_number,
            self.number,
            self.service_line,
            self.position_line,
            self.wait_line,
            self.resident_line,
        ):
            words.addWidget(widget)
        words.addStretch(1)
        row.addLayout(words, 3)
        qr_column = QVBoxLayout()
        qr_column.addStretch(1)
        qr_column.addWidget(self.qr)
        qr_column.addWidget(self.qr_hint)
        qr_column.addStretch(1)
        row.addLayout(qr_column, 2)
        self.body.addLayout(row, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(20)
        bottom.addWidget(self.print_status, 1)
        self.done_button = BigButton(role="primary")
        self.done_button.setObjectName("TicketDone")
        self.done_button.clicked.connect(self.ctx.home)
        bottom.addWidget(self.done_button)
        self.body.addLayout(bottom)
        self.retranslate()

    @property
    def fallback(self) -> bool:
        """The paper ticket failed: the screen is the ticket."""
        return self.outcome is not None and self.outcome.fault is not None

    def title(self) -> str:
        return self.tr("Your ticket")

    def enter(self, **params: Any) -> None:
        ticket = params.get("ticket")
        if not isinstance(ticket, queue.IssuedTicket):
            return
        self.ticket = ticket
        self.outcome = None
        self._set_fallback(False)
        self.qr.set_url(queue_url(self.ctx.settings.queue_status_url, str(ticket.id)), 6)
        self.retranslate()
        printer = self.printer_factory(self.ctx)
        if printer.configured:
            content = ticket_print(self.ctx, ticket)
            self.print_ops.run(
                lambda: printer.print(content), success=self._printed, name="print_ticket"
            )
        else:
            self._printed(PrintOutcome(printed=False, configured=False))

    def _printed(self, outcome: PrintOutcome) -> None:
        self.outcome = outcome
        self._set_fallback(outcome.fault is not None)
        self.retranslate()
        self.print_finished.emit(outcome)

    def _set_fallback(self, on: bool) -> None:
        self.number.setProperty("fallback", on)
        self.print_status.setProperty("fault", on)
        restyle(self.number)
        restyle(self.print_status)

    def reset(self) -> None:
        self.ticket = None
        self.outcome = None
        self._set_fallback(False)
        self.qr.set_url(None)

    def retranslate(self) -> None:
        self.done_button.setText(self.tr("Done"))
        self.qr_hint.setText(self.tr("Scan to follow the queue on your phone"))
        self.qr_hint.setVisible(bool(self.qr.url))
        ticket = self.ticket
        if ticket is None:
            return
        service = self.ctx.content.catalogue.by_id(ticket.service_id)
        self.your_number.setText(self.tr("Your number is"))
        self.number.setText(ticket.number)
        self.number.setAccessibleName(self.tr("Your number is %1").replace("%1", ticket.number))
        self.service_line.setText(
            (self.ctx.text(service.name) if service else ticket.service_id)
            + " · "
            + self.tr("taken at %1").replace("%1", fmt_time(self.ctx, ticket.issued_at))
        )
        self.position_line.setText(position_text(ticket.wait.position))
        self.wait_line.setText(
            self.tr("Estimated wait: %1.").replace(
                "%1", wait_text(ticket.wait.low, ticket.wait.high)
            )
        )
        self.resident_line.setText(resident_line(self.ctx.language))
        outcome = self.outcome
        if outcome is None:
            self.print_status.setText(self.tr("Printing your ticket…"))
        elif outcome.printed:
            self.print_status.setText(self.tr("Please take your ticket from the printer."))
        elif outcome.fault is not None:
            self.print_status.setText(
                self.tr(
                    "Sorry, the printer is not working. You are in the queue: please remember "
                    "your number, or take a photo of this screen. We have told the staff."
                )
            )
        else:
            self.print_status.setText(
                self.tr("Please remember your number, or take a photo of this screen.")
            )
