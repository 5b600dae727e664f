"""Reading a WAV file into what the recogniser hears: 16 kHz mono 16-bit samples.

A file that is not a WAV, or one in a format this reader does not take, is refused with
`AudioFileError` naming the file and the reason in plain words, never a traceback.
"""

from __future__ import annotations

import array
import sys
import wave
from pathlib import Path

TARGET_RATE = 16000
MIN_RATE = 8000
MAX_RATE = 96000
MAX_SECONDS = 3600


class AudioFileError(Exception):
    """A WAV file that cannot be listened to."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def read_wav(path: Path) -> bytes:
    """The file's sound as 16 kHz mono signed 16-bit little-endian samples."""
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.getnframes()
            _check(path, channels, width, rate, frames)
            data = wav.readframes(frames)
    except FileNotFoundError:
        raise AudioFileError(path, "there is no such file") from None
    except IsADirectoryError:
        raise AudioFileError(path, "this is a folder, not a WAV file") from None
    except PermissionError:
        raise AudioFileError(path, "it cannot be read (permission denied)") from None
    except (wave.Error, EOFError, ValueError) as error:
        raise AudioFileError(
            path, f"this is not a WAV file BackTrainer can read ({error})"
        ) from None
    except OSError as error:
        raise AudioFileError(path, f"it cannot be read ({error.strerror or error})") from None
    samples = array.array("h")
    samples.frombytes(data[: len(data) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    if channels > 1:
        samples = _mono(samples, channels)
    if rate != TARGET_RATE:
        samples = resample(samples, rate, TARGET_RATE)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def _check(path: Path, channels: int, width: int, rate: int, frames: int) -> None:
    if width != 2:
        raise AudioFileError(path, f"its samples are {width * 8}-bit; 16-bit PCM is needed")
    if not 1 <= channels <= 8:
        raise AudioFileError(path, f"it has {channels} channels")
    if not MIN_RATE <= rate <= MAX_RATE:
        raise AudioFileError(path, f"its rate is {rate} Hz; {MIN_RATE} to {MAX_RATE} Hz is needed")
    if frames > MAX_SECONDS * rate:
        raise AudioFileError(path, f"it is longer than {MAX_SECONDS // 60} minutes")


def _mono(samples: array.array[int], channels: int) -> array.array[int]:
    count = len(samples) // channels
    return array.array(
        "h", (sum(samples[i * channels : (i + 1) * channels]) // channels for i in range(count))
    )


def resample(samples: array.array[int], rate: int, target: int) -> array.array[int]:
    """Linear interpolation: good enough for speech recognition at 16 kHz (the model
    listens below 8 kHz); no dependency for it."""
    if not samples:
        return array.array("h")
    count = max(1, len(samples) * target // rate)
    last = len(samples) - 1
    step = rate / target
    out = array.array("h", bytes(count * 2))
    for i in range(count):
        x = i * step
        j = int(x)
        if j >= last:
            out[i] = samples[last]
            continue
        frac = x - j
        out[i] = int(samples[j] + (samples[j + 1] - samples[j]) * frac)
    return out
