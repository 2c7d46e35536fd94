"""Every screen class the main window builds, in one list."""

from __future__ import annotations

from hubkiosk.ui.screens.adviser import AdviserHomeScreen, AdviserPinScreen
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.finder import FinderScreen, ServicePageScreen
from hubkiosk.ui.screens.forms import FormDoneScreen, FormScreen
from hubkiosk.ui.screens.home import HomeScreen
from hubkiosk.ui.screens.survey import FeedbackScreen, SurveyScreen, TellUsScreen


def screen_classes() -> list[type[Screen]]:
    return [
        HomeScreen,
        AdviserPinScreen,
        AdviserHomeScreen,
        TellUsScreen,
        SurveyScreen,
        FeedbackScreen,
        FinderScreen,
        ServicePageScreen,
        FormScreen,
        FormDoneScreen,
    ]
