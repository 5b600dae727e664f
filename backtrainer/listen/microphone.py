"""The microphone, through QtMultimedia's QAudioSource (PySide6-Addons: no new audio
dependency). Capture runs on a thread of its own with its own event loop (`threads.loop`);
blocks go to a queue that the listening worker reads. `close()` stops the capture and
joins the thread.
"""

from __future__ import annotations

import contextlib
import math
import queue
import struct
import time

from PySide6.QtCore import QIODevice, QObject, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from backtrainer.listen.source import BLOCK_SAMPLES, RATE, Block
from backtrainer.threads.loop import LoopThread

MAX_QUEUED = 200
"""Blocks kept when the decoder falls behind (about 6 s); older ones are dropped."""
BLOCK_BYTES = BLOCK_SAMPLES * 2
"""What is handed to the worker at a time: whole 30 ms frames. Qt hands the capture over
every 5 ms or so; the recogniser decodes whole frames only, so passing each piece on as it
came cost the capture thread and the worker six wake-ups per frame for nothing (the
capture thread took 2.7 % of a core in a session, benchmarks/README.md)."""


def microphones() -> list[tuple[str, str]]:
    """(id, description) of every audio input, the default first; needs a QCoreApplication."""
    default = QMediaDevices.defaultAudioInput()
    found = [
        (bytes(d.id().data()).decode(errors="replace"), d.description())
        for d in QMediaDevices.audioInputs()
    ]
    found.sort(key=lambda item: item[0] != bytes(default.id().data()).decode(errors="replace"))
    return found


def _device(device_id: str | None) -> QAudioDevice:
    for device in QMediaDevices.audioInputs():
        if bytes(device.id().data()).decode(errors="replace") == device_id:
            return device
    return QMediaDevices.defaultAudioInput()


def level(pcm: bytes) -> float:
    """Loudness of a block from 0 (silence) to 1 (full scale), on a decibel scale from
    -60 dB: what the level meter shows."""
    count = len(pcm) // 2
    if count == 0:
        return 0.0
    samples = struct.unpack(f"<{count}h", pcm[: count * 2])
    rms = math.sqrt(sum(s * s for s in samples) / count) / 32768
    if rms <= 0.001:
        return 0.0
    return min(1.0, (20 * math.log10(rms) + 60) / 60)


class _Capture(QObject):
    """Lives on the capture thread: owns the QAudioSource."""

    failed = Signal(str)

    def __init__(self, device_id: str | None, blocks: queue.Queue[Block]) -> None:
        super().__init__()
        self._device_id = device_id
        self._blocks = blocks
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._partial = b""
        """Captured bytes short of a whole frame, waiting for the rest."""

    @Slot()
    def begin(self) -> None:
        device = _device(self._device_id)
        if device.isNull():
            self.failed.emit("There is no microphone.")
            return
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            self.failed.emit(f"{device.description()} cannot record 16 kHz mono sound.")
            return
        self._source = QAudioSource(device, fmt, self)
        self._source.setBufferSize(RATE * 2 // 20)  # 50 ms: a short delay
        self._io = self._source.start()
        if self._source.error() != QtAudio.Error.NoError:
            self.failed.emit(f"{device.description()} could not be opened.")
            return
        self._io.readyRead.connect(self._read)

    @Slot()
    def _read(self) -> None:
        if self._io is None:
            return
        data = self._partial + bytes(self._io.readAll().data())
        whole = len(data) - len(data) % BLOCK_BYTES
        self._partial = data[whole:]
        if not whole:
            return
        data = data[:whole]
        if self._blocks.qsize() >= MAX_QUEUED:
            with contextlib.suppress(queue.Empty):
                self._blocks.get_nowait()
        self._blocks.put(Block(data, time.monotonic()))

    @Slot()
    def end(self) -> None:
        if self._source is not None:
            self._source.stop()
            self._source = None
        self._io = None


class MicrophoneSource:
    """An AudioSource on a microphone (None: the system's default input)."""

    def __init__(self, device_id: str | None = None) -> None:
        self._blocks: queue.Queue[Block] = queue.Queue()
        self._problem: str | None = None
        self._closed = False
        self._thread = LoopThread()
        self._thread.setObjectName("microphone")
        self._capture = _Capture(device_id, self._blocks)
        self._capture.moveToThread(self._thread)
        self._capture.failed.connect(self._fail)
        self._thread.started.connect(self._capture.begin)
        self._thread.start()

    def _fail(self, problem: str) -> None:
        self._problem = problem

    def read(self, timeout: float) -> Block | None:
        try:
            return self._blocks.get(timeout=timeout)
        except queue.Empty:
            return None

    @property
    def finished(self) -> bool:
        return self._closed or self._problem is not None

    @property
    def problem(self) -> str | None:
        return self._problem

    def close(self) -> None:
        """Stop the capture on its thread, then end the thread and wait for it."""
        if self._closed:
            return
        self._closed = True
        from PySide6.QtCore import QMetaObject, Qt

        QMetaObject.invokeMethod(self._capture, "end", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait()
