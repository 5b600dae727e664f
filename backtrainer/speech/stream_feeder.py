"""The audio thread's side of StreamChannel: the sink, its source and the cork timers.

Everything here is made, used and freed on the channel's audio thread (see qt_stream for
why the stream is fed there); the channel reaches it by queued calls only.
"""

from __future__ import annotations

import logging
import os
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QtAudio

from backtrainer.speech.phrase_source import PhraseSource

log = logging.getLogger(__name__)

BUFFER_MS = 30
"""Qt's ring buffer: how long a phrase plays on while the audio thread is held up, and how
long it goes on after stop() or a cut. It does not delay a phrase started from silence."""
PULSE_LATENCY_MS = 40
"""PulseAudio's buffer for the stream (Qt's default is 35 ms). Every phrase starts this
much after play(), which the speaker hides by starting it that much early (the channel's
`LATENCY`); what it buys is margin: with 10 ms, 5 to 18 of 48 phrases had a gap inside
while other work kept both cores busy (benchmarks/cue_latency.py --load), with 40 ms none
of 24; 80 ms spread the start by 20 ms more. Larger also means fewer server wake-ups."""
SUSPEND_AFTER_MS = 100
"""Idle time after which the stream is corked; past the ring and the server buffer (40 ms),
so the end of a phrase is never held back by the cork. Shorter means fewer wake-ups: an
uncorked stream wakes the audio thread and the server every few milliseconds."""
CLOSE_AFTER_MS = 3000
"""Corked time after which the stream is closed: even corked, two open streams cost the
sound server 1.25 % of a core (benchmarks/session_resources.py, idle picker). A cue
handed over ahead (warm()) or played opens it again on the audio thread, in milliseconds."""
DRAIN_POLL_MS = 5
"""The shortest wait before looking again whether a phrase has been read whole."""
LATENCY_ENV = "PULSE_LATENCY_MSEC"
_ACTIVE_STATES = (QtAudio.State.ActiveState, QtAudio.State.IdleState)


class StreamFeeder(QObject):
    """The sink, its source and the cork timer, made and used on the audio thread only."""

    finished = Signal(int)
    """(phrase number): that phrase's last bytes have been handed to the sink (seen by a
    timer at about the phrase's end: the sink's reads call no Python)."""

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
        self.close_after_ms = CLOSE_AFTER_MS
        self._close: QTimer | None = None
        self._drain: QTimer | None = None
        self._shut = False
        """Closed on purpose after a long idle; opened again on demand."""
        self.sink: QAudioSink | None = None
        self._source: PhraseSource | None = None
        self._idle: QTimer | None = None
        self._number = 0
        self.problem: str | None = "not opened"
        self.opened = threading.Event()

    @Slot()
    def open(self) -> None:
        self._source = PhraseSource(self._format.bytesPerFrame())
        self._drain = QTimer()
        self._drain.setSingleShot(True)
        self._drain.timeout.connect(self._check_drained)
        self._idle = QTimer()
        self._idle.setSingleShot(True)
        self._idle.setInterval(self.suspend_after_ms)
        self._idle.timeout.connect(self._suspend)
        self._close = QTimer()
        self._close.setSingleShot(True)
        self._close.setInterval(self.close_after_ms)
        self._close.timeout.connect(self._close_stream)
        self.sink = QAudioSink(self._device, self._format)
        self.sink.setBufferSize(self._format.bytesForDuration(round(self._buffer_ms * 1000)))
        self._start_sink()
        self.problem = self._sink_problem()
        if self.problem is None:
            self._idle.start()
        self.opened.set()

    @Slot()
    def warm(self) -> None:
        """Open the stream again if it was closed for idling: a phrase is coming."""
        if self.sink is None or self._idle is None or not self._shut:
            return
        self._shut = False
        self._start_sink()
        self._idle.start()

    @Slot(int, object)
    def play(self, number: int, pcm: bytes) -> None:
        if self.sink is None or self._source is None or self._idle is None:
            return
        self._idle.stop()
        if self._close is not None:
            self._close.stop()
        state = self.sink.state()
        if self._shut:
            self._shut = False
            self._start_sink()
        elif state == QtAudio.State.StoppedState:  # e.g. the sound server restarted
            log.warning("audio stream stopped (%s); reopening it", self.sink.error().name)
            self._start_sink()
        elif state == QtAudio.State.SuspendedState:
            self.sink.resume()
        self._number = number
        self._source.start(pcm)
        self._watch_drain(self._ms(self._source.remaining) - self._buffer_ms)

    @Slot()
    def stop(self) -> None:
        if self._source is not None and self._idle is not None:
            self._source.stop()
            self._idle.start()
        if self._drain is not None:
            self._drain.stop()

    @Slot()
    def release(self) -> None:
        """Stop and free everything here, on the audio thread, then hand this object back
        to the application's thread and end the audio thread's loop."""
        if self._idle is not None:
            self._idle.stop()
        if self._close is not None:
            self._close.stop()
        if self._drain is not None:
            self._drain.stop()
        if self.sink is not None:
            self.sink.stop()
        if self._source is not None:
            self._source.close()
        self.sink = self._source = self._idle = self._close = self._drain = None  # freed here
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        QThread.currentThread().quit()

    def _watch_drain(self, ms: float) -> None:
        """Look again in `ms` whether the phrase's last bytes have been read. The sink reads
        at the pace it plays, so the first look at the phrase's length (less the ring,
        which the sink fills ahead) mostly finds it read: one wake-up a phrase."""
        if self._drain is not None:
            self._drain.start(max(DRAIN_POLL_MS, round(ms)))

    def _check_drained(self) -> None:
        if self._source is None or self._idle is None:
            return
        if self._source.playing:  # held up (a slow start, a stall): look again later
            self._watch_drain(self._ms(self._source.remaining))
            return
        self._idle.start()
        self.finished.emit(self._number)

    def _ms(self, size: int) -> float:
        return self._format.durationForBytes(size) / 1000

    def _suspend(self) -> None:
        source, sink = self._source, self.sink
        idle = source is not None and not source.playing
        if idle and sink is not None and sink.state() in _ACTIVE_STATES:
            sink.suspend()
            if self._close is not None:
                self._close.start()

    def _close_stream(self) -> None:
        source, sink = self._source, self.sink
        idle = source is not None and not source.playing and not self._shut
        if idle and sink is not None and sink.state() == QtAudio.State.SuspendedState:
            self._shut = True
            sink.stop()

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
            self.sink.start(self._source.device)
            return
        os.environ[LATENCY_ENV] = str(self._pulse_latency_ms)
        try:
            self.sink.start(self._source.device)
        finally:
            del os.environ[LATENCY_ENV]
