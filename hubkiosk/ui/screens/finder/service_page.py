"""One service's own page, in plain words.

It says what the hub can do and what to bring, shows how to do it online next time (a QR
code of the council's page to scan with a phone), and offers two big ways on: "Do it here
now" (a form at the kiosk, when the service has one) and "See an adviser" (a walk-in
ticket for that service).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core.forms import forms_for_service
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import (
    AddressLabel,
    BigButton,
    FlowRow,
    label,
    qr_pixmap,
)
from sync.protocol import Service


class ServicePageScreen(Screen):
    """One service in plain words, with its online link as a QR code and two ways on."""

    ID = ScreenId.SERVICE_PAGE

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service_id: str | None = None

        self.heading, self.summary = self.add_heading()

        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(8)
        # The two ways on come first, under the summary (as a start page puts its button
        # before the details), so they show without sliding on a 1366 x 768 panel too;
        # side by side when they fit, one above the other when not (large text).
        actions = FlowRow(spacing=20)
        self.do_it_here = BigButton(role="primary")
        self.do_it_here.setMinimumHeight(96)
        self.do_it_here.clicked.connect(self._do_it_here)
        self.see_adviser = BigButton(role="primary")
        self.see_adviser.setMinimumHeight(96)
        self.see_adviser.clicked.connect(self._see_adviser)
        actions.add(self.do_it_here, 1)
        actions.add(self.see_adviser, 1)
        left.addWidget(actions)

        self.forms_panel = QWidget()
        forms_layout = QVBoxLayout(self.forms_panel)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        self.forms_heading = label(role="lead")
        forms_layout.addWidget(self.forms_heading)
        self.form_buttons_layout = QVBoxLayout()
        self.form_buttons_layout.setSpacing(12)
        forms_layout.addLayout(self.form_buttons_layout)
        self.form_buttons: list[BigButton] = []
        self.forms_panel.hide()
        left.addWidget(self.forms_panel)
        left.addSpacing(12)

        self.can_do_heading = label(role="lead")
        self.can_do_heading.setObjectName("SectionHeading")
        self.can_do = label()
        self.bring_heading = label(role="lead")
        self.bring_heading.setObjectName("SectionHeading")
        self.bring = label()
        for widget in (self.can_do_heading, self.can_do, self.bring_heading, self.bring):
            left.addWidget(widget)
        left.addStretch(1)
        columns.addLayout(left, 3)

        self.online_card = QFrame()
        self.online_card.setObjectName("Card")
        online = QVBoxLayout(self.online_card)
        online.setContentsMargins(20, 20, 20, 20)
        online.setSpacing(8)
        self.online_heading = label(role="lead")
        self.online_heading.setObjectName("SectionHeading")
        self.qr = QLabel()
        self.qr.setObjectName("ServiceQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_hint = label(role="small")
        self.url = AddressLabel()  # a long address breaks rather than run off the screen
        self.url.setProperty("role", "small")
        self.url.setObjectName("OnlineUrl")
        for widget in (self.online_heading, self.qr, self.qr_hint, self.url):
            online.addWidget(widget)
        online.addStretch(1)
        columns.addWidget(self.online_card, 2, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(columns, 1)
        self.retranslate()

    @property
    def service(self) -> Service | None:
        if self.service_id is None:
            return None
        return self.ctx.content.catalogue.by_id(self.service_id)

    def _forms(self) -> list[Any]:
        service = self.service
        if service is None:
            return []
        return forms_for_service(service.form_ids, self.ctx.content.forms)

    def enter(self, **params: Any) -> None:
        service_id = params.get("service_id")
        if service_id is not None and service_id != self.service_id:
            self.service_id = str(service_id)
            self._build()
        self.forms_panel.hide()
        self.retranslate()

    def _build(self) -> None:
        service = self.service
        for button in self.form_buttons:
            self.form_buttons_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.form_buttons = []
        for form in self._forms():
            button = BigButton()
            button.setProperty("form_id", form.id)
            button.clicked.connect(lambda _=False, fid=form.id: self._open_form(fid))
            self.form_buttons_layout.addWidget(button)
            self.form_buttons.append(button)
        url = service.online_url if service is not None else None
        self.online_card.setVisible(bool(url))
        if url:
            self.qr.setPixmap(qr_pixmap(url, self._qr_side(), remember=True))  # a public page
            self.url.setText(url)

    def _qr_side(self) -> int:
        """The code's side in pixels: 220 on a full HD or portrait screen, less on a short
        landscape one (150 at 768 px high), so the card fits beside the details."""
        return max(140, min(220, self.window().height() // 5))

    def _do_it_here(self) -> None:
        forms = self._forms()
        if len(forms) == 1:
            self._open_form(forms[0].id)
        elif forms:
            self.forms_panel.setVisible(not self.forms_panel.isVisible())

    def _open_form(self, form_id: str) -> None:
        self.ctx.go(ScreenId.FORM, form_id=form_id, service_id=self.service_id)

    def _see_adviser(self) -> None:
        if self.service_id is not None:
            self.ctx.go(ScreenId.TICKET_CONFIRM, service_id=self.service_id)

    def title(self) -> str:
        service = self.service
        return self.ctx.text(service.name) if service is not None else ""

    def retranslate(self) -> None:
        service = self.service
        self.can_do_heading.setText(self.tr("What we can do at the hub"))
        self.bring_heading.setText(self.tr("What to bring"))
        self.online_heading.setText(self.tr("Do it online next time"))
        self.qr_hint.setText(self.tr("Point your phone camera at the code to open the page."))
        self.qr.setAccessibleName(self.tr("QR code of the council's web page for this"))
        self.forms_heading.setText(self.tr("What would you like to do?"))
        self.do_it_here.setText(self.tr("Do it here now"))
        self.see_adviser.setText(self.tr("See an adviser"))
        if service is None:
            return
        self.heading.setText(self.ctx.text(service.name))
        self.summary.setText(self.ctx.text(service.summary))
        self.can_do.setText("\n".join(f"•  {self.ctx.text(t)}" for t in service.hub_can_do))
        self.bring.setText("\n".join(f"•  {self.ctx.text(t)}" for t in service.bring))
        for widget in (self.can_do_heading, self.can_do):
            widget.setVisible(bool(service.hub_can_do))
        for widget in (self.bring_heading, self.bring):
            widget.setVisible(bool(service.bring))
        self.do_it_here.setVisible(bool(self._forms()))
        forms = self.ctx.content.forms
        for button in self.form_buttons:
            form = forms.get(str(button.property("form_id")))
            if form is not None:
                button.setText(self.ctx.text(form.title))

    def reset(self) -> None:
        self.forms_panel.hide()

    def refresh_content(self) -> None:
        if self.service_id is not None:
            self._build()
        self.retranslate()
