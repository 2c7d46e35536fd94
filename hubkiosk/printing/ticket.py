"""What a printed (or on-screen) ticket says. Plain data: no Qt, no printer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from hubkiosk.core.hours import local

#: The line printed in the resident's language (English is printed anyway).
RESIDENT_LINE: dict[str, str] = {
    "en": "Please wait until your number is shown on the screen and called.",
    "bn": "আপনার নম্বর স্ক্রিনে দেখানো ও ডাকা পর্যন্ত অনুগ্রহ করে অপেক্ষা করুন।",
    "so": "Fadlan sug ilaa lambarkaaga shaashadda lagu muujiyo oo lagu yeedho.",
    "ur": "براہ کرم انتظار کریں جب تک آپ کا نمبر اسکرین پر دکھایا اور پکارا نہ جائے۔",
    "es": "Espere hasta que su número aparezca en la pantalla y le llamen.",
    "pl": "Proszę czekać, aż numer pojawi się na ekranie i zostanie wywołany.",
}


def resident_line(language: str) -> str:
    return RESIDENT_LINE.get(language) or RESIDENT_LINE["en"]


#: What an appointment's ticket says in place of a walk-in's wait, as its screen does.
TAKE_A_SEAT = "Please take a seat. An adviser will call your number."


def wait_phrase(low: int, high: int) -> str:
    """English wording of a wait range (the screen uses translated words)."""
    if high <= 5:
        return "less than 5 minutes"
    return f"about {low} to {high} minutes"


@dataclass(frozen=True)
class TicketPrint:
    """Everything printed on a ticket. No personal data: no name, no phone."""

    hub_name: str
    number: str
    service_name: str
    issued_at: dt.datetime
    position: int
    wait_low: int
    wait_high: int
    #: The URL in the QR code (None: no QR code).
    qr_url: str | None
    #: The resident's language (a kiosk language code).
    language: str = "en"
    #: The resident's service name in their language, when not English.
    service_name_local: str | None = None
    #: A check-in for a booking: the ticket says the appointment and "Please take a seat",
    #: as its screen does, never a place in the queue or a wait (``position`` and the wait
    #: are not printed).
    appointment: bool = False
    #: The booking's time (None: not known, the appointment is printed without it).
    appointment_at: dt.datetime | None = None
    #: The appointment's words in the resident's language, translated by the screen with
    #: the time in their digits (None: English, or no words in their language).
    appointment_local: str | None = None
    #: When the hub closes, for a walk-in whose wait runs past it, or a booking at or after
    #: it (the hub closing early today), as its screen says ("The hub closes at 17:00. You
    #: may not be seen today..."), else None.
    closes_at: dt.datetime | None = None
    #: Those words in the resident's language, translated by the screen (None: English).
    closing_local: str | None = None

    @property
    def time_text(self) -> str:
        return local(self.issued_at).strftime("%H:%M, %a %d %b %Y")

    @property
    def position_text(self) -> str:
        if self.position <= 1:
            return "You are next in the queue"
        return f"You are number {self.position} in the queue"

    @property
    def wait_text(self) -> str:
        return "Estimated wait: " + wait_phrase(self.wait_low, self.wait_high)

    @property
    def appointment_text(self) -> str:
        """ "You are checked in for your Housing appointment at 10:45." (local time)."""
        if self.appointment_at is None:
            return f"You are checked in for your {self.service_name} appointment."
        at = local(self.appointment_at).strftime("%H:%M")
        return f"You are checked in for your {self.service_name} appointment at {at}."

    @property
    def closing_text(self) -> str | None:
        """ "The hub closes at 17:00. You may not be seen today. ..." (local time), or None."""
        if self.closes_at is None:
            return None
        at = local(self.closes_at).strftime("%H:%M")
        return f"The hub closes at {at}. You may not be seen today. Please ask a member of staff."

    @property
    def local_line(self) -> str | None:
        """The line in the resident's language; None when that is English."""
        if self.language == "en":
            return None
        if self.appointment and self.appointment_local:
            # Closing before the booking: that, as the screen says it in place of a seat.
            return (self.closing_text and self.closing_local) or self.appointment_local
        # Past closing, the screen says that in place of "please wait until called".
        closing = self.closing_text and self.closing_local
        line = closing or resident_line(self.language)
        if self.service_name_local:
            line = f"{self.service_name_local} · {line}"
        return line

    def english_lines(self) -> list[str]:
        """The small lines under the big number, in order."""
        if self.appointment:
            last = self.closing_text or TAKE_A_SEAT
            return [self.service_name, self.time_text, self.appointment_text, last]
        lines = [self.service_name, self.time_text, self.position_text, self.wait_text]
        closing = self.closing_text
        return [*lines, closing] if closing else lines


def queue_url(base: str | None, ticket_id: str, language: str | None = None) -> str | None:
    """The follow-the-queue URL for a ticket (by its random id, nothing personal), with the
    resident's ``language``: the page speaks it even before the ticket reaches the server
    ("We cannot find this ticket" in their language, not their phone's)."""
    if not base:
        return None
    joiner = "&" if "?" in base else "?"
    lang = f"&lang={quote(language, safe='')}" if language else ""
    return f"{base}{joiner}ticket={ticket_id}{lang}"
