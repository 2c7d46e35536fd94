"""Issue 13 for the advisers: their screens (home, queue and desks, today at this hub) fit
at 200 % text on a portrait kiosk in every language (all of them, as shipped), as the residents' screens do: no word
cut, nothing off to the side, every target big enough."""

from __future__ import annotations

from hubkiosk.ui import audit


def test_the_adviser_screens_fit_at_200_percent_text_in_portrait(kiosk):
    report = audit.run(kiosk, None, quick=True, staff=True, languages=None)
    staff = [v.line() for v in report.violations if v.state.startswith("adviser")]
    assert staff == []
