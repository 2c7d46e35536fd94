"""Every screen the main window can show, in one table, each imported when first built.

The table names each screen's module and class instead of importing them, so a start
imports the home screen's code only; the modules of the others (and what they pull in:
QR codes, printing, the appointment lookup...) load when a resident first goes there.
"""

from __future__ import annotations

import importlib

from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen

_PACKAGE = "hubkiosk.ui.screens"

#: ScreenId -> (module under hubkiosk.ui.screens, class name), in the stack's order.
SCREENS: dict[ScreenId, tuple[str, str]] = {
    ScreenId.HOME: ("home", "HomeScreen"),
    ScreenId.ADVISER_PIN: ("adviser", "AdviserPinScreen"),
    ScreenId.ADVISER_HOME: ("adviser", "AdviserHomeScreen"),
    ScreenId.ADVISER_QUEUE: ("adviser_queue", "AdviserQueueScreen"),
    ScreenId.ADVISER_TODAY: ("today", "TodayScreen"),
    ScreenId.QUEUE: ("queue", "QueueScreen"),
    ScreenId.TICKET_CONFIRM: ("queue", "TicketConfirmScreen"),
    ScreenId.TICKET_ISSUED: ("queue", "TicketIssuedScreen"),
    ScreenId.APPOINTMENT: ("appointment", "AppointmentScreen"),
    ScreenId.TELL_US: ("survey", "TellUsScreen"),
    ScreenId.SURVEY: ("survey", "SurveyScreen"),
    ScreenId.FEEDBACK: ("survey", "FeedbackScreen"),
    ScreenId.FINDER: ("finder", "FinderScreen"),
    ScreenId.SERVICE_PAGE: ("finder", "ServicePageScreen"),
    ScreenId.FORM: ("forms", "FormScreen"),
    ScreenId.FORM_DONE: ("forms", "FormDoneScreen"),
}


def screen_class(screen_id: ScreenId) -> type[Screen]:
    """The class of ``screen_id``, its module imported now if it was not yet."""
    module_name, class_name = SCREENS[screen_id]
    cls = getattr(importlib.import_module(f"{_PACKAGE}.{module_name}"), class_name)
    assert isinstance(cls, type) and issubclass(cls, Screen) and cls.ID is screen_id, cls
    return cls


def screen_classes() -> list[type[Screen]]:
    """Every screen class (importing every screen module)."""
    return [screen_class(screen_id) for screen_id in SCREENS]
