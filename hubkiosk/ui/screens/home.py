"""The home screen: what the kiosk does, in words and pictures.

It shows the content through ``ctx.home_view`` (:class:`hubkiosk.quickstart.HomeView`) only,
so a quick start paints it before the content and the store are loaded."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from hubkiosk.quickstart import TOP_SERVICES
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import Tile, TileGrid, label


class HomeScreen(Screen):
    ID = ScreenId.HOME
    SHOW_BACK = False

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.welcome, self.lead = self.add_heading()

        self.choices = TileGrid(3)
        self.ticket_tile = Tile(icon_name="ticket")
        self.ticket_tile.setProperty("role", "primary")
        self.finder_tile = Tile(icon_name="search")
        self.tell_us_tile = Tile(icon_name="feedback")
        # At an appointment-only hub the queue screen offers check-in and the drop-in hubs.
        self.ticket_tile.clicked.connect(lambda: ctx.go(ScreenId.QUEUE))
        self.finder_tile.clicked.connect(lambda: ctx.go(ScreenId.FINDER))
        self.tell_us_tile.clicked.connect(lambda: ctx.go(ScreenId.TELL_US))
        self.choices.set_tiles([self.ticket_tile, self.finder_tile, self.tell_us_tile])
        self.body.addWidget(self.choices, 3)

        self.top_heading = label(role="lead")
        self.body.addWidget(self.top_heading)
        self.top_grid = TileGrid(TOP_SERVICES)
        self.top_tiles: list[Tile] = []
        self.body.addWidget(self.top_grid, 2)
        self._build_top_tiles()
        self.retranslate()

    def _build_top_tiles(self) -> None:
        self.top_tiles = []
        for service in self.ctx.home_view.top:
            tile = Tile(icon_name=service.icon)
            tile.setProperty("service_id", service.id)
            tile.clicked.connect(
                lambda _=False, sid=service.id: self.ctx.go(ScreenId.TICKET_CONFIRM, service_id=sid)
            )
            self.top_tiles.append(tile)
        self.top_grid.set_tiles(list(self.top_tiles))
        self.arrange_short(self.short)

    def arrange_short(self, short: bool) -> None:
        # The most visited services' pictures beside their names, every picture smaller:
        # the welcome, the choices and the services show whole in every language.
        for tile in (self.ticket_tile, self.finder_tile, self.tell_us_tile, *self.top_tiles):
            tile.compact(short)
        for tile in self.top_tiles:
            tile.beside(short)

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        home = self.ctx.home_view
        hub = self.ctx.text(home.hub_name)
        self.welcome.setText(self.tr("Welcome to %1").replace("%1", hub))
        self.lead.setText(self.tr("What would you like to do today? Touch a picture to start."))
        appointment_only = home.appointment_only
        if appointment_only:
            # This hub sees people by appointment only: the tile says what it does.
            self.ticket_tile.setText(self.tr("Check in, or find a drop-in hub"))
            self.ticket_tile.set_sub(
                self.tr("Appointments here; drop-in hubs near here see people without one")
            )
        else:
            self.ticket_tile.setText(self.tr("Get a ticket or check in"))
            self.ticket_tile.set_sub(
                self.tr("See an adviser, or tell us you have arrived for your appointment")
            )
        self.finder_tile.setText(self.tr("Find a service or do it now"))
        self.finder_tile.set_sub(
            self.tr("Find help, fill in a simple form, or learn how to do it online")
        )
        self.tell_us_tile.setText(self.tr("Tell us what you think"))
        if self.survey_running():
            self.tell_us_tile.set_sub(
                self.tr("Take part in our customer survey, or tell us how your visit went")
            )
        else:
            self.tell_us_tile.set_sub(self.tr("Tell us how your visit went today"))
        self.top_heading.setText(self.tr("Most people come to see us about:"))
        for tile in self.top_tiles:
            name = home.service_name(str(tile.property("service_id")))
            if name is not None:
                tile.setText(self.ctx.text(name))
                tile.set_sub(
                    self.tr("Find a drop-in hub") if appointment_only else self.tr("Get a ticket")
                )

    def refresh_content(self) -> None:
        self._build_top_tiles()
        self.retranslate()

    def survey_running(self) -> bool:
        """Whether a survey runs today (the home screen mentions it only between its dates)."""
        return self.ctx.home_view.survey_running_at(self.ctx.now())

    def enter(self, **params: Any) -> None:
        self.retranslate()  # the day may have changed since the screen was last shown
