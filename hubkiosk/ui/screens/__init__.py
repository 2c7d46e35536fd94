"""The kiosk's screens, one class each, named by :class:`ScreenId`."""

from __future__ import annotations

import enum


class ScreenId(enum.Enum):
    HOME = "home"
    # Adviser and IT
    ADVISER_PIN = "adviser_pin"
    ADVISER_HOME = "adviser_home"
    # Queue check-in
    QUEUE = "queue"
    TICKET_CONFIRM = "ticket_confirm"
    TICKET_ISSUED = "ticket_issued"
    APPOINTMENT = "appointment"
    # Assisted self-service
    FINDER = "finder"
    SERVICE_PAGE = "service_page"
    FORM = "form"
    FORM_DONE = "form_done"
    # Survey capture
    TELL_US = "tell_us"
    SURVEY = "survey"
    FEEDBACK = "feedback"
    ADVISER_QUEUE = "adviser_queue"
    ADVISER_TODAY = "adviser_today"
