"""Fakes for the speech tests: an engine that behaves like pyttsx3 2.99's espeak engine
where it matters, and an audio channel that records instead of playing."""

from __future__ import annotations

import array
import threading
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from backtrainer.speech.engine import TtsEngine

# What QtMultimedia logs the first time it loads on a machine without PipeWire, VA-API or
# a running sound server; none of it is ours to fix.
MULTIMEDIA_NOISE = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) .* (library|symbols)",
    r"PulseAudioService: pa_context_connect\(\) failed",
)


VOICES = [("en", "English"), ("de", "German")]
LEAD_SILENCE = 441
"""Frames of zeros the fake puts before each phrase (20 ms at 22050 Hz), like espeak."""
SOUND_FRAMES = 2205
"""Frames of "speech" after them (100 ms)."""


TRAIL_SILENCE = 6615
"""espeak-ng ends every phrase with about 0.3 s of silence after the words."""


def write_fake_wav(path: Path, text: str) -> None:
    sound = [1000 + len(text)] * SOUND_FRAMES
    samples = array.array("h", [0] * LEAD_SILENCE + sound + [0] * TRAIL_SILENCE)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(samples.tobytes())


@dataclass
class EngineRecord:
    """What every engine made by one FakeEngineFactory did."""

    saved: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """(text, properties in force) of each file written."""
    spoken: list[str] = field(default_factory=list)
    utterances_per_run: list[int] = field(default_factory=list)
    fail_texts: set[str] = field(default_factory=set)
    gate: threading.Event = field(default_factory=threading.Event)
    """runAndWait waits for this (set by default), so a test can hold the worker."""
    entered: threading.Event = field(default_factory=threading.Event)
    """Set whenever runAndWait starts waiting at the gate."""
    threads: set[int] = field(default_factory=set)
    write_late: bool = False
    """Like espeak with a long phrase: runAndWait returns before the file is written,
    which happens (on another thread) once `release_write` is set."""
    release_write: threading.Event = field(default_factory=threading.Event)
    returned: threading.Event = field(default_factory=threading.Event)
    """Set whenever runAndWait returns."""
    lose_rate: int = 0
    """Rate changes still to be lost, like espeak's when the driver cancels them."""

    def __post_init__(self) -> None:
        self.gate.set()


class FakeEngine:
    def __init__(self, record: EngineRecord) -> None:
        self.record = record
        self.props: dict[str, Any] = {"voice": "en", "rate": 200, "volume": 1.0}
        self._pending: list[tuple[str, str | None]] = []
        self._save_file: str | None = None
        self._callbacks: dict[str, list[Callable[..., None]]] = {}
        self.stuck = False

    def connect(self, topic: str, cb: Callable[..., None]) -> tuple[str, Callable[..., None]]:
        self._callbacks.setdefault(topic, []).append(cb)
        return (topic, cb)

    def disconnect(self, token: tuple[str, Callable[..., None]]) -> None:
        topic, cb = token
        self._callbacks[topic].remove(cb)

    def _notify(self, topic: str) -> None:
        for cb in list(self._callbacks.get(topic, [])):
            cb(name=None)

    def save_to_file(self, text: str, filename: str) -> None:
        self._pending.append((text, filename))

    def say(self, text: str) -> None:
        self._pending.append((text, None))

    def runAndWait(self) -> None:
        self.record.threads.add(threading.get_ident())
        try:
            self._run_and_wait()
        finally:
            self.record.returned.set()

    def _run_and_wait(self) -> None:
        if self.stuck:
            raise RuntimeError("run loop already started")
        pending, self._pending = self._pending, []
        self.record.utterances_per_run.append(len(pending))
        if not pending:
            return
        self.record.entered.set()
        assert self.record.gate.wait(10), "test never opened the gate"
        text, filename = pending[-1]  # like pyttsx3: only the last one is produced
        if text in self.record.fail_texts:
            self.stuck = True  # like pyttsx3: the loop never ends, for good
            raise RuntimeError(f"synthesis of {text!r} failed")
        if filename is not None:
            self._save_file = filename
        if self._save_file is None:
            self.record.spoken.append(text)
            return
        self._notify("started-utterance")
        # espeak synthesises, writes, prints and reports on a thread of its own.
        synth = threading.Thread(target=self._synthesise, args=(text, self._save_file))
        synth.start()
        if not self.record.write_late:
            synth.join()

    def _synthesise(self, text: str, filename: str) -> None:
        if self.record.write_late:
            assert self.record.release_write.wait(10), "test never released the write"
        write_fake_wav(Path(filename), text)
        self.record.saved.append((text, dict(self.props)))
        print(f"Audio saved to {filename}")
        self._notify("finished-utterance")

    def setProperty(self, name: str, value: Any) -> None:
        if name == "rate" and self.record.lose_rate > 0:
            self.record.lose_rate -= 1
            return
        self.props[name] = value

    def getProperty(self, name: str) -> Any:
        if name == "voices":
            return [SimpleNamespace(id=i, name=n) for i, n in VOICES]
        return self.props[name]

    def stop(self) -> None:
        pass


class FakeEngineFactory:
    def __init__(self, load_error: Exception | None = None) -> None:
        self.record = EngineRecord()
        self.engines: list[FakeEngine] = []
        self.load_error = load_error

    def __call__(self) -> TtsEngine:
        if self.load_error is not None:
            raise self.load_error
        engine = FakeEngine(self.record)
        self.engines.append(engine)
        return engine


class FakeChannel:
    """Records what would be heard; `playing` is what a real channel would be playing."""

    def __init__(self) -> None:
        self.played: list[Path] = []
        self.preloaded: list[Path] = []
        self.stops = 0
        self.playing: Path | None = None
        self.released = False

    def preload(self, path: Path) -> None:
        self.preloaded.append(path)

    def play(self, path: Path) -> None:
        self.played.append(path)
        self.playing = path

    def stop(self) -> None:
        self.stops += 1
        self.playing = None

    def release(self) -> None:
        self.released = True
