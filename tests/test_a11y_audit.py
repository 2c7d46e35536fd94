"""Issue 13, the audit: it finds what a resident would meet, on the rendered screens.
(That the shipped screens pass it is checked by ``scripts/dev.sh test``, which runs
``hubkiosk --audit --quick``; the full matrix is ``hubkiosk --audit``.)"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QLineEdit

from hubkiosk.ui import audit
from hubkiosk.ui import theme as themes
from hubkiosk.ui.keyboard import OnScreenKeyboard
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.widgets import BigButton


def test_contrast_is_measured_from_the_pixels():
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    for x in range(10, 20):
        for y in range(5, 10):
            image.setPixel(x, y, QColor("#767676").rgb())  # 4.54:1 on white
    ratio = audit.measured_contrast(image, QRect(0, 0, 40, 20))
    assert ratio is not None and 4.5 < ratio < 4.6


def test_the_audit_finds_a_cut_word_a_small_target_and_a_grey_hint(kiosk):
    window = kiosk.window
    window.resize(1080, 1920)
    home = window.screens[ScreenId.HOME]
    squeezed = BigButton("Unbreakablewordthatcannotfit")
    squeezed.setFixedWidth(120)
    squeezed.setAccessibleName("squeezed")
    tiny = BigButton("x")
    tiny.setStyleSheet("min-height: 10px; min-width: 10px; padding: 0;")
    tiny.setMinimumSize(0, 0)
    tiny.setFixedSize(40, 40)
    hint = QLineEdit()
    hint.setAccessibleName("hint")
    hint.setPlaceholderText("grey")
    hint.setStyleSheet("placeholder-text-color: #bbbbbb;")
    for widget in (squeezed, tiny, hint):
        home.body.addWidget(widget)
    window.show_screen(ScreenId.HOME)
    checker = audit.Checker(window)
    found = checker.check("home", "en", "default")
    kinds = {(v.kind, v.text) for v in found}
    assert ("cut", "Unbreakablewordthatcannotfit") in kinds
    assert ("target", "x") in kinds
    assert ("contrast", "grey") in kinds


def test_latin_digit_keys_of_a_latin_field_are_not_flagged_but_a_latin_digit_label_is(kiosk):
    # A booking reference (HK-4821) is typed in Latin digits, as printed on the letter:
    # the keys show what they type. A count in words must still use the screen's digits.
    window = kiosk.window
    window.resize(1080, 1920)
    home = window.screens[ScreenId.HOME]
    reference = QLineEdit()
    reference.setAccessibleName("reference")
    keyboard = OnScreenKeyboard()
    keyboard.attach(reference)
    keyboard.show_digits()
    count = QLabel("4 জন অপেক্ষা করছেন")
    for widget in (reference, count, keyboard):
        home.body.addWidget(widget)
    window.show_screen(ScreenId.HOME)
    found = audit.Checker(window).check("home", "bn", "default")
    flagged = {(v.widget.split("#")[0], v.text) for v in found if v.kind == "digits"}
    assert ("QLabel", "4 জন অপেক্ষা করছেন") in flagged
    assert not [text for kind, text in flagged if "Key" in kind]
    shown_keys = [k for k in keyboard.char_keys if k.isVisible() and k.text() == "4"]
    assert shown_keys, "the digits layer shows a 4 key"


def test_choice_tiles_fit_a_portrait_kiosk_at_200_percent_text(kiosk):
    # Radio and tick tiles of forms and surveys: their words wrap and the columns give
    # way, so no answer is reachable only by a sideways scroll.
    window = kiosk.window
    window.resize(1080, 1920)
    window.scale_index = len(themes.TEXT_SCALES) - 1
    window.apply_theme()
    walk = dict(audit.states(kiosk))
    names = [n for n in walk if n.startswith("form:") or n.endswith(":q2")]
    assert "form:street-problem" in names and "survey:council-cx-2022:q2" in names
    checker = audit.Checker(window)
    sideways = []
    for code in ("en", "so"):
        kiosk.ctx.set_language(code)
        window.retranslate()
        for name in names:
            walk[name](window)
            kiosk.ctx.ops.wait(10_000)
            audit.settle()
            sideways += [
                v.line() for v in checker.check(name, code, "default") if v.kind == "sideways"
            ]
    assert not sideways, "\n".join(sideways)


def test_the_audit_walks_the_closed_hub_too_and_leaves_the_clock_as_it_was(kiosk):
    """The audit walks the hubs open (a fixed Tuesday morning), so the page a resident
    meets out of hours was never checked: at 200 % text its two buttons squeezed a word
    off ("Ver el horario"). It is walked at 03:00 of the same day, and every other screen
    on the audit's own clock."""
    moment = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
    kiosk.ctx.clock = lambda: moment
    window = kiosk.window
    steps = dict(audit.states(kiosk))
    stack = window.screens[ScreenId.QUEUE].stack
    steps["queue+closed"](window)
    assert stack.closed.isVisible()
    steps["queue"](window)
    assert not stack.closed.isVisible() and kiosk.ctx.now() == moment
    report = audit.run(kiosk, None, quick=True, languages=["es"], screenshots=False)
    assert "queue+closed" in [entry.split(" ")[0] for entry in report.walked]
    assert report.violations == []
    assert kiosk.ctx.now() == moment


def test_the_audit_walks_the_appointment_answers_not_found_and_too_late(kiosk):
    """The answer page was never walked: at 200 % text on a portrait kiosk its buttons
    shared one row and "Done" was cut ("Dhammaad", "Hecho", "Gotowe"). Both answers are
    walked now, and they pass."""
    kiosk.ctx.clock = lambda: dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
    window = kiosk.window
    steps = dict(audit.states(kiosk))
    for name, title, buttons in (
        ("appointment+not_found", "We could not find your appointment", 3),
        ("appointment+too_late", "Your appointment time has passed", 2),
    ):
        steps[name](window)
        kiosk.ctx.ops.wait(10_000)
        audit.settle()
        screen = window.screens[ScreenId.APPOINTMENT]
        assert screen.pages.currentWidget() is screen.answer
        assert screen.answer_title.text() == title
        shown = [b for b in screen.answer.findChildren(BigButton) if b.isVisible()]
        assert len(shown) == buttons
    report = audit.run(kiosk, None, quick=True, languages=["pl"], screenshots=False)
    walked = [entry for entry in report.walked if entry.startswith("appointment+")]
    assert any(entry.startswith("appointment+too_late pl") for entry in walked)
    assert report.violations == []


def test_the_audit_opens_the_interpreter_languages(open_kiosk):
    """The extra help was walked with its interpreter's languages closed, so their words
    cut at 200 % text in Polish on a portrait kiosk were never checked."""
    window = open_kiosk.window
    steps = dict(audit.states(open_kiosk))
    steps["ticket_confirm+help"](window)
    open_kiosk.ctx.ops.wait(10_000)
    audit.settle()
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    assert window.current is ScreenId.TICKET_CONFIRM
    assert confirm.help_panel.isVisible() and confirm.access_button.isVisible()
    assert all(button.isVisible() for button in confirm.language_buttons.values())


def test_the_audit_walks_a_real_reference_and_finds_one_broken_after_its_dash(kiosk):
    """The reference screen was walked with "HK-4821", shorter than any form's reference,
    and a label breaking "CB-97AE-FD" after a dash passed, its pieces each fitting."""
    from hubkiosk.core.forms import is_valid_reference
    from hubkiosk.ui.widgets import label

    window = kiosk.window
    window.resize(1080, 1920)
    dict(audit.states(kiosk))["form_done"](window)
    audit.settle()
    shown = window.screens[ScreenId.FORM_DONE].reference_label.text()
    assert is_valid_reference(shown) and len(shown) == len("CB-97AE-FD")
    home = window.screens[ScreenId.HOME]
    broken = label("CB-97AE-FD", role="huge")
    broken.setAccessibleName("broken")
    broken.setFixedWidth(300)
    home.body.addWidget(broken)
    window.show_screen(ScreenId.HOME)
    found = audit.Checker(window).check("home", "en", "default")
    assert ("cut", "CB-97AE-FD") in {(v.kind, v.text) for v in found}


def test_the_audit_walks_assisted_mode_and_finds_answers_pushed_under_more_below(kiosk, qtbot):
    """The audit never walked assisted mode (an adviser helping: the banner on every
    screen, the consent line on a form's answers, the survey's note asking the adviser to
    step back). At 1280 x 800 the banner and that note took 230 px above the council's
    survey and its agreement answers went under "More below", whole for a resident alone.
    The walk has the resident's home, a service's page, a form and its answers and the
    survey with an adviser helping now, checks the banner's words too, and reports answers
    pushed under "More below"; the survey's answers show whole again."""
    from PySide6.QtWidgets import QAbstractButton, QFrame

    from tests.conftest import assert_all_in_view, resize_to

    kiosk.ctx.clock = lambda: dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
    window = kiosk.window
    steps = dict(audit.states(kiosk))
    helped = {name for name in steps if name.startswith(audit.ASSISTED)}
    for name in ("home", "service_page", "form:callback", "form:callback+review"):
        assert audit.ASSISTED + name in helped
    assert {f"{audit.ASSISTED}survey:council-cx-2022:q{n}" for n in (1, 2, 3)} <= helped

    resize_to(window, qtbot, (1280, 800))
    kiosk.ctx.set_language("bn")
    window.retranslate()
    checker = audit.Checker(window)
    question = "survey:council-cx-2022:q3"  # the five statements, one at a time here
    found = []
    for name in (question, audit.ASSISTED + question):
        steps[name](window)
        kiosk.ctx.ops.wait(10_000)
        audit.settle()
        found += checker.check(name, "bn", "default")
    assert found == [], "\n".join(v.line() for v in found)
    # The adviser is asked to step back in the banner, and the statement's answers show.
    assert kiosk.ctx.assisting and window.banner.isVisible()
    assert window.banner.step_back.on_my_own.text() == "আমি নিজে উত্তর দেব"
    assert window.banner in checker.roots()
    (row,) = [r for r in window.findChildren(QFrame, "StatementRow") if r.isVisible()]
    answers = [b for b in row.findChildren(QAbstractButton) if b.isVisible()]
    assert len(answers) == 6
    assert_all_in_view(window.pages[ScreenId.SURVEY].viewport(), [row, *answers])

    # A note as tall as the old banner and note together, above the question.
    old_note = QFrame()
    old_note.setFixedHeight(230)
    window.screens[ScreenId.SURVEY].body.insertWidget(0, old_note)
    audit.settle()
    below = [
        v for v in checker.check(audit.ASSISTED + question, "bn", "default") if v.kind == "below"
    ]
    assert below and below[0].state == audit.ASSISTED + question
    assert "একমত নই" in below[0].text  # "Disagree", an answer to the statement

    # The quick audit walks them, finds nothing, and signs its adviser out at the end.
    old_note.hide()
    report = audit.run(kiosk, None, quick=True, languages=["so"], screenshots=False)
    walked = {entry.split(" ")[0] for entry in report.walked}
    assert helped <= walked
    assert report.violations == [], "\n".join(v.line() for v in report.violations)
    assert kiosk.ctx.adviser is None
