"""Issue 13, read aloud: the screen's words in the resident's language, a council's own
recording when it supplies one, and a plain "no voice" message where there is none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from hubkiosk.ui.display import QtAnnouncer, write_chime
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.survey.parts import ChoiceButton
from hubkiosk.ui.speech import Speaker
from hubkiosk.ui.widgets import ScrollCue
from tests.forms.test_forms_ui import Resident
from tests.queue.conftest import clock, queue_kiosk  # noqa: F401 (the queue's fixtures)
from tests.queue.test_queue_ui import get_ticket
from tests.survey.test_survey_ui import IN_THE_SURVEY, at, give_a_face, open_survey

QtLeft = Qt.MouseButton.LeftButton
NO_VOICE = "Sorry, this kiosk cannot read aloud in this language. Please ask a member of staff."
TYPED_ANSWERS_ON_SCREEN = "The answers you typed are shown on the screen, not read aloud."


class MockEngine:
    """QTextToSpeech's interface, with voices for ``languages`` only; remembers what it said."""

    def __init__(self, *languages: str) -> None:
        self.locales = [QLocale(code) for code in languages]
        self.locale = QLocale("en")
        self.said: list[tuple[str, str]] = []

    def say(self, text: str) -> None:
        self.said.append((text, QLocale.languageToCode(self.locale.language())))

    def stop(self, *args: object) -> None:
        pass

    def setLocale(self, locale: QLocale) -> None:  # noqa: N802 (Qt API)
        self.locale = locale

    def availableLocales(self) -> list[QLocale]:  # noqa: N802 (Qt API)
        return self.locales

    def state(self) -> QTextToSpeech.State:
        return QTextToSpeech.State.Ready


def read_button(window):
    return window.read_aloud_button


def test_home_is_read_aloud_in_english(kiosk, qtbot):
    window = kiosk.window
    engine = MockEngine("en", "so")
    window.speaker.use_engine(engine)
    qtbot.mouseClick(read_button(window), QtLeft)
    [(text, language)] = engine.said
    assert language == "en"
    for words in ("Get a ticket or check in", "Find a service or do it now", "Housing"):
        assert words in text
    assert not window.speech_notice.isVisible()


def test_with_no_bengali_voice_the_screen_says_so_in_bengali(kiosk, qtbot, click):
    window = kiosk.window
    engine = MockEngine("en", "so")
    window.speaker.use_engine(engine)
    click(window, "বাংলা")
    button = read_button(window)
    assert button.text() != "Read aloud" and button.accessibleName() == button.text()
    qtbot.mouseClick(button, QtLeft)
    assert engine.said == []
    notice = window.speech_notice
    assert notice.isVisible()
    bengali = QCoreApplication.translate("MainWindow", NO_VOICE)
    assert notice.text() == bengali != NO_VOICE
    # Another screen: the notice goes.
    click(window, window.screens[ScreenId.HOME].ticket_tile.text())
    assert not notice.isVisible()


def test_the_ticket_is_read_aloud_with_its_number(request, qtbot, click):
    kiosk = request.getfixturevalue("queue_kiosk")()  # in opening hours
    window = kiosk.window
    engine = MockEngine("en")
    window.speaker.use_engine(engine)
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    number = get_ticket(kiosk, qtbot, click)
    qtbot.mouseClick(read_button(window), QtLeft)
    [(text, language)] = engine.said
    assert language == "en"
    assert number in text and "Housing" in text


def test_a_survey_question_is_read_aloud_in_somali(kiosk, qtbot, click):
    kiosk.ctx.clock = at(IN_THE_SURVEY)
    window = kiosk.window
    engine = MockEngine("en", "so")
    window.speaker.use_engine(engine)
    open_survey(window, click)
    click(window, "Soomaali")
    screen = window.screens[ScreenId.SURVEY]
    qtbot.mouseClick(read_button(window), QtLeft)
    [(text, language)] = engine.said
    assert language == "so"
    assert screen.question_text.text() in text
    choices = [b.text() for b in screen.findChildren(ChoiceButton) if b.isVisible()]
    assert len(choices) == 2
    for choice in choices:
        assert choice in text


def test_a_councils_recording_is_played_instead_of_the_voice(kiosk, qtbot):
    window = kiosk.window
    engine = MockEngine("en")
    window.speaker.use_engine(engine)
    recording = kiosk.ctx.settings.data_dir / "prompts" / "en" / "home.wav"
    write_chime(recording)
    with qtbot.waitSignal(window.speaker.prompt_played) as played:
        qtbot.mouseClick(read_button(window), QtLeft)
    assert played.args == [str(recording)]
    assert engine.said == []


def test_the_calling_display_speaks_through_the_same_path(tmp_path):
    engine = MockEngine("en", "bn")
    speaker = Speaker(engine=engine)
    announcer = QtAnnouncer(write_chime(tmp_path / "chime.wav"), speaker=speaker)
    assert announcer.say("Ticket H 1, please go to desk 3.", "en")
    assert not announcer.say("Tigidhka H 1", "so")  # no Somali voice here
    assert engine.said == [("Ticket H 1, please go to desk 3.", "en")]


def test_the_review_reads_the_questions_in_the_pages_order_not_what_was_typed(kiosk, qtbot, click):
    window = kiosk.window
    engine = MockEngine("en")
    window.speaker.use_engine(engine)
    resident = Resident(kiosk, qtbot, click)
    resident.open_service("Parking")
    resident.touch("Do it here now")
    resident.answer_the_callback("Visitor permit")  # Ana Begum, 07700 900123
    form = window.screens[ScreenId.FORM]
    assert form.reviewing
    # The last rows are below the fold ("More below" shows once the page has painted).
    qtbot.waitUntil(lambda: any(c.isVisible() for c in form.findChildren(ScrollCue)))
    [cue] = [c for c in form.findChildren(ScrollCue) if c.isVisible()]
    qtbot.mouseClick(read_button(window), QtLeft)
    [(text, language)] = engine.said
    lines = text.split("\n")
    # What the resident typed stays on the screen, for their eyes only.
    assert not {"Visitor permit", "Ana Begum", "07700 900123", "07700900123"} & set(lines)
    assert "Begum" not in text and "900123" not in text
    assert TYPED_ANSWERS_ON_SCREEN in lines
    # Every question, top to bottom, then Send; "More below" is the last thing said.
    questions = [w.text() for w in form.review_widgets if w.objectName() == "ReviewQuestion"]
    assert questions[-1] == "Do you need an interpreter on the call?"
    places = [lines.index(question) for question in questions]
    assert places == sorted(places)
    assert places[-1] < lines.index("Send")
    # What was chosen is the form's own words: said, as the choices were on the question.
    assert lines[lines.index("When is the best time to call?") + 1] == "Any time"
    assert lines[-1] == cue.text()


def test_an_urdu_screen_is_read_right_to_left(request, qtbot, click):
    kiosk = request.getfixturevalue("queue_kiosk")()  # in opening hours
    window = kiosk.window
    engine = MockEngine("en", "ur")
    window.speaker.use_engine(engine)
    click(window, "اردو")
    home = window.screens[ScreenId.HOME]
    tiles = [home.ticket_tile, home.finder_tile, home.tell_us_tile]
    services = [tile for tile in home.top_tiles if tile.isVisible()]

    # The layout mirrors: the first of each row stands on the right.
    def mirrored() -> bool:
        xs = [[tile.mapTo(home, QPoint(0, 0)).x() for tile in row] for row in (tiles, services)]
        return all(row == sorted(row, reverse=True) for row in xs)

    qtbot.waitUntil(mirrored)
    qtbot.mouseClick(read_button(window), QtLeft)
    [(text, language)] = engine.said
    assert language == "ur"
    lines = text.split("\n")
    for row in (tiles, services):
        places = [lines.index(tile.text()) for tile in row]
        assert places == sorted(places), "read from the right, as an Urdu reader reads"


class TalkingEngine(MockEngine):
    """Goes on speaking what it was given until it is stopped, as a real voice does."""

    def __init__(self, *languages: str) -> None:
        super().__init__(*languages)
        self.talking = False

    def say(self, text: str) -> None:
        super().say(text)
        self.talking = True

    def stop(self, *args: object) -> None:
        self.talking = False

    def state(self) -> QTextToSpeech.State:
        return QTextToSpeech.State.Speaking if self.talking else QTextToSpeech.State.Ready


def test_changing_language_stops_the_voice(kiosk, qtbot, click):
    window = kiosk.window
    engine = TalkingEngine("en", "bn")
    window.speaker.use_engine(engine)
    click(window, "Find a service or do it now")
    qtbot.mouseClick(read_button(window), QtLeft)
    assert engine.talking
    click(window, "বাংলা")
    assert not engine.talking, "the English words stop when the resident chooses Bengali"


def test_the_idle_warning_is_spoken_to_a_resident_who_uses_read_aloud(make_kiosk, qtbot, click):
    kiosk = make_kiosk(config={"idle_seconds": 0.3, "warning_seconds": 0.6})
    window = kiosk.window
    engine = MockEngine("en", "bn")
    window.speaker.use_engine(engine)
    click(window, "Find a service or do it now")
    # A resident who reads the screen: the warning shows, and the hub hears nothing.
    with qtbot.waitSignal(window.idle.warning, timeout=5000):
        pass
    assert engine.said == []
    click(window, "I need more time")
    # One who listens: it covers "Read aloud", so it is spoken, in their language.
    click(window, "বাংলা")
    qtbot.mouseClick(read_button(window), QtLeft)
    engine.said.clear()
    with qtbot.waitSignal(window.idle.warning, timeout=5000):
        pass
    [(text, language)] = engine.said
    assert language == "bn"
    overlay = window.overlay
    assert overlay.question.text() != "Are you still there?"  # in Bengali
    for part in (overlay.question, overlay.explain, overlay.countdown, overlay.more_time):
        assert part.text() in text
    assert "Touch" not in text  # where to touch, in Bengali too
    # The next resident's visit starts silent again.
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        pass
    click(window, "Find a service or do it now")
    engine.said.clear()
    with qtbot.waitSignal(window.idle.warning, timeout=5000):
        pass
    assert engine.said == []


def test_a_feedback_comment_is_shown_not_read_aloud(kiosk, qtbot, click):
    """QA: after "Add a comment", "Done", then "Read aloud", the voice said "Your comment:
    Ana Begum 07700900123 flat 4" to the whole hub. What a resident types stays on the
    screen, for their eyes only, as on a form's review."""
    kiosk.ctx.clock = at(IN_THE_SURVEY)
    window = kiosk.window
    engine = MockEngine("en")
    window.speaker.use_engine(engine)
    screen = window.screens[ScreenId.FEEDBACK]
    give_a_face(window, qtbot, click, "Poor")
    click(window, "Add a comment")
    qtbot.keyClicks(screen.comment, "Ana Begum 07700900123 flat 4")
    click(window, "Done")
    assert "Ana Begum" in screen.comment_preview.text()  # shown, for the resident's eyes
    qtbot.mouseClick(read_button(window), QtLeft)
    [(text, _language)] = engine.said
    assert "Begum" not in text and "900123" not in text
    assert "Add a comment" in text  # the rest of the screen is read


def read_then_go_on(kiosk, qtbot, click, go_on) -> TalkingEngine:
    """Read aloud the part shown, then ``go_on`` within the same screen; the engine."""
    window = kiosk.window
    engine = TalkingEngine("en")
    window.speaker.use_engine(engine)
    qtbot.mouseClick(read_button(window), QtLeft)
    assert engine.talking
    shown = window.current
    go_on()
    assert window.current is shown  # the same screen, its next part
    return engine


def test_the_next_survey_question_stops_the_voice_reading_the_one_before(kiosk, qtbot, click):
    """QA: after Next the voice went on reading "Have you contacted the council…?" over
    the question now shown."""
    kiosk.ctx.clock = at(IN_THE_SURVEY)
    window = kiosk.window
    open_survey(window, click)
    click(window, "Yes")

    engine = read_then_go_on(kiosk, qtbot, click, lambda: click(window, "Next"))
    assert not engine.talking


def test_the_next_step_of_a_form_stops_the_voice_reading_the_one_before(kiosk, qtbot, click):
    window = kiosk.window
    resident = Resident(kiosk, qtbot, click)
    resident.open_service("Parking")
    resident.touch("Do it here now")
    resident.type("What is it about?", "Visitor permit")

    engine = read_then_go_on(kiosk, qtbot, click, resident.next)
    assert window.screens[ScreenId.FORM].progress.text() == "Question 2 of 5"
    assert not engine.talking


def test_a_face_chosen_stops_the_voice_reading_the_faces(kiosk, qtbot, click):
    window = kiosk.window
    click(window, "Tell us what you think")
    click(window, "Quick feedback")
    screen = window.screens[ScreenId.FEEDBACK]

    def good() -> None:
        with qtbot.waitSignal(screen.feedback_saved, timeout=10_000):
            click(window, "Good")

    engine = read_then_go_on(kiosk, qtbot, click, good)
    assert not engine.talking
