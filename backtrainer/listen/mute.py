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
"""Spans that ended this long before what the listener has reached are forgotten."""


class MuteGate:
    """Intervals of time when listening is off; safe to use from two threads."""

    def __init__(self, tail: float = TAIL) -> None:
        self.tail = tail
        self._lock = threading.Lock()
        self._spans: list[tuple[float, float]] = []
        self._heard_until = float("-inf")
        """The end of the latest block asked about: what the listener has reached."""

    def mute(self, start: float, length: float) -> None:
        """The app makes a sound from `start` for `length` seconds (now, or later: a
        sound scheduled ahead stays muted however far ahead it is)."""
        with self._lock:
            self._spans.append((start, start + length + self.tail))
            # Forget only what the listener has passed long ago: pruning by the newest
            # sound's start dropped the spans of sounds scheduled before it but not yet
            # heard, and a whole session muted ahead was heard from its start.
            self._spans = [s for s in self._spans if s[1] >= self._heard_until - KEEP]

    def clear(self) -> None:
        """The app fell silent at once (pause, stop): nothing more is coming."""
        with self._lock:
            self._spans.clear()

    def muted(self, start: float, end: float) -> bool:
        """True when any moment between `start` and `end` is muted."""
        with self._lock:
            self._heard_until = max(self._heard_until, end)
            return any(a <= end and start <= b for a, b in self._spans)
