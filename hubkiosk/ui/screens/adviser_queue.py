"""The adviser's queue: call the next ticket to a desk, call again, mark a no-show,
transfer, and record the resident as served with an outcome.

A referral is chosen, not typed: a service of the catalogue, or "another organisation" with
its name, so the reports count referrals by destination. "Hand the screen to the resident"
belongs to the visit just served at this desk: it goes as soon as another ticket is called
(or the desk changes), so feedback is never tied to the wrong visit.

Each action is an immutable :class:`~hubkiosk.store.models.QueueEvent` written with its
outbox item (see :mod:`hubkiosk.core.queue`), off the GUI thread. The calling display
picks the calls up from the same store.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import secrets
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core import queue
from hubkiosk.core.i18n import CODES, LANGUAGES
from hubkiosk.store.models import Outcome
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.i18n import digits, number
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import SPOKEN, Screen
from hubkiosk.ui.screens.checkin_parts import ToggleButton, fmt_time
from hubkiosk.ui.screens.queue.confirm import interpreter_language_name
from hubkiosk.ui.widgets import BigButton, FlowLayout, FlowRow, label

log = logging.getLogger(__name__)


def flow_of(*buttons: QWidget) -> QWidget:
    """Buttons side by side, wrapping onto a new line when the next does not fit."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing=12)
    flow.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        flow.addWidget(button)
    return holder


DESKS = ("Desk 1", "Desk 2", "Desk 3", "Desk 4")


def kiosk_language_name(code: str) -> str:
    """A kiosk language's name for the adviser: as the interpreters' choice names it (in
    the kiosk's language now), else in English ("Spanish")."""
    name = interpreter_language_name(code)
    if name != code:
        return name
    return next((language.english for language in LANGUAGES if language.code == code), code)


class AdviserQueueScreen(Screen):
    """Signals:
    refreshed(): the queue was read again (after an action, or on entry).
    """

    ID = ScreenId.ADVISER_QUEUE
    refreshed = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: The desk this adviser calls to: none until they choose it (the kiosk cannot
        #: know where they sit), then remembered for them that day (:meth:`enter`).
        self.desk: str | None = None
        #: Each adviser's desk today: (adviser, or a shared PIN's sign-in) -> (day, desk).
        self.desks_chosen: dict[object, tuple[dt.date, str]] = {}
        self.day: queue.QueueDay | None = None
        self.heading = label(role="title")
        # "Your desk:" then the desks by number, wrapping as words do at 200 % text; beside
        # the title when they fit (a laptop-sized screen has no row to spare).
        desks_row = QWidget()
        desks = FlowLayout(desks_row, spacing=12)
        desks.setContentsMargins(0, 0, 0, 0)
        self.desk_label = label(wrap=False)
        desks.addWidget(self.desk_label)
        self.desk_buttons: dict[str, ToggleButton] = {}
        for desk in DESKS:
            button = ToggleButton()
            button.clicked.connect(lambda _=False, d=desk: self.set_desk(d))
            desks.addWidget(button)
            self.desk_buttons[desk] = button
        top = FlowRow(spacing=48)
        top.add(self.heading)
        top.add(desks_row, 1)
        self.body.addWidget(top)

        self.current = label(role="lead")
        self.current.setObjectName("AtDesk")
        # After "served": hand the screen to the resident for quick feedback, linked to the
        # visit's service and wait only through a fresh anonymous token. Beside who is at
        # the desk (where the adviser looks), not below the actions (off a laptop's screen).
        self.feedback_button = BigButton(role="primary")
        self.feedback_button.clicked.connect(self.ask_feedback)
        self.feedback_button.hide()
        status = FlowRow(spacing=24)
        status.add(self.current, 1)
        status.add(self.feedback_button)
        self.body.addWidget(status)
        # Shown only while it has something to say: an empty line's room pushed the
        # "Served" buttons off a laptop-sized screen.
        self.message = label(role="error")
        self.message.hide()
        self.body.addWidget(self.message)
        self.waiting = label()
        self.waiting.setObjectName("WaitingList")

        # The actions in rows that wrap (a portrait kiosk at 200 % text), the waiting list
        # beside them when there is room, below them when not.
        actions = QVBoxLayout()
        actions.setSpacing(12)
        self.call_button = BigButton(role="primary")
        self.recall_button = BigButton()
        self.no_show_button = BigButton()
        self.call_button.clicked.connect(self.call_next)
        self.recall_button.clicked.connect(self.recall)
        self.no_show_button.clicked.connect(self.no_show)

        self.transfer_to = QComboBox()
        self.transfer_to.setMinimumHeight(64)
        # As wide as the row gives it, not as its longest service's name in the language
        # (a Spanish name at 200 % text made the page scroll sideways); the list shows all.
        self.transfer_to.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.transfer_to.setMinimumContentsLength(12)
        self.transfer_button = BigButton()
        self.transfer_button.clicked.connect(self.transfer)
        # The transfer after the calls, on their line where it fits (a laptop's screen then
        # has room for the "Served" buttons in Somali), on the next where not; the choice
        # and its button stay together.
        transfer = QWidget()
        pair = QHBoxLayout(transfer)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.setSpacing(12)
        pair.addWidget(self.transfer_to, 1)
        pair.addWidget(self.transfer_button)
        actions.addWidget(
            flow_of(self.call_button, self.recall_button, self.no_show_button, transfer)
        )

        self.resolved_button = BigButton()
        self.follow_up_button = BigButton()
        self.referred_button = BigButton()
        self.resolved_button.clicked.connect(lambda: self.serve(Outcome.RESOLVED_FIRST_CONTACT))
        self.follow_up_button.clicked.connect(lambda: self.serve(Outcome.FOLLOW_UP_BOOKED))
        self.referred_button.clicked.connect(self.choose_referral)
        actions.addWidget(
            flow_of(self.resolved_button, self.follow_up_button, self.referred_button)
        )
        # "Served: referred" opens the choice: the catalogue's services, or another
        # organisation by name.
        self.referral_panel = QWidget()
        self.referral_panel.setObjectName("ReferralChoice")
        panel = QVBoxLayout(self.referral_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        self.referral_heading = label(role="lead")
        panel.addWidget(self.referral_heading)
        services = QWidget()
        self.referral_services = FlowLayout(services, spacing=8)
        self.referral_services.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(services)
        self.referral_buttons: dict[str, BigButton] = {}
        # Another organisation: its name, then "Save the referral" (below it when the
        # name's hint needs the width).
        self.other_org_button = BigButton()
        self.other_org_button.clicked.connect(self.choose_other_organisation)
        self.referred_to = QLineEdit()
        self.referred_to.setMaxLength(100)
        self.referred_to.setMinimumHeight(64)
        self.referred_to.hide()
        self.save_referral_button = BigButton(role="primary")
        self.save_referral_button.clicked.connect(self.refer_to_organisation)
        self.save_referral_button.hide()
        self.cancel_referral_button = BigButton()
        self.cancel_referral_button.clicked.connect(self.close_referral)
        panel.addWidget(flow_of(self.other_org_button, self.cancel_referral_button))
        name_row = FlowRow(spacing=8)
        name_row.add(self.referred_to, 1)
        name_row.add(self.save_referral_button)
        panel.addWidget(name_row)
        self.referral_panel.hide()
        actions.addWidget(self.referral_panel)
        #: The visit just served at this desk (its ticket, service and wait), for feedback.
        self.last_visit: dict[str, object] | None = None
        self.last_ticket: object | None = None
        self.last_language: str | None = None
        #: (ticket id, the name its resident gave) for the ticket at this desk.
        self.called_name: tuple[uuid.UUID, str] | None = None
        #: A desk another adviser uses today, named as theirs: a second touch shares it.
        self._sharing: str | None = None
        #: Each desk's adviser today, as the queue was last read (queue.desk_users).
        self.desk_users: dict[str, str] = {}
        row = FlowRow(spacing=24)
        row.add_layout(actions, 3)
        row.add(self.waiting, 1)
        self.body.addWidget(row)
        self.body.addStretch(1)
        self._fill_services()
        self._show_desk(None)
        self.retranslate()

    def _fill_services(self) -> None:
        self.transfer_to.clear()
        for service in self.ctx.content.catalogue.services:
            self.transfer_to.addItem("", service.id)  # named in retranslate
        for button in self.referral_buttons.values():
            self.referral_services.removeWidget(button)
            button.deleteLater()
        self.referral_buttons = {}
        for service in self.ctx.content.catalogue.services:
            button = BigButton()
            button.clicked.connect(
                lambda _=False, sid=service.id: self.serve(Outcome.REFERRED, service_id=sid)
            )
            self.referral_services.addWidget(button)
            self.referral_buttons[service.id] = button

    # Actions ---------------------------------------------------------------------------
    def set_desk(self, desk: str) -> None:
        """The adviser chose ``desk``: theirs for the day. A desk another named adviser
        uses today (chosen here, or their latest action at it, as the queue was last read)
        is named as theirs first; a second touch shares it."""
        who = self._who()
        if desk != self._sharing and who is not None and who == self.adviser_id:
            day = queue.service_day(self.ctx.now())
            others = [o for o, chosen in self.desks_chosen.items() if chosen == (day, desk)]
            others.append(self.desk_users.get(desk))
            for other in others:
                if other is not None and other != who and self._adviser_name(other):
                    self._show_desk(self.desk)  # the touch checked it: not chosen yet
                    self._ask_to_share(desk, other)
                    return
        self._take_desk(desk)

    def _adviser_name(self, adviser_id: object) -> str | None:
        return next((a.name for a in self.ctx.content.advisers if a.id == adviser_id), None)

    def _ask_to_share(self, desk: str, other: object) -> None:
        self._sharing = desk
        self._say(
            self.tr("Desk %1 is %2's today. Touch %1 again to use it too.")
            .replace("%1", self._desk_number(desk))
            .replace("%2", self._adviser_name(other) or "")
        )

    def _take_desk(self, desk: str) -> None:
        self._sharing = None
        self._say("")
        self.desks_chosen[self._who()] = (queue.service_day(self.ctx.now()), desk)
        self._show_desk(desk)
        self._read_name(self._at_desk())  # the resident called to it, by their name
        self.retranslate()

    def _show_desk(self, desk: str | None) -> None:
        if desk != self.desk:
            self.forget_visit()
        self.desk = desk
        for name, button in self.desk_buttons.items():
            button.setChecked(name == desk)

    def _who(self) -> object:
        """Whose desk: a named adviser's all day; one signed in with a PIN that others
        share (IT's, the demo's) cannot be told apart from the next, so that sign-in's."""
        adviser = self.ctx.adviser
        if adviser is None:
            return None
        if any(a.id == adviser.adviser_id for a in self.ctx.content.advisers):
            return adviser.adviser_id
        return adviser.session_id

    def _remembered_desk(self) -> str | None:
        """The desk this adviser chose today, if they did."""
        day, desk = self.desks_chosen.get(self._who(), (None, None))
        return desk if day == queue.service_day(self.ctx.now()) else None

    def _read_desk(self) -> None:
        """A named adviser with no desk remembered today (the kiosk restarted since they
        chose it): the desk of their latest call today, read from the store off the GUI
        thread, unless they choose one first. A shared PIN's sign-in has none to read."""
        adviser, who = self.ctx.adviser, self._who()
        if adviser is None or who != adviser.adviser_id:
            return
        hub, now, by = self.ctx.settings.hub_id, self.ctx.now(), adviser.adviser_id
        day = queue.service_day(now)

        def got(desk: str | None) -> None:
            if desk not in self.desk_buttons or self._who() != who:
                return  # none today, or another adviser signed in meanwhile
            if self._remembered_desk() is None:  # none chosen meanwhile
                self.desks_chosen[who] = (day, desk)
                self._show_desk(desk)
                self._read_name(self._at_desk())
                self.retranslate()

        self.ctx.store_ops.run(
            functools.partial(queue.adviser_desk, hub_id=hub, adviser_id=by, now=now),
            success=got,
            name="read_adviser_desk",
        )

    @property
    def adviser_id(self) -> str | None:
        """The signed-in adviser, recorded on every queue event they make."""
        adviser = self.ctx.adviser
        return adviser.adviser_id if adviser is not None else None

    def _service_name(self, service_id: str) -> str:
        """The service's name; for one the hub no longer offers (withdrawn today by a new
        configuration, its tickets still waiting), words that say so."""
        service = self.ctx.content.catalogue.by_id(service_id)
        if service is not None:
            return self.ctx.text(service.name)
        return self.tr("A service no longer offered")

    def _needs(self, entry: queue.QueueEntry) -> list[str]:
        """What the ticket's resident asked for, in the adviser's words: urgent, an
        accessibility need, an interpreter (its language named as the resident chose it),
        an appointment and its time."""
        needs = []
        if entry.priority.value != "none":
            needs.append(
                {
                    "urgent": self.tr("urgent"),
                    "interpreter": self.tr("needs an interpreter"),
                    "accessibility": self.tr("accessibility need"),
                }[entry.priority.value]
            )
        if entry.interpreter_language:
            name = interpreter_language_name(entry.interpreter_language)
            needs.append(self.tr("language: %1").replace("%1", name))
        elif entry.language and entry.language != "en":
            # The language the resident used the kiosk in (an interpreter may help).
            needs.append(self.tr("kiosk in %1").replace("%1", kiosk_language_name(entry.language)))
        if entry.appointment and entry.due is not None:
            # Its time: bookings are called by it, and one early waits behind one due now.
            needs.append(self.tr("appointment at %1").replace("%1", fmt_time(self.ctx, entry.due)))
        elif entry.appointment:
            needs.append(self.tr("appointment"))
        return needs

    def _marked(self, entry: queue.QueueEntry) -> str:
        """A waiting ticket's number, with its resident's needs after it ("H-002 (needs an
        interpreter, language: British Sign Language)")."""
        needs = self._needs(entry)
        shown = digits(entry.number)
        return f"{shown} ({', '.join(needs)})" if needs else shown

    def _desk_number(self, desk: str | None = None) -> str:
        """A desk's number (this one's by default), in the language's digits: sentences
        name it after their own word for a desk (the store keeps "Desk 2")."""
        return digits(queue.desk_number(desk or self.desk or ""))

    def _at_desk(self) -> queue.QueueEntry | None:
        return self.day.at_desk(self.desk) if self.day and self.desk else None

    def _act(
        self,
        name: str,
        action: Callable[[Session], object],
        done: Callable[[object], None] | None = None,
    ) -> None:
        """Run ``action`` on the store, then ``done`` with its result, and read the queue."""

        def succeeded(result: object) -> None:
            if done is not None:
                done(result)
            self.refresh()

        self._say("")
        self.ctx.store_ops.run(action, success=succeeded, failure=self._failed, name=name)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, queue.QueueError):
            self._say(self._refusal(exc.kind))
        else:
            self._say(self.tr("That did not work: %1").replace("%1", str(exc)))
        self.refresh()

    def _refusal(self, kind: queue.QueueRefusal) -> str:
        """Why the queue refused an action, in the kiosk's language."""
        refusals = queue.QueueRefusal
        return {
            refusals.NOT_TODAY: self.tr("That ticket is not in today's queue."),
            refusals.DESK_BUSY: self.tr("Finish the ticket at this desk first."),
            refusals.RECALL_NOT_CALLED: self.tr("Only a called ticket can be called again."),
            refusals.NO_SHOW_NOT_CALLED: self.tr(
                "Only a called ticket can be marked as did not come."
            ),
            refusals.TRANSFER_FINISHED: self.tr("A finished ticket cannot be transferred."),
            refusals.UNKNOWN_SERVICE: self.tr("That service is not in the catalogue."),
            refusals.SAME_QUEUE: self.tr("The ticket is already in that queue."),
            refusals.SERVE_NOT_CALLED: self.tr("Call the ticket before recording it as served."),
            refusals.REFERRAL_MISSING: self.tr("Say which service the resident was referred to."),
            refusals.REFERRAL_DETAILS: self.tr(
                "Type only the organisation's name: no phone number, e-mail address or "
                "postcode. The managers' report shows it as typed."
            ),
        }[kind]

    def _choose_desk(self) -> str:
        return self.tr("Choose your desk first: touch its number.")

    def _say(self, text: str) -> None:
        """Show ``text`` on the message line (none: the line goes, taking no room)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _needs_ticket(self) -> queue.QueueEntry | None:
        entry = self._at_desk()
        if self.desk is None:
            self._say(self._choose_desk())
        elif entry is None:
            self._say(self.tr("No ticket at this desk: touch Call next first."))
        return entry

    def forget_visit(self) -> None:
        """The hand-over belongs to the visit just served: gone once anything else happens."""
        self.last_visit = None
        self.last_ticket = None
        self.last_language = None
        self.feedback_button.hide()

    def call_next(self) -> None:
        self.forget_visit()
        self.close_referral()
        hub, desk, now, by = self.ctx.settings.hub_id, self.desk, self.ctx.now(), self.adviser_id
        if desk is None:  # a resident sent to no desk, or to another adviser's
            self._say(self._choose_desk())
            return
        self._act(
            "call_next",
            lambda s: queue.call_next(s, hub_id=hub, desk=desk, now=now, adviser_id=by),
            self._called,
        )

    def _called(self, entry: object) -> None:
        if entry is None:  # nobody to call
            self._say(self.tr("No one is waiting."))

    def _on_ticket(
        self,
        name: str,
        action: Callable[..., object],
        entry: queue.QueueEntry | None = None,
        done: Callable[[object], None] | None = None,
    ) -> None:
        """Run ``action`` (recall, no-show) at this desk on ``entry``, by default the ticket
        at the desk, if there is one; then ``done`` with its result."""
        entry = entry or self._needs_ticket()
        if entry is None:
            return
        hub, desk, now, tid = self.ctx.settings.hub_id, self.desk, self.ctx.now(), entry.ticket_id
        assert desk is not None  # a ticket at this desk, or marked at it: one was chosen
        by = self.adviser_id
        self._act(
            name,
            lambda s: action(s, hub_id=hub, ticket_id=tid, desk=desk, now=now, adviser_id=by),
            done,
        )

    def recall(self) -> None:
        """Call the ticket at this desk again; with none, the one this desk last marked
        "did not come", who came after all (the undo :meth:`no_show` tells of)."""
        gone = None
        if self._at_desk() is None and self.desk is not None and self.day is not None:
            marked = [
                e
                for e in self.day.entries.values()
                if e.status == queue.NO_SHOW and e.desk == self.desk
            ]
            if marked:
                gone = max(marked, key=lambda e: e.called_at.timestamp() if e.called_at else 0.0)
        self._on_ticket("recall", queue.recall, gone)

    def no_show(self) -> None:
        entry = self._needs_ticket()
        if entry is None:
            return
        marked = digits(entry.number)

        def said(_result: object) -> None:  # and how to undo it (:meth:`recall`)
            self._say(
                self.tr(
                    "%1 is marked as not here. If they come after all, touch Call again."
                ).replace("%1", marked)
            )

        self._on_ticket("no_show", queue.no_show, entry, said)

    def transfer(self) -> None:
        entry = self._needs_ticket()
        if entry is None:
            return
        to_service = str(self.transfer_to.currentData())
        hub, desk, now, tid = self.ctx.settings.hub_id, self.desk, self.ctx.now(), entry.ticket_id
        assert desk is not None  # a ticket at this desk: one was chosen
        catalogue, by = self.ctx.content.catalogue, self.adviser_id
        self._act(
            "transfer",
            lambda s: queue.transfer(
                s,
                hub_id=hub,
                ticket_id=tid,
                to_service_id=to_service,
                desk=desk,
                now=now,
                catalogue=catalogue,
                adviser_id=by,
            ),
        )

    def choose_referral(self) -> None:
        """ "Served: referred": choose where to, from the catalogue or another organisation."""
        if self._needs_ticket() is None:
            return
        self._say("")
        self.referral_panel.show()
        self._bring_into_view(self.referral_panel)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the screen's page so ``widget`` shows (a landscape kiosk is short)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            area = parent
            # After the layout has placed the widget just shown.
            QTimer.singleShot(0, lambda: area.ensureWidgetVisible(widget, 0, 24))

    def choose_other_organisation(self) -> None:
        self.referred_to.show()
        self.save_referral_button.show()
        self.referred_to.setFocus()
        self._bring_into_view(self.save_referral_button)

    def close_referral(self) -> None:
        self.referral_panel.hide()
        self.referred_to.clear()
        self.referred_to.hide()
        self.save_referral_button.hide()

    def refer_to_organisation(self) -> None:
        name = self.referred_to.text().strip()
        if not name:
            self._say(self.tr("Type the name of the organisation."))
            return
        if queue.has_contact_details(name):  # said before the name is cleared
            self._say(self._refusal(queue.QueueRefusal.REFERRAL_DETAILS))
            return
        self.serve(Outcome.REFERRED, organisation=name)

    def serve(
        self, outcome: Outcome, *, service_id: str | None = None, organisation: str | None = None
    ) -> None:
        entry = self._needs_ticket()
        if entry is None:
            return
        if outcome == Outcome.REFERRED and not (service_id or organisation):
            self.choose_referral()
            return
        hub, desk, now, tid = self.ctx.settings.hub_id, self.desk, self.ctx.now(), entry.ticket_id
        assert desk is not None  # a ticket at this desk: one was chosen
        by = self.adviser_id
        self.close_referral()

        def serve_and_read(s: Session) -> queue.VisitFigures | None:
            queue.serve(
                s,
                hub_id=hub,
                ticket_id=tid,
                desk=desk,
                outcome=outcome,
                now=now,
                referred_service_id=service_id,
                referred_to=organisation,
                adviser_id=by,
            )
            # The feedback's service and wait are the ones the hub's figures count.
            return queue.visit_figures(s, hub_id=hub, ticket_id=tid)

        language = entry.language

        def served(visit: queue.VisitFigures | None) -> None:
            self.last_visit = {
                "service_id": None if visit is None else visit.service_id,
                "wait_minutes": None if visit is None else visit.wait_minutes,
            }
            self.last_language = language
            self.last_ticket = tid
            self.feedback_button.show()
            self.refresh()

        self._say("")
        self.ctx.store_ops.run(
            serve_and_read,
            success=served,
            failure=self._failed,
            name="serve",
        )

    def ask_feedback(self) -> None:
        """The adviser turns the screen to the resident: "How was your visit today?".

        The adviser is signed out first (handed back): the resident holds the screen alone,
        and must not reach the queue or the adviser's home (the main window keeps no staff
        screen to go back to once no adviser is signed in). The resident's "Finish" would
        sign them out anyway."""
        from sync.protocol.records import EndReason

        visit, language = self.last_visit, self.last_language
        self.forget_visit()
        if visit is not None:
            self.ctx.sign_out_adviser(EndReason.HANDED_BACK)
            if language in CODES:  # in the language they used the kiosk in
                self.ctx.set_language(language)
            self.ctx.go(ScreenId.FEEDBACK, visit_token=secrets.token_hex(16), **visit)

    def refresh(self) -> None:
        hub, now = self.ctx.settings.hub_id, self.ctx.now()

        def read(session: Session) -> tuple[queue.QueueDay, dict[str, str]]:
            day = queue.today(session, hub, now)
            return day, queue.desk_users(session, hub_id=hub, now=now)

        self.ctx.store_ops.run(read, success=self._show, name="read_queue")

    def _show(self, read: tuple[queue.QueueDay, dict[str, str]]) -> None:
        self.day, self.desk_users = read
        at_desk = self._at_desk()
        if at_desk is not None and at_desk.ticket_id != self.last_ticket:
            self.forget_visit()  # another ticket is at this desk now
        self._read_name(at_desk)
        self.retranslate()
        self.refreshed.emit()

    def _read_name(self, at_desk: queue.QueueEntry | None) -> None:
        """The name the resident at this desk gave, to call them by: read for that ticket
        alone (off the GUI thread), forgotten when another is called or the screen wiped."""
        ticket_id = None if at_desk is None else at_desk.ticket_id
        if self.called_name is not None and self.called_name[0] == ticket_id:
            return
        self.called_name = None
        if ticket_id is None:
            return

        def got(name: str | None) -> None:
            shown = self._at_desk()
            if name and shown is not None and shown.ticket_id == ticket_id:
                self.called_name = (ticket_id, name)
                self.retranslate()

        self.ctx.store_ops.run(
            functools.partial(queue.call_name, ticket_id=ticket_id),
            success=got,
            name="read_call_name",
        )

    # Screen ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Queue")

    def enter(self, **params: Any) -> None:
        self._say("")
        self._sharing = None
        self._show_desk(self._remembered_desk())
        if self.desk is None:
            self._read_desk()
        self.retranslate()
        self.refresh()

    def reset(self) -> None:
        self.close_referral()
        self._say("")
        self.forget_visit()
        self.called_name = None
        self.current.clear()  # it may name the resident at the desk (shown again on entry)

    def refresh_content(self) -> None:
        self._fill_services()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Queue"))
        self.desk_label.setText(self.tr("Your desk:"))
        for desk, toggle in self.desk_buttons.items():
            # Its number, in the language's digits (the desks are numbered signs in the hub).
            toggle.setText(self._desk_number(desk))
            toggle.setAccessibleName(f"{self.tr('Your desk:')} {toggle.text()}")
        self.call_button.setText(self.tr("Call next"))
        self.recall_button.setText(self.tr("Call again"))
        self.no_show_button.setText(self.tr("Did not come"))
        self.transfer_to.setAccessibleName(self.tr("Transfer to which service"))
        self.transfer_button.setText(self.tr("Transfer"))
        self.resolved_button.setText(self.tr("Served: resolved"))
        self.follow_up_button.setText(self.tr("Served: follow-up booked"))
        self.referred_button.setText(self.tr("Served: referred"))
        self.feedback_button.setText(self.tr("Hand the screen to the resident: how was the visit?"))
        self.referral_heading.setText(self.tr("Referred to which service?"))
        self.other_org_button.setText(self.tr("Another organisation"))
        self.referred_to.setPlaceholderText(self.tr("Name of the organisation"))
        self.referred_to.setAccessibleName(self.tr("Name of the organisation"))
        self.save_referral_button.setText(self.tr("Save the referral"))
        self.cancel_referral_button.setText(self.tr("Cancel"))
        catalogue = self.ctx.content.catalogue
        for service_id, button in self.referral_buttons.items():
            service = catalogue.by_id(service_id)
            button.setText(self.ctx.text(service.name) if service else service_id)
        for index in range(self.transfer_to.count()):
            service = catalogue.by_id(self.transfer_to.itemData(index))
            if service is not None:
                self.transfer_to.setItemText(index, self.ctx.text(service.name))
        entry = self._at_desk()
        # "Read aloud" speaks into the hall: the numbers, never the name a resident typed
        # or what they asked for (urgent, an interpreter...), which the adviser reads here.
        self.current.setProperty(SPOKEN, None)
        if self.desk is None:
            self.current.setText(self._choose_desk())
        elif entry is None:
            self.current.setText(
                self.tr("No one at Desk %1 now.").replace("%1", self._desk_number())
            )
        else:
            service = catalogue.by_id(entry.service_id)
            extras = []
            if self.called_name is not None and self.called_name[0] == entry.ticket_id:
                extras.append(self.tr("name: %1").replace("%1", self.called_name[1]))
            extras += self._needs(entry)
            at_desk = (
                self.tr("At Desk %1: %2 (%3)")
                .replace("%1", self._desk_number())
                .replace("%2", digits(entry.number))
            )
            service_name = self._service_name(entry.service_id)
            self.current.setText(at_desk.replace("%3", ", ".join([service_name, *extras])))
            self.current.setProperty(SPOKEN, at_desk.replace("%3", service_name))
        self.waiting.setProperty(SPOKEN, None)
        if self.day is None:
            self.waiting.setText(self.tr("Reading the queue…"))
            return
        lines, spoken = [], []
        offered = [service.id for service in catalogue.services]
        # Then the tickets of a service withdrawn today (a new configuration): still waiting.
        withdrawn = sorted(set(self.day.waiting_counts()) - set(offered))
        for service_id in [*offered, *withdrawn]:
            # Each number with its resident's needs, so the adviser sees them coming.
            waiting = self.day.waiting(service_id)
            if waiting:
                name = f"{self._service_name(service_id)}: {number(len(waiting))} — "
                lines.append(name + ", ".join(self._marked(e) for e in waiting))
                spoken.append(name + ", ".join(digits(e.number) for e in waiting))
        if not lines:
            self.waiting.setText(self.tr("No one waiting."))
            return
        self.waiting.setText(self.tr("Waiting:") + "\n" + "\n".join(lines))
        self.waiting.setProperty(SPOKEN, self.tr("Waiting:") + "\n" + "\n".join(spoken))
