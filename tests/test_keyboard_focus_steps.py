"""A resident who uses a keyboard or a switch (Tab to move, Space to choose) keeps the focus
in what they are doing after each step: never on a language button of the top bar, where
one more Space changed the screen's language (QA s35: a Bengali resident's ticket turned
English), and never in a field that is no longer shown, where keys typed went unseen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QWidget

from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.appointment import AppointmentScreen
from hubkiosk.ui.screens.survey.parts import ChoiceButton
from tests.conftest import OpenHoursClock, find_button, shown_text
from tests.forms.test_forms_ui import Resident
from tests.queue.conftest import clock, queue_kiosk  # noqa: F401 (the queue's fixtures)
from tests.survey.test_survey_ui import IN_THE_SURVEY, at, open_survey

SPACE, TAB = Qt.Key.Key_Space, Qt.Key.Key_Tab


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def start_on(qtbot, widget: QWidget) -> None:
    """The keyboard's focus on ``widget`` (where a switch user's scanning starts)."""
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)


def tab_to(qtbot, widget: QWidget, limit: int = 80) -> None:
    """Tab, as a switch steps, until ``widget`` has the focus."""
    for _ in range(limit):
        if focused() is widget:
            return
        now = focused()
        assert now is not None, "the focus was lost"
        qtbot.keyClick(now, TAB)
    raise AssertionError(f"{widget.accessibleName()!r} never reached by Tab")


def press_space(qtbot) -> None:
    """Space (a switch's select) on the widget with the focus."""
    now = focused()
    assert now is not None, "the focus was lost"
    qtbot.keyClick(now, SPACE)


def assert_focus_in_the_screen(window) -> None:
    """The focus is on the screen shown, on something shown: not in the top bar."""
    now = focused()
    page = window.stack.currentWidget()
    assert now is not None, "the focus was lost"
    assert now is page or page.isAncestorOf(now), (
        f"the focus is on {type(now).__name__} '{now.accessibleName()}', "
        f"not on the screen shown ({window.current.value})"
    )
    assert now.isVisible() and now.isEnabled()
    assert not window.top_bar.isAncestorOf(now)


def in_bengali(window, click) -> None:
    click(window, "বাংলা")


def space_changes_nothing_of_the_language(kiosk, qtbot) -> None:
    """One more Space, as a switch user's next select: the screen stays in Bengali."""
    press_space(qtbot)
    assert kiosk.ctx.language == "bn"


# Issue 1: the last step of a journey ------------------------------------------------------
def test_get_my_ticket_by_keyboard_leaves_the_focus_on_the_ticket(make_kiosk, qtbot, click):
    """QA: after "Get my ticket" the focus went to "English" in the top bar, and the next
    Space turned a Bengali resident's ticket into English."""
    kiosk = make_kiosk(clock=OpenHoursClock())
    window = kiosk.window
    in_bengali(window, click)
    start_on(qtbot, window.stack.currentWidget())
    tab_to(qtbot, window.screens[ScreenId.HOME].ticket_tile)
    press_space(qtbot)
    service = kiosk.ctx.content.catalogue.services[0]
    tab_to(qtbot, find_button(window, service.name.get("bn")))
    press_space(qtbot)
    assert window.current is ScreenId.TICKET_CONFIRM
    tab_to(qtbot, window.screens[ScreenId.TICKET_CONFIRM].get_button)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        press_space(qtbot)
    assert shown.args == [ScreenId.TICKET_ISSUED]
    assert_focus_in_the_screen(window)
    space_changes_nothing_of_the_language(kiosk, qtbot)
    # Tab goes on through the ticket.
    qtbot.keyClick(focused(), TAB)
    assert_focus_in_the_screen(window)


def test_sending_a_form_by_keyboard_leaves_the_focus_on_its_reference(kiosk, qtbot, click):
    resident = Resident(kiosk, qtbot, click)
    window = kiosk.window
    resident.open_service("Parking")
    resident.touch("Do it here now")
    resident.answer_the_callback("Visitor permit")
    form = window.screens[ScreenId.FORM]
    assert form.reviewing
    in_bengali(window, click)
    start_on(qtbot, window.stack.currentWidget())
    tab_to(qtbot, form.next_button)  # "Send", in Bengali
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        press_space(qtbot)
    assert shown.args == [ScreenId.FORM_DONE]
    assert_focus_in_the_screen(window)
    space_changes_nothing_of_the_language(kiosk, qtbot)


def answer_each_question_until_the_last(window, qtbot, click) -> None:
    """The council survey from its first question to its last: the first answer of each
    (of each statement), then Next."""
    screen = window.screens[ScreenId.SURVEY]
    for _ in range(12):
        if shown_text(screen.next_button) == "Send my answers":
            return
        firsts: dict[QWidget | None, QAbstractButton] = {}
        for answer in screen.findChildren(QAbstractButton):
            if answer.isVisible() and isinstance(answer, (ChoiceButton, QCheckBox)):
                firsts.setdefault(answer.parentWidget(), answer)
        for answer in firsts.values():
            qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
        click(window, "Next")
    raise AssertionError("the survey never came to its last question")


def test_sending_the_survey_by_keyboard_leaves_the_focus_on_the_thanks(kiosk, qtbot, click):
    kiosk.ctx.clock = at(IN_THE_SURVEY)
    window = kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    open_survey(window, click)
    answer_each_question_until_the_last(window, qtbot, click)
    click(window, "Disagree")
    in_bengali(window, click)
    start_on(qtbot, window.stack.currentWidget())
    tab_to(qtbot, screen.next_button)  # "Send my answers", in Bengali
    with qtbot.waitSignal(screen.response_saved, timeout=10_000):
        press_space(qtbot)
    assert screen.thanks_page.isVisible()
    assert_focus_in_the_screen(window)
    space_changes_nothing_of_the_language(kiosk, qtbot)


def test_a_face_chosen_by_keyboard_leaves_the_focus_on_the_feedback(kiosk, qtbot, click):
    window = kiosk.window
    click(window, "Tell us what you think")
    click(window, "Quick feedback")
    in_bengali(window, click)
    screen = window.screens[ScreenId.FEEDBACK]
    start_on(qtbot, window.stack.currentWidget())
    tab_to(qtbot, screen.face_tiles[4])
    with qtbot.waitSignal(screen.feedback_saved, timeout=10_000):
        press_space(qtbot)
    assert screen.follow_page.isVisible()
    assert_focus_in_the_screen(window)
    space_changes_nothing_of_the_language(kiosk, qtbot)


class WindowsShown(QObject):
    """Remembers each widget shown as a window of its own while it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_building_the_keys_takes_no_focus_from_the_kiosk(kiosk, qtbot):
    """The screens with keys are built in idle time while a resident uses the kiosk: a
    key shown before it had a parent came up as a window of its own for a moment, and
    the kiosk's window lost the keyboard's focus (Tab and Space then did nothing)."""
    from hubkiosk.ui.keyboard import OnScreenKeyboard

    window = kiosk.window
    start_on(qtbot, window.stack.currentWidget())
    watch = WindowsShown()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        keys = OnScreenKeyboard()
    finally:
        app.removeEventFilter(watch)
    QApplication.processEvents()
    assert watch.shown == []
    assert QApplication.focusWindow() is window.windowHandle()
    assert focused() is window.stack.currentWidget()
    keys.deleteLater()


# Issue 2: no focus left in a field nobody sees ---------------------------------------------
def to_the_appointment_check_in(window, qtbot) -> None:
    """From home by Tab and Space: "Get a ticket or check in", "I have an appointment"."""
    start_on(qtbot, window.stack.currentWidget())
    tab_to(qtbot, window.screens[ScreenId.HOME].ticket_tile)
    press_space(qtbot)
    tab_to(qtbot, find_button(window, "I have an appointment"))
    press_space(qtbot)
    assert window.current is ScreenId.APPOINTMENT


def test_after_an_appointment_check_in_keys_typed_go_nowhere_unseen(request, qtbot):
    """QA: after "Check in" the focus sat in the hidden "Booking reference" field; digits
    typed on the ticket screen went into it, unseen (and came back on the next visit)."""
    kiosk = request.getfixturevalue("queue_kiosk")()  # in opening hours, with bookings
    window = kiosk.window
    to_the_appointment_check_in(window, qtbot)
    screen = window.screens[ScreenId.APPOINTMENT]
    assert isinstance(screen, AppointmentScreen)
    assert focused() is screen.reference_edit  # ready to type the reference
    qtbot.keyClicks(screen.reference_edit, "4821")
    tab_to(qtbot, screen.check_button)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        press_space(qtbot)
    assert shown.args == [ScreenId.TICKET_ISSUED]
    assert_focus_in_the_screen(window)
    typed_on = focused()
    assert typed_on is not None
    qtbot.keyClicks(typed_on, "77")
    assert screen.reference_edit.text() == ""
    assert_focus_in_the_screen(window)


def test_after_an_idle_reset_keys_typed_go_nowhere_unseen(make_kiosk, qtbot, click):
    """QA: once the appointment screen had been shown, every idle reset put the focus in
    its hidden "Booking reference" field: keys typed at home went into it, unseen."""
    kiosk = make_kiosk(config={"idle_seconds": 0.3, "warning_seconds": 0.6}, clock=OpenHoursClock())
    window = kiosk.window
    to_the_appointment_check_in(window, qtbot)
    click(window, "Back")
    assert window.current is ScreenId.QUEUE
    start_on(qtbot, window.stack.currentWidget())
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        pass
    assert window.current is ScreenId.HOME
    assert_focus_in_the_screen(window)
    typed_on = focused()
    assert typed_on is not None
    qtbot.keyClicks(typed_on, "12")
    assert window.screens[ScreenId.APPOINTMENT].reference_edit.text() == ""


# Issue 4: the idle warning keeps the focus, and gives it back ------------------------------
def warned_kiosk(make_kiosk):
    """A kiosk whose warning comes soon after the last key and stays up long."""
    return make_kiosk(config={"idle_seconds": 0.3, "warning_seconds": 30}, clock=OpenHoursClock())


def to_a_service_on_the_queue(kiosk, qtbot) -> QWidget:
    """From home by Tab and Space to the queue's first service tile (focused, not chosen)."""
    window = kiosk.window
    start_on(qtbot, window.stack.currentWidget())
    tab_to(qtbot, window.screens[ScreenId.HOME].ticket_tile)
    press_space(qtbot)
    service = kiosk.ctx.content.catalogue.services[0]
    tile = find_button(window, service.name.get(kiosk.ctx.language))
    tab_to(qtbot, tile)
    return tile


def test_tab_stays_in_the_idle_warning(make_kiosk, qtbot, click):
    """QA: while "Are you still there?" showed, Tab went on to the controls dimmed behind
    it, and a Space there switched the language with the warning still up."""
    kiosk = warned_kiosk(make_kiosk)
    window = kiosk.window
    in_bengali(window, click)
    to_a_service_on_the_queue(kiosk, qtbot)
    with qtbot.waitSignal(window.idle.warning, timeout=5000):
        pass
    overlay = window.overlay
    assert focused() is overlay.more_time
    for _ in range(6):
        qtbot.keyClick(focused(), TAB)
        assert focused() is overlay.more_time
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is overlay.more_time
    press_space(qtbot)  # "I need more time"
    assert not overlay.isVisible()
    assert kiosk.ctx.language == "bn"
    assert window.current is ScreenId.QUEUE


def test_after_i_need_more_time_the_focus_is_back_where_it_was(make_kiosk, qtbot):
    """QA: after "I need more time" the focus went to the page's scroll area, and the
    resident Tabbed their way back to the service they were on."""
    kiosk = warned_kiosk(make_kiosk)
    window = kiosk.window
    tile = to_a_service_on_the_queue(kiosk, qtbot)
    with qtbot.waitSignal(window.idle.warning, timeout=5000):
        pass
    assert focused() is window.overlay.more_time
    with qtbot.waitSignal(window.idle.extended, timeout=1000):
        press_space(qtbot)
    assert not window.overlay.isVisible()
    assert focused() is tile
    press_space(qtbot)  # and on: the service chosen
    assert window.current is ScreenId.TICKET_CONFIRM


# Switch access: the on-screen keys, and Enter ---------------------------------------------
def test_a_switch_user_types_a_booking_reference_with_the_on_screen_keys(request, qtbot):
    """QA (s35): the on-screen keys never took the focus, so a resident who moves with Tab
    and chooses with Space could not type a booking reference (nor a phone number, a name,
    a search). The keys are now Tab stops; a key chosen types into the field and keeps the
    focus, so the next key is a Tab or two away."""
    from hubkiosk.ui.keyboard import Key

    kiosk = request.getfixturevalue("queue_kiosk")()  # in opening hours, with bookings
    window = kiosk.window
    to_the_appointment_check_in(window, qtbot)
    screen = window.screens[ScreenId.APPOINTMENT]
    assert isinstance(screen, AppointmentScreen)
    for char in "4821":
        (key,) = [
            k for k in window.findChildren(Key) if k.isVisible() and k.property("char") == char
        ]
        tab_to(qtbot, key, limit=150)
        press_space(qtbot)
        assert focused() is key  # the switch goes on from the key chosen
    assert screen.reference_edit.text() == "4821"
    tab_to(qtbot, screen.check_button, limit=150)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        press_space(qtbot)
    assert shown.args == [ScreenId.TICKET_ISSUED]


def test_enter_presses_the_button_with_the_focus_as_space_does(make_kiosk, qtbot):
    """QA (s35): Enter pressed no button (only Space did): a keyboard user's usual key,
    and the one many switch interfaces send, did nothing."""
    kiosk = make_kiosk(clock=OpenHoursClock())
    window = kiosk.window
    start_on(qtbot, window.stack.currentWidget())
    tab_to(qtbot, window.screens[ScreenId.HOME].ticket_tile)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert shown.args == [ScreenId.QUEUE]
    tab_to(qtbot, find_button(window, "Housing"))
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        qtbot.keyClick(focused(), Qt.Key.Key_Enter)
    assert shown.args == [ScreenId.TICKET_CONFIRM]


def test_a_switch_user_reaches_every_answer_of_a_one_answer_question(kiosk, qtbot, click):
    """QA (s35): of a form's one-answer question only the first answer was a Tab stop (Qt's
    radio buttons move by the arrow keys), so with Tab and Space a resident could not
    answer "Any time" or "No"."""
    from hubkiosk.ui.screens.forms.field_editor import ChoiceRadio

    window = kiosk.window
    resident = Resident(kiosk, qtbot, click)
    resident.open_service("Parking")
    resident.touch("Do it here now")
    resident.type("What is it about?", "Visitor permit")
    for name, value in (("Your name", "Ana Begum"), ("Your phone number", "07700 900123")):
        resident.next()
        resident.type(name, value)
    resident.next()
    form = window.screens[ScreenId.FORM]
    answers = [radio for radio in form.findChildren(ChoiceRadio) if radio.isVisible()]
    assert len(answers) >= 3
    start_on(qtbot, answers[0])
    for answer in answers[1:]:
        tab_to(qtbot, answer, limit=10)
        press_space(qtbot)
        assert answer.isChecked()
        assert [a for a in answers if a.isChecked()] == [answer]  # still one answer
