"""What an audio sink pulls: the current phrase's bytes, and nothing between phrases.

Kept apart from the channel (qt_stream) because it is the one piece used where the sink
reads: on the channel's audio thread.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject

_READ = QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered


class PhraseSource:
    """What the sink pulls (`device`): the current phrase's bytes, and nothing between
    phrases.

    The device is a QBuffer, so Qt pulls it without calling Python. A QIODevice written
    in Python cost the audio thread two calls into Python at every server request (every
    10 ms while a phrase plays), about 95 us of CPU each time on a thread that wakes cold:
    some 0.4 % of a core in a session (benchmarks/README.md, session CPU).

    Between phrases the buffer is empty, so the sink reads nothing and plays silence of its
    own. start() emits readyRead, on which Qt (6.10 and later) pulls at once instead of at
    its next period. A phrase always starts on a frame boundary of the stream: if the sink
    last read part of a frame, the rest of that frame comes first. Used on the audio thread
    only (where the sink reads), so nothing here needs a lock.
    """

    def __init__(self, frame_bytes: int = 2, parent: QObject | None = None) -> None:
        self.device = QBuffer(parent)
        self._frame = max(1, frame_bytes)
        self._pcm = b""
        self._offer(b"")

    def start(self, pcm: bytes) -> None:
        """Offer `pcm` from the next read on, cutting whatever was being read."""
        self._offer(self._rest_of_frame() + pcm[: len(pcm) - len(pcm) % self._frame])
        self.device.readyRead.emit()

    def stop(self) -> None:
        """Offer nothing from the next read on (but the rest of a frame begun)."""
        self._offer(self._rest_of_frame())

    def close(self) -> None:
        self.device.close()

    @property
    def playing(self) -> bool:
        """Whether phrase bytes remain to be read."""
        return self.remaining > 0

    @property
    def remaining(self) -> int:
        """Bytes not read yet."""
        return len(self._pcm) - self.device.pos() if self.device.isOpen() else 0

    def _rest_of_frame(self) -> bytes:
        at = self.device.pos() if self.device.isOpen() else 0
        part = at % self._frame
        return self._pcm[at : at + self._frame - part] if part else b""

    def _offer(self, pcm: bytes) -> None:
        self.device.close()
        self._pcm = pcm
        self.device.setData(QByteArray(pcm))
        self.device.open(_READ)
