"""What a form's reference slip says. Plain data: no Qt, no printer.

The slip is printed in English (what staff read back) on whatever printer the hub has,
through the same service, and the same fault reporting, as queue tickets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hubkiosk.core.hours import local


@dataclass(frozen=True)
class ReferenceSlip:
    """Everything printed on a reference slip: no answers, nothing personal."""

    hub_name: str
    #: The form's title.
    title: str
    #: The reference number, also in the QR code.
    reference: str
    #: What happens next ("" when the form says nothing).
    next_steps: str
    printed_at: dt.datetime
    #: Submitted with an adviser typing for the resident (assisted mode, issue 15).
    assisted: bool = False

    heading = "Your reference number"

    @property
    def help_line(self) -> str:
        """Says the form was submitted with help at the hub ("" when the resident did it)."""
        if not self.assisted:
            return ""
        return f"Submitted with help from a Residents' Hub adviser at {self.hub_name}"

    @property
    def time_text(self) -> str:
        return local(self.printed_at).strftime("%H:%M, %a %d %b %Y")
