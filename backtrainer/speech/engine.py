"""What the speech workers need from pyttsx3, in one place.

The engine is reached only through the small `TtsEngine` protocol so that tests inject a
fake and never load espeak. Also here: the platform-specific advice shown when no engine
loads, and a way to hush the espeak driver's "Audio saved to ..." print.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, Protocol, TextIO

from backtrainer.speech.speaker import VoiceSettings


class TtsEngine(Protocol):
    """The part of `pyttsx3.Engine` BackTrainer uses."""

    def save_to_file(self, text: str, filename: str) -> None: ...
    def say(self, text: str) -> None: ...
    def runAndWait(self) -> None: ...
    def setProperty(self, name: str, value: Any) -> None: ...
    def getProperty(self, name: str) -> Any: ...
    def stop(self) -> None: ...
    def connect(self, topic: str, cb: Callable[..., None]) -> Any: ...
    def disconnect(self, token: Any) -> None: ...


EngineFactory = Callable[[], TtsEngine]


def default_engine_factory() -> TtsEngine:
    """A new pyttsx3 engine for the platform's default driver.

    Not `pyttsx3.init()`: that hands out one shared engine per driver, so after a failed
    run loop it would return the same stuck engine again.
    """
    from pyttsx3.engine import Engine

    engine: TtsEngine = Engine()
    return engine


def save_and_wait(engine: TtsEngine, text: str, filename: str, timeout: float = 30.0) -> None:
    """`save_to_file()` + `runAndWait()`, returning only once the file is written.

    The espeak driver's run loop ends about 10 ms after synthesis starts, while espeak
    goes on synthesising in its own thread and writes the file (and prints "Audio saved
    to ...") later: measured, a six-sentence phrase was written 45 ms in, after
    `runAndWait()` had returned. It reports "finished-utterance" once the file is
    written, so wait for that whenever "started-utterance" came without it. (SAPI5's and
    macOS's drivers save within the run loop and report no start for a save.)
    """
    started, finished = threading.Event(), threading.Event()
    tokens = [
        engine.connect("started-utterance", lambda **_kw: started.set()),
        engine.connect("finished-utterance", lambda **_kw: finished.set()),
    ]
    try:
        engine.save_to_file(text, filename)
        engine.runAndWait()
        if started.is_set() and not finished.wait(timeout):
            raise TimeoutError(f"the engine did not finish writing {filename} in {timeout} s")
    finally:
        for token in tokens:
            engine.disconnect(token)


def apply_settings(engine: TtsEngine, settings: VoiceSettings) -> None:
    if settings.voice is not None:
        engine.setProperty("voice", settings.voice)
    elif settings.language is not None:
        voice = voice_for(engine, settings.language)
        if voice is not None:
            engine.setProperty("voice", voice)
    engine.setProperty("rate", settings.rate)
    engine.setProperty("volume", settings.volume)


def settings_hold(engine: TtsEngine, settings: VoiceSettings) -> bool:
    """Whether the engine reports the rate and volume of `settings` as its own.

    pyttsx3's espeak driver can lose them: espeak-ng queues a rate or volume change
    behind whatever it is still doing, and the driver's end of loop, pumped right after
    the change, calls `espeak_Cancel()` when espeak is busy, which empties that queue.
    The phrase is then said at the previous rate (measured: the first phrases of one
    fresh engine in ten came out at the driver's default, 200 words a minute, instead
    of 170). The voice is set synchronously and is not lost. A driver that cannot report
    its settings counts as holding them.
    """
    try:
        rate = float(engine.getProperty("rate"))
        volume = float(engine.getProperty("volume"))
    except Exception:
        return True
    return abs(rate - settings.rate) < 0.5 and abs(volume - settings.volume) < 0.006


def list_voices(engine: TtsEngine, language: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of every voice the engine offers, sorted by name; those that speak
    `language` first, its closest first ("de" before "de-ch")."""
    voices = engine.getProperty("voices") or []
    found = [
        (_fit(v, language), str(v.name or v.id).casefold(), str(v.id), str(v.name or v.id))
        for v in voices
    ]
    return [(voice_id, name) for _fit_rank, _key, voice_id, name in sorted(found)]


def voice_for(engine: TtsEngine, language: str) -> str | None:
    """The voice to speak `language` in when the user chose none: the engine's current
    voice if it speaks it (English keeps espeak-ng's default), else the closest voice
    that does; None when no voice speaks it."""
    voices = engine.getProperty("voices") or []
    current = str(engine.getProperty("voice") or "")
    speaking = [v for v in voices if _fit(v, language) < _NOT_SPOKEN]
    if any(str(v.id) == current for v in speaking):
        return current
    ranked = sorted(speaking, key=lambda v: (_fit(v, language), str(v.name or v.id).casefold()))
    return str(ranked[0].id) if ranked else None


_NOT_SPOKEN = 4


def _fit(voice: Any, language: str | None) -> int:
    """How well `voice` speaks `language`: 0 its plain code ("de"), 1 its own country
    ("fr-fr"), 2 another country ("fr-be"), 3 a variant ("es-419", "en-gb-x-rp"),
    _NOT_SPOKEN another language. pyttsx3 gives tags as "fr-fr" (espeak), "de_DE"
    (macOS) or bytes."""
    if language is None:
        return _NOT_SPOKEN
    best = _NOT_SPOKEN
    for raw in getattr(voice, "languages", None) or []:
        text = raw.decode("ascii", "ignore") if isinstance(raw, bytes) else str(raw)
        tag = text.strip("\x00\x05 ").lower().replace("_", "-")
        parts = tag.split("-")
        if parts[0] != language:
            continue
        if len(parts) == 1:
            rank = 0
        elif parts[1:] == [language]:
            rank = 1
        else:
            rank = 2 if len(parts) == 2 and len(parts[1]) == 2 else 3
        best = min(best, rank)
    return best


def engine_problem(exc: BaseException, platform: str = sys.platform) -> str:
    """What to tell the user when no engine loads: what failed and what to install."""
    detail = f"{type(exc).__name__}: {exc}"
    if platform.startswith("win"):
        advice = (
            "Windows has voices built in (Settings > Time & language > Speech); "
            "reinstalling BackTrainer restores its speech support (comtypes)."
        )
    elif platform == "darwin":
        advice = (
            "macOS has voices built in (System Settings > Accessibility > Spoken Content); "
            "reinstalling BackTrainer restores its speech support (pyobjc)."
        )
    else:
        advice = (
            "Install espeak-ng (sudo apt-get install espeak-ng alsa-utils on Debian/Ubuntu, "
            "sudo dnf install espeak-ng on Fedora), then restart BackTrainer."
        )
    return f"No speech engine could be loaded ({detail}). {advice}"


class _NoticeFilter:
    """Passes writes through to `target`, less pyttsx3's "Audio saved to ..." lines.

    Filtered by content, not by thread: the espeak driver prints from espeak's own
    synthesis thread, not from the thread that called `runAndWait()`.
    """

    def __init__(self, target: TextIO) -> None:
        self.target = target
        self.users = 0
        self._drop_newline = False

    def write(self, text: str) -> int:
        if text.startswith(SAVED_NOTICE):
            self._drop_newline = True  # print() writes the "\n" separately
            return len(text)
        if self._drop_newline and text == "\n":
            self._drop_newline = False
            return len(text)
        self._drop_newline = False
        return self.target.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.target, name)


SAVED_NOTICE = "Audio saved to "
_hush_lock = threading.Lock()


@contextlib.contextmanager
def hushed_save_notice() -> Iterator[None]:
    """Drop the espeak driver's "Audio saved to ..." print while the block runs; anything
    else printed meanwhile goes through (contextlib.redirect_stdout would swallow it)."""
    with _hush_lock:
        stream = sys.stdout
        if stream is None:  # a windowed app on Windows: prints vanish anyway
            installed = None
        else:
            if not isinstance(stream, _NoticeFilter):
                stream = _NoticeFilter(stream)
                sys.stdout = stream
            stream.users += 1
            installed = stream
    try:
        yield
    finally:
        with _hush_lock:
            if installed is not None:
                installed.users -= 1
                if not installed.users and sys.stdout is installed:
                    sys.stdout = installed.target
