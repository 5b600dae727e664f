"""One audio stream opened once and kept for the channel's life, fed on a thread of its own.

Measured with benchmarks/cue_latency.py (PySide6 6.11.3, PulseAudio null sink): from a
cue's due time to its sound, QSoundEffect takes 42 ms (p95 43). Most of that is not the
new stream it opens at every play() but the server-side buffer Qt asks for, about 35 ms
(1024 frames) whatever QAudioSink.setBufferSize() says; a stream opened per play() only
adds a few ms more. `StreamChannel` therefore:

- opens one QAudioSink, with PulseAudio's buffer set to PULSE_LATENCY_MS (libpulse reads
  PULSE_LATENCY_MSEC when a stream connects; it is set only around that call, so other
  streams of the process keep their own), and states that latency (`LATENCY`), which the
  speaker starts each phrase early by: cues are handed over ahead of their instant;
- feeds it in pull mode from a `PhraseSource` (a QBuffer: no Python in the reads) that
  offers the current phrase's bytes and nothing at all between phrases. Qt then plays
  silence by itself and its ring buffer stays empty, so a new phrase does not queue
  behind buffered silence. (A source that returned silence instead keeps the ring full of
  it: every millisecond of ring was a millisecond more before the cue.)
- corks the stream (QAudioSink.suspend) SUSPEND_AFTER_MS after a phrase has drained
  (seen by a timer at the phrase's end, as no read tells): an open stream wakes its
  thread at every server request, hundreds of times a second. The silence after each
  phrase's words (0.3 s from espeak-ng) is not played, for the same reason
  (`pcm.trim_trailing_silence`).
- closes the stream CLOSE_AFTER_MS after corking it (even corked, an open stream costs
  the server), and opens it again when a cue is handed over ahead (warm()) or played;
- owns the sink, the source and the cork timers on a thread of its own
  (`stream_feeder.StreamFeeder` on "backtrainer-audio", a `threads.loop.LoopThread`),
  which is where Qt pulls the source. Fed from the UI thread, a UI stall longer than the
  ring (BUFFER_MS) plus the server's buffer left a gap inside a word (cue_latency.py
  --busy-ms 60: 24 of 24 phrases); fed here, none. play() and stop() reach it as queued
  calls; release() stops it and joins it.

The ring is also how long a phrase goes on after stop() or after a new play() cuts it,
since bytes in the ring stay.
"""

from __future__ import annotations

import logging
import wave
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioSink, QMediaDevices

from backtrainer.speech.pcm import decode_wav, sink_format, trim_trailing_silence
from backtrainer.speech.phrase_source import PhraseSource
from backtrainer.speech.stream_feeder import (
    BUFFER_MS,
    CLOSE_AFTER_MS,
    PULSE_LATENCY_MS,
    SUSPEND_AFTER_MS,
    StreamFeeder,
)
from backtrainer.threads.loop import LoopThread

__all__ = ["BUFFER_MS", "PULSE_LATENCY_MS", "PhraseSource", "StreamChannel"]

log = logging.getLogger(__name__)

LATENCY = 0.0245
"""Seconds from play() to the first sample played by the sound server with a buffer of
PULSE_LATENCY_MS, as the speaker should lead by it: measured on a PulseAudio null sink
(benchmarks/cue_latency.py, 24 rhythm cues), the perceptual onset came 7.9 ms (median)
after its instant with 15 ms here, 19.4 ms with 5 ms and both cores busy; with 21 ms,
4.1, 3.8 and 2.8 ms after it (3 runs of 48 cues, a quiet machine), hence 3.5 ms more.
The speaker starts phrases this much earlier. A sound card adds its own."""
OPEN_TIMEOUT = 5.0
"""Seconds to wait for the audio thread to open its stream."""


class StreamChannel(QObject):
    """Plays preloaded phrases through one QAudioSink that stays open (see the module).

    Used from the UI thread. Check `problem` after making it: not None when the sink
    could not be opened, and the caller should use another channel. Keeps the PCM of the
    `limit` most recent phrases.
    """

    _play = Signal(int, object)
    _warm = Signal()
    _stop = Signal()
    _release = Signal()
    latency = LATENCY

    def __init__(
        self,
        device: QAudioDevice | None = None,
        *,
        buffer_ms: float = BUFFER_MS,
        pulse_latency_ms: int | None = PULSE_LATENCY_MS,
        suspend_after_ms: int = SUSPEND_AFTER_MS,
        close_after_ms: int = CLOSE_AFTER_MS,
        limit: int = 256,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        device = QMediaDevices.defaultAudioOutput() if device is None else device
        self._format = sink_format(device)
        self._limit = limit
        self._pcm: OrderedDict[Path, bytes] = OrderedDict()
        self._released = False
        self._number = 0
        self._playing = False
        self._feeder = StreamFeeder(device, self._format, buffer_ms, pulse_latency_ms)
        self._feeder.suspend_after_ms = suspend_after_ms
        self._feeder.close_after_ms = close_after_ms
        self._thread = LoopThread()
        self._thread.setObjectName("backtrainer-audio")
        self._feeder.moveToThread(self._thread)
        self._thread.started.connect(self._feeder.open)
        self._play.connect(self._feeder.play)
        self._warm.connect(self._feeder.warm)
        self._stop.connect(self._feeder.stop)
        self._release.connect(self._feeder.release)
        self._feeder.finished.connect(self._finished)
        self._thread.start()
        if not self._feeder.opened.wait(OPEN_TIMEOUT):
            log.warning("the audio thread did not open its stream in %g s", OPEN_TIMEOUT)
        if (problem := self.problem) is not None:
            log.warning("could not open an audio stream: %s", problem)

    @property
    def problem(self) -> str | None:
        """Why the stream is not usable, or None while it is (running or corked)."""
        if self._released:
            return "released"
        return self._feeder.problem if self._feeder.opened.is_set() else "not opened"

    @property
    def sink(self) -> QAudioSink | None:
        """The sink, which lives on the audio thread (benchmarks read its buffer size)."""
        return self._feeder.sink

    @property
    def playing(self) -> bool:
        """Whether a phrase is still being handed to the sink."""
        return self._playing

    def preload(self, path: Path) -> None:
        self._pcm_for(path)

    def warm(self) -> None:
        """A phrase will be played soon: open the stream if it was closed for idling."""
        if not self._released:
            self._warm.emit()

    def play(self, path: Path) -> None:
        if self._released:
            return
        pcm = self._pcm_for(path)  # read now if it was not preloaded (a small local file)
        if pcm is None:
            self.stop()
            return
        self._number += 1
        self._playing = True
        self._play.emit(self._number, pcm)

    def stop(self) -> None:
        if self._released:
            return
        self._number += 1
        self._playing = False
        self._stop.emit()

    def release(self) -> None:
        """Stop the stream and join the audio thread."""
        if self._released:
            return
        self._released = True
        self._playing = False
        if self._thread.isRunning():
            self._release.emit()
            if not self._thread.wait(round(OPEN_TIMEOUT * 1000)):
                log.warning("the audio thread did not end in %g s", OPEN_TIMEOUT)
        self._pcm.clear()

    @Slot(int)
    def _finished(self, number: int) -> None:
        if number == self._number:
            self._playing = False

    def _pcm_for(self, path: Path) -> bytes | None:
        pcm = self._pcm.get(path)
        if pcm is not None:
            self._pcm.move_to_end(path)
            return pcm
        try:
            pcm = trim_trailing_silence(decode_wav(path, self._format), self._format)
        except (wave.Error, EOFError, OSError) as exc:
            log.warning("could not load %s for playback: %s", path, exc)
            return None
        self._pcm[path] = pcm
        while len(self._pcm) > self._limit:
            self._pcm.popitem(last=False)
        return pcm
