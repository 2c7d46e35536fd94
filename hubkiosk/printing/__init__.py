"""Printing queue tickets and form reference slips: ESC/POS thermal printers
(python-escpos) and system printers (QPrinter), with an on-screen fallback when printing
fails.

- :mod:`hubkiosk.printing.ticket`: what a ticket says (pure data, no Qt).
- :mod:`hubkiosk.printing.slip`: what a form's reference slip says (pure data, no Qt).
- :mod:`hubkiosk.printing.qr`: the QR code as a Qt image.
- :mod:`hubkiosk.printing.escpos_ticket`: tickets and slips as ESC/POS commands.
- :mod:`hubkiosk.printing.qt_ticket`: tickets and slips painted on a QPrinter (PDF or system).
- :mod:`hubkiosk.printing.cups`: a system printer's CUPS queue: is it ready, has the job
  finished (Linux).
- :mod:`hubkiosk.printing.service`: choose the printer from ``settings.printer``, print,
  and report a fault to IT (log and a ``StoreEvent``) without failing the check-in.
"""
