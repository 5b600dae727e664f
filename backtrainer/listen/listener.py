"""Capture and decoding off the UI thread: a worker reads the source, skips what the app
said itself (the mute gate), feeds the recogniser and hands each command to a callback.
`stop()` ends the worker and joins it, like the speech worker on quit."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from backtrainer.listen.mute import MuteGate
from backtrainer.listen.recognizer import Heard, Recognizer
from backtrainer.listen.source import AudioSource

log = logging.getLogger(__name__)

READ_TIMEOUT = 0.1


def listen(
    source: AudioSource,
    recognizer: Recognizer,
    on_heard: Callable[[Heard], None],
    gate: MuteGate | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> None:
    """Run until the source is finished or `should_stop()`; calls `on_heard` for every
    utterance, command or not, on this thread."""
    block_seconds = 0.0
    while not should_stop() and not source.finished:
        block = source.read(READ_TIMEOUT)
        if block is None:
            continue
        block_seconds = len(block.pcm) / 32000
        if gate is not None and gate.muted(block.end - block_seconds, block.end):
            recognizer.hear_own(block.pcm)  # no command, but the room is learnt from it
            continue
        for heard in recognizer.feed(block.pcm, block.end):
            on_heard(heard)


class Listener:
    """A worker thread running `listen`."""

    def __init__(
        self,
        source: AudioSource,
        recognizer: Recognizer,
        on_heard: Callable[[Heard], None],
        gate: MuteGate | None = None,
    ) -> None:
        self.source = source
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(recognizer, on_heard, gate), name="listen", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def _run(
        self, recognizer: Recognizer, on_heard: Callable[[Heard], None], gate: MuteGate | None
    ) -> None:
        try:
            listen(self.source, recognizer, on_heard, gate, self._stop.is_set)
        except Exception:
            log.exception("listening stopped")

    def stop(self) -> None:
        """End the worker and wait for it; the source is closed."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        self.source.close()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()
