"""The plain way: `engine.say()` + `runAndWait()` per cue on one worker thread.

Not used by the app; kept for benchmarks/cue_latency.py, as the baseline the pre-rendered
speaker is measured against, and as a record of why the app does not speak this way. On
Linux the espeak driver synthesises the whole phrase first, then plays it with a blocking
`aplay` subprocess: every cue pays synthesis plus process start-up, `stop()` cannot cut a
phrase short, and a cue that comes while one is playing waits for it to end.
Worse, `runAndWait()` returns about 10 ms after synthesis starts, while espeak's own
thread goes on to play: the next cue passes the staleness check here and then queues
inside espeak behind the phrase still playing, so it can still sound late.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterable

from backtrainer.speech.engine import (
    EngineFactory,
    TtsEngine,
    apply_settings,
    default_engine_factory,
    engine_problem,
)
from backtrainer.speech.speaker import VoiceSettings

log = logging.getLogger(__name__)

STALE_AFTER = 1.0


class DirectSpeaker:
    """Speaker that synthesises and plays each cue when it comes, dropping stale ones."""

    def __init__(
        self,
        settings: VoiceSettings,
        *,
        engine_factory: EngineFactory = default_engine_factory,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._factory = engine_factory
        self._clock = clock
        self._lock = threading.Condition()
        self._queue: collections.deque[tuple[str, float]] = collections.deque()
        self._stopping = False
        self._busy = False
        self._loaded = False
        self._problem: str | None = None
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name="backtrainer-say", daemon=False)

    def start(self, timeout: float = 10.0) -> str | None:
        """Start the worker; wait until the engine has loaded. Returns the problem, if any."""
        self._thread.start()
        with self._lock:
            self._lock.wait_for(lambda: self._loaded, timeout)
            return self._problem

    @property
    def problem(self) -> str | None:
        with self._lock:
            return self._problem

    def prepare(self, phrases: Iterable[str]) -> None:
        pass  # nothing can be done ahead: that is the point of this backend

    def spoken_length(self, text: str) -> float | None:
        return None  # not known before it is said

    def say(self, text: str, due: float) -> None:
        with self._lock:
            if self._stopping or self._problem is not None:
                return
            self._queue.append((text, due))
            self._lock.notify_all()

    def lead(self, text: str) -> float:
        return 0.0  # speaks when a cue is handed over; its onset is not known ahead

    def withdraw(self) -> None:
        pass  # nothing is held for later

    def beep(self, due: float) -> None:
        pass

    def silence(self) -> None:
        """Forgets queued cues; a phrase already in `aplay` plays to its end."""
        with self._lock:
            self._queue.clear()

    def shutdown(self) -> None:
        with self._lock:
            self._stopping = True
            self._queue.clear()
            self._lock.notify_all()
        if self._thread.is_alive():
            self._thread.join()

    def wait_idle(self, timeout: float) -> bool:
        """Block until every cue given so far is spoken or dropped (tests, benchmarks)."""
        with self._lock:
            return self._lock.wait_for(lambda: not (self._queue or self._busy), timeout)

    def _run(self) -> None:
        engine = self._load()
        while engine is not None:
            with self._lock:
                self._busy = False
                self._lock.notify_all()
                self._lock.wait_for(lambda: self._stopping or bool(self._queue))
                if self._stopping:
                    break
                self._busy = True
                text, due = self._queue.popleft()
            late = self._clock() - due
            if late > STALE_AFTER:
                log.info("dropped cue %r: %.2f s late", text, late)
                self.dropped += 1
                continue
            try:
                engine.say(text)
                engine.runAndWait()
            except Exception:
                # As text: a kept traceback would keep the dead engine alive.
                log.warning("speaking %r failed; new engine\n%s", text, traceback.format_exc())
                with contextlib.suppress(Exception):
                    engine.stop()
                engine = None  # freed now, before its successor takes espeak's callback
                engine = self._load()
        engine = None
        with self._lock:
            self._busy = False
            self._queue.clear()
            self._lock.notify_all()

    def _load(self) -> TtsEngine | None:
        try:
            engine = self._factory()
            apply_settings(engine, self._settings)
        except Exception as exc:
            engine = None
            with self._lock:
                self._problem = engine_problem(exc)
        with self._lock:
            self._loaded = True
            self._lock.notify_all()
        return engine
