"""Never hear ourselves: the recogniser is deaf while BackTrainer speaks or beeps.

Every cue's instant and length are known (the cue schedule and the rendered phrase's
length from the speaker), so the window asks the gate to stay deaf from a cue's start to
its end plus a short tail (the room's echo, the audio stream's latency). Times are on the
same monotonic clock as the microphone's blocks.
"""

from __future__ import annotations

import threading

TAIL = 0.35
"""Seconds after the app's own sound ends during which it is still not listened to."""
KEEP = 60.0
"""Seconds a span is kept after it ended, behind the latest time asked about."""


class MuteGate:
    """Intervals of time when listening is off; safe to use from two threads."""

    def __init__(self, tail: float = TAIL) -> None:
        self.tail = tail
        self._lock = threading.Lock()
        self._spans: list[tuple[float, float]] = []

    def mute(self, start: float, length: float) -> None:
        """The app makes a sound from `start` for `length` seconds."""
        with self._lock:
            self._spans.append((start, start + length + self.tail))

    def clear(self) -> None:
        """The app fell silent at once (pause, stop): nothing more is coming."""
        with self._lock:
            self._spans.clear()

    def muted(self, start: float, end: float) -> bool:
        """True when any moment between `start` and `end` is muted. Spans long over are
        forgotten here, by the time asked about: a span handed over ahead of its sound (a
        whole session's cues, say) is kept until its time has come and gone. Forgetting
        them by the newest span's start, as before, dropped all but the last minute's
        spans of a session muted ahead, and its speech was heard ("30 seconds" as "pause")."""
        with self._lock:
            self._spans = [s for s in self._spans if s[1] >= start - KEEP]
            return any(a <= end and start <= b for a, b in self._spans)
