"""The choice between the council's survey (only while it runs) and quick feedback."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from hubkiosk.core.survey import offered, question_range
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.i18n import number
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import Tile, TileGrid, label
from sync.protocol.surveys import SurveyDefinition


class TellUsScreen(Screen):
    """The choice between the survey (only while it runs) and quick feedback."""

    ID = ScreenId.TELL_US

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading, self.lead = self.add_heading()
        # Side by side, or one above another when a long word needs the width.
        self.row = TileGrid(max_columns=3, column_em=8)
        self.body.addWidget(self.row, 1)
        self.feedback_tile = Tile(icon_name="face-5")
        self.feedback_tile.clicked.connect(lambda: ctx.go(ScreenId.FEEDBACK))
        self.no_survey = label(role="small")
        self.body.addWidget(self.no_survey)
        self.survey_tiles: list[Tile] = []
        self.running: list[SurveyDefinition] = []
        self._build()

    def _build(self) -> None:
        self.row.set_tiles([self.feedback_tile])  # the survey tiles go
        self.survey_tiles = []
        self.running = offered(self.ctx.content.surveys.values(), self.ctx.local_now().date())
        for survey in self.running:
            tile = Tile(icon_name="form")
            tile.setProperty("role", "primary")
            tile.setProperty("survey_id", survey.id)
            tile.clicked.connect(
                lambda _=False, sid=survey.id: self.ctx.go(ScreenId.SURVEY, survey_id=sid)
            )
            self.row.set_tiles([*self.survey_tiles, tile, self.feedback_tile])
            tile.show()
            # Polish the words first, so the picture takes their (primary: light) colour.
            for words in tile.findChildren(QLabel):
                words.ensurePolished()
            tile.set_icon("form")
            self.survey_tiles.append(tile)
        self.row.set_tiles([*self.survey_tiles, self.feedback_tile])
        self.retranslate()

    def title(self) -> str:
        return self.tr("Tell us what you think")

    def enter(self, **params: Any) -> None:
        self._build()  # a survey starts or ends by its dates

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tell us what you think"))
        self.lead.setText(
            self.tr("Your answers help the council improve its services. We do not ask your name.")
        )
        by_id = {s.id: s for s in self.running}
        for tile in self.survey_tiles:
            survey = by_id[str(tile.property("survey_id"))]
            tile.setText(self.ctx.text(survey.title))
            fewest, most = question_range(survey)
            tile.set_sub(
                self.tr("%Ln question(s)", "", most)
                if fewest == most
                else self.tr("%1 to %Ln question(s)", "", most).replace("%1", number(fewest))
            )
        self.feedback_tile.setText(self.tr("Quick feedback"))
        self.feedback_tile.set_sub(self.tr("How was your visit today? One touch."))
        self.no_survey.setText(
            "" if self.running else self.tr("There is no council survey running at the moment.")
        )
        self.no_survey.setVisible(not self.running)

    def refresh_content(self) -> None:
        self._build()
