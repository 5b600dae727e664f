"""Phrases as raw PCM in the format an audio sink takes: read from WAV and converted.

espeak-ng writes 16-bit mono at 22050 Hz, which PulseAudio takes as is; a device that
wants something else gets it converted here, in pure Python (tens of milliseconds for a
long announcement, once per phrase, before it is needed).
"""

from __future__ import annotations

import array
import sys
import wave
from pathlib import Path

from PySide6.QtMultimedia import QAudioDevice, QAudioFormat

from backtrainer.speech.wavfiles import last_loud

SampleFormat = QAudioFormat.SampleFormat

PHRASE_RATE = 22050
"""espeak-ng's output: 16-bit mono PCM at this rate, played as is when the device takes it."""


def wanted_format() -> QAudioFormat:
    """The phrases' own format: 22050 Hz mono Int16."""
    fmt = QAudioFormat()
    fmt.setSampleRate(PHRASE_RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(SampleFormat.Int16)
    return fmt


def sink_format(device: QAudioDevice) -> QAudioFormat:
    """The phrases' format if `device` takes it (PulseAudio takes any), else the device's
    preferred one, which decode_wav() then converts to."""
    wanted = wanted_format()
    if device.isFormatSupported(wanted):
        return wanted
    preferred = device.preferredFormat()
    return preferred if preferred.isValid() else wanted


TAIL = 0.02
"""Seconds of the silence after a phrase's last sound that trim_trailing_silence keeps."""


def trim_trailing_silence(pcm: bytes, fmt: QAudioFormat) -> bytes:
    """`pcm` without the silence after its last sound (espeak-ng ends each phrase with
    0.3 s of it), but for TAIL: a stream is corked sooner after each phrase, and every
    millisecond it runs wakes the app and the sound server. Int16 only; else as it is."""
    if fmt.sampleFormat() != SampleFormat.Int16 or len(pcm) < 2:
        return pcm
    samples = array.array("h", pcm[: len(pcm) - len(pcm) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    last = last_loud(samples)
    frame = max(1, fmt.channelCount())
    keep = (last // frame + 1 + round(TAIL * fmt.sampleRate())) * frame
    return pcm[: min(len(pcm), keep * 2)]


def decode_wav(path: Path, fmt: QAudioFormat) -> bytes:
    """The PCM frames of the WAV file `path`, in `fmt`.

    16-bit mono 22050 Hz into the same format (espeak's files, on PulseAudio) is a plain
    read. Anything else goes through 16-bit mono: channels are averaged, the rate is
    changed by linear interpolation (no filter: fine for speech going up to a device's
    44.1 or 48 kHz), and the samples are widened to `fmt`'s channels and sample format,
    in pure Python (some tens of milliseconds for a long announcement).
    Raises wave.Error, EOFError or OSError for a file it cannot read.
    """
    with wave.open(str(path), "rb") as src:
        channels, width, rate = src.getnchannels(), src.getsampwidth(), src.getframerate()
        frames = src.readframes(src.getnframes())
    frames = frames[: len(frames) - len(frames) % (channels * width)]  # whole frames
    same = (
        width == 2
        and channels == fmt.channelCount()
        and rate == fmt.sampleRate()
        and fmt.sampleFormat() == SampleFormat.Int16
    )
    if same and sys.byteorder == "little":
        return frames
    mono = _to_mono16(frames, width, channels)
    return _encode(_resample(mono, rate, fmt.sampleRate()), fmt)


def _to_mono16(frames: bytes, width: int, channels: int) -> array.array[int]:
    """WAV frames (little-endian, unsigned if 8-bit) as native 16-bit mono samples."""
    if width == 1:
        samples = array.array("h", [(b - 128) << 8 for b in frames])
    else:  # the two most significant bytes of each sample
        top = bytearray(len(frames) // width * 2)
        top[0::2] = frames[width - 2 :: width]
        top[1::2] = frames[width - 1 :: width]
        samples = array.array("h", bytes(top))
        if sys.byteorder == "big":
            samples.byteswap()
    if channels > 1:
        columns = [samples[c::channels] for c in range(channels)]
        samples = array.array("h", [sum(frame) // channels for frame in zip(*columns, strict=True)])
    return samples


def _resample(samples: array.array[int], rate: int, new_rate: int) -> array.array[int]:
    if rate == new_rate or not samples:
        return samples
    count = len(samples) * new_rate // rate
    step = rate / new_rate
    last = len(samples) - 1
    out = array.array("h", bytes(2 * count))
    for i in range(count):
        x = i * step
        j = int(x)
        a = samples[j]
        b = samples[j + 1] if j < last else a
        out[i] = round(a + (b - a) * (x - j))
    return out


def _encode(samples: array.array[int], fmt: QAudioFormat) -> bytes:
    """Native 16-bit mono samples in `fmt`'s sample format, copied to each channel."""
    kind = fmt.sampleFormat()
    if kind == SampleFormat.UInt8:
        wide: array.array[int] | array.array[float] = array.array(
            "B", [(v >> 8) + 128 for v in samples]
        )
    elif kind == SampleFormat.Int32:
        wide = array.array("i", [v << 16 for v in samples])
    elif kind == SampleFormat.Float:
        wide = array.array("f", [v / 32768 for v in samples])
    else:
        wide = samples
    channels = max(1, fmt.channelCount())
    if channels == 1:
        return wide.tobytes()
    out = array.array(wide.typecode, bytes(len(wide) * channels * wide.itemsize))
    for c in range(channels):
        out[c::channels] = wide  # type: ignore[assignment]
    return out.tobytes()
