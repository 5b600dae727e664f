"""Where audio comes from: a WAV file (tests, `backtrainer listen --file`) or a microphone.

Every source hands out 16 kHz mono 16-bit blocks, each with the time its last sample was
heard, so the recogniser can tell when a word ended and the mute gate can tell whether
BackTrainer was speaking then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from backtrainer.listen.wavfile import read_wav

RATE = 16000
"""Samples a second the recogniser's model expects."""
BLOCK_SAMPLES = 480
"""30 ms: one frame of the voice activity detector."""


@dataclass(frozen=True)
class Block:
    pcm: bytes
    """16 kHz mono signed 16-bit little-endian samples."""
    end: float
    """When its last sample was heard, in seconds on the source's clock."""


class AudioSource(Protocol):
    def read(self, timeout: float) -> Block | None:
        """The next block, waiting at most `timeout` seconds; None when there is none yet."""
        ...

    @property
    def finished(self) -> bool:
        """True once the source will give no more blocks (end of file, device gone)."""
        ...

    @property
    def problem(self) -> str | None:
        """Why the source gives no sound, in plain words; None when it works."""
        ...

    def close(self) -> None:
        """Stop capturing; a closed source is finished."""
        ...


class WavSource:
    """A WAV file, read as fast as it is asked for; times are seconds from its start."""

    def __init__(self, path: Path, *, lead: float = 0.0, tail: float = 0.5) -> None:
        """`lead`/`tail`: seconds of near-silence before and after the file, as a
        microphone hears quiet around a word (the detector needs it to see an end)."""
        pcm = read_wav(path)
        self._pcm = _quiet(lead) + pcm + _quiet(tail)
        self._at = 0
        self._closed = False

    def read(self, timeout: float) -> Block | None:
        if self.finished:
            return None
        size = BLOCK_SAMPLES * 2
        pcm = self._pcm[self._at : self._at + size]
        self._at += size
        return Block(pcm, self._at / 2 / RATE)

    @property
    def finished(self) -> bool:
        return self._closed or self._at >= len(self._pcm)

    @property
    def problem(self) -> str | None:
        return None

    def close(self) -> None:
        self._closed = True


def _quiet(seconds: float) -> bytes:
    return bytes(int(seconds * RATE) * 2)
