"""Walk-in check-in: pick a service, confirm (optional name and extra help), get a ticket.

* :class:`QueueScreen`: every service as a big tile, and "I have an appointment".
* :class:`TicketConfirmScreen`: one confirmation with an optional "How can we call you?"
  and an optional "I need extra help" (interpreter in a language, an accessibility need,
  an urgent safety or homelessness issue: urgent goes first), and "Get my ticket".
* :class:`TicketIssuedScreen`: the number, large, with place, wait and a QR code to follow
  the queue; the paper ticket prints meanwhile, and if the printer fails the number stays
  large on screen and IT is told.

From the home screen the top services are two taps from a ticket (tile, then "Get my
ticket"); every other service is three (ticket tile, service tile, "Get my ticket").
Closed hours, closures and an appointment-only hub replace the choices with a kind message.

One screen per module: :mod:`.services`, :mod:`.confirm`, :mod:`.issued`.
"""

from __future__ import annotations

from hubkiosk.ui.screens.queue.confirm import TicketConfirmScreen
from hubkiosk.ui.screens.queue.issued import TicketIssuedScreen
from hubkiosk.ui.screens.queue.services import QueueScreen

__all__ = ["QueueScreen", "TicketConfirmScreen", "TicketIssuedScreen"]
