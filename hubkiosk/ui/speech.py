"""The kiosk's one speech path: read a screen aloud, and announce calls on the hall display.

Many residents do not read well or do not see the screen well. "Read aloud" (top bar)
reads the current screen's heading, main text and choices in the resident's language:

1. a recorded prompt when the council supplies one: ``<data dir>/prompts/<lang>/<id>.wav``
   where ``<id>`` is the screen's id (``home``, ``queue``, ``ticket_confirm``,
   ``ticket_issued``, ``survey``...); council recordings read better than a synthetic voice;
2. otherwise QtTextToSpeech, when the machine has a voice for the language (espeak-ng
   voices through speech-dispatcher on Debian);
3. otherwise nothing is spoken, and the screen says so, in that language.

The calling display (``hubkiosk/ui/display.py``) speaks its calls through the same
:class:`Speaker`. The engine is injectable: anything with QTextToSpeech's ``say``,
``stop``, ``setLocale``, ``availableLocales`` and ``state`` (tests use a small mock).
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject, Signal

log = logging.getLogger(__name__)


class SpeechEngine(Protocol):
    """What the speaker needs of a text-to-speech engine (QTextToSpeech has it)."""

    def say(self, text: str) -> None: ...

    def stop(self, *args: Any) -> None: ...

    def setLocale(self, locale: QLocale) -> None: ...  # noqa: N802 (Qt API)

    def availableLocales(self) -> list[QLocale]: ...  # noqa: N802 (Qt API)

    def state(self) -> Any: ...


def prompt_path(prompts_dir: Path, language: str, prompt_id: str) -> Path:
    """Where a council's recording of ``prompt_id`` in ``language`` lives."""
    return prompts_dir / language / f"{prompt_id}.wav"


class Speaker(QObject):
    """Speaks text in a language, or plays the council's recording of it.

    Signals:
        spoken(str, str): text handed to the voice (text, language code).
        prompt_played(str): a recorded prompt started (its path).
    """

    spoken = Signal(str, str)
    prompt_played = Signal(str)

    def __init__(
        self,
        prompts_dir: Path | None = None,
        engine: SpeechEngine | None = None,
        engine_name: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompts_dir = prompts_dir
        self._engine: SpeechEngine | None = engine
        self._engine_name = engine_name
        self._engine_failed = False
        self._player: QObject | None = None
        self._audio: QObject | None = None
        self._pending: deque[tuple[str, QLocale, str]] = deque()

    # The engine ---------------------------------------------------------------------------
    def use_engine(self, engine: SpeechEngine) -> None:
        """Speak through ``engine`` from now on (tests inject a mock here)."""
        self._engine = engine
        self._engine_failed = False

    @property
    def engine(self) -> SpeechEngine | None:
        """The engine, made on first use; None where text-to-speech cannot load."""
        if self._engine is None and not self._engine_failed:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                name = self._engine_name
                tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
                tts.stateChanged.connect(self._next)
                self._engine = tts
            except (ImportError, RuntimeError) as exc:
                log.warning("speech: no text-to-speech engine (%s)", exc)
                self._engine_failed = True
        return self._engine

    def engine_works(self, engine: SpeechEngine) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(engine.state() != QTextToSpeech.State.Error)

    def locale_for(self, language: str) -> QLocale | None:
        """The voice's locale for ``language`` (British English for English), or None."""
        engine = self.engine
        if engine is None or not self.engine_works(engine):
            return None
        wanted = QLocale(language).language()
        matching = [loc for loc in engine.availableLocales() if loc.language() == wanted]
        if not matching:
            return None
        british = [loc for loc in matching if loc.territory() == QLocale.Country.UnitedKingdom]
        return (british or matching)[0]

    def has_voice(self, language: str) -> bool:
        return self.locale_for(language) is not None

    # Speaking -----------------------------------------------------------------------------
    def say(self, text: str, language: str) -> bool:
        """Speak ``text`` in ``language`` after what is already queued; False (silence)
        when there is no voice for it."""
        locale = self.locale_for(language)
        if locale is None or not text.strip():
            return False
        self._pending.append((text, locale, language))
        self._next()
        return True

    def interrupt(self) -> None:
        """Stop speaking and forget what was queued (the resident asked for something new)."""
        self._pending.clear()
        engine = self._engine
        if engine is not None:
            engine.stop()
        if self._player is not None:
            self._player.stop()  # type: ignore[attr-defined]

    def _next(self, *_: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._engine
        if engine is None or not self._pending:
            return
        if engine.state() not in (QTextToSpeech.State.Ready, None):
            return
        text, locale, language = self._pending.popleft()
        engine.setLocale(locale)
        engine.say(text)
        self.spoken.emit(text, language)

    # Recorded prompts -----------------------------------------------------------------------
    def find_prompt(self, language: str, prompt_id: str) -> Path | None:
        if self.prompts_dir is None:
            return None
        path = prompt_path(self.prompts_dir, language, prompt_id)
        return path if path.is_file() else None

    def play_prompt(self, language: str, prompt_id: str) -> bool:
        """Play the council's recording of ``prompt_id`` in ``language``, if it supplied one."""
        path = self.find_prompt(language, prompt_id)
        if path is None:
            return False
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:
            log.warning("speech: cannot play recorded prompts (%s)", exc)
            return False
        self.interrupt()
        if self._player is None:
            player = QMediaPlayer(self)
            audio = QAudioOutput(self)
            player.setAudioOutput(audio)
            self._player, self._audio = player, audio
        from PySide6.QtCore import QUrl  # its enums are not needed before the first paint

        self._player.setSource(QUrl.fromLocalFile(str(path)))  # type: ignore[attr-defined]
        self._player.play()  # type: ignore[attr-defined]
        self.prompt_played.emit(str(path))
        return True
