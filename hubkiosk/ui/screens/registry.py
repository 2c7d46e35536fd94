"""Every screen class the main window builds, in one list."""

from __future__ import annotations

from hubkiosk.ui.screens.adviser import AdviserHomeScreen, AdviserPinScreen
from hubkiosk.ui.screens.adviser_queue import AdviserQueueScreen
from hubkiosk.ui.screens.appointment import AppointmentScreen
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.finder import FinderScreen, ServicePageScreen
from hubkiosk.ui.screens.forms import FormDoneScreen, FormScreen
from hubkiosk.ui.screens.home import HomeScreen
from hubkiosk.ui.screens.queue import QueueScreen, TicketConfirmScreen, TicketIssuedScreen
from hubkiosk.ui.screens.survey import FeedbackScreen, SurveyScreen, TellUsScreen
from hubkiosk.ui.screens.today import TodayScreen


def screen_classes() -> list[type[Screen]]:
    return [
        HomeScreen,
        AdviserPinScreen,
        AdviserHomeScreen,
        AdviserQueueScreen,
        TodayScreen,
        QueueScreen,
        TicketConfirmScreen,
        TicketIssuedScreen,
        AppointmentScreen,
        TellUsScreen,
        SurveyScreen,
        FeedbackScreen,
        FinderScreen,
        ServicePageScreen,
        FormScreen,
        FormDoneScreen,
    ]
