"""What an audio sink pulls: the current phrase's bytes, and nothing between phrases.

Kept apart from the channel (qt_stream) because it is the one piece that runs wherever
the sink reads: on the channel's audio thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QIODevice, QObject, Signal


class PhraseSource(QIODevice):
    """What the sink pulls: the current phrase's bytes, and nothing between phrases.

    Between phrases it has no bytes available, so the sink reads nothing and plays
    silence of its own. start() emits readyRead, on which Qt (6.10 and later) pulls at
    once instead of at its next period. Reads return whole frames, so a phrase always
    starts on a frame boundary of the stream. `drained` is emitted when the last bytes of
    a phrase have been read. A lock guards the switch: `playing` is read from any thread.
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
