"""Play pre-rendered phrases with QtMultimedia: the Speaker the app uses.

Rendering happens on the PhraseRenderer's worker thread; this side only starts and stops
playback of finished WAV files, which QtMultimedia does asynchronously, so no call here
blocks the UI thread. A new phrase cuts the one still playing: cues are scheduled not to
overlap, and a late cue is worse than a cut one. Beeps have a channel of their own, so a
tick and a spoken count on the same second do not cut each other.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from backtrainer.speech.renderer import PhraseRenderer
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.speech.wavfiles import sound_seconds, tick_wav

log = logging.getLogger(__name__)

STALE_AFTER = 1.0
"""Seconds past its due time after which a cue is dropped rather than spoken."""
EARLY_ENOUGH = 0.005
"""A cue given more than this ahead of its due time waits for it on a precise timer."""
DUE_SLACK = 0.0005
"""A waiting cue this close to its instant is run now: the timer has millisecond steps."""
MAX_LEAD = 0.15
"""Seconds, at most, that a phrase is started before its instant so that its onset (not
its first sample) lands on it: the caller hands cues over `SPEAK_AHEAD` (0.2 s) early.
espeak-ng's latest onsets, "three" and "five", are about 0.09 s in."""


class AudioChannel(Protocol):
    """One thing playing at a time; QtMultimedia in the app, a recorder in tests. A channel
    may state a `latency` (seconds from play() to sound), which the speaker leads by too,
    and have a `warm()`, called when a phrase is handed over ahead of its instant."""

    def preload(self, path: Path) -> None:
        """Get `path` ready so that a later play() starts at once."""
        ...

    def play(self, path: Path) -> None:
        """Stop what this channel plays and start `path`; returns at once."""
        ...

    def stop(self) -> None: ...

    def release(self) -> None:
        """Free the audio resources; the channel is not used again."""
        ...


class PrerenderedSpeaker(QObject):
    """Speaker: phrases rendered ahead by a PhraseRenderer, played on Qt's side.

    Lives in (and is called from) the UI thread. A phrase that is not rendered when its
    cue comes is rendered at once and played when ready, if the cue is still fresh by then.
    """

    _rendered = Signal(str, str)  # emitted on the worker thread, delivered queued

    def __init__(
        self,
        renderer: PhraseRenderer,
        voice: AudioChannel,
        tick: AudioChannel,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._voice = voice
        self._tick = tick
        self._clock = clock
        self._waiting: tuple[str, float] | None = None  # a cue waiting for its render
        # Cues given ahead of their time wait here, earliest first, on one precise timer:
        # a timer per cue, deleted later, raced its parent's deletion and crashed Qt.
        self._pending: list[tuple[float, int, Callable[[], None]]] = []
        self._queued = itertools.count()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._run_due)
        self._tick_path: Path | None = None
        self._lengths: dict[Path, float | None] = {}  # by file: a file never changes
        self._closed = False
        self._rendered.connect(self._on_rendered)
        renderer.on_rendered = self._emit_rendered

    @property
    def problem(self) -> str | None:
        return self._renderer.problem

    @property
    def renderer(self) -> PhraseRenderer:
        return self._renderer

    def prepare(self, phrases: Iterable[str]) -> None:
        self._renderer.render_all(list(phrases), replace=True)

    def is_ready(self, text: str) -> bool:
        return self._renderer.path_for(text) is not None or self._renderer.problem is not None

    def spoken_length(self, text: str) -> float | None:
        """Seconds from the start of the rendered phrase to the end of its last sound, in
        the current voice (read once, then remembered): a next phrase may start in the
        silence after the words. None for macOS's AIFF files, which `wave` cannot read:
        the estimate stands there."""
        path = self._renderer.path_for(text)
        if path is None:
            return None
        if path not in self._lengths:
            self._lengths[path] = sound_seconds(path)
        return self._lengths[path]

    def lead(self, text: str) -> float:
        """Seconds before its instant that `text` is started: where its rendered sound is
        heard to start (measured at rendering) plus the voice channel's own `latency`, if
        it states one; at most MAX_LEAD; 0.0 while unrendered."""
        path = self._renderer.path_for(text)
        if path is None:
            return 0.0
        latency = float(getattr(self._voice, "latency", 0.0))
        return min(MAX_LEAD, self._renderer.onset_of(path) + latency)

    def say(self, text: str, due: float) -> None:
        """Start `text` lead(text) before `due`, so that its onset lands on `due`: at once
        if that moment has passed (the onset is then late by the difference)."""
        if self._closed:
            return
        ahead = due - self.lead(text) - self._clock()
        if ahead > EARLY_ENOUGH:
            warm = getattr(self._voice, "warm", None)  # a stream closed while idle opens
            if warm is not None:
                warm()
            self._schedule(ahead, lambda: self._say_now(text, due))
            if self._renderer.path_for(text) is None:
                self._renderer.render_soon(text)
        else:
            self._say_now(text, due)

    def _say_now(self, text: str, due: float) -> None:
        if self._is_stale(due, text):
            return
        path = self._renderer.path_for(text)
        if path is None:
            log.info("cue %r was not rendered yet; rendering it now", text)
            self._waiting = (text, due)
            self._renderer.render_soon(text)
            return
        self._waiting = None
        self._voice.play(path)

    def beep(self, due: float) -> None:
        if self._closed:
            return
        ahead = due - self._clock()
        if ahead > EARLY_ENOUGH:
            self._schedule(ahead, lambda: self._beep_now(due))
        else:
            self._beep_now(due)

    def _beep_now(self, due: float) -> None:
        if self._is_stale(due, "beep"):
            return
        if self._tick_path is None:
            self._tick_path = tick_wav(self._renderer.cache_dir)
        self._tick.play(self._tick_path)

    def silence(self) -> None:
        self.withdraw()
        self._waiting = None
        self._voice.stop()
        self._tick.stop()

    def withdraw(self) -> None:
        self._pending.clear()
        self._timer.stop()

    def configure(self, settings: VoiceSettings) -> None:
        self._renderer.set_settings(settings)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.silence()
        self._renderer.on_rendered = None
        self._renderer.shutdown()
        self._voice.release()
        self._tick.release()

    def _schedule(self, delay: float, action: Callable[[], None]) -> None:
        """Run `action` after `delay` seconds, on a precise timer (coarse ones err by 5 %)."""
        heapq.heappush(self._pending, (time.monotonic() + delay, next(self._queued), action))
        self._arm()

    def _arm(self) -> None:
        if self._pending:
            wait = self._pending[0][0] - time.monotonic()
            self._timer.start(max(0, round(wait * 1000)))
        else:
            self._timer.stop()

    def _run_due(self) -> None:
        while self._pending and self._pending[0][0] <= time.monotonic() + DUE_SLACK:
            _at, _n, action = heapq.heappop(self._pending)
            action()  # may schedule more, or silence() and empty the queue
        self._arm()

    def _is_stale(self, due: float, what: str) -> bool:
        late = self._clock() - due
        if late > STALE_AFTER:
            log.info("dropped cue %r: %.2f s late", what, late)
            return True
        return False

    def _emit_rendered(self, text: str, path: Path) -> None:
        self._rendered.emit(text, str(path))

    @Slot(str, str)
    def _on_rendered(self, text: str, path_text: str) -> None:
        """On the UI thread: preload the new file, and play it if a cue waits for it."""
        if self._closed:
            return
        path = Path(path_text)
        self._voice.preload(path)
        if self._waiting is not None and self._waiting[0] == text:
            _text, due = self._waiting
            self._waiting = None
            if not self._is_stale(due, text):
                self._voice.play(path)
