"""Finding a service: topic tiles and a forgiving search (typed on the on-screen
keyboard, in English or Bengali), leading to the service's own page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core.search import ServiceIndex
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import BENGALI, LATIN, URDU, KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import (
    BigButton,
    ExamplesEdit,
    FlowRow,
    PageStack,
    Tile,
    TileGrid,
    WrapLabel,
    brought_focus,
    label,
    restyle,
    tab_order,
)
from sync.protocol import Service

TOPIC_COLUMNS = 3
MAX_RESULTS = 3


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
        self.search_box = ExamplesEdit()
        self.search_box.setObjectName("FinderSearch")
        self.search_box.setMaxLength(60)
        self.search_box.setClearButtonEnabled(False)
        self.search_box.installEventFilter(self)
        self.search_box.textChanged.connect(lambda _text: self._search())
        self.search_box.returnPressed.connect(lambda: self._search())
        self.search_button = BigButton(role="primary")
        self.search_button.clicked.connect(self._open_search)
        # While searching, the ways out take the search button's place beside the box, so
        # the words typed, what was found and every key show together on a short screen.
        self.all_topics_button = BigButton()
        self.all_topics_button.clicked.connect(self._show_topics)
        self.ask_adviser_button = BigButton()
        self.ask_adviser_button.clicked.connect(
            lambda: self.ctx.go(ScreenId.TICKET_CONFIRM, service_id=self._fallback_service())
        )
        # The buttons go below when the hint needs the room.
        self.search_row = search_row = FlowRow(spacing=12)
        search_row.add(self.search_box, 1)
        for button in (self.search_button, self.all_topics_button, self.ask_adviser_button):
            search_row.add(button)
        self.header.add(search_row, 1)
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

        # Search: what to do and what was found, above the keyboard (side by side on a
        # wide screen, the pictures beside the services' names: see rearrange).
        self.search_page = QWidget()
        search_layout = QVBoxLayout(self.search_page)
        self.search_layout = search_layout
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.setSpacing(12)
        self.search_message = label(role="lead")
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
        found = QWidget()  # a widget, not a nested layout: see the keyboard below
        self.found = QBoxLayout(QBoxLayout.Direction.TopToBottom, found)
        self.found.setContentsMargins(0, 0, 0, 0)
        self.found.setSpacing(16)
        # In a row of its own (as tall as its lines at the row's width, whatever the
        # layout's own reckoning of a wrapping label: the keys kept their height).
        self.message_row = FlowRow()
        self.message_row.add(self.search_message, 1)
        self.found.addWidget(self.message_row)
        self.found.addLayout(self.results_row)
        search_layout.addWidget(found)
        #: Where the box goes while searching on a short screen at large text: right
        #: above the keys (see :meth:`_place_box`).
        self.box_above_keys = QVBoxLayout()
        self.box_above_keys.setContentsMargins(0, 0, 0, 0)
        search_layout.addLayout(self.box_above_keys)
        self.keyboard = KeyboardSlot()
        # Bengali words find services too; in Bengali the search box opens on Bengali letters.
        self.keyboard.follow_language(self.ctx)
        self.keyboard.attach(self.search_box, mode="text", scripts=(LATIN, BENGALI, URDU))
        search_layout.addWidget(self.keyboard)
        # Tab: the box, the ways out, what was found, then the keys.
        self.keyboard.keys_after(self.result_tiles[-1])
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

    def arrange_short(self, short: bool) -> None:
        # Pictures beside the topics' names, smaller: the three rows show whole on a
        # laptop panel, as the home screen's services do. The header's buttons a finger's
        # height and less room between, so the search shows whole over six rows of keys
        # (Bengali's).
        for tile in self.topic_tiles:
            tile.compact(short)
            tile.beside(short)
        for button in (self.search_button, self.all_topics_button, self.ask_adviser_button):
            button.setProperty("compact", short)
            restyle(button)
        self.body.setSpacing(8 if short else 16)
        self.search_layout.setSpacing(8 if short else 12)

    def _build_topics(self) -> None:
        self.topic_tiles = []
        for topic, services in self._topics().items():
            tile = Tile(icon_name=services[0].icon)
            tile.setProperty("topic", topic)
            tile.clicked.connect(lambda _=False, t=topic: self.open_topic(t))
            self.topic_tiles.append(tile)
        self.topics_page.set_tiles(list(self.topic_tiles))
        self.arrange_short(self.short)
        self._indexes.clear()

    def _index(self, query: str = "") -> ServiceIndex:
        """The index of the kiosk's language, or Bengali's or Urdu's for a query in their
        letters (a resident may type Bengali or Urdu on a kiosk left in English)."""
        language = self.ctx.language
        if any("\u0980" <= char <= "\u09ff" for char in query):
            language = "bn"
        elif any("\u0600" <= char <= "\u06ff" for char in query):
            language = "ur"
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
        self._searching(False)

    def _open_search(self) -> None:
        self.pages.setCurrentWidget(self.search_page)
        self._searching(True)
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search()

    def _searching(self, on: bool) -> None:
        """The header of the search (the box and the ways out) or of the topics (the
        heading, the box and its button)."""
        self.heading.setVisible(not on)
        self.search_button.setVisible(not on)
        self.all_topics_button.setVisible(on)
        self.ask_adviser_button.setVisible(on)
        self._place_box()

    def _place_box(self) -> None:
        """The box in the header, or right above the keys while searching on a short
        screen whose text is too large for what was found to go beside its message.

        At 200 % text on a 1280 x 800 or 1366 x 768 screen the ways out went below the
        box and the message took two lines: between the box and the keys they left no
        room for both, and the box went above the view while the keys showed (QA s36;
        only the "You typed" line above the keys showed the words). Right above the keys,
        what was found above it, the box and every key show together, in every language.
        """
        near = (
            self.pages.currentWidget() is self.search_page
            and self.short
            and not self.wide_for(self.search_message)
        )
        box = self.search_box
        if near == (box.parentWidget() is self.search_page):
            return
        focused = box.hasFocus()
        if near:
            self.search_row.take(box)
            self.box_above_keys.addWidget(box)
        else:
            self.box_above_keys.removeWidget(box)
            self.search_row.put(0, box, 1)
        box.show()
        # Tab as before: the box, its button or the ways out, what was found, then the keys.
        tab_order(
            box,
            self.search_button,
            self.all_topics_button,
            self.ask_adviser_button,
            *self.result_tiles,
        )
        if focused:
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    def rearrange(self) -> None:
        """On a wide screen at normal text the message sits beside the services found and
        each service's picture beside its name, so the row is half as tall and a 1280 x
        800 panel shows the box, the services and every key at once. A portrait screen or
        large text keeps the message above, and the pictures above the names."""
        super().rearrange()
        wide = self.wide_for(self.search_message)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.found.direction() != direction:
            self.found.setDirection(direction)
            # Beside: a quarter of the row for the message; above: only its lines' height.
            self.found.setStretchFactor(self.message_row, 1 if wide else 0)
            self.found.setStretchFactor(self.results_row, 3 if wide else 0)
        for tile in self.result_tiles:
            tile.beside(wide)
        self._place_box()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # A touch in the box, or the box getting the focus by Tab (a keyboard or switch
        # user): the search and its keys. Only a touch opened it: a switch user who Tabbed
        # into the box had no keys to type with.
        if watched is self.search_box and (
            event.type() == QEvent.Type.MouseButtonPress or brought_focus(event)
        ):
            self._open_search()
        return super().eventFilter(watched, event)

    # Search -------------------------------------------------------------------------------
    def _search(self, switch: bool = True) -> None:
        query = self.search_box.text()
        if switch and query.strip() and self.pages.currentWidget() is not self.search_page:
            self.pages.setCurrentWidget(self.search_page)
            self._searching(True)
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
        self.search_box.set_hint(self.tr("For example: bin, pothole, council tax"))
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
