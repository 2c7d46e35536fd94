"""The walk-in check-in's first screen: every service as a big tile, and "I have an
appointment", with how many wait for each.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

from hubkiosk.core import queue
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.checkin_parts import (
    CheckInStack,
)
from hubkiosk.ui.widgets import Tile, TileGrid, restyle, wrap_words

log = logging.getLogger(__name__)

COLUMNS = 5


class QueueScreen(Screen):
    """Big service tiles for every service, and "I have an appointment"."""

    ID = ScreenId.QUEUE
    #: Between the heading and the line beside it.
    LEAD_GAP = 24

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading, self.lead = self.add_heading()
        # The heading and the line under it: on a short landscape screen side by side.
        self.top = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.top.setSpacing(self.body.spacing())
        for words in (self.heading, self.lead):
            self.body.removeWidget(words)
            self.top.addWidget(words)
        self.body.addLayout(self.top)
        # Up to five equal columns; fewer on a portrait screen or with larger text.
        self.grid = TileGrid(max_columns=COLUMNS, column_em=8)
        self.tiles: list[Tile] = []
        self.appointment_tile = Tile(icon_name="calendar")
        self.appointment_tile.setProperty("role", "primary")
        self.appointment_tile.clicked.connect(lambda: ctx.go(ScreenId.APPOINTMENT))
        self.stack = CheckInStack(ctx, self.grid)
        self.stack.redirect.appointment_requested.connect(lambda: ctx.go(ScreenId.APPOINTMENT))
        self.body.addWidget(self.stack, 1)
        #: How many wait for each service, as last read. No resident's data, so a visit's
        #: end keeps them: the next resident sees them until the queue is read again, not
        #: "No one waiting" under a service with a queue, and the tiles keep their words
        #: and layout in the tap (issue 16, tap_next).
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
        self.arrange_short(self.short)

    def arrange_short(self, short: bool) -> None:
        # Pictures beside the services' names, smaller, in fewer columns: every service
        # shows whole on a laptop panel, in every language.
        for tile in (*self.tiles, self.appointment_tile):
            tile.compact(short)
            tile.beside(short)
        self.grid.grid.setSpacing(8 if short else 20)

    def rearrange(self) -> None:
        super().rearrange()
        self._place_lead()

    def _place_lead(self) -> None:
        """The line under the heading beside it, in the body's size, when the heading keeps
        to one line and the line to two there: on a short landscape screen the tiles get
        the room (Somali's three-line names showed whole)."""
        metrics = self.heading.fontMetrics()
        heading = metrics.horizontalAdvance(self.heading.text()) + 4
        margins = self.body.contentsMargins()
        room = self.width() - margins.left() - margins.right() - heading - self.LEAD_GAP
        # The body's size: the screen's own font (the lead's is larger).
        lines = wrap_words(self.lead.text(), self.fontMetrics(), max(1, room))
        beside = self.short and room >= heading // 2 and len(lines) <= 2
        self.heading.setMinimumWidth(heading if beside else 0)
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.top.direction() == direction:
            return
        self.top.setDirection(direction)
        self.top.setSpacing(self.LEAD_GAP if beside else self.body.spacing())
        self.top.setStretchFactor(self.lead, 1 if beside else 0)
        self.top.setAlignment(
            self.lead, Qt.AlignmentFlag.AlignVCenter if beside else Qt.AlignmentFlag(0)
        )
        self.lead.setProperty("role", "" if beside else "lead")
        restyle(self.lead)

    def title(self) -> str:
        return self.tr("Get a ticket or check in")

    def enter(self, **params: Any) -> None:
        walk_in = self.stack.check()
        self.heading.setVisible(walk_in)
        self.lead.setVisible(walk_in)
        if walk_in:
            self.ctx.store_ops.run(
                functools.partial(queue.today, hub_id=self.ctx.settings.hub_id, now=self.ctx.now()),
                success=self._show_waiting,
                name="read_waiting",
                after_paint=True,
            )
        # The tiles' words only: the closed or appointment-only panel, if shown, was just
        # set by check(), and every screen is retranslated when the language changes
        # (issue 16, tap_next).
        self._tile_texts()

    def _show_waiting(self, day: queue.QueueDay) -> None:
        self.waiting = day.waiting_counts()
        self._tile_texts()

    def retranslate(self) -> None:
        self._tile_texts()
        self.stack.retranslate()

    def _tile_texts(self) -> None:
        """The heading, and each tile's service with how many are waiting for it."""
        self.heading.setText(self.tr("What do you need help with?"))
        self.lead.setText(self.tr("Touch a picture to get a ticket with your number."))
        for tile in self.tiles:
            service = self.ctx.content.catalogue.by_id(str(tile.property("service_id")))
            if service is None:
                continue
            tile.setText(self.ctx.text(service.name))
            waiting = self.waiting.get(service.id, 0)
            tile.set_sub(
                self.tr("%Ln waiting", "", waiting) if waiting else self.tr("No one waiting")
            )
        self.appointment_tile.setText(self.tr("I have an appointment"))
        self.appointment_tile.set_sub(self.tr("Tell us you have arrived"))
        self._place_lead()  # this language's words may not fit side by side

    def refresh_content(self) -> None:
        self._build_tiles()
        self.retranslate()
