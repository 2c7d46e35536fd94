"""Words that follow a count take its form, in every language: "1 second", "2 seconds";
Polish "1 sekunda", "2 sekundy", "5 sekund" (Qt's numerus forms: English has a file of
its own for them, see hubkiosk.tools.translations)."""

from __future__ import annotations

import pytest

from hubkiosk.core.pin import hash_pin
from hubkiosk.ui.screens import ScreenId
from tests.queue.test_adviser_staff import sign_in


@pytest.mark.parametrize(
    ("language", "seconds", "said"),
    [
        ("English", 0.6, "1 second"),
        ("English", 5, "5 seconds"),
        ("Español", 0.6, "1 segundo"),
        ("Polski", 2, "2 sekundy"),
        ("Polski", 5, "5 sekund"),
        ("বাংলা", 5, "৫ সেকেন্ড"),
    ],
)
def test_the_idle_countdown_says_its_seconds_in_the_right_form(
    make_kiosk, qtbot, click, language, seconds, said
):
    """A resident who stepped away is told how long is left: "1 seconds" read wrong."""
    kiosk = make_kiosk(config={"idle_seconds": 0.3, "warning_seconds": seconds})
    window = kiosk.window
    click(window, language)
    window.go(ScreenId.FINDER, {})
    with qtbot.waitSignal(window.idle.warning, timeout=5000):
        pass
    assert window.overlay.countdown.text() == said
    assert window.overlay.countdown.accessibleName() == said


def test_the_adviser_reads_one_backup_as_one(make_kiosk, qtbot, click):
    """The adviser screen's counts agree with their words: it said "1 backups kept" on a
    kiosk's first day."""
    kiosk = make_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})
    sign_in(kiosk, qtbot, click)
    adviser = kiosk.window.screens[ScreenId.ADVISER_HOME]
    qtbot.waitUntil(lambda: "kept; the newest is from" in adviser.backup_line.text())
    assert adviser.backup_line.text().startswith("1 backup kept; the newest is from ")
    qtbot.waitUntil(lambda: "to be sent" in adviser.sync_line.text())
    # More than one: the plural, as before.
    assert "2 records wait to be sent." in adviser.sync_line.text()
