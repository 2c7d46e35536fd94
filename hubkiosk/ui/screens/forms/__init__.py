"""Filling in a form at the kiosk, then its reference number. One screen per module:

* :mod:`.form`: :class:`FormScreen`, the form step by step, a review, and Send.
* :mod:`.form_done`: :class:`FormDoneScreen`, the reference large, as a QR code, printed.
* :mod:`.field_editor`: :class:`FieldEditor`, the inputs for one field of a form.
"""

from __future__ import annotations

from hubkiosk.ui.screens.forms.field_editor import KEYBOARD_MODES, FieldEditor
from hubkiosk.ui.screens.forms.form import FormScreen
from hubkiosk.ui.screens.forms.form_done import FormDoneScreen

__all__ = ["KEYBOARD_MODES", "FieldEditor", "FormDoneScreen", "FormScreen"]
