"""The adviser's "Today at this hub": the hub's own figures, from this kiosk's store.

Visits, who waits now, the median and 90th-percentile wait, resolved at first contact and
referrals by destination, so the adviser need not ask the central server. The figures are
:func:`hubkiosk.core.queue.today_figures`, defined in :mod:`sync.protocol.hub_figures`
exactly as the managers' report counts them; this screen only reads and shows them.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from hubkiosk.core import hours, queue
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.adviser import local_time, ui_locale
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import BigButton, FlowLayout, FlowRow, label, longest_word
from sync.protocol.hub_figures import UNSPECIFIED, DayFigures

#: The figures shown, in order (each value label is named ``figure_<name>``).
FIGURES = (
    "visits",
    "waiting_now",
    "wait_median_minutes",
    "wait_p90_minutes",
    "resolved_first_contact",
    "referrals",
    "turned_away",
)
#: The figures in the grid; the residents turned away stand apart (beside the visits).
IN_THE_GRID = FIGURES[:-1]


class WrapsInItsColumn(QWidget):
    """Lines of words (the referrals by destination, one a line) that wrap within the
    column they are given and ask of it no more than :attr:`CHARS` average characters.

    Beside the figures, a :class:`FlowRow` measures a word-wrapped label at its one-line
    width, its lines joined: two destinations with long names ("Benefits and cost of
    living", "Freedom Pass and Blue Badge") outgrew their share of a 1280 x 800 screen,
    the figures and the destinations stacked and the buttons went under "More below".
    Held here, the lines wrap instead, never narrower than their longest word; the row
    still stacks on a portrait screen or at large text, where the figures need the width.
    """

    #: The most room the lines ask for, in average characters (about their heading's).
    CHARS = 24

    def __init__(self, words: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(words)

    def _widths(self) -> tuple[int, int]:
        """The narrowest the lines can be (their longest word) and the widest they ask."""
        metrics = self.words.fontMetrics()
        text = self.words.text()
        one_line = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, text).width() + 4
        narrowest = longest_word(text, metrics) + 4
        return narrowest, max(narrowest, min(one_line, self.CHARS * metrics.averageCharWidth()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # As tall as the lines are at the width they have, not at the width asked: that
        # height, taller, spread the figures' rows apart and pushed the buttons down.
        width = self._widths()[1]
        if self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return QSize(width, self.heightForWidth(self.width()))
        return QSize(width, self.heightForWidth(width))

    def event(self, event: QEvent) -> bool:
        # The words changed (a refresh, the language, the text size): this hint changes with
        # them, so the row looks again at whether the columns fit side by side.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)


class TodayScreen(Screen):
    """Signals:
    figures_shown(): the figures were read from the store and shown.
    """

    ID = ScreenId.ADVISER_TODAY
    figures_shown = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading, self.lead = self.add_heading()
        self.figures: DayFigures | None = None
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        # The names take what the figures (one line each) leave: a Somali name wrapped in
        # half the width, and pushed the buttons off a laptop's screen.
        grid.setColumnStretch(0, 1)
        self.grid = grid
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in FIGURES:
            title, value = label(), label(role="lead", wrap=False)  # a figure stays whole
            value.setObjectName(f"figure_{name}")
            self.names[name], self.values[name] = title, value
        for row, name in enumerate(IN_THE_GRID):
            grid.addWidget(self.names[name], row, 0)
            grid.addWidget(self.values[name], row, 1)
        # The figures beside the referrals by destination, so a landscape screen shows all;
        # below them on a portrait one or at large text.
        columns = FlowRow(spacing=48)
        columns.add_layout(grid, 3)
        referrals = QVBoxLayout()
        # Its own spacing, not the row's 48 px between the columns: that spacing, under the
        # heading and again above the residents turned away, made the column taller than
        # the figures and pushed the buttons under "More below" in Urdu.
        referrals.setSpacing(8)
        self.destinations_heading = label(role="lead")
        self.destinations = label()
        self.destinations.setObjectName("ReferralsByDestination")
        # Wrapped within the column, so long names keep the column beside the figures.
        self.destinations_box = WrapsInItsColumn(self.destinations)
        referrals.addWidget(self.destinations_heading)
        referrals.addWidget(self.destinations_box)
        # Beside the visits, not among them (as the managers' report shows it), under the
        # referrals: a seventh row in the grid pushed the buttons off a laptop's screen.
        apart = QGridLayout()
        apart.setHorizontalSpacing(32)
        apart.setColumnStretch(0, 1)
        apart.addWidget(self.names["turned_away"], 0, 0)
        apart.addWidget(self.values["turned_away"], 0, 1)
        referrals.addSpacing(24)
        referrals.addLayout(apart)
        referrals.addStretch(1)
        columns.add_layout(referrals, 2)
        self.body.addWidget(columns)
        buttons = QWidget()
        row_layout = FlowLayout(buttons, spacing=12)  # wraps as words do
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.refresh_button = BigButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.adviser_button = BigButton(role="primary")
        self.adviser_button.clicked.connect(lambda: self.ctx.go(ScreenId.ADVISER_HOME))
        row_layout.addWidget(self.refresh_button)
        row_layout.addWidget(self.adviser_button)
        self.body.addWidget(buttons)
        self.body.addStretch(1)
        self.retranslate()

    def arrange_short(self, short: bool) -> None:
        # Closer rows on a short screen: Urdu's taller lines pushed the buttons off it.
        self.grid.setVerticalSpacing(4 if short else 12)

    def title(self) -> str:
        return self.tr("Today at this hub")

    def enter(self, **params: Any) -> None:
        self.refresh()

    def reset(self) -> None:
        self.figures = None

    def refresh(self) -> None:
        self.ctx.store_ops.run(
            functools.partial(
                queue.today_figures, hub_id=self.ctx.settings.hub_id, now=self.ctx.now()
            ),
            success=self._show,
            name="today_figures",
        )

    def _show(self, figures: DayFigures) -> None:
        self.figures = figures
        self.retranslate()
        self.figures_shown.emit()

    def _number(self, value: float | int | None) -> str:
        if value is None:
            return self.tr("none yet")
        locale = ui_locale(self.ctx.language)
        if isinstance(value, int):
            return locale.toString(value)
        return locale.toString(float(value), "f", 1)

    def _with_rate(self, count: int, rate: float | None) -> str:
        if rate is None:
            return self._number(count)
        return (
            self.tr("%1 (%2 %)")
            .replace("%1", self._number(count))
            .replace("%2", self._number(rate))
        )

    def destination_name(self, key: str) -> str:
        if key == UNSPECIFIED:
            return self.tr("Not recorded")
        service = self.ctx.content.catalogue.by_id(key)
        return self.ctx.text(service.name) if service else key

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Today at this hub"))
        self.lead.setText(
            self.tr("%1, %2 (from this kiosk's records)")
            .replace("%1", self.ctx.text(self.ctx.hub.name))
            .replace("%2", local_time(self.ctx.now(), self.ctx.language))
        )
        titles = {
            "visits": self.tr("Visits today"),
            # After closing no one waits: a ticket not called then was never called.
            "waiting_now": self.tr("Not called before closing")
            if hours.closed_for_the_day(self.ctx.hub, self.ctx.now())
            else self.tr("Waiting now"),
            "wait_median_minutes": self.tr("Median wait (minutes)"),
            "wait_p90_minutes": self.tr("90th percentile wait (minutes)"),
            "resolved_first_contact": self.tr("Resolved at first contact (% of visits)"),
            "referrals": self.tr("Referrals (% of visits)"),
            "turned_away": self.tr("Turned away at appointment check-in"),
        }
        for name, title in titles.items():
            self.names[name].setText(title)
        self.destinations_heading.setText(self.tr("Referrals by destination"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.adviser_button.setText(self.tr("Back to the adviser screen"))
        f = self.figures
        if f is None:
            for value in self.values.values():
                value.setText(self.tr("Reading…"))
            self.destinations.clear()
            return
        self.values["visits"].setText(self._number(f.visits))
        self.values["waiting_now"].setText(self._number(f.waiting_now))
        self.values["wait_median_minutes"].setText(self._number(f.wait_median_minutes))
        self.values["wait_p90_minutes"].setText(self._number(f.wait_p90_minutes))
        self.values["resolved_first_contact"].setText(
            self._with_rate(f.resolved_first_contact, f.first_contact_rate)
        )
        self.values["referrals"].setText(self._with_rate(f.referrals, f.referral_rate))
        self.values["turned_away"].setText(self._number(f.turned_away))
        ordered = sorted(
            f.referrals_by_destination.items(),
            key=lambda pair: (-pair[1], self.destination_name(pair[0])),
        )
        self.destinations.setText(
            # A no-break space: at larger text a count went alone onto the next line.
            "\n".join(f"{self.destination_name(k)}:\u00a0{self._number(n)}" for k, n in ordered)
            if ordered
            else self.tr("No referrals today.")
        )
