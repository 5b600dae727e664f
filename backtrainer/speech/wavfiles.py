"""Small WAV chores done with the standard `wave` module: the beep, trimming, a length.

The tick is generated rather than shipped, so no binary sound file lives in the
repository and it always has the speech files' format (16-bit mono PCM).
"""

from __future__ import annotations

import array
import itertools
import logging
import math
import os
import sys
import wave
from pathlib import Path

log = logging.getLogger(__name__)

RATE = 22050
TICK_FREQUENCY = 880.0
TICK_LENGTH = 0.06
"""Seconds: long enough to hear across a room, short enough not to mask a spoken count."""
FADE = 0.005
"""Seconds of fade in and out, so the tone starts and ends without a click."""
AMPLITUDE = 0.5
QUIET = 16
"""Sample magnitude (of 32767, about -66 dBFS) below which a leading sample is silence."""
KEEP = 0.005
"""Seconds of the leading silence kept before the first sound."""
ONSET_WINDOW = 0.005
"""Seconds of sound over which loudness is judged for a phrase's onset."""
ONSET_HOP = 0.001
"""Seconds between the windows tried: the onset's resolution."""
ONSET_BELOW_PEAK_DB = 20.0
"""A window this close to the phrase's loudest one is where the phrase is heard to start."""


def _little_endian(samples: array.array[int]) -> array.array[int]:
    if sys.byteorder == "big":  # WAV data is little-endian
        samples.byteswap()
    return samples


def tick_samples() -> array.array[int]:
    count = round(RATE * TICK_LENGTH)
    fade = round(RATE * FADE)
    samples = array.array("h")
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        value = AMPLITUDE * envelope * math.sin(2 * math.pi * TICK_FREQUENCY * i / RATE)
        samples.append(round(value * 32767))
    return samples


def tick_wav(cache_dir: Path) -> Path:
    """The tick's WAV file in `cache_dir`, written once (atomically) and then reused."""
    path = cache_dir / f"tick-{TICK_FREQUENCY:.0f}hz-{TICK_LENGTH * 1000:.0f}ms.wav"
    if path.is_file():
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f"{path.stem}.{os.getpid()}.part.wav")
    write_mono16(part, tick_samples())
    part.replace(path)
    return path


def write_mono16(path: Path, samples: array.array[int], rate: int = RATE) -> None:
    """Native 16-bit samples as a mono WAV file: espeak-ng's format at the default rate."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(_little_endian(array.array("h", samples)).tobytes())


def sound_seconds(path: Path) -> float | None:
    """Seconds from the start of the 16-bit WAV file `path` to the end of its last sound:
    its length less the silence after the words (espeak-ng ends a phrase with 0.3 s)."""
    read = _samples(path)
    if read is None:
        return None
    samples, rate, channels = read
    return (last_loud(samples) // channels + 1) / rate


SCAN_BLOCK = 512
"""Samples whose loudest one is found in C at a time (`last_loud`)."""


def last_loud(samples: array.array[int]) -> int:
    """The index of the last sample louder than QUIET; -1 if there is none.

    Read a sample at a time in Python, the 0.3 s of zeros after each phrase took about
    1 ms: 70 ms for a session's phrases as it starts (each is read twice, for playback and
    for its length). So the zeros at the end go first (in C), and then the quiet blocks
    before them (min and max, in C); Python looks at single samples only in the last loud
    block."""
    width = samples.itemsize
    end = (len(samples.tobytes().rstrip(b"\0")) + width - 1) // width
    while end > 0:
        start = max(0, end - SCAN_BLOCK)
        block = samples[start:end]
        if max(block) > QUIET or min(block) < -QUIET:
            return next(i for i in range(end - 1, start - 1, -1) if abs(samples[i]) > QUIET)
        end = start
    return -1


def _samples(path: Path) -> tuple[array.array[int], int, int] | None:
    """The 16-bit samples of the WAV file `path`, its rate and channels; None when it
    cannot be read or is not 16-bit."""
    try:
        with wave.open(str(path), "rb") as src:
            params = src.getparams()
            if params.sampwidth != 2:
                return None
            samples = _little_endian(array.array("h", src.readframes(params.nframes)))
    except (wave.Error, EOFError, OSError):
        return None
    return samples, params.framerate, params.nchannels


def audio_seconds(path: Path) -> float | None:
    """How long the WAV file `path` plays; None if it cannot be read or holds no frames."""
    try:
        with wave.open(str(path), "rb") as src:
            frames, rate = src.getnframes(), src.getframerate()
    except (wave.Error, EOFError, OSError):
        return None
    return frames / rate if frames and rate else None


def trim_leading_silence(path: Path) -> float:
    """Cut the silence a synthesiser puts before the first sound; returns seconds cut.

    espeak-ng starts "two" with 50 ms of zeros, "three" with 12 ms: left in, the word
    lands that much after its second. Files that are not 16-bit PCM WAV are left alone.
    """
    try:
        with wave.open(str(path), "rb") as src:
            params = src.getparams()
            if params.sampwidth != 2:
                return 0.0
            samples = _little_endian(array.array("h", src.readframes(params.nframes)))
    except (wave.Error, EOFError, OSError):
        return 0.0
    first = next((i for i, value in enumerate(samples) if abs(value) > QUIET), 0)
    first -= first % params.nchannels  # whole frames
    cut = max(0, first - round(KEEP * params.framerate) * params.nchannels)
    if cut == 0:
        return 0.0
    with wave.open(str(path), "wb") as out:
        out.setnchannels(params.nchannels)
        out.setsampwidth(2)
        out.setframerate(params.framerate)
        out.writeframes(_little_endian(samples[cut:]).tobytes())
    return cut / params.nchannels / params.framerate


def onset_samples(samples: array.array[int], rate: int, channels: int = 1) -> float:
    """Seconds from the first sample to where a phrase is heard to start.

    The beat of a spoken word is near its first loud sound (its vowel, or a loud "s"),
    not its first sample: espeak-ng's "three" and "five" open with a soft fricative
    that is 20-40 dB below the vowel which follows 80-90 ms later, while "one" is loud
    at once. So the onset is the centre of the first ONSET_WINDOW (slid by ONSET_HOP)
    whose RMS is within ONSET_BELOW_PEAK_DB of the loudest window's; 0.0 for silence.
    """
    width = max(1, round(ONSET_WINDOW * rate)) * channels
    hop = max(1, round(ONSET_HOP * rate)) * channels
    if len(samples) < width:
        return 0.0
    energy = list(itertools.accumulate((v * v for v in samples), initial=0))
    starts = range(0, len(samples) - width + 1, hop)
    windows = [energy[i + width] - energy[i] for i in starts]
    peak = max(windows)
    if peak == 0:
        return 0.0
    floor = peak * 10 ** (-ONSET_BELOW_PEAK_DB / 10)  # energies: 10 dB a decade
    first = next(n for n, value in enumerate(windows) if value >= floor)
    return (starts[first] + width / 2) / channels / rate


def onset_seconds(path: Path) -> float | None:
    """onset_samples() of the 16-bit WAV file `path`; None when it cannot be read."""
    read = _samples(path)
    return None if read is None else onset_samples(*read)
