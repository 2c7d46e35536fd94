"""Survey capture: "Tell us what you think", the council's survey, and quick feedback.

One screen per module:

* :mod:`.tell_us`: :class:`TellUsScreen` offers the surveys running today and quick feedback.
* :mod:`.questions`: :class:`SurveyScreen` asks one question per screen.
* :mod:`.feedback`: :class:`FeedbackScreen` asks "How was your visit?" with five faces.

Records are written by :mod:`hubkiosk.store.records` through ``ctx.store_ops``, off the
GUI thread. Nothing here logs answers.
"""

from __future__ import annotations

from hubkiosk.ui.screens.survey.feedback import FeedbackScreen
from hubkiosk.ui.screens.survey.questions import SurveyScreen
from hubkiosk.ui.screens.survey.tell_us import TellUsScreen

__all__ = ["FeedbackScreen", "SurveyScreen", "TellUsScreen"]
