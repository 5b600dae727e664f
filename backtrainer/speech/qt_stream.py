"""One audio stream opened once and kept for the channel's life: a cue starts within ~12 ms.

Measured with benchmarks/cue_latency.py (PySide6 6.11.3, PulseAudio null sink): from a
cue's due time to its sound, QSoundEffect takes 42 ms (p95 43). Most of that is not the
new stream it opens at every play() but the server-side buffer Qt asks for, about 35 ms
(1024 frames) whatever QAudioSink.setBufferSize() says; a stream opened per play() only
adds a few ms more. `StreamChannel` therefore:

- opens one QAudioSink at construction, with PulseAudio's buffer cut to PULSE_LATENCY_MS
  (libpulse reads PULSE_LATENCY_MSEC when a stream connects; it is set only around that
  call, so other streams of the process keep their own);
- feeds it in pull mode from a `PhraseSource` that offers the current phrase's bytes and
  nothing at all between phrases. Qt then plays silence by itself and its ring buffer
  stays empty, so a new phrase does not queue behind buffered silence: play() swaps the
  bytes and emits readyRead, and Qt pulls them into the ring at once. (A source that
  returned silence instead keeps the ring full of it: measured, every millisecond of
  ring was a millisecond more before the cue.)
- corks the stream (QAudioSink.suspend) SUSPEND_AFTER_MS after a phrase has drained: an
  open stream wakes the UI thread at every server request, hundreds of times a second,
  which cost 2.5 % of a core for the app and 4 % for PulseAudio with two idle channels.
  play() uncorks it (resume), which opens nothing.

Everything runs on the UI thread: Qt pulls the source there. While a phrase plays, the
ring (BUFFER_MS) is what carries it through a busy UI thread; it is also how long a phrase
goes on after stop() or after a new play() cuts it, since bytes in the ring stay.
"""

from __future__ import annotations

import logging
import os
import threading
import wave
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioSink, QMediaDevices, QtAudio

from backtrainer.speech.pcm import decode_wav, sink_format

log = logging.getLogger(__name__)

BUFFER_MS = 30
"""Qt's ring buffer: how long a phrase plays on while the UI thread is busy, and how long
it goes on after stop() or a cut. It does not delay a phrase started from silence."""
PULSE_LATENCY_MS = 10
"""PulseAudio's buffer for the stream (Qt's default is 35 ms); every cue waits behind it.
Smaller means more server wake-ups while a phrase plays."""
SUSPEND_AFTER_MS = 250
"""Idle time after which the stream is corked; well past the ring and the server buffer,
so the end of a phrase is never held back by the cork."""
LATENCY_ENV = "PULSE_LATENCY_MSEC"
_ACTIVE_STATES = (QtAudio.State.ActiveState, QtAudio.State.IdleState)


class PhraseSource(QIODevice):
    """What the sink pulls: the current phrase's bytes, and nothing between phrases.

    Between phrases it has no bytes available, so the sink reads nothing and plays
    silence of its own. start() emits readyRead, on which Qt (6.10 and later) pulls at
    once instead of at its next period. Reads return whole frames, so a phrase always
    starts on a frame boundary of the stream. `drained` is emitted when the last bytes of
    a phrase have been read. A lock guards the switch, in case a backend reads on a thread
    of its own (PulseAudio reads on the UI thread).
    """

    drained = Signal()

    def __init__(self, frame_bytes: int = 2, parent: QObject | None = None) -> None:
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self._frame = max(1, frame_bytes)
        self._lock = threading.Lock()
        self._pcm = b""
        self._pos = 0

    def open_for_reading(self) -> bool:
        """Open read-only and unbuffered: QIODevice's own buffer would read 16 KB ahead."""
        mode = QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered
        return self.open(mode)

    def start(self, pcm: bytes) -> None:
        """Offer `pcm` from the next read on, cutting whatever was being read."""
        with self._lock:
            self._pcm = pcm[: len(pcm) - len(pcm) % self._frame]
            self._pos = 0
        self.readyRead.emit()

    def stop(self) -> None:
        """Offer nothing from the next read on."""
        with self._lock:
            self._pcm = b""
            self._pos = 0

    @property
    def playing(self) -> bool:
        """Whether phrase bytes remain to be read."""
        return self._pos < len(self._pcm)

    def readData(self, maxlen: int) -> bytes:
        want = maxlen - maxlen % self._frame
        with self._lock:
            pcm, pos = self._pcm, self._pos
            if pos >= len(pcm):
                return b""
            chunk = pcm[pos : pos + want]
            self._pos = pos + len(chunk)
            drained = self._pos >= len(pcm)
            if drained:
                self._pcm, self._pos = b"", 0
        if drained:
            self.drained.emit()
        return chunk

    def writeData(self, data: bytes | bytearray | memoryview, len: int) -> int:
        return -1

    def bytesAvailable(self) -> int:
        return len(self._pcm) - self._pos + super().bytesAvailable()

    def isSequential(self) -> bool:
        return True


class StreamChannel(QObject):
    """Plays preloaded phrases through one QAudioSink that stays open (see the module).

    Check `problem` after making it: not None when the sink could not be opened, and the
    caller should use another channel. Keeps the PCM of the `limit` most recent phrases.
    """

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
        self._pulse_latency_ms = pulse_latency_ms
        self._source = PhraseSource(self._format.bytesPerFrame(), parent=self)
        self._source.open_for_reading()
        self._source.drained.connect(self._idle_soon)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(suspend_after_ms)
        self._idle.timeout.connect(self._suspend)
        self._sink = QAudioSink(device, self._format, self)
        self._sink.setBufferSize(self._format.bytesForDuration(round(buffer_ms * 1000)))
        self._start_sink()
        if (problem := self.problem) is not None:
            log.warning("could not open an audio stream: %s", problem)
        else:
            self._idle_soon()

    @property
    def problem(self) -> str | None:
        """Why the stream is not usable, or None while it is (running or corked)."""
        if self._released:
            return "released"
        state, error = self._sink.state(), self._sink.error()
        if state == QtAudio.State.StoppedState or error in (
            QtAudio.Error.OpenError,
            QtAudio.Error.FatalError,
        ):
            return f"audio sink {state.name}, {error.name}"
        return None

    @property
    def sink(self) -> QAudioSink:
        return self._sink

    @property
    def source(self) -> PhraseSource:
        return self._source

    @property
    def playing(self) -> bool:
        """Whether a phrase is still being handed to the sink."""
        return self._source.playing

    def preload(self, path: Path) -> None:
        self._pcm_for(path)

    def play(self, path: Path) -> None:
        if self._released:
            return
        pcm = self._pcm_for(path)  # read now if it was not preloaded (a small local file)
        if pcm is None:
            self.stop()
            return
        self._idle.stop()
        state = self._sink.state()
        if state == QtAudio.State.StoppedState:  # e.g. the sound server restarted
            log.warning("audio stream stopped (%s); reopening it", self._sink.error().name)
            self._start_sink()
        elif state == QtAudio.State.SuspendedState:
            self._sink.resume()
        self._source.start(pcm)

    def stop(self) -> None:
        if self._released:
            return
        self._source.stop()
        self._idle_soon()

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        self._idle.stop()
        self._source.drained.disconnect(self._idle_soon)
        self._source.stop()
        self._sink.stop()
        self._source.close()
        self._pcm.clear()

    def _idle_soon(self) -> None:
        if not self._released:
            self._idle.start()

    def _suspend(self) -> None:
        if not self._source.playing and self._sink.state() in _ACTIVE_STATES:
            self._sink.suspend()

    def _start_sink(self) -> None:
        """Start the sink; libpulse reads PULSE_LATENCY_MSEC as the stream connects, which
        QAudioSink.start() does before it returns. Set only around it, and not at all
        when the user has set it."""
        if self._pulse_latency_ms is None or LATENCY_ENV in os.environ:
            self._sink.start(self._source)
            return
        os.environ[LATENCY_ENV] = str(self._pulse_latency_ms)
        try:
            self._sink.start(self._source)
        finally:
            del os.environ[LATENCY_ENV]

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
