"""Finding a service: topic tiles and a forgiving search, then the service's own page.

The service page says in plain words what the hub can do and what to bring, shows how to
do it online next time (a QR code of the council's page to scan with a phone), and offers
two big ways on: "Do it here now" (a form at the kiosk, when the service has one) and "See
an adviser" (a walk-in ticket for that service).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core.forms import forms_for_service
from hubkiosk.core.search import ServiceIndex
from hubkiosk.printing.qr import qr_image
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import BENGALI, LATIN, OnScreenKeyboard
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import BigButton, FlowRow, PageStack, Tile, TileGrid, WrapLabel, label
from sync.protocol import Service

TOPIC_COLUMNS = 3
MAX_RESULTS = 3


def qr_pixmap(text: str, side: int) -> QPixmap:
    """A sharp QR code of ``text`` about ``side`` pixels wide."""
    image = qr_image(text, module_px=1)
    module = max(2, side // max(1, image.width()))
    return QPixmap.fromImage(qr_image(text, module_px=module))


class FinderScreen(Screen):
    """Topic tiles (with sub-topics when a topic has several services) and a search box."""

    ID = ScreenId.FINDER

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._indexes: dict[str, ServiceIndex] = {}
        self._topic: str | None = None

        self.body.setContentsMargins(32, 16, 32, 16)
        self.body.setSpacing(16)
        # The heading and the search box share a row, so the topics fit without scrolling;
        # when the row is too narrow for both (portrait, large text) the box goes below.
        self.heading = WrapLabel()
        self.heading.setProperty("role", "title")
        self.header = FlowRow(spacing=12)
        self.header.add(self.heading)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("FinderSearch")
        self.search_box.setMaxLength(60)
        self.search_box.setClearButtonEnabled(False)
        self.search_box.installEventFilter(self)
        self.search_box.textChanged.connect(lambda _text: self._search())
        self.search_box.returnPressed.connect(lambda: self._search())
        self.search_button = BigButton(role="primary")
        self.search_button.clicked.connect(self._open_search)
        search_row = QHBoxLayout()
        search_row.setSpacing(12)
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.search_button)
        self.header.add_layout(search_row, 1)
        self.body.addWidget(self.header)

        self.pages = PageStack()
        self.body.addWidget(self.pages, 1)

        # Topics, and a topic's services.
        self.topics_page = TileGrid(max_columns=TOPIC_COLUMNS)
        self.topics_page.grid.setSpacing(12)
        self.topic_tiles: list[Tile] = []
        self.pages.addWidget(self.topics_page)

        self.subtopic_page = QWidget()
        sub_layout = QVBoxLayout(self.subtopic_page)
        sub_layout.setContentsMargins(0, 0, 0, 0)
        self.subtopic_heading = label(role="lead")
        sub_layout.addWidget(self.subtopic_heading)
        self.subtopic_grid = TileGrid(max_columns=TOPIC_COLUMNS)
        self.subtopic_grid.grid.setSpacing(16)
        sub_layout.addWidget(self.subtopic_grid)
        sub_layout.addStretch(1)
        self.subtopic_tiles: list[Tile] = []
        self.pages.addWidget(self.subtopic_page)

        # Search: results above the keyboard.
        self.search_page = QWidget()
        search_layout = QVBoxLayout(self.search_page)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.setSpacing(12)
        self.results_row = QHBoxLayout()
        self.results_row.setSpacing(16)
        self.result_tiles: list[Tile] = []
        for _ in range(MAX_RESULTS):
            tile = Tile()
            tile.setObjectName("ResultTile")
            tile.clicked.connect(lambda _=False, t=tile: self._open_service(t))
            tile.hide()
            self.results_row.addWidget(tile)
            self.result_tiles.append(tile)
        self.search_message = label(role="lead")
        options = FlowRow()
        options.add(self.search_message, 1)
        self.all_topics_button = BigButton()
        self.all_topics_button.clicked.connect(self._show_topics)
        self.ask_adviser_button = BigButton()
        self.ask_adviser_button.clicked.connect(
            lambda: self.ctx.go(ScreenId.TICKET_CONFIRM, service_id=self._fallback_service())
        )
        options.add(self.all_topics_button)
        options.add(self.ask_adviser_button)
        search_layout.addWidget(options)
        search_layout.addLayout(self.results_row)
        self.keyboard = OnScreenKeyboard()
        # Bengali words find services too; in Bengali the search box opens on Bengali letters.
        self.keyboard.set_language(self.ctx.language)
        self.ctx.language_changed.connect(self.keyboard.set_language)
        self.keyboard.attach(self.search_box, mode="text", scripts=(LATIN, BENGALI))
        search_layout.addWidget(self.keyboard)
        self.pages.addWidget(self.search_page)

        self._build_topics()
        self.retranslate()
        self._show_topics()

    # Content ------------------------------------------------------------------------------
    def _topics(self) -> dict[str, list[Service]]:
        """Services by topic, topics in order of the most visited service in each."""
        topics: dict[str, list[Service]] = {}
        ranked = sorted(
            self.ctx.content.catalogue.services, key=lambda s: (-s.share_of_visits, s.id)
        )
        for service in ranked:
            topics.setdefault(service.topic, []).append(service)
        # "Something else" (or any topic named other) goes last.
        if "other" in topics:
            topics["other"] = topics.pop("other")
        return topics

    def _build_topics(self) -> None:
        self.topic_tiles = []
        for topic, services in self._topics().items():
            tile = Tile(icon_name=services[0].icon)
            tile.setProperty("topic", topic)
            tile.clicked.connect(lambda _=False, t=topic: self.open_topic(t))
            self.topic_tiles.append(tile)
        self.topics_page.set_tiles(list(self.topic_tiles))
        self._indexes.clear()

    def _index(self, query: str = "") -> ServiceIndex:
        """The index of the kiosk's language, or Bengali's for a query in Bengali letters
        (a resident may type Bengali on a kiosk left in English)."""
        language = self.ctx.language
        if any("\u0980" <= char <= "\u09ff" for char in query):
            language = "bn"
        if language not in self._indexes:
            content = self.ctx.content
            self._indexes[language] = ServiceIndex(content.catalogue, content.forms, language)
        return self._indexes[language]

    def _fallback_service(self) -> str:
        catalogue = self.ctx.content.catalogue
        other = catalogue.by_id("other")
        return other.id if other is not None else catalogue.top(1)[0].id

    # Navigation ---------------------------------------------------------------------------
    def open_topic(self, topic: str) -> None:
        services = self._topics().get(topic, [])
        if len(services) == 1:
            self.ctx.go(ScreenId.SERVICE_PAGE, service_id=services[0].id)
            return
        self._topic = topic
        self.subtopic_tiles = []
        for service in services:
            tile = Tile(icon_name=service.icon)
            tile.setProperty("service_id", service.id)
            tile.clicked.connect(lambda _=False, t=tile: self._open_service(t))
            self.subtopic_tiles.append(tile)
        self.subtopic_grid.set_tiles(list(self.subtopic_tiles))
        self.pages.setCurrentWidget(self.subtopic_page)
        self.retranslate()

    def _open_service(self, tile: Tile) -> None:
        service_id = tile.property("service_id")
        if service_id:
            self.ctx.go(ScreenId.SERVICE_PAGE, service_id=str(service_id))

    def _show_topics(self) -> None:
        self._topic = None
        self.pages.setCurrentWidget(self.topics_page)
        self.heading.show()

    def _open_search(self) -> None:
        self.pages.setCurrentWidget(self.search_page)
        self.heading.hide()
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.search_box and event.type() == QEvent.Type.MouseButtonPress:
            self._open_search()
        return super().eventFilter(watched, event)

    # Search -------------------------------------------------------------------------------
    def _search(self, switch: bool = True) -> None:
        query = self.search_box.text()
        if switch and query.strip() and self.pages.currentWidget() is not self.search_page:
            self.pages.setCurrentWidget(self.search_page)
            self.heading.hide()
        hits = self._index(query).search(query, limit=MAX_RESULTS) if query.strip() else []
        for tile, hit in zip(self.result_tiles, hits + [None] * MAX_RESULTS, strict=False):
            tile.setVisible(hit is not None)
            tile.setProperty("service_id", hit.service_id if hit else None)
        self._retranslate_results(query, len(hits))

    def _retranslate_results(self, query: str, count: int) -> None:
        catalogue = self.ctx.content.catalogue
        for tile in self.result_tiles:
            service = catalogue.by_id(str(tile.property("service_id") or ""))
            if service is not None:
                tile.set_icon(service.icon)
                tile.setText(self.ctx.text(service.name))
        if not query.strip():
            self.search_message.setText(
                self.tr("Type a word, for example: bin, council tax, parking.")
            )
        elif count == 0:
            self.search_message.setText(
                self.tr(
                    "We could not find that. Try another word, look at all topics, "
                    "or ask an adviser."
                )
            )
        else:
            self.search_message.setText(self.tr("Touch the one you need."))

    # Screen -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Find a service")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Find a service or do it now"))
        self.search_box.setPlaceholderText(self.tr("For example: bin, pot hole, council tax"))
        self.search_box.setAccessibleName(self.tr("Search for a service"))
        self.search_button.setText(self.tr("Search"))
        self.all_topics_button.setText(self.tr("See all topics"))
        self.ask_adviser_button.setText(self.tr("Ask an adviser instead"))
        topics = self._topics()
        for tile in self.topic_tiles:
            services = topics.get(str(tile.property("topic")), [])
            if not services:
                continue
            if len(services) == 1:
                tile.setText(self.ctx.text(services[0].name))
                tile.set_sub("")
            else:
                tile.setText(", ".join(self.ctx.text(s.name) for s in services))
                tile.set_sub("")
        catalogue = self.ctx.content.catalogue
        for tile in self.subtopic_tiles:
            service = catalogue.by_id(str(tile.property("service_id")))
            if service is not None:
                tile.setText(self.ctx.text(service.name))
                tile.set_sub(self.ctx.text(service.summary))
        self.subtopic_heading.setText(self.tr("Which of these do you need?"))
        self._search(switch=False)

    def enter(self, **params: Any) -> None:
        if self.pages.currentWidget() is self.search_page:
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.search_box.clear()
        self.keyboard.reset()
        self._show_topics()

    def refresh_content(self) -> None:
        self._build_topics()
        self._show_topics()
        self.retranslate()


class ServicePageScreen(Screen):
    """One service in plain words, with its online link as a QR code and two ways on."""

    ID = ScreenId.SERVICE_PAGE

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service_id: str | None = None

        self.heading = label(role="title")
        self.summary = label(role="lead")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.summary)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(8)
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
        self.url = label(role="small")
        self.url.setObjectName("OnlineUrl")
        for widget in (self.online_heading, self.qr, self.qr_hint, self.url):
            online.addWidget(widget)
        online.addStretch(1)
        columns.addWidget(self.online_card, 2)
        self.body.addLayout(columns, 1)

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
        self.body.addWidget(self.forms_panel)

        actions = QHBoxLayout()
        actions.setSpacing(20)
        self.do_it_here = BigButton(role="primary")
        self.do_it_here.setMinimumHeight(96)
        self.do_it_here.clicked.connect(self._do_it_here)
        self.see_adviser = BigButton(role="primary")
        self.see_adviser.setMinimumHeight(96)
        self.see_adviser.clicked.connect(self._see_adviser)
        actions.addWidget(self.do_it_here, 1)
        actions.addWidget(self.see_adviser, 1)
        self.body.addLayout(actions)
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
            self.qr.setPixmap(qr_pixmap(url, 220))
            self.url.setText(url)

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
