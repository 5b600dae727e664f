"""One audio stream opened once and kept for the channel's life, fed on a thread of its own.

Measured with benchmarks/cue_latency.py (PySide6 6.11.3, PulseAudio null sink): from a
cue's due time to its sound, QSoundEffect takes 42 ms (p95 43). Most of that is not the
new stream it opens at every play() but the server-side buffer Qt asks for, about 35 ms
(1024 frames) whatever QAudioSink.setBufferSize() says; a stream opened per play() only
adds a few ms more. `StreamChannel` therefore:

- opens one QAudioSink, with PulseAudio's buffer cut to PULSE_LATENCY_MS (libpulse reads
  PULSE_LATENCY_MSEC when a stream connects; it is set only around that call, so other
  streams of the process keep their own);
- feeds it in pull mode from a `PhraseSource` that offers the current phrase's bytes and
  nothing at all between phrases. Qt then plays silence by itself and its ring buffer
  stays empty, so a new phrase does not queue behind buffered silence. (A source that
  returned silence instead keeps the ring full of it: every millisecond of ring was a
  millisecond more before the cue.)
- corks the stream (QAudioSink.suspend) SUSPEND_AFTER_MS after a phrase has drained: an
  open stream wakes its thread at every server request, hundreds of times a second.
- owns the sink, the source and the cork timer on a thread of its own ("backtrainer-audio",
  a QThread with its event loop), which is where Qt pulls the source. Fed from the UI
  thread, any stall of it longer than the ring (BUFFER_MS) plus the server's buffer left a
  gap inside a word: 12 of ~142 phrases of a session recorded with both cores busy, up to
  60 ms. The audio thread does nothing else, so it is on time whatever the UI does.
  play() and stop() reach it as queued calls (well under a millisecond on an idle
  thread); release() stops it and joins it.

The ring is also how long a phrase goes on after stop() or after a new play() cuts it,
since bytes in the ring stay.
"""

from __future__ import annotations

import logging
import os
import threading
import wave
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from backtrainer.speech.pcm import decode_wav, sink_format
from backtrainer.speech.phrase_source import PhraseSource

log = logging.getLogger(__name__)

BUFFER_MS = 30
"""Qt's ring buffer: how long a phrase plays on while the audio thread is held up, and how
long it goes on after stop() or a cut. It does not delay a phrase started from silence."""
PULSE_LATENCY_MS = 10
"""PulseAudio's buffer for the stream (Qt's default is 35 ms); every cue waits behind it.
Smaller means more server wake-ups while a phrase plays."""
SUSPEND_AFTER_MS = 250
"""Idle time after which the stream is corked; well past the ring and the server buffer,
so the end of a phrase is never held back by the cork."""
LATENCY = 0.005
"""Seconds from play() to the first sample reaching the sound server, a little under the
median measured on a PulseAudio null sink (6.7-7.7 ms, benchmarks/cue_latency.py --lead
off): the speaker starts phrases this much earlier too. A sound card adds its own."""
OPEN_TIMEOUT = 5.0
"""Seconds to wait for the audio thread to open its stream."""
LATENCY_ENV = "PULSE_LATENCY_MSEC"
_ACTIVE_STATES = (QtAudio.State.ActiveState, QtAudio.State.IdleState)


class _Feeder(QObject):
    """The sink, its source and the cork timer, made and used on the audio thread only."""

    finished = Signal(int)
    """(phrase number): that phrase's last bytes were handed to the sink."""

    def __init__(
        self,
        device: QAudioDevice,
        fmt: QAudioFormat,
        buffer_ms: float,
        pulse_latency_ms: int | None,
    ) -> None:
        super().__init__()
        self._device, self._format = device, fmt
        self._buffer_ms, self._pulse_latency_ms = buffer_ms, pulse_latency_ms
        self.suspend_after_ms = SUSPEND_AFTER_MS
        self.sink: QAudioSink | None = None
        self._source: PhraseSource | None = None
        self._idle: QTimer | None = None
        self._number = 0
        self.problem: str | None = "not opened"
        self.opened = threading.Event()

    @Slot()
    def open(self) -> None:
        self._source = PhraseSource(self._format.bytesPerFrame())
        self._source.open_for_reading()
        self._source.drained.connect(self._drained)
        self._idle = QTimer()
        self._idle.setSingleShot(True)
        self._idle.setInterval(self.suspend_after_ms)
        self._idle.timeout.connect(self._suspend)
        self.sink = QAudioSink(self._device, self._format)
        self.sink.setBufferSize(self._format.bytesForDuration(round(self._buffer_ms * 1000)))
        self._start_sink()
        self.problem = self._sink_problem()
        if self.problem is None:
            self._idle.start()
        self.opened.set()

    @Slot(int, object)
    def play(self, number: int, pcm: bytes) -> None:
        if self.sink is None or self._source is None or self._idle is None:
            return
        self._idle.stop()
        state = self.sink.state()
        if state == QtAudio.State.StoppedState:  # e.g. the sound server restarted
            log.warning("audio stream stopped (%s); reopening it", self.sink.error().name)
            self._start_sink()
        elif state == QtAudio.State.SuspendedState:
            self.sink.resume()
        self._number = number
        self._source.start(pcm)

    @Slot()
    def stop(self) -> None:
        if self._source is not None and self._idle is not None:
            self._source.stop()
            self._idle.start()

    @Slot()
    def release(self) -> None:
        """Stop and free everything here, on the audio thread, then hand this object back
        to the application's thread and end the audio thread's loop."""
        if self._idle is not None:
            self._idle.stop()
        if self._source is not None:
            self._source.drained.disconnect(self._drained)
            self._source.stop()
        if self.sink is not None:
            self.sink.stop()
        if self._source is not None:
            self._source.close()
        self.sink = self._source = self._idle = None  # deleted here, in their thread
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        QThread.currentThread().quit()

    def _drained(self) -> None:
        if self._idle is not None:
            self._idle.start()
        self.finished.emit(self._number)

    def _suspend(self) -> None:
        source, sink = self._source, self.sink
        idle = source is not None and not source.playing
        if idle and sink is not None and sink.state() in _ACTIVE_STATES:
            sink.suspend()

    def _sink_problem(self) -> str | None:
        assert self.sink is not None
        state, error = self.sink.state(), self.sink.error()
        if state == QtAudio.State.StoppedState or error in (
            QtAudio.Error.OpenError,
            QtAudio.Error.FatalError,
        ):
            return f"audio sink {state.name}, {error.name}"
        return None

    def _start_sink(self) -> None:
        """Start the sink; libpulse reads PULSE_LATENCY_MSEC as the stream connects, which
        QAudioSink.start() does before it returns. Set only around it, and not at all
        when the user has set it."""
        assert self.sink is not None and self._source is not None
        if self._pulse_latency_ms is None or LATENCY_ENV in os.environ:
            self.sink.start(self._source)
            return
        os.environ[LATENCY_ENV] = str(self._pulse_latency_ms)
        try:
            self.sink.start(self._source)
        finally:
            del os.environ[LATENCY_ENV]


class StreamChannel(QObject):
    """Plays preloaded phrases through one QAudioSink that stays open (see the module).

    Used from the UI thread. Check `problem` after making it: not None when the sink
    could not be opened, and the caller should use another channel. Keeps the PCM of the
    `limit` most recent phrases.
    """

    _play = Signal(int, object)
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
        self._feeder = _Feeder(device, self._format, buffer_ms, pulse_latency_ms)
        self._feeder.suspend_after_ms = suspend_after_ms
        self._thread = QThread()
        self._thread.setObjectName("backtrainer-audio")
        self._feeder.moveToThread(self._thread)
        self._thread.started.connect(self._feeder.open)
        self._play.connect(self._feeder.play)
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
            pcm = decode_wav(path, self._format)
        except (wave.Error, EOFError, OSError) as exc:
            log.warning("could not load %s for playback: %s", path, exc)
            return None
        self._pcm[path] = pcm
        while len(self._pcm) > self._limit:
            self._pcm.popitem(last=False)
        return pcm
