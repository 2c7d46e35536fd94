"""QA s38: a Bengali-speaking resident asks for help part-way. The PIN pad and "Adviser and
IT" come up in Bengali, the resident's language; the adviser touches "English" to read
their own screens, then "Help a resident": the resident was joined in English, though the
README says joining keeps the resident's language. It now does."""

from __future__ import annotations

from hubkiosk.ui.screens import ScreenId
from tests.queue.test_adviser_staff import sign_in, staff_kiosk

#: "Sign in" on the PIN pad in Bengali, the resident's language left on the kiosk.
SIGN_IN_BN = "সাইন ইন"


def test_joining_a_resident_brings_back_their_language(queue_kiosk, qtbot, click):
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    click(window, "বাংলা")
    window.go(ScreenId.QUEUE, {})  # the resident is choosing a service, in Bengali
    sign_in(kiosk, qtbot, click, SIGN_IN_BN)
    assert kiosk.ctx.language == "bn"  # the adviser's screens come up in it
    click(window, "English")  # the adviser reads their own screens
    click(window, "Help a resident")
    assert window.current is ScreenId.QUEUE
    assert kiosk.ctx.language == "bn"
    assert window.banner.isVisible()


def test_helping_someone_else_after_the_advisers_own_work_keeps_the_advisers_choice(
    queue_kiosk, qtbot, click
):
    """An adviser who went on to their own screens helps whoever comes next: in the
    language the adviser has chosen, as before (the last resident's is gone)."""
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    click(window, "বাংলা")
    sign_in(kiosk, qtbot, click, SIGN_IN_BN)
    click(window, "English")
    screen = window.screens[ScreenId.ADVISER_QUEUE]
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Queue and desks")
    window.go(ScreenId.ADVISER_HOME, {})
    click(window, "Help a resident")
    assert kiosk.ctx.language == "en"
