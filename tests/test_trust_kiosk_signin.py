"""Adviser sign-in: no PIN works unless IT or the server set it; wrong PINs are counted in the
store, so growing delays and the lockout survive a restart; every attempt is a record for
the server, and never holds the PIN."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from PySide6.QtCore import QCoreApplication, QEvent

from hubkiosk.app import Kiosk, build, main
from hubkiosk.core.pin import DEMO_PIN_HASH, LOCK_AFTER, LOCK_SECONDS, hash_pin
from hubkiosk.store.models import OutboxItem, StoreEvent
from hubkiosk.ui.screens import ScreenId
from sync.protocol.records import AdviserSignIn as AdviserSignInRecord
from sync.protocol.records import RecordKind, SignInOutcome
from sync.protocol.wire import Adviser
from tests.conftest import assert_all_in_view, resize_to

IT_PIN = "97531"
WRONG_PIN = "86420"
NOT_RIGHT = "That PIN is not right. Try again."


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def it_kiosk(tmp_path: Path, data_dir: Path, qtbot, clock: Clock):
    """Kiosks on one data dir with IT's PIN set and the test's clock (rebuilt = restarted)."""
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"adviser_pin_hash": hash_pin(IT_PIN, rounds=1000)}))
    built: list[Kiosk] = []

    def factory() -> Kiosk:
        for old in built:
            old.close()
            old.window.close()
        kiosk = build(
            ["--windowed", "--data-dir", str(data_dir), "--config", str(config)],
            clock=clock,
            connect=False,
        )
        qtbot.addWidget(kiosk.window)
        kiosk.window.resize(1280, 900)
        kiosk.window.show()
        built.append(kiosk)
        return kiosk

    yield factory
    for kiosk in built:
        kiosk.close()
        kiosk.window.close()
        kiosk.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def try_pin(kiosk: Kiosk, qtbot, click, pin: str) -> str:
    """Type ``pin`` on the PIN screen, touch Sign in; the message shown ('' when signed in)."""
    window = kiosk.window
    if window.current is not ScreenId.ADVISER_PIN:
        window.go(ScreenId.ADVISER_PIN, {})
    screen = window.screens[ScreenId.ADVISER_PIN]
    screen.message.clear()
    for digit in pin:
        click(window, digit)
    click(window, "Sign in")
    qtbot.waitUntil(
        lambda: bool(screen.message.text()) or window.current is ScreenId.ADVISER_HOME,
        timeout=10_000,
    )
    kiosk.ctx.ops.wait()
    return "" if window.current is ScreenId.ADVISER_HOME else screen.message.text()


def signin_payloads(kiosk: Kiosk) -> list[dict]:
    with kiosk.store.session() as session:
        return [
            dict(item.payload)
            for item in session.scalars(
                select(OutboxItem)
                .where(OutboxItem.kind == RecordKind.ADVISER_SIGNIN.value)
                .order_by(OutboxItem.seq)
            )
        ]


def test_the_demo_pin_is_refused_on_a_kiosk_not_in_demo(make_kiosk, qtbot, click):
    kiosk = make_kiosk()
    window = kiosk.window
    window.go(ScreenId.ADVISER_PIN, {})
    hint = window.screens[ScreenId.ADVISER_PIN].hint.text()
    assert "No adviser PIN is set" in hint
    assert "hubkiosk-server adviser add" in hint and "adviser_pin_hash" in hint

    assert try_pin(kiosk, qtbot, click, "2468") == "No adviser PIN is set on this kiosk yet."
    assert window.current is ScreenId.ADVISER_PIN

    # With advisers from the server the demo PIN is just a wrong PIN.
    content = kiosk.ctx.content
    adviser = Adviser(id="a-rahman", name="A Rahman", pin_hash=hash_pin("3579", rounds=1000))
    kiosk.ctx.set_content(dataclasses.replace(content, advisers=(adviser,)))
    assert try_pin(kiosk, qtbot, click, "2468") == NOT_RIGHT


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
@pytest.mark.parametrize("pin_set", [False, True])
def test_on_a_laptop_sized_screen_the_pin_pad_shows_whole(make_kiosk, qtbot, size, pin_set):
    """At the common 1280 x 800 and 1366 x 768 panels an adviser sees the sign-in's words,
    the PIN box and every key of the pad without sliding the page, also while the long
    "no PIN is set" words for IT show (the pad's last rows were below the fold)."""
    config = {"adviser_pin_hash": hash_pin(IT_PIN, rounds=1000)} if pin_set else None
    kiosk = make_kiosk(config=config)
    window = kiosk.window
    resize_to(window, qtbot, size)
    window.go(ScreenId.ADVISER_PIN, {})
    screen = window.screens[ScreenId.ADVISER_PIN]
    viewport = window.pages[ScreenId.ADVISER_PIN].viewport()
    parts = [screen.heading, screen.hint, screen.pin, screen.clear_key, screen.enter_key]
    parts += list(screen.keys.values())

    assert_all_in_view(viewport, parts)


def test_the_demo_hash_in_the_settings_works_only_under_demo(make_kiosk, qtbot, click):
    kiosk = make_kiosk(config={"adviser_pin_hash": DEMO_PIN_HASH})
    assert try_pin(kiosk, qtbot, click, "2468") == "No adviser PIN is set on this kiosk yet."


def test_the_demo_pin_is_accepted_under_demo(make_kiosk, qtbot, click):
    kiosk = make_kiosk("--demo")
    assert try_pin(kiosk, qtbot, click, "2468") == ""
    assert kiosk.ctx.adviser is not None and kiosk.ctx.adviser.adviser_id == "demo"


def test_delays_grow_after_five_wrong_pins_and_the_lockout_survives_a_restart(
    it_kiosk, qtbot, click, clock: Clock, data_dir: Path, capsys
):
    kiosk = it_kiosk()
    for _ in range(4):
        assert try_pin(kiosk, qtbot, click, WRONG_PIN) == NOT_RIGHT
    assert "30 seconds" in try_pin(kiosk, qtbot, click, WRONG_PIN)
    # During the delay even the right PIN is not checked.
    assert "seconds" in try_pin(kiosk, qtbot, click, IT_PIN)
    waits = []
    for _ in range(5):
        clock.advance(10 * 60)
        waits.append(try_pin(kiosk, qtbot, click, WRONG_PIN))
    assert [w.split(" in ")[-1] for w in waits[:4]] == [
        "1 minute.",
        "2 minutes.",
        "4 minutes.",
        "8 minutes.",
    ]
    assert "locked" in waits[4]  # the tenth wrong PIN in a row

    kiosk = it_kiosk()  # the kiosk restarts on the same data dir
    clock.advance(LOCK_SECONDS - 60)  # the lock's hour is nearly over
    message = try_pin(kiosk, qtbot, click, IT_PIN)
    assert "locked" in message and "hubkiosk --unlock-advisers" in message
    assert kiosk.window.current is ScreenId.ADVISER_PIN

    # IT unlocks it from the command line (the kiosk may keep running).
    assert main(["--data-dir", str(data_dir), "--unlock-advisers"]) == 0
    assert "unlocked" in capsys.readouterr().out
    assert try_pin(kiosk, qtbot, click, IT_PIN) == ""

    # Every attempt is a record for the server: when, success, outcome; never the PIN.
    payloads = signin_payloads(kiosk)
    assert len(payloads) == 13
    records = [AdviserSignInRecord.model_validate(p) for p in payloads]
    assert [r.outcome for r in records].count(SignInOutcome.WRONG_PIN) == 10
    assert [r.outcome for r in records].count(SignInOutcome.TOO_SOON) == 1
    assert [r.outcome for r in records].count(SignInOutcome.LOCKED) == 1
    assert records[-1].success and records[-1].adviser_id == "local-it"
    assert not any(r.success for r in records[:-1])
    everything = json.dumps(payloads)
    assert IT_PIN not in everything and WRONG_PIN not in everything


def lock_out(kiosk: Kiosk, qtbot, click, clock: Clock) -> str:
    """Wrong PINs, each delay waited out, until sign-in locks; what the tenth said."""
    for _ in range(LOCK_AFTER):
        message = try_pin(kiosk, qtbot, click, WRONG_PIN)
        if message.startswith("Too many wrong PINs."):  # "Try again in 30 seconds."
            count, unit = message.split(" in ")[-1].split()[:2]
            clock.advance(int(count) * (60 if unit.startswith("minute") else 1))
    return message


def test_a_lock_made_while_the_clock_ran_fast_ends_an_hour_after_it_is_set_right(
    it_kiosk, qtbot, click, clock: Clock
):
    """QA (s37, time): sign-in locked while the kiosk's clock ran a day fast; once the
    network's time set it right, the right PIN was refused for a whole day, the screen
    saying "60 minutes" all along. A lock's time in the future now counts from the
    present: it ends at most an hour later."""
    kiosk = it_kiosk()
    clock.advance(24 * 3600)  # the clock a day fast
    assert "locked" in lock_out(kiosk, qtbot, click, clock)
    clock.advance(-24 * 3600)  # set right
    assert "opens again in 60 minutes" in try_pin(kiosk, qtbot, click, IT_PIN)
    clock.advance(LOCK_SECONDS / 2)
    assert "opens again in 30 minutes" in try_pin(kiosk, qtbot, click, IT_PIN)
    clock.advance(LOCK_SECONDS / 2 + 1)
    assert try_pin(kiosk, qtbot, click, IT_PIN) == ""


def test_a_lock_ends_by_itself_after_an_hour_and_the_next_wrong_pin_locks_again(
    it_kiosk, qtbot, click, clock: Clock
):
    """QA: anyone at the kiosk could lock adviser sign-in for good with ten wrong PINs over
    15 minutes, and with it the hub's queue calling: the right PIN was refused 20 hours
    later. The lock now lasts an hour; the next wrong PIN after it locks for another hour
    (so guessing stays as slow), and the right one signs in."""
    kiosk = it_kiosk()
    said = lock_out(kiosk, qtbot, click, clock)
    assert "locked" in said and "opens again in 60 minutes" in said, said  # not "IT only"
    screen = kiosk.window.screens[ScreenId.ADVISER_PIN]
    clock.advance(LOCK_SECONDS / 2)  # the screen counts down on the kiosk's clock
    qtbot.waitUntil(lambda: "opens again in 30 minutes" in screen.message.text(), timeout=5000)
    clock.advance(LOCK_SECONDS / 2 - 1)
    assert "locked" in try_pin(kiosk, qtbot, click, IT_PIN)
    clock.advance(2)
    assert "locked" in try_pin(kiosk, qtbot, click, WRONG_PIN)  # locked again at once
    clock.advance(LOCK_SECONDS / 2)
    assert "locked" in try_pin(kiosk, qtbot, click, IT_PIN)
    clock.advance(LOCK_SECONDS / 2 + 1)
    assert try_pin(kiosk, qtbot, click, IT_PIN) == ""
    # Signed in, the count starts again: five free tries.
    click(kiosk.window, "Leave adviser mode")
    for _ in range(4):
        assert try_pin(kiosk, qtbot, click, WRONG_PIN) == NOT_RIGHT


def test_two_advisers_whose_pins_match_are_neither_signed_in(make_kiosk, qtbot, click):
    """QA: two advisers with the same PIN (as the server took them before it refused a
    shared PIN): the second one's PIN signed them in as the first, and everything they did
    was credited to the other. The kiosk signs in neither, keeps the attempt for the server
    as ``shared_pin`` (never counted as a wrong PIN) and tells IT who in its log."""
    kiosk = make_kiosk()
    same = [
        Adviser(id="a-rahman", name="Amina Rahman", pin_hash=hash_pin("1234", rounds=1000)),
        Adviser(id="b-jones", name="Ben Jones", pin_hash=hash_pin("1234", rounds=1000)),
        Adviser(id="c-own", name="Chris Own", pin_hash=hash_pin("5678", rounds=1000)),
    ]
    kiosk.ctx.set_content(dataclasses.replace(kiosk.ctx.content, advisers=tuple(same)))
    for _ in range(6):  # more than the free tries: none counts as a wrong PIN
        said = try_pin(kiosk, qtbot, click, "1234")
        assert said == "This PIN cannot be used on this kiosk. Ask IT.", said  # not "not right"
        assert kiosk.ctx.adviser is None
    records = [AdviserSignInRecord.model_validate(p) for p in signin_payloads(kiosk)]
    assert {(r.outcome, r.adviser_id, r.success, r.failures) for r in records} == {
        (SignInOutcome.SHARED_PIN, None, False, 0)
    }
    with kiosk.store.session() as session:
        told = session.scalars(
            select(StoreEvent.message).where(StoreEvent.kind == "advisers_share_pin")
        ).all()
    assert told and "a-rahman" in told[-1] and "b-jones" in told[-1] and "1234" not in told[-1]
    assert "c-own" not in told[-1] and "Amina" not in told[-1]
    assert try_pin(kiosk, qtbot, click, "5678") == ""  # another adviser's own PIN still works
    assert kiosk.ctx.adviser is not None and kiosk.ctx.adviser.adviser_id == "c-own"


def hold_hub_name(window, qtbot) -> None:
    """Hold the hub's name, as staff do, until the PIN screen opens."""
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(window.screen_changed, timeout=5000):
        qtbot.mousePress(window.hub_name, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(window.hub_name, Qt.MouseButton.LeftButton)


def test_what_the_pin_screen_said_is_not_left_for_the_next_person(
    it_kiosk, qtbot, click, clock: Clock
):
    """QA: after five wrong PINs an adviser touched Back; two hours later whoever held the
    hub's name read "Too many wrong PINs. Try again in 30 seconds." The screen opens with
    nothing said."""
    kiosk = it_kiosk()
    window = kiosk.window
    for _ in range(5):
        message = try_pin(kiosk, qtbot, click, WRONG_PIN)
    assert "30 seconds" in message
    click(window, "Back")
    assert window.current is ScreenId.HOME
    clock.advance(2 * 3600)
    hold_hub_name(window, qtbot)
    assert window.current is ScreenId.ADVISER_PIN
    assert window.screens[ScreenId.ADVISER_PIN].message.text() == ""


def test_what_the_pin_screen_said_follows_a_change_of_language(it_kiosk, qtbot, click):
    """QA: a wrong PIN, then বাংলা: the heading and pad changed, "That PIN is not right"
    stayed in English."""
    kiosk = it_kiosk()
    window = kiosk.window
    assert try_pin(kiosk, qtbot, click, WRONG_PIN) == NOT_RIGHT
    click(window, "বাংলা")
    screen = window.screens[ScreenId.ADVISER_PIN]
    assert screen.message.text() not in ("", NOT_RIGHT)
    click(window, "English")
    assert screen.message.text() == NOT_RIGHT


def test_it_makes_a_pin_hash_for_the_setting_and_a_bare_pin_is_refused(monkeypatch, capsys):
    import io

    from pydantic import ValidationError

    from hubkiosk.core import pin
    from hubkiosk.settings import KioskSettings

    monkeypatch.setattr("sys.stdin", io.StringIO(IT_PIN + "\n"))
    assert pin.main() == 0
    made = capsys.readouterr().out.strip()
    assert pin.verify_pin(IT_PIN, made) and IT_PIN not in made
    assert KioskSettings(adviser_pin_hash=made).adviser_pin_hash == made
    with pytest.raises(ValidationError):
        KioskSettings(adviser_pin_hash="2468")  # a PIN in clear is not a hash


@pytest.mark.parametrize("typed", ["١٢٣٤", "²³⁴⁵"])
def test_a_pin_of_digits_the_pad_lacks_gets_no_hash(monkeypatch, capsys, typed):
    """IT's PIN hasher took Arabic-Indic or superscript digits (digits to Python) and made a
    hash for ``adviser_pin_hash`` that no PIN typed on the pad (0 to 9) could ever match."""
    import io

    from hubkiosk.core import pin

    monkeypatch.setattr("sys.stdin", io.StringIO(typed + "\n"))
    assert pin.main() == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "0 to 9" in captured.err and typed not in captured.err


@pytest.mark.parametrize("command", [["--unlock-advisers"], ["--enrol", "http://127.0.0.1:9", "X"]])
def test_it_commands_refuse_a_bad_setting_plainly(tmp_path, capsys, monkeypatch, command):
    """``--enrol`` and ``--unlock-advisers`` read the settings outside their error handling:
    a wrong value (here the idle time from the environment) ended in a traceback."""
    monkeypatch.setenv("HUBKIOSK_IDLE_SECONDS", "soon")
    assert main(["--data-dir", str(tmp_path / "data"), *command]) == 1
    said = capsys.readouterr().err
    assert said.startswith("hubkiosk: ") and "HUBKIOSK_IDLE_SECONDS" in said, said
    assert "Traceback" not in said


@pytest.mark.parametrize("code", ["ABCD", "QZXW" * 17])
def test_an_enrolment_code_of_the_wrong_length_is_refused_without_quoting_it(
    tmp_path, capsys, code
):
    """``hubkiosk --enrol URL ABCD`` (a code under 6 or over 64 characters) gave a pydantic
    traceback quoting the code, where other enrolment errors are one line."""
    assert main(["--data-dir", str(tmp_path / "data"), "--enrol", "http://127.0.0.1:9", code]) == 1
    said = capsys.readouterr().err
    assert said.startswith("hubkiosk: enrolment failed: ") and said.count("\n") == 1, said
    assert "6 to 64 characters" in said and "QZXW" not in said and "ABCD" not in said


@pytest.mark.parametrize("url", ["notaurl", "hubs.example.org", "ftp://127.0.0.1:9"])
def test_an_enrolment_address_without_https_says_what_an_address_looks_like(tmp_path, capsys, url):
    """``hubkiosk --enrol notaurl CODE`` said "cannot reach notaurl (MissingSchema)": the
    address lacks its https://, which IT is told in plain words (QA)."""
    assert main(["--data-dir", str(tmp_path / "data"), "--enrol", url, "ABCD-EFGH-JKLM"]) == 1
    said = capsys.readouterr().err
    assert said.startswith("hubkiosk: enrolment failed: ") and said.count("\n") == 1, said
    assert "https://" in said and "MissingSchema" not in said and "cannot reach" not in said


def test_unlocking_a_data_dir_with_no_store_is_refused_not_made(tmp_path, capsys):
    """A mistyped ``--data-dir`` made a new store there and said adviser sign-in "was not
    locked": IT believed the kiosk unlocked."""
    typo = tmp_path / "typo"
    assert main(["--data-dir", str(typo), "--unlock-advisers"]) == 1
    said = capsys.readouterr().err
    assert f"no kiosk store in {typo}" in said, said
    assert not typo.exists()


def five_wrong_pins(it_kiosk, qtbot, click):
    """A kiosk whose PIN pad took five wrong PINs in a row: the first wait, 30 seconds; the
    kiosk and its PIN screen."""
    kiosk = it_kiosk()
    for _ in range(5):
        message = try_pin(kiosk, qtbot, click, WRONG_PIN)
    assert message == "Too many wrong PINs. Try again in 30 seconds."
    return kiosk, kiosk.window.screens[ScreenId.ADVISER_PIN]


def test_the_pin_delay_counts_down_and_clears_when_it_is_over(it_kiosk, qtbot, click, clock: Clock):
    """QA: 45 seconds after "Too many wrong PINs. Try again in 30 seconds." the screen still
    said 30 seconds, though the PIN worked again. It counts down on the kiosk's clock, and
    says nothing once the wait is over."""
    kiosk, screen = five_wrong_pins(it_kiosk, qtbot, click)
    clock.advance(12)
    qtbot.waitUntil(lambda: "Try again in 18 seconds." in screen.message.text(), timeout=5000)
    clock.advance(17)
    qtbot.waitUntil(lambda: "Try again in 1 second." in screen.message.text(), timeout=5000)
    clock.advance(16)  # 45 seconds in
    qtbot.waitUntil(lambda: screen.message.text() == "", timeout=5000)
    assert try_pin(kiosk, qtbot, click, IT_PIN) == "", "the PIN works again"


def test_a_wait_of_minutes_is_said_in_minutes(it_kiosk, qtbot, click, clock: Clock):
    """QA s38: after the ninth wrong PIN in a row the PIN screen said "Too many wrong PINs.
    Try again in 480 seconds." A wait of a minute or more is said in minutes (rounded up),
    and counts down to seconds in its last minute, in the kiosk's language."""
    kiosk, screen = five_wrong_pins(it_kiosk, qtbot, click)
    waits = []
    for _ in range(4):
        clock.advance(10 * 60)
        waits.append(try_pin(kiosk, qtbot, click, WRONG_PIN))
    assert waits == [
        "Too many wrong PINs. Try again in 1 minute.",
        "Too many wrong PINs. Try again in 2 minutes.",
        "Too many wrong PINs. Try again in 4 minutes.",
        "Too many wrong PINs. Try again in 8 minutes.",
    ]
    # In the kiosk's language: Bengali's own digits and word for minutes.
    click(kiosk.window, "বাংলা")
    assert "৮ মিনিট" in screen.message.text()
    click(kiosk.window, "English")
    assert screen.message.text() == "Too many wrong PINs. Try again in 8 minutes."
    # It counts down: a part of a minute left is a minute more, the last minute in seconds.
    clock.advance(7 * 60 - 1)  # 61 seconds left
    qtbot.waitUntil(lambda: screen.message.text().endswith(" in 2 minutes."), timeout=5000)
    clock.advance(1)
    qtbot.waitUntil(lambda: screen.message.text().endswith(" in 1 minute."), timeout=5000)
    clock.advance(1)
    qtbot.waitUntil(lambda: screen.message.text().endswith(" in 59 seconds."), timeout=5000)
    clock.advance(59)
    qtbot.waitUntil(lambda: screen.message.text() == "", timeout=5000)
    assert try_pin(kiosk, qtbot, click, IT_PIN) == "", "the PIN works again"
